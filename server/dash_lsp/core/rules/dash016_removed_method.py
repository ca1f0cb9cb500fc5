"""DASH016: a method of the app that Dash 3 removed (app.run_server, app.long_callback)."""

from __future__ import annotations

from ..findings import Finding, Location, Severity
from .base import Rule

EXPLANATION = """\
**What Dash does.** Dash 3 removed two methods of the app that Dash 2 still had:
`app.run_server`, the old name of `app.run`, and `app.long_callback`. Using either raises
`dash.exceptions.ObsoleteAttributeException` ("app.run_server has been replaced by
app.run"): `python app.py` stops there and nothing is served, and a module with an
`@app.long_callback` cannot even be imported. Tutorials and older apps are full of both.
Reported only where the installed Dash is 3 or later.

**Why.** `run_server` had long been a deprecated alias of `run`, which takes the same
arguments; `long_callback` became `callback(..., background=True)`.

**Wrong**
```python
if __name__ == "__main__":
    app.run_server(debug=True)
```

**Right**
```python
if __name__ == "__main__":
    app.run(debug=True)
```
For `@app.long_callback(...)`, write `@app.callback(..., background=True)` and give the app a
`background_callback_manager` (the `long_callback_manager` renamed).
"""

REMOVED_IN = (3, 0)
_INSTEAD = {
    "run_server": "the server never starts. Call app.run, which takes the same arguments.",
    "long_callback": "the module cannot be imported. Use app.callback(..., background=True), with the app's "
                     "background_callback_manager.",
}


def check(model):
    version = model.dash_version
    if version is None or version < REMOVED_IN:
        return
    shown = ".".join(map(str, version))
    for app in model.apps:
        for module, call in app.removed_calls:
            yield Finding(
                RULE.code, RULE.severity,
                f"app.{call.method} was removed in Dash 3 (Dash {shown} is installed): it raises "
                f"ObsoleteAttributeException, and {_INSTEAD[call.method]}",
                Location(module.path, call.span),
                data={"method": call.method},
            )


RULE = Rule(
    code="DASH016",
    title="method removed in Dash 3",
    summary="app.run_server and app.long_callback, removed in Dash 3, raise instead of working.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
