"""Ground truth for DASH008, component by component: in debug mode the dash-renderer checks the
property of each Output, Input and State against the component's propTypes, for every component
of dash.html, dash.dcc and dash_table, and those propTypes are what the Python class declares
(`_prop_names`, plus `data-*` and `aria-*` where the class allows them).

One app per Dash installation holds one of each component in its validation layout, each the
Input of a callback on a property no component has.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dash_lsp.core.semantics.catalog import given_by_renderer

from .app_server import AppServer
from .environments import environments
from .page_probe import STORE_ERRORS, settle

pytestmark = pytest.mark.browser

APP = '''\
import inspect
import json
import os

from dash import Dash, Input, Output, dash_table, dcc, html
from dash.development.base_component import Component

classes = [cls for module in (html, dcc, dash_table) for cls in vars(module).values()
           if inspect.isclass(cls) and issubclass(cls, Component) and cls.__module__.startswith(module.__name__ + ".")]


def build(cls, id):
    """One instance; a required property (dcc.Link's href) gets a string."""
    given = {}
    while True:
        try:
            return cls(id=id, **given)
        except TypeError as error:
            given[str(error).split("`")[1]] = "x"


components = [build(cls, f"c{index}") for index, cls in enumerate(classes)]
with open("components.json", "w") as out:
    json.dump({c.id: {"namespace": c._namespace, "type": c._type, "declared": c._prop_names,
                      "wildcards": getattr(c, "_valid_wildcard_attributes", [])} for c in components}, out)

app = Dash(__name__)
app.layout = html.Div("loaded", id="root")
app.validation_layout = html.Div([app.layout, *components, *[html.Div(id=f"o{c.id}") for c in components]])
for component in components:
    app.callback(Output(f"o{component.id}", "children"), Input(component.id, "not_a_property"))(lambda value: value)

if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ["PORT"]))
'''

PROP_TYPES = """(components) => Object.fromEntries(Object.entries(components).map(([id, c]) => {
  const element = window[c.namespace] && window[c.namespace][c.type];
  return [id, element && element.propTypes ? Object.keys(element.propTypes) : null];
}))"""


@pytest.mark.parametrize("environment", environments(), ids=lambda e: e.name)
def test_every_dash_component_has_its_properties_checked(browser, tmp_path: Path, environment):
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    with AppServer(environment.python, tmp_path, "app.py") as running:
        assert running.url is not None, running.output
        components = json.loads((tmp_path / "components.json").read_text())
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(running.url, wait_until="load")
            page.wait_for_selector("#root", timeout=60_000)
            settle(page)
            messages = [" ".join(e["text"].split()) for e in page.evaluate(STORE_ERRORS)
                        if e["title"] == "Invalid prop for this component"]
            prop_types = page.evaluate(PROP_TYPES, components)
        finally:
            context.close()

    assert len(components) > 150, "html, dcc and dash_table hold more components than that"
    named = {f'{c["namespace"]}.{c["type"]}': id for id, c in components.items()}
    # Dash rejects a property the component does not have, for each component.
    rejected = {id for id in components if any(f'component ID: "{id}"' in m for m in messages)}
    assert sorted(set(components) - rejected, key=lambda i: int(i[1:])) == [], \
        [f'{c["namespace"]}.{c["type"]}' for id, c in components.items() if id not in rejected]
    # And accepts only what the Python class declares: dash-lsp reports nothing Dash accepts.
    beyond = {}
    for id, keys in prop_types.items():
        component = components[id]
        assert keys is not None, f"{component['namespace']}.{component['type']} has no propTypes"
        wildcards = {f"{prefix}*" for prefix in component["wildcards"]}
        extra = {key for key in set(keys) - set(component["declared"]) - wildcards if not given_by_renderer(key)}
        if extra:
            beyond[f"{component['namespace']}.{component['type']}"] = sorted(extra)
    assert beyond == {}
    assert "dash_core_components.Input" in named and "dash_html_components.Button" in named
