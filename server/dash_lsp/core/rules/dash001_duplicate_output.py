"""DASH001: one component property written by two callbacks."""

from __future__ import annotations

from ..findings import Finding, Location, Severity
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
        yield from _duplicates(model, registered_callbacks(model, app.callbacks))
    by_module: dict = {}
    for module, callback in model.orphans:
        if not any(name.startswith("dash_extensions") for name, _ in module.imported_modules):
            by_module.setdefault(module.path, []).append((module, callback))
    for callbacks in by_module.values():
        yield from _duplicates(model, registered_callbacks(model, callbacks))


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
