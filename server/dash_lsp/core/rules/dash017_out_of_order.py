"""DASH017: a callback's Outputs, Inputs and States in an order Dash refuses."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from .base import Rule
from .common import all_callbacks

EXPLANATION = """\
**What Dash does.** Dash reads a callback's positional arguments as its Outputs first, then
its Inputs and States. An `Output` after an `Input` or `State` is left over, and registering
the callback raises `dash.exceptions.IncorrectTypeException` ("In a callback definition, you
must provide all Outputs first, then all Inputs, then all States"): the app stops at import.
`@callback` and `app.callback` take Inputs and States in any order after the Outputs, but
`clientside_callback` still reads them in the old strict order, so there an `Input` after a
`State` raises too.

**Why.** Outputs are not passed to the function: Dash tells them apart by place.

**Wrong**
```python
@callback(Input("city", "value"), Output("graph", "figure"))
```

**Right**
```python
@callback(Output("graph", "figure"), Input("city", "value"))
```
"""


def check(model):
    for app, module, callback in all_callbacks(model):
        misplaced = callback.misplaced
        if misplaced is None or callback.where.may_fail or (app is not None and app.kind == "proxy"):
            continue
        before = callback.dependencies if misplaced.kind == "Output" else callback.states
        first = min((d for d in before if d.kind != misplaced.kind and d.span.start < misplaced.span.start),
                    key=lambda d: d.span.start, default=None)
        if misplaced.kind == "Output":
            message = ("This Output comes after an Input or State: Dash raises IncorrectTypeException (\"you must "
                       "provide all Outputs first\") when it registers the callback, and the app does not start. "
                       "Put the Outputs first.")
        else:
            message = ("This Input comes after a State, which clientside_callback does not accept (unlike "
                       "callback): Dash raises IncorrectTypeException when it registers it, and the app does not "
                       "start. Put the Inputs before the States, and the function's parameters in the same order.")
        related = (Related(Location(module.path, first.span), f"the {first.kind} before it"),) if first else ()
        yield Finding(RULE.code, RULE.severity, message, Location(module.path, misplaced.span), related)


RULE = Rule(
    code="DASH017",
    title="callback arguments out of order",
    summary="An Output after an Input or State (or, in a clientside callback, an Input after a State).",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
