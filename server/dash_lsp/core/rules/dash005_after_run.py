"""DASH005: callbacks registered after the blocking `app.run(...)`."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from ..project.registration import blocks_at
from .base import Rule

EXPLANATION = """\
**What Dash does.** `app.run(...)` (and the older `app.run_server(...)`) blocks until the
server stops. Code after it in the same script never runs while the app is up – with
`debug=True` the reloader runs the script again and blocks at the same line – so a callback
defined below it is never registered and its Inputs do nothing. Dash reports nothing.

**Why.** All callbacks and the layout must exist before the server starts serving.

**Wrong**
```python
if __name__ == "__main__":
    app.run(debug=True)

@app.callback(Output("out", "children"), Input("btn", "n_clicks"))
def clicked(n): ...
```

**Right** – keep `app.run(...)` the last statement of the module:
```python
@app.callback(Output("out", "children"), Input("btn", "n_clicks"))
def clicked(n): ...

if __name__ == "__main__":
    app.run(debug=True)
```
"""


def check(model):
    blocked = model.after_start()
    for module in model.modules.values():
        for callback in model.callbacks(module):
            if id(callback) in blocked:
                start = blocked[id(callback)].start
                yield _finding(model, module, callback.span, start, "callback", callback.name)
    for app in model.apps:
        for module, start in app.starts:
            line = blocks_at(model, module, start)
            if line is None:
                continue
            for assignment in module.app_assignments:
                if assignment.attribute == "layout" and assignment.where.function is None \
                        and assignment.span.start.line > line:
                    yield _finding(model, module, assignment.span, start, "layout", None)


def _finding(model, module, name_span, start, what: str, name: str | None) -> Finding:
    run_line = start.span.start.line + 1
    # From Dash 3 on, run_server raises instead of serving (DASH016): the script stops there all the same.
    raises = start.method == "run_server" and model.dash_version is not None and model.dash_version >= (3, 0)
    stops = "which raises in Dash 3 and later" if raises else "which blocks"
    if what == "callback":
        message = (f"Callback `{name or 'clientside'}` is registered after app.{start.method}() on line {run_line}, "
                   f"{stops}: it is never registered and never fires. Move it above the server start.")
    else:
        message = (f"app.layout is set after app.{start.method}() on line {run_line}, {stops}: "
                   "this assignment never runs. Move it above the server start.")
    return Finding(RULE.code, RULE.severity, message, Location(module.path, name_span),
                   (Related(Location(module.path, start.span), "app.run_server raises here" if raises
                            else "the server starts here and blocks"),),
                   data={"start_line": start.span.start.line})


RULE = Rule(
    code="DASH005",
    title="callback registered after the server starts",
    summary="Callbacks defined after the blocking app.run(...) are never registered.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
