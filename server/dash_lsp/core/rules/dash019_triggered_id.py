"""DASH019: a callback compares `ctx.triggered_id` with an id none of its Inputs has."""

from __future__ import annotations

import ast

from ..findings import Finding, Location, Related, Severity
from ..project.layouts import rendered_anywhere
from ..similar import close_matches
from ..triggers import PROP_ID, SPLIT, TRIGGERED_ID, candidate_comparisons, is_triggered_id
from ..values import Known
from .base import Rule
from .common import all_callbacks

EXPLANATION = """\
**What Dash does.** `ctx.triggered_id` (also `dash.callback_context.triggered_id`) is the id of
the Input whose change fired the callback, or None on the initial call. It is never the id of
a State, of an Output, or of a component the callback does not take as an Input: a comparison
with such an id never matches, and the branch behind it never runs. Dash says nothing.

**Why.** An id renamed in the layout and the `Input` but not in the comparison, a typo, a
State taken for an Input, or a branch copied from another callback when two were merged.

**Wrong**
```python
@callback(Output("status", "children"), Input("save-button", "n_clicks"),
          Input("reset-button", "n_clicks"), prevent_initial_call=True)
def status(save, reset):
    if ctx.triggered_id == "save-btn":
        return "Saved"
    return "Reset"
```

**Right** – compare with the id the Input has:
```python
    if ctx.triggered_id == "save-button":
        return "Saved"
```
The same holds for the forms older apps use: `ctx.triggered[0]["prop_id"]`, the
`"id.property"` of the first trigger (`"."` on the initial call), and its id part,
`ctx.triggered[0]["prop_id"].split(".")[0]` (`""` on the initial call).
"""


def check(model):
    groups: dict[int, list] = {}
    for app, module, callback in all_callbacks(model):
        if callback.function is not None:
            groups.setdefault(id(callback.function), []).append((app, module, callback))
    for group in groups.values():
        yield from _check_function(model, group)


def _check_function(model, group):
    """One function's comparisons against the Inputs of every callback that registers it."""
    app, module, callback = group[0]
    if any(c.clientside or not c.complete or (a is not None and a.kind == "proxy") for a, _, c in group):
        return  # (dash-extensions' transforms add Inputs of their own)
    comparisons = _comparisons(module, callback)
    if not comparisons:
        return
    with_property = any(read.form == PROP_ID for reads, _ in comparisons for read in reads)
    inputs: set[str] = set()  # the Inputs' string ids (a dict id never equals a string)
    fired: set[str] | None = set() if with_property else None  # their "id.property", while all are known
    for _, member_module, member in group:
        for dependency in member.inputs:
            value = model.dependency_id(member_module, member, dependency)
            if not isinstance(value, Known):
                return  # an Input we cannot name: any id may fire it
            if isinstance(value.value, str):
                inputs.add(value.value)
                if fired is not None:
                    prop = model.dependency_prop(member_module, member, dependency)
                    if isinstance(prop, Known) and isinstance(prop.value, str):
                        fired.add(f"{value.value}.{prop.value}")
                    else:
                        fired = None
    misses = []
    for reads, node in comparisons:
        forms = {read.form for read in reads}
        if len(forms) != 1 or (PROP_ID in forms and fired is None):
            continue
        form = forms.pop()
        value = node.value if isinstance(node, ast.Constant) else model.value(node, module)
        if isinstance(value, Known):
            value = value.value
        if not isinstance(value, str) or value in _NOTHING_FIRED[form] \
                or (form != TRIGGERED_ID and value.startswith("{")):
            continue  # (the initial call's value, or a dict id as its JSON)
        if value not in (fired if form == PROP_ID else inputs) \
                and all(is_triggered_id(model.evaluator.modules, module, read) for read in reads):
            misses.append((node, value, form))
    names = sorted(inputs)
    if misses and _inputs_rendered(model, [a for a, _, _ in group], names):
        others = _states_and_outputs(model, group)
        for node, value, form in misses:
            choices = sorted(fired) if form == PROP_ID else names
            other = others.get(value) if form != PROP_ID else None
            yield _finding(module, callback, node, value, choices, other, form)


# What each form reads on the initial call, when no Input fired.
_NOTHING_FIRED = {TRIGGERED_ID: (), SPLIT: ("",), PROP_ID: (".",)}


def _states_and_outputs(model, group) -> dict[str, tuple]:
    """String id of a State or an Output → (its kind, the dependency), for the message."""
    found: dict[str, tuple] = {}
    for _, member_module, member in group:
        for dependency in [*member.states, *member.outputs]:
            value = model.dependency_id(member_module, member, dependency)
            if isinstance(value, Known) and isinstance(value.value, str):
                found.setdefault(value.value, (dependency.kind, dependency))
    return found


def _inputs_rendered(model, apps, names: list[str]) -> bool:
    """Every Input names an id some component of the app carries. Otherwise the Input may be
    what is misspelt (DASH003, DASH004 say so), and the comparison what was meant."""
    if any(app is None for app in apps):
        return False
    rendered = set()
    for app in apps:
        rendered.update(rendered_anywhere(model, app).ids)
    return rendered.issuperset(names)


def _comparisons(module, callback):
    info = _function_info(module, callback)
    return candidate_comparisons(info) if info is not None else []


def _function_info(module, callback):
    name = f"{callback.where.function}.{callback.name}" if callback.where.function else callback.name
    info = module.functions.get(name)
    if info is not None and info.node is callback.function:
        return info
    return next((i for i in module.functions.values() if i.node is callback.function), None)


def _finding(module, callback, node, value: str, names: list[str], other, form: str) -> Finding:
    span = module.lines.span(node)
    name = f"`{callback.name}`" if callback.name else "this callback"
    written = "" if isinstance(node, ast.Constant) else f" (the value of `{ast.unparse(node)}`)"
    read, what = _READS[form]
    message = f"{read} is never \"{value}\"{written} in {name}: it is {what} of the Input that fired it"
    related = []
    if other is not None:
        kind, dependency = other
        message += f", and \"{value}\" is {'a State' if kind == 'State' else 'an Output'} of it, not an Input"
        related.append(Related(Location(module.path, dependency.span), f"\"{value}\" is a {kind} here"))
    else:
        listed = ", ".join(f"`{n}`" for n in names) or "none with a string id"
        message += f" (its Inputs: {listed})"
    message += ". This comparison never matches."
    close = close_matches(value, names)
    if close:
        message += f" Did you mean `{close[0]}`?"
    return Finding(RULE.code, RULE.severity, message, Location(module.path, span), tuple(related),
                   data={"id": value, "suggestions": close})


_READS = {
    TRIGGERED_ID: ("ctx.triggered_id", "the id"),
    SPLIT: ('The id in ctx.triggered[0]["prop_id"]', "the id"),
    PROP_ID: ('ctx.triggered[0]["prop_id"]', '"id.property"'),
}


RULE = Rule(
    code="DASH019",
    title="triggered_id compared with an id that is no Input",
    summary="ctx.triggered_id is only ever the id of one of the callback's Inputs.",
    explanation=EXPLANATION,
    severity=Severity.WARNING,
    check=check,
)
