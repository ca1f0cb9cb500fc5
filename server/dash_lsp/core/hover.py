"""Hover text: the gotcha under the cursor, the id or property under the cursor, the Dash word under
the cursor."""

from __future__ import annotations

import re
from pathlib import Path

from .facts.model import Callback, ModuleFacts
from .findings import Position
from .navigation import apps_named, apps_of, carriers, id_under
from .project.layouts import rendered_anywhere, validation_layout
from .rules import RULES
from .values import Known, display, id_text

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def hover_text(workspace, path: Path, position: Position) -> str | None:
    findings = [f for f in workspace.findings().get(path, []) if f.span.contains(position)]
    if findings:
        return "\n\n---\n\n".join(_finding_text(f) for f in findings)
    model = workspace.model()
    module = model.modules.get(path)
    if module is None:
        return None
    return _id_text(model, module, position) or _property_text(model, module, position) \
        or _config_text(workspace, model, module, position) or _word_text(model, module, position)


def _finding_text(finding) -> str:
    rule = RULES[finding.code]
    return f"**{rule.code}: {rule.title}**\n\n{finding.message}\n\n{rule.explanation}"


# -- ids -------------------------------------------------------------------------------------------

def _id_text(model, module: ModuleFacts, position: Position) -> str | None:
    component_id = id_under(model, module, position)
    if component_id is None:
        return None
    apps = apps_of(model, module)
    lines = [f"**`{component_id}`**"]
    for app in apps:
        sites = [s for s in rendered_anywhere(model, app).ids.get(component_id, []) if s.path.name != "dash"]
        for site in sites[:5]:
            lines.append(f"- `{site.component}` at {_where(site.path, site.span.start.line)}")
        layout = validation_layout(model, app)
        if sites and layout is not None and layout.complete and not layout.has(component_id):
            lines.append("\nNot in the layout Dash validates against: it is only rendered by a callback or "
                         "helper, so it needs `suppress_callback_exceptions=True` or a `validation_layout`.")
        uses = _uses(model, app.callbacks, component_id)
        if uses:
            lines.append("")
            for prop, roles in sorted(uses.items()):
                described = "; ".join(roles)
                lines.append(f"- `.{prop}`: {described}")
    if len(lines) == 1:
        lines.append("No component of a known layout carries this id.")
    return "\n".join(lines)


# -- properties ------------------------------------------------------------------------------------

MAX_PROPERTY_DOC = 1500


def _property_text(model, module: ModuleFacts, position: Position) -> str | None:
    """On the property of an Output/Input/State: what the component's class says of it."""
    for callback in model.callbacks(module):
        for dependency in callback.dependencies:
            node = dependency.prop_node
            if node is None or not module.lines.span(node).contains(position):
                continue
            prop = model.dependency_prop(module, callback, dependency)
            component_id = id_text(model.dependency_id(module, callback, dependency))
            if not isinstance(prop, Known) or not isinstance(prop.value, str) or component_id is None:
                return None
            for site in carriers(model, module, component_id):
                doc = model.catalog.property_doc(site.origin, prop.value) if site.origin else None
                if doc is not None:
                    kind, description = doc
                    if len(description) > MAX_PROPERTY_DOC:
                        description = description[:MAX_PROPERTY_DOC].rsplit(" ", 1)[0] + " …"
                    return f"**`{site.component}.{prop.value}`** ({kind})\n\n{description}"
            return None
    return None


def _uses(model, callbacks, component_id: str) -> dict[str, list[str]]:
    uses: dict[str, list[str]] = {}
    for module, callback in callbacks:
        name = callback.name or "clientside callback"
        for dependency in callback.dependencies:
            if id_text(model.dependency_id(module, callback, dependency)) != component_id:
                continue
            prop = model.dependency_prop(module, callback, dependency)
            verb = {"Output": "written by", "Input": "triggers", "State": "read by", "Trigger": "triggers"}[dependency.kind]
            uses.setdefault(display(prop), []).append(
                f"{verb} `{name}` ({_where(module.path, callback.span.start.line)})")
    return uses


def _where(path: Path, line: int) -> str:
    return f"{path.name}:{line + 1}"


# -- app.config keys -------------------------------------------------------------------------------

# `app.config.key` or `app.config["key"]`.
_CONFIG_KEY = re.compile(r"(?<![\w.])([A-Za-z_]\w*)\.config(?:\.(\w+)|\[\s*(['\"])(\w+)\3\s*\])")


def _config_text(workspace, model, module: ModuleFacts, position: Position) -> str | None:
    """On a key of a Dash app's config: what Dash's docstring says of it, and who may set it."""
    for match in _CONFIG_KEY.finditer(module.lines.line_text(position.line)):
        group = 2 if match.group(2) else 4
        if not match.start(group) <= position.column <= match.end(group):
            continue
        keys, key = workspace.environment.dash_config, match.group(group)
        apps = apps_named(model, module, match.group(1))
        if keys is None or key not in keys.keys or not apps:
            return None
        lines = [f"**`{match.group(1)}.config.{key}`** (Dash config)"]
        if keys.doc(key):
            lines.append(keys.doc(key))
        if key in keys.read_only:
            lines.append("Read-only: only `Dash(...)` sets it; assigning it raises AttributeError.")
        elif key in keys.locked_with_server:
            lines.append("Read-only once the app has its server: set it in `Dash(...)`, or before "
                         "`app.init_app(server)` with `Dash(server=False)`.")
        if key == "suppress_callback_exceptions" and isinstance(apps[0].suppress, Known):
            lines.append(f"It is {'on' if apps[0].suppress.value else 'off'} for this app.")
        return "\n\n".join(lines)
    return None


# -- Dash words ------------------------------------------------------------------------------------

def _word_at(module: ModuleFacts, position: Position) -> re.Match | None:
    text = module.lines.line_text(position.line)
    for match in _WORD.finditer(text):
        if match.start() <= position.column <= match.end():
            return match
    return None


def _enclosing_callback(model, module: ModuleFacts, position: Position) -> Callback | None:
    for callback in model.callbacks(module):
        if callback.span.contains(position):
            return callback
        node = callback.function
        if node is not None and node.lineno - 1 <= position.line <= (node.end_lineno or node.lineno) - 1:
            return callback
    return None


def _word_text(model, module: ModuleFacts, position: Position) -> str | None:
    match = _word_at(module, position)
    word = match.group() if match else None
    callback = _enclosing_callback(model, module, position)
    name = f"`{callback.name}`" if callback is not None and callback.name else "this callback"
    if word in ("Output", "Input", "State") and callback is not None:
        deps = {"Output": callback.outputs, "Input": callback.inputs, "State": callback.states}[word]
        listed = ", ".join(f"`{display(model.dependency_id(module, callback, d))}.{display(model.dependency_prop(module, callback, d))}`"
                           for d in deps)
        meaning = {
            "Output": "the component properties this callback's return value is written to",
            "Input": "the component properties whose change makes Dash call this callback",
            "State": "component properties passed to the callback without triggering it",
        }[word]
        return f"**{word}**: {meaning}. In {name}: {listed}."
    if word == "triggered_id":
        ids = ", ".join(f"`{display(model.dependency_id(module, callback, d))}`" for d in callback.inputs) if callback else ""
        return ("**ctx.triggered_id**: the id of the Input that fired this call (None on the initial call)."
                + (f" In {name} it is one of {ids}." if ids else ""))
    if word == "allow_duplicate":
        return ("**allow_duplicate=True**: lets this Output also be written by other callbacks (Dash ≥ 2.9). "
                "Needs `prevent_initial_call=True` or `'initial_duplicate'` on the callback.")
    if word == "prevent_initial_call":
        return ("**prevent_initial_call**: when true, Dash does not call " + name +
                " when the page loads, only when an Input changes.")
    if word in _WILDCARDS and _is_dash_wildcard(module, match):
        return _WILDCARDS[word]
    if word == "suppress_callback_exceptions":
        apps = [a for a in model.apps if a.module is module]
        state = ""
        if apps and isinstance(apps[0].suppress, Known):
            state = " It is on for this app." if apps[0].suppress.value else " It is off for this app."
        return ("**suppress_callback_exceptions**: when true, Dash no longer checks that callback ids exist "
                "in the layout (needed when callbacks render components); a typo then fails silently." + state)
    return None


_WILDCARDS = {
    "MATCH": ("**MATCH**: in a pattern-matching id, the callback runs once per matching component: the "
              "Input that changed selects, by its value for this key, which Output it writes. Every Output "
              "needs MATCH on the same keys; an Input's or State's MATCH keys must be among the Outputs'."),
    "ALL": ("**ALL**: every component with this key, whatever its value: the callback receives (or returns) "
            "a list with one item per component, in layout order."),
    "ALLSMALLER": ("**ALLSMALLER**: in an Input or State, every component whose value for this key is smaller "
                   "than the one MATCH selects in the Outputs, as a list; it needs MATCH on the same key in "
                   "the Outputs and is not allowed in an Output."),
}


def _is_dash_wildcard(module: ModuleFacts, match: re.Match) -> bool:
    """`MATCH` imported from dash (or dash.dependencies), or written `dash.MATCH`."""
    binding = module.imports.bindings.get(match.group())
    if binding is not None:
        return binding.module in ("dash", "dash.dependencies") and binding.attr == match.group()
    return match.string[:match.start()].endswith("dash.")
