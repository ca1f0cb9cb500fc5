"""Renaming a component id everywhere it is written, or saying why that is not safe.

An id is renamed where it is a string literal: on the component, in each `Output`,
`Input` and `State` naming it, or once in the constant (`CITY = "city"`) they all use,
and where a callback compares `ctx.triggered_id` with it (`== "city"`, `in ("city", …)`,
also through a local `trigger = ctx.triggered_id`, as the merge quick fix writes it).
Any other place the id's text appears would go on naming the old id and break the app
without a word (a `"#city"` selector in a test or a style sheet, a `"city.value"` key, an
id built by an f-string): then nothing is renamed and the answer says where.
"""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .facts.model import ModuleFacts
from .findings import Position, Span
from .fixes.edits import TextEdit
from .navigation import app_modules, carriers, id_written_at, naming
from .project.discovery import SKIPPED_DIRECTORIES
from .semantics import symbols
from .triggers import trigger_comparisons
from .source import Unreadable
from .values import forbidden_characters, id_text

# Files beside the code that may name an id: style sheets and scripts in assets/, pages.
WEB_SUFFIXES = (".css", ".js", ".html")
_LITERAL = re.compile(r"^(?P<prefix>[rRuU]?)(?P<quote>['\"])(?P<body>[^'\"\\\n]*)(?P=quote)$")


@dataclass(frozen=True)
class Rename:
    """The edits that rename `old` (each replaces a whole string literal), or why not."""

    old: str
    at: Span  # the id expression under the cursor (what an editor highlights to rename)
    edits: dict[Path, list[TextEdit]] = field(default_factory=dict)
    refusal: str | None = None


def rename(workspace, path: Path, position: Position, new: str | None) -> Rename | None:
    """What renaming the id under the cursor to `new` takes (None: to any valid new id, as
    asked before the name is typed); None when no string id is there."""
    model = workspace.model()
    module = model.modules.get(path)
    found = id_written_at(model, module, position) if module is not None else None
    old = id_text(found[1]()) if found is not None else None
    if old is None:
        return None
    at = found[0]
    if new is not None:
        problem = _invalid(new, old) or _taken(model, module, new)
        if problem is not None:
            return Rename(old, at, refusal=problem)
    literals: dict[tuple[Path, Span], ModuleFacts] = {}
    for owner, node in _uses(model, module, old):
        literal = _literal(workspace, owner, node, old)
        if isinstance(literal, str):
            return Rename(old, at, refusal=literal)
        literals[(literal[0].path, literal[0].lines.span(literal[1]))] = literal[0]
    if not literals:
        return Rename(old, at, refusal=f"`{old}` is not written in the project as a string this rename can change")
    for owner, node in trigger_comparisons(workspace, app_modules(model, module)):
        if node.value == old and _LITERAL.match(_written(owner, owner.lines.span(node))):
            literals[(owner.path, owner.lines.span(node))] = owner
    elsewhere = _written_elsewhere(workspace, old, set(literals))
    if elsewhere is not None:
        return Rename(old, at, refusal=f"`{old}` is also written at {elsewhere}, which would still name the old id; "
                                   "rename it by hand")
    edits: dict[Path, list[TextEdit]] = {}
    for (where, span), owner in sorted(literals.items(), key=lambda item: (str(item[0][0]), item[0][1].start)):
        match = _LITERAL.match(_written(owner, span))
        text = f"{match['prefix']}{match['quote']}{new if new is not None else old}{match['quote']}"
        edits.setdefault(where, []).append(TextEdit(span, text))
    return Rename(old, at, edits)


def _invalid(new: str, old: str) -> str | None:
    if not new:
        return "an id cannot be empty"
    if new == old:
        return f"the id is `{old}` already"
    bad = forbidden_characters(new)
    if bad:
        return f"Dash does not allow {' or '.join(f'`{c}`' for c in bad)} in an id"
    if any(c in new for c in "'\"\\\n\r"):
        return "an id with quotes, backslashes or line breaks is not renamed to"
    return None


def _taken(model, module: ModuleFacts, new: str) -> str | None:
    sites = carriers(model, module, new)
    if sites:
        site = sites[0]
        return f"`{new}` is the id of the {site.component} at {_where(site.path, site.span)} already"
    return None


def _uses(model, module: ModuleFacts, old: str):
    """(module, id expression) of every component carrying `old` and every dependency naming it."""
    for site in carriers(model, module, old):
        owner = model.modules.get(site.path)
        node = next((c.id_node for c in owner.components if c.id_node is not None and c.id_span == site.span),
                    None) if owner is not None else None
        yield owner, node if node is not None else site
    for owner, dependency in naming(model, module, old):
        yield owner, dependency.id_node


def _literal(workspace, module: ModuleFacts | None, node, old: str, depth: int = 0):
    """The string literal an id expression takes its text from (module, node), or why there is none."""
    if module is None or not isinstance(node, ast.AST):
        return f"`{old}` is built where this rename cannot follow ({_where(node.path, node.span)})"
    if isinstance(node, ast.Constant) and node.value == old:
        span = module.lines.span(node)
        if _LITERAL.match(_written(module, span)):
            return module, node
        return f"`{old}` is written with escapes or in pieces at {_where(module.path, span)}"
    if isinstance(node, (ast.Name, ast.Attribute)) and depth < symbols.MAX_DEPTH:
        symbol = symbols.resolve(workspace, module, node)
        if isinstance(symbol, symbols.Constant) and len(symbol.values) == 1 and not symbol.mutated:
            return _literal(workspace, symbol.module, symbol.values[0], old, depth + 1)
    return f"`{old}` is computed at {_where(module.path, module.lines.span(node))}; rename it by hand"


def _written(module: ModuleFacts, span: Span) -> str:
    """The text of a one-line span ('' for a longer one)."""
    if span.start.line != span.end.line:
        return ""
    return module.lines.line_text(span.start.line)[span.start.column:span.end.column]


def _written_elsewhere(workspace, old: str, literals: set[tuple[Path, Span]]) -> str | None:
    """The first other place `old` is written: a string in a Python file of the workspace
    (docstrings aside), or a style sheet, script or page beside them."""
    word = re.compile(r"(?<![\w-])%s(?![\w-])" % re.escape(old))
    for path in workspace.files():
        text = workspace.text(path)
        if isinstance(text, Unreadable) or old not in text:
            continue
        facts = workspace.facts(path)
        if facts is None or facts.tree is None:
            return _where(path, None)
        for node in _strings(facts.tree):
            if word.search(node.value) and (path, facts.lines.span(node)) not in literals:
                return _where(path, facts.lines.span(node))
    for path in _web_files(workspace.root):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        match = word.search(text)
        if match:
            line = text.count("\n", 0, match.start())
            return _where(path, Span.of(line, 0, line, 0))
    return None


def _strings(tree: ast.Module):
    """String literals the code can read: every one but docstrings and other bare strings."""
    bare = {id(s.value) for s in ast.walk(tree) if isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in bare:
            yield node


def _web_files(root: Path):
    for directory, subdirectories, files in os.walk(root, onerror=lambda _: None):
        subdirectories[:] = sorted(d for d in subdirectories if d not in SKIPPED_DIRECTORIES and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(WEB_SUFFIXES):
                yield Path(directory, name)


def _where(path: Path, span: Span | None) -> str:
    return f"{path.name}:{span.start.line + 1}" if span is not None else path.name
