"""DASH006: a callback registered while another callback runs, or by the layout function."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from ..project.registration import allows_dynamic
from .base import Rule
from .common import callback_label

EXPLANATION = """\
**What Dash does.** Callbacks are wired when the page loads: the browser fetches the list of
callbacks once. A callback registered while another callback runs is added on the server only;
the page that triggered it never learns about it, and each further call registers it again.

A callback registered inside the function assigned to `app.layout` registers each time Dash
calls that function: once when it is assigned (Dash calls it to validate the layout) and again
on every page load, so the page sees the same outputs twice ("Duplicate callback outputs").
A page's layout function (`use_pages`) runs only when the page is shown, after the browser
has fetched the callbacks: a callback it registers is never wired.

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

    for host in model.inside_layout_functions().values():
        module, callback = host.module, host.callback
        name = host.function.name
        if host.page:
            message = (f"This callback is registered inside the page layout function `{name}`, which Dash calls "
                       "each time the page is shown, after the browser has fetched the callbacks: it is never "
                       "wired for the page, and every visit registers it again. Register it at import time, at "
                       "the module level of the page.")
            related = "the page whose layout it is"
        else:
            message = (f"This callback is registered inside the layout function `{name}`, which Dash calls when it "
                       "is assigned and again on every page load: the callback registers twice and Dash reports "
                       "\"Duplicate callback outputs\". Register it at import time, beside the layout function.")
            related = f"`{name}` is the app's layout"
        yield Finding(RULE.code, RULE.severity, message, Location(module.path, callback.span),
                      (Related(Location(host.named_in.path, host.named_at), related),))


RULE = Rule(
    code="DASH006",
    title="callback registered inside a callback or the layout function",
    summary="Callbacks must be registered once, at import time: not while another callback runs, nor by the layout function.",
    explanation=EXPLANATION,
    severity=Severity.WARNING,
    check=check,
)
