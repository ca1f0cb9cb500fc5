"""DASH020: `state=` without `inputs=`, which Dash 1 took and Dash 2 refuses."""

from __future__ import annotations

import ast

from ..findings import Finding, Location, Position, Severity, Span
from .base import Rule
from .common import all_callbacks

EXPLANATION = """\
**What Dash does.** Dash 1 took a callback's States as a keyword after positional Inputs:
`@app.callback(Output(...), [Input(...)], state=[State(...)])`, the form its old docs and
countless tutorials used. Since Dash 2.0 the `state=` keyword is read only beside `inputs=`:
without it, registering the callback raises `ValueError` ("The state keyword argument may
not be provided without the input keyword argument"), and the app stops at import.
(`clientside_callback` still reads its arguments the old way.) Reported only where the
installed Dash is 2.0 or later.

**Why.** Dash 2 lets a callback take its Inputs and States positionally in any order, or by
keyword (`output=`, `inputs=`, `state=`); a `state=` alone would leave the Inputs' place
ambiguous.

**Wrong**
```python
@app.callback(Output("out", "children"), [Input("go", "n_clicks")],
              state=[State("city", "value")])
```

**Right** – drop `state=`: the States follow the Inputs as positional arguments, and the
function still gets the Inputs' values, then the States'.
```python
@app.callback(Output("out", "children"), [Input("go", "n_clicks")],
              [State("city", "value")])
```
"""

REFUSED_SINCE = (2, 0)


def check(model):
    version = model.dash_version
    if version is None or version < REFUSED_SINCE:
        return
    for app, module, callback in all_callbacks(model):
        if callback.clientside or callback.where.may_fail or (app is not None and app.kind == "proxy") \
                or (app is None and callback.app is not None):
            # (clientside_callback still reads its arguments as Dash 1 did, and so may an object
            # that is no app we know, such as django-plotly-dash's DjangoDash; dash-extensions
            # reads them its own way)
            continue
        keywords = callback.call.keywords
        names = {k.arg for k in keywords}
        state = next((k for k in keywords if k.arg == "state"), None)
        if state is None or "inputs" in names or None in names:
            continue  # (`**options` may hold the inputs)
        start = module.lines.position(state.lineno, state.col_offset)
        value = module.lines.position(state.value.lineno, state.value.col_offset)
        yield Finding(
            RULE.code, RULE.severity,
            "`state=` without `inputs=`: Dash raises ValueError (\"The state keyword argument may not be provided "
            "without the input keyword argument\") when it registers this callback, and the app does not start. "
            "Drop `state=`: the States then follow the Inputs as positional arguments, as Dash 1 read them.",
            Location(module.path, Span(start, Position(start.line, start.column + len("state")))),
            data={"positional": bool(callback.inputs) and _becomes_positional(callback.call, state),
                  "delete": Span(start, value)},
        )


def _becomes_positional(call: ast.Call, state: ast.keyword) -> bool:
    """Dropping `state=` leaves valid code with the States after every positional argument:
    nothing positional follows it and no other keyword comes before it. (The caller also asks
    for an Input among them: without one the callback would register with no Input at all.)"""
    at = (state.lineno, state.col_offset)
    return all((a.end_lineno, a.end_col_offset) <= at for a in call.args) \
        and all((k.lineno, k.col_offset) > at for k in call.keywords if k is not state)


RULE = Rule(
    code="DASH020",
    title="state= without inputs=",
    summary="A callback's States given as `state=` beside positional Inputs, which Dash 2 refuses with ValueError.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
