"""DASH006: a callback registered while another callback runs."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from ..project.registration import allows_dynamic
from .base import Rule
from .common import callback_label

EXPLANATION = """\
**What Dash does.** Callbacks are wired when the page loads: the browser fetches the list of
callbacks once. A callback registered while another callback runs is added on the server only;
the page that triggered it never learns about it, and each further call registers it again.

**Why.** `@app.callback`/`@callback` must run at import time. Code that builds components
dynamically should register their callbacks up front, usually with pattern-matching ids
(`{"type": "row", "index": MATCH}`).

**Wrong**
```python
@callback(Output("rows", "children"), Input("add", "n_clicks"))
def add_row(n):
    @callback(Output(f"label-{n}", "children"), Input(f"input-{n}", "value"))
    def echo(value): ...
    return ...
```

**Right**
```python
@callback(Output({"type": "label", "index": MATCH}, "children"),
          Input({"type": "input", "index": MATCH}, "value"))
def echo(value): ...
```
"""


def check(model):
    hosts = model.inside_callbacks()
    for module in model.modules.values():
        for callback in model.callbacks(module):
            host = hosts.get(id(callback))
            if host is None or allows_dynamic(host[1]):
                continue
            host_module, host_callback = host
            yield Finding(
                RULE.code, RULE.severity,
                f"This callback is registered while {callback_label(host_module, host_callback)} runs: "
                "the page that triggered it never wires it, and every call registers it again. "
                "Register it at import time (pattern-matching ids cover dynamic components).",
                Location(module.path, callback.span),
                (Related(Location(host_module.path, host_callback.name_span), "the enclosing callback"),),
            )


RULE = Rule(
    code="DASH006",
    title="callback registered inside a callback",
    summary="Callbacks must be registered at import time, not while another callback runs.",
    explanation=EXPLANATION,
    severity=Severity.WARNING,
    check=check,
)
