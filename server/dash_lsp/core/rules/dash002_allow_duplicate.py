"""DASH002: allow_duplicate=True without prevent_initial_call."""

from __future__ import annotations

from ..findings import Finding, Location, Severity
from ..semantics.evaluate import is_true
from ..values import UNKNOWN, Known
from .base import Rule
from .common import all_callbacks

EXPLANATION = """\
**What Dash does.** Registering a callback with an `Output(..., allow_duplicate=True)` raises
`dash.exceptions.DuplicateCallback` at import time ("allow_duplicate requires
prevent_initial_call to be True") unless the callback's `prevent_initial_call` is true or
`'initial_duplicate'`. For `app.callback` the app's `prevent_initial_callbacks` also counts; for
the global `dash.callback` it does not.

**Why.** Callbacks sharing an output would all run on page load in no fixed order, so the
initial value would depend on timing.

**Wrong**
```python
@callback(Output("status", "children", allow_duplicate=True), Input("reset", "n_clicks"))
```

**Right**
```python
@callback(Output("status", "children", allow_duplicate=True), Input("reset", "n_clicks"),
          prevent_initial_call=True)
```
Use `prevent_initial_call="initial_duplicate"` when the callback must run on load.
"""


def check(model):
    if model.dash_version is not None and model.dash_version < (2, 9):
        return  # allow_duplicate arrived in Dash 2.9; older versions reject the keyword itself
    blocked = model.after_start()
    for app, module, callback in all_callbacks(model):
        if id(callback) in blocked:
            continue
        if app is not None and app.kind == "proxy":
            continue
        duplicates = [o for o in callback.outputs if o.allow_duplicate is not None
                      and is_true(model.value(o.allow_duplicate, module)) is True]
        if not duplicates:
            continue
        own = model.value(callback.prevent_initial_call, module) if callback.prevent_initial_call else None
        if own is not None and (own is UNKNOWN or not isinstance(own, Known) or own.value):
            continue
        if callback.app is not None:
            default = app.prevent_initial_callbacks if app is not None else UNKNOWN
            if not isinstance(default, Known) or default.value:
                continue
        state = "is False" if own is not None else "is not set"
        yield Finding(
            RULE.code, RULE.severity,
            f"allow_duplicate=True needs prevent_initial_call=True (or 'initial_duplicate'), and "
            f"this callback's prevent_initial_call {state}: Dash raises DuplicateCallback when it "
            "registers the callback.",
            Location(module.path, duplicates[0].span),
            data={"callback_line": callback.span.start.line},
        )


RULE = Rule(
    code="DASH002",
    title="allow_duplicate needs prevent_initial_call",
    summary="An Output with allow_duplicate=True needs prevent_initial_call on its callback.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
