"""DASH014: a callback without Inputs that can never run."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from ..values import Known
from .base import Rule
from .common import all_callbacks

EXPLANATION = """\
**What Dash does.** Only a change of an `Input` triggers a callback; a callback without one
can only run in the call Dash makes when the page loads. Dash 4.2 and later make that call
(so a callback of `State`s alone runs once on load), unless `prevent_initial_call=True`, or
the app's `prevent_initial_callbacks=True` for `app.callback`, turns it off: then nothing can
ever run it, and in debug mode the renderer shows *A callback is missing Inputs* and runs
none of the app's callbacks. Dash 3 and earlier reject every callback without Inputs: the
same error, and with debug off too, no callback of the app runs; so does Dash 4.0. Dash 4.1
rejects it in debug mode only.

**Why.** Callbacks are subscriptions to their Inputs; a callback with none is wired to nothing.

**Wrong**
```python
@callback(Output("summary", "children"), State("city", "value"), prevent_initial_call=True)
def summarise(city):
    ...
```

**Right**
```python
@callback(Output("summary", "children"), Input("refresh", "n_clicks"), State("city", "value"),
          prevent_initial_call=True)
def summarise(n_clicks, city):
    ...
```
To run it once when the page loads (Dash 4.2 and later), leave `prevent_initial_call` off.
"""

# Checked in the browser (tests/dash_cases/no_input_*): Dash 3 and 4.0 reject every callback
# without Inputs, debug on or off; Dash 4.1 rejects it in debug mode and runs it once on load
# with debug off; Dash 4.2 and later run it once on load either way.
RUNS_ON_LOAD = (4, 2)
REJECTS_ALL = (4, 1)


def check(model):
    version = model.dash_version
    unregistered = model.unregistered()
    for app, module, callback in all_callbacks(model):
        if callback.inputs or not callback.complete or id(callback) in unregistered or callback.where.may_fail:
            continue
        if app is not None and app.kind == "proxy":
            continue  # (dash-extensions' transforms may add Inputs)
        related = ()
        if version is not None and version < REJECTS_ALL:
            message = (f"This callback has no Input: Dash {_dotted(version)} rejects it in the browser "
                       "(\"A callback is missing Inputs\") and then runs none of the app's callbacks. "
                       "Add an Input.")
        elif (prevented := _initial_call_prevented(model, app, module, callback)) is not None:
            runs_on_load = version is None or version >= RUNS_ON_LOAD
            undo = "drop prevent_initial_call" if prevented == "own" else "set prevent_initial_call=False on it"
            message = (f"This callback has no Input, and {_SETTING[prevented]} turns off the one call Dash makes "
                       "on page load: nothing can ever run it. In debug mode Dash reports \"A callback is missing "
                       "Inputs\" and then runs none of the app's callbacks. Add an Input"
                       + (f", or {undo} to run it once on load." if runs_on_load else "."))
        elif version is not None and version < RUNS_ON_LOAD and (debug := _debug_start(model, app)) is not None:
            message = (f"This callback has no Input: in debug mode Dash {_dotted(version)} rejects it (\"A callback "
                       "is missing Inputs\") and then runs none of the app's callbacks, and this app runs with "
                       "debug=True. Add an Input (Dash 4.2 and later run it once on page load).")
            related = (Related(Location(debug[0].path, debug[1].span), "the server starts in debug mode here"),)
        else:
            continue
        yield Finding(RULE.code, RULE.severity, message, Location(module.path, callback.name_span), related=related,
                      data={"callback_line": callback.span.start.line})


def _debug_start(model, app):
    """The (module, start) of a server start of `app` with debug=True, or None."""
    if app is None:
        return None
    for module, start in app.starts:
        if start.debug is not None:
            debug = model.value(start.debug, module)
            if isinstance(debug, Known) and debug.value is True:
                return module, start
    return None


_SETTING = {"own": "its prevent_initial_call=True", "app": "the app's prevent_initial_callbacks=True"}


def _initial_call_prevented(model, app, module, callback) -> str | None:
    """What makes the callback Dash registers have prevent_initial_call exactly True ("own" or
    "app"), or None. Dash sends `prevent_initial_call is True`: 'initial_duplicate' or 1 do not
    count."""
    if callback.prevent_initial_call is not None:
        own = model.value(callback.prevent_initial_call, module)
        return "own" if isinstance(own, Known) and own.value is True else None
    if callback.app is None or app is None:
        return None  # dash.callback takes no default from the app
    default = app.prevent_initial_callbacks
    return "app" if isinstance(default, Known) and default.value is True else None


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(map(str, version))


RULE = Rule(
    code="DASH014",
    title="callback without Inputs",
    summary="A callback without Inputs never runs when its initial call is prevented (or on Dash 3 and 4.0, or 4.1 in debug mode).",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
