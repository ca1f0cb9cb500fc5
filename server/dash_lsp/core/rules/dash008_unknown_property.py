"""DASH008: a callback names a property the component carrying the id does not have."""

from __future__ import annotations

from ..findings import Finding, Location, Related, Severity
from ..project.registration import registered_callbacks
from ..similar import close_matches
from ..values import Known
from .base import Rule
from .common import required_id, validated_layouts

# Packages whose components the dash-renderer checks, property by property, in Dash 3 and 4
# (tests/browser/test_component_properties.py shows each one): a component of another
# library may ship no propTypes, and then nothing is checked.
CHECKED_PACKAGES = ("dash.html.", "dash.dcc.", "dash.dash_table.")

EXPLANATION = """\
**What Dash does.** With callback validation on (`suppress_callback_exceptions=False`, the
default), the dash-renderer checks each `Output`, `Input` and `State` property against the
properties of the component that carries the id, when the page loads, and shows *Invalid prop
for this component* in the dev-tools popup (debug mode). An Input on a property the component
does not have never fires; an Output to one never shows.

**Why.** A misspelt property (`n_click`, `childen`) or one of another component: a `dcc.Input`
has a `value`, not `children`; a `dcc.Dropdown` has `value` and `options`, not `label`.

**Wrong**
```python
app.layout = html.Div([dcc.Input(id="city"), html.Button("Clear", id="clear")])

@app.callback(Output("city", "children"), Input("clear", "n_click"))
```

**Right** – the component's own properties (`dash-lsp` completes them after the id):
```python
@app.callback(Output("city", "value"), Input("clear", "n_clicks"))
```
`data-*` and `aria-*` attributes of html components are properties too.
"""


def check(model):
    checked: dict[str, object] = {}  # origin → its ComponentInfo when Dash checks it, else None

    def info_of(origin: str):
        if origin not in checked:
            info = model.catalog.info(origin) if origin.startswith(CHECKED_PACKAGES) else None
            checked[origin] = info if info is not None and info.declared is not None else None
        return checked[origin]

    for app, layout in validated_layouts(model):
        for module, callback in registered_callbacks(model, app.callbacks):
            for dependency in callback.dependencies:
                if dependency.prop_node is None:
                    continue
                text = required_id(model, module, callback, dependency)
                sites = layout.ids.get(text) if text is not None else None
                if not sites:
                    continue  # unknown, or DASH003's
                infos = [info_of(site.origin) for site in sites]
                if any(info is None for info in infos):
                    continue
                prop = model.dependency_prop(module, callback, dependency)
                if not isinstance(prop, Known) or not isinstance(prop.value, str):
                    continue
                # Reported only when every component with the id lacks the property.
                if any(info.accepts(prop.value) is not False for info in infos):
                    continue
                yield _finding(module, dependency, text, prop.value, sites[0], infos[0])


def _finding(module, dependency, component_id: str, prop: str, site, info) -> Finding:
    known = sorted(p for p in info.declared if "*" not in p)
    close = close_matches(prop, known)
    message = (f"`{site.component}` (id `{component_id}`) has no property `{prop}`; Dash reports "
               f"\"Invalid prop for this component\" in the browser.")
    if close:
        message += f" Did you mean `{close[0]}`?"
    related = () if site.path.name == "dash" else (
        Related(Location(site.path, site.span), f"`{component_id}` is a `{site.component}`"),)
    return Finding(RULE.code, RULE.severity, message, Location(module.path, module.lines.span(dependency.prop_node)),
                   related, data={"property": prop, "suggestions": close})


RULE = Rule(
    code="DASH008",
    title="property not on the component",
    summary="Every Output, Input and State must name a property of the component carrying the id.",
    explanation=EXPLANATION,
    severity=Severity.ERROR,
    check=check,
)
