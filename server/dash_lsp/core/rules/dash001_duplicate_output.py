"""DASH001: one component property written by two callbacks."""

from __future__ import annotations

import ast

from ..findings import Finding, Location, Related, Severity
from ..project.loops import loop_passes, registers_every_pass
from ..project.registration import registered_callbacks, registration_context
from ..semantics.evaluate import is_true
from ..values import Known, id_key
from .base import Rule
from .common import callback_label, dependency_label, related_callback

EXPLANATION = """\
**What Dash does.** Each `id.property` may be the `Output` of one callback only. When two
callbacks write the same one, the dash-renderer shows *Duplicate callback outputs* in the
dev-tools error popup (debug mode), and when one of them was registered with `app.callback`
and the other with `dash.callback`, Dash raises `DuplicateCallback` on the first request.
In production the error is not shown and one of the two callbacks silently wins.

A callback registered inside a `for` loop is registered once per pass: unless its Output
changes with the loop variable, each pass writes the same output again.

**Why.** Dash must know which single function owns a property to order updates and to avoid
two responses racing for the same value. `allow_duplicate=True` (Dash ≥ 2.9) gives the output
a distinct name built from a hash of the callback's Inputs, so two `allow_duplicate` writers
with the *same* Inputs still collide.

**Wrong**
```python
@app.callback(Output("graph", "figure"), Input("city", "value"))
def by_city(city): ...

@app.callback(Output("graph", "figure"), Input("year", "value"))
def by_year(year): ...
```

**Right** – one callback that branches on what fired:
```python
@app.callback(Output("graph", "figure"), Input("city", "value"), Input("year", "value"))
def update_graph(city, year):
    if ctx.triggered_id == "year":
        ...
```
or keep both and mark the later output `allow_duplicate=True` with `prevent_initial_call=True`.
"""


def check(model):
    for app in model.apps:
        if app.kind == "proxy":
            continue  # dash-extensions' transforms make duplicate outputs legal
        registered = registered_callbacks(model, app.callbacks)
        yield from _duplicates(model, registered)
        yield from _repeated_by_loops(model, registered)
    by_module: dict = {}
    for module, callback in model.orphans:
        if not any(name.startswith("dash_extensions") for name, _ in module.imported_modules):
            by_module.setdefault(module.path, []).append((module, callback))
    for callbacks in by_module.values():
        registered = registered_callbacks(model, callbacks)
        yield from _duplicates(model, registered)
        yield from _repeated_by_loops(model, registered)


def _repeated_by_loops(model, callbacks):
    """A callback registered on each pass of a `for` loop, with an Output the loop never changes."""
    for module, callback in callbacks:
        if not callback.where.loops or registration_context(module, callback) is not None:
            continue
        loop = callback.where.loops[-1]
        passes = loop_passes(module, loop, at_module_level=callback.where.function is None)
        if passes is None or passes < 2 or not registers_every_pass(loop, callback):
            continue
        targets = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
        # allow_duplicate names each pass's output from its Inputs: a cure only if they vary.
        inputs_vary = any(_mentions(d.id_node, targets) or _mentions(d.prop_node, targets) for d in callback.inputs)
        for output in callback.outputs:
            if output.allow_duplicate is not None or _mentions(output.id_node, targets) \
                    or _mentions(output.prop_node, targets):
                continue
            component = id_key(model.dependency_id(module, callback, output))
            prop = model.dependency_prop(module, callback, output)
            if component is None or not (isinstance(prop, Known) and isinstance(prop.value, str)):
                continue
            label = dependency_label(model, module, callback, output)
            yield Finding(
                RULE.code, RULE.severity,
                f"`{label}` is written by this callback on each of the {passes} passes of the loop "
                f"(line {loop.lineno}): Dash registers the callback {passes} times and allows one callback per "
                "output. Register one callback after the loop, with every Input (pattern-matching ids "
                "cover many), and branch on `ctx.triggered_id`.",
                Location(module.path, output.span),
                (Related(Location(module.path, module.lines.span(loop.iter)), "the loop that registers it again"),),
                data={"loop": True, "inputs_vary": inputs_vary},
            )


def _mentions(node: ast.expr | None, names: set[str]) -> bool:
    return node is not None and any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(node))


def _inputs_key(model, module, callback):
    parts = []
    for dependency in callback.inputs:
        component = id_key(model.dependency_id(module, callback, dependency))
        prop = model.dependency_prop(module, callback, dependency)
        if component is None or not isinstance(prop, Known):
            return None
        parts.append((component, prop.value))
    return tuple(parts)


def _duplicates(model, callbacks):
    order = {id(callback): index for index, (_, callback) in enumerate(callbacks)}
    contexts: dict = {}
    for module, callback in callbacks:
        contexts.setdefault(registration_context(module, callback), []).append((module, callback))
    for context, group in contexts.items():
        if context is not None:
            group = sorted(contexts.get(None, []) + group, key=lambda pair: order[id(pair[1])])
        yield from _duplicates_in(model, group)




def _duplicates_in(model, callbacks):
    writers: dict = {}
    for module, callback in callbacks:
        own: dict = {}
        for output in callback.outputs:
            component = id_key(model.dependency_id(module, callback, output))
            prop = model.dependency_prop(module, callback, output)
            if component is None or not (isinstance(prop, Known) and isinstance(prop.value, str)):
                continue
            allow = is_true(model.value(output.allow_duplicate, module)) if output.allow_duplicate else False
            if allow is None:
                continue
            suffix = None
            if allow:
                suffix = _inputs_key(model, module, callback)
                if suffix is None:
                    continue
            key = (component, prop.value, suffix)
            label = dependency_label(model, module, callback, output)
            if key in own:
                yield Finding(
                    RULE.code, RULE.severity,
                    f"`{label}` is an Output of this callback twice; Dash rejects a callback that "
                    "writes the same property more than once. Remove one of them.",
                    Location(module.path, output.span),
                    (related_callback(module, callback, "first written here", own[key]),),
                )
                continue
            own[key] = output
            if key in writers:
                first_module, first_callback, first_output = writers[key]
                if first_callback is callback or (
                        first_module is module and first_callback.where.excludes(callback.where)):
                    continue
                detail = (" Both use allow_duplicate=True with the same Inputs, so Dash gives them the same "
                          "name anyway." if allow else "")
                yield Finding(
                    RULE.code, RULE.severity,
                    f"`{label}` is already an Output of {callback_label(first_module, first_callback)}; "
                    f"Dash allows one callback per output.{detail} Merge the callbacks and branch on "
                    "`ctx.triggered_id`, or add allow_duplicate=True with prevent_initial_call=True.",
                    Location(module.path, output.span),
                    (related_callback(first_module, first_callback,
                                      f"`{label}` is first written by this callback", first_output),),
                    data={"other": (str(first_module.path), first_callback.span.start.line)},
                )
            else:
                writers[key] = (module, callback, output)


RULE = Rule(
    code="DASH001",
    title="duplicate callback output",
    summary="A component property may be the Output of only one callback.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
