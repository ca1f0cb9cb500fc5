"""Completion inside `Output(...)`, `Input(...)`, `State(...)`: the ids of the app, then the
properties of the component that carries the id; and of `app.config` keys (config_completion.py).

Read from the line up to the cursor, not from the module's facts: while the string is
being typed the call is unfinished and the statement does not parse.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from .config_completion import config_key_completions, typed_config_key
from .facts.model import ModuleFacts
from .findings import Position, Span
from .navigation import apps_of, carriers
from .project.layouts import rendered_anywhere
from .semantics.render import short_name
from .semantics.scope import Scope
from .values import id_text

_CALL = r"(?<![\w.])(dash\.)?(Output|Input|State)\(\s*"
_ID = r"(?:component_id\s*=\s*)?"
_PROPERTY = r"(?:component_property\s*=\s*)?"
# `Input("cit|`: an id being typed.
_TYPING_ID = re.compile(_CALL + _ID + r"(['\"])([^'\"\\]*)$")
# `Input("city", "val|` or `Input(ids.CITY, "val|`: a property of that id being typed.
_TYPING_PROPERTY = re.compile(_CALL + _ID + r"(?:(['\"])([^'\"\\]+)\3|([A-Za-z_][\w.]*))\s*,\s*" + _PROPERTY
                              + r"(['\"])([^'\"\\]*)$")


@dataclass(frozen=True)
class Completion:
    label: str
    kind: str  # "id", "property" or "config"
    detail: str
    replace: Span  # the string's text around the cursor, which the choice replaces
    documentation: str | None = None  # Markdown


def completions(workspace, path: Path, position: Position) -> list[Completion]:
    lines = workspace.lines(path)
    if position.line >= len(lines):
        return []
    line = lines[position.line].rstrip("\r\n")
    before, after = line[:position.column], line[position.column:]
    typing_property = _TYPING_PROPERTY.search(before)
    typing_id = None if typing_property else _TYPING_ID.search(before)
    match = typing_property or typing_id
    if match is None:
        key = typed_config_key(before)
        if key is None or _in_comment_or_string(before[:key.start()]):
            return []
        return config_key_completions(workspace, path, position, key, after)
    if _in_comment_or_string(before[:match.start()]):
        return []
    model = workspace.model()
    module = model.modules.get(path)
    if module is None or not _is_dash_dependency(module, match.group(2), bool(match.group(1))):
        return []
    quote, typed = match.group(match.lastindex - 1), match.group(match.lastindex)
    rest = re.match(r"[^'\"\\]*(?=" + quote + ")", after)
    replace = Span.of(position.line, position.column - len(typed), position.line,
                      position.column + (len(rest.group()) if rest else 0))
    if typing_property:
        component_id = match.group(4) or _named_id(model, module, match.group(5))
        return _properties(model, module, component_id, replace) if component_id else []
    return _ids(model, module, replace)


def _named_id(model, module: ModuleFacts, expression: str) -> str | None:
    """The id a constant names (`ids.CITY`), when it is known."""
    try:
        node = ast.parse(expression, mode="eval").body
    except SyntaxError:
        return None
    return id_text(model.evaluator.value(node, Scope(module)))


def _in_comment_or_string(text: str) -> bool:
    """Whether the end of `text` (one line) is in a comment or a string."""
    quote = None
    index = 0
    while index < len(text):
        char = text[index]
        if quote is not None:
            if char == "\\":
                index += 1
            elif text.startswith(quote, index):
                index += len(quote) - 1
                quote = None
        elif char == "#":
            return True
        elif char in "'\"":
            quote = text[index:index + 3] if text[index:index + 3] in ("'''", '"""') else char
            index += len(quote) - 1
        index += 1
    return quote is not None


def _is_dash_dependency(module: ModuleFacts, name: str, written_dash_dot: bool) -> bool:
    if written_dash_dot:
        binding = module.imports.bindings.get("dash")
        return binding is not None and binding.module == "dash" and binding.attr is None
    binding = module.imports.bindings.get(name)
    return binding is not None and binding.attr == name \
        and binding.module.split(".")[0] in ("dash", "dash_extensions")


def _ids(model, module: ModuleFacts, replace: Span) -> list[Completion]:
    found: dict[str, str] = {}
    for app in apps_of(model, module):
        for component_id, sites in rendered_anywhere(model, app).ids.items():
            own = [s for s in sites if s.path.name != "dash" and s.component != "dash.page_container"]
            if own and component_id not in found:
                site = own[0]
                found[component_id] = f"{site.component} · {site.path.name}:{site.span.start.line + 1}"
    return [Completion(i, "id", detail, replace) for i, detail in sorted(found.items())]


def _properties(model, module: ModuleFacts, component_id: str, replace: Span) -> list[Completion]:
    found: dict[str, str] = {}
    for site in carriers(model, module, component_id):
        info = model.catalog.info(site.origin) if site.origin else None
        props = (info.declared if info.declared is not None else info.properties) if info else ()
        for prop in sorted(p for p in props if "*" not in p):
            found.setdefault(prop, short_name(site.origin))
    return [Completion(prop, "property", detail, replace) for prop, detail in sorted(found.items())]
