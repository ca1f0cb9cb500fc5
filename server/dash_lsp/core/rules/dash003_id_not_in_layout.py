"""DASH003: a callback names an id the layout does not have."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from ..project.layouts import rendered_anywhere
from ..project.registration import registered_callbacks
from .base import Rule
from .common import required_id, validated_layouts

EXPLANATION = """\
**What Dash does.** With callback validation on (`suppress_callback_exceptions=False`, the
default), the dash-renderer checks every `Output`, `Input` and `State` against the layout when
the page loads and shows *ID not found in layout* in the dev-tools popup (debug mode). The
callback never runs for that id.

**Why.** Usually a typo, an id renamed in one place only, or a component that only a callback
renders (a tab's content, a page of a multi-page app). Dash validates against
`app.validation_layout` when it is set, against every page's layout in a `use_pages` app, and
otherwise against `app.layout` (for a layout function, the tree it returns).

**Wrong**
```python
app.layout = html.Div([dcc.Dropdown(id="city-dropdown"), dcc.Graph(id="graph")])

@app.callback(Output("graph", "figure"), Input("city_dropdown", "value"))
```

**Right** – use the id the layout has. For components rendered later by a callback, list them in
`app.validation_layout = html.Div([app.layout, tab_one, tab_two])` or set
`suppress_callback_exceptions=True`.
"""


def check(model):
    for app, layout in validated_layouts(model):
        anywhere = None
        for module, callback in registered_callbacks(model, app.callbacks):
            for dependency in callback.dependencies:
                text = required_id(model, module, callback, dependency)
                if text is None or layout.has(text):
                    continue
                if anywhere is None:
                    anywhere = rendered_anywhere(model, app)
                yield _finding(module, dependency, text, layout, anywhere)


def _finding(module, dependency, text, layout, anywhere) -> Finding:
    related = []
    message = f"No component in the layout has the id `{text}`; Dash reports \"ID not found in layout\" in the browser."
    close = layout.close_ids(text)
    elsewhere = [site for site in anywhere.ids.get(text, []) if site.path.name != "dash"]
    if elsewhere:
        site = elsewhere[0]
        message += (f" It is only created outside the layout ({site.path.name}:{site.span.start.line + 1}): "
                    "add it to app.validation_layout or set suppress_callback_exceptions=True.")
        related.append(Related(Location(site.path, site.span), f"`{text}` is created here, outside the layout"))
    elif close:
        message += f" Did you mean `{close[0]}`?"
    for name in close:
        for site in layout.ids[name][:1]:
            if site.path.name != "dash":
                related.append(Related(Location(site.path, site.span), f"`{name}` ({site.component}) is in the layout"))
    return Finding(RULE.code, RULE.severity, message, Location(module.path, dependency.id_span), tuple(related),
                   data={"id": text, "suggestions": close})


RULE = Rule(
    code="DASH003",
    title="id not in layout",
    summary="Every Output, Input and State must name a component of the layout.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
