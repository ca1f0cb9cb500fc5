"""What the installed component classes say: positional arguments, properties, wildcards."""

from __future__ import annotations

import dash
from dash import dcc, html

from dash_lsp.core.semantics.catalog import default_catalog


def test_a_class_is_read_from_its_own_module():
    # dash.dcc.Textarea and dash.html.Textarea share a name; each has its own properties.
    catalog = default_catalog()
    dcc_textarea, html_textarea = catalog.info("dash.dcc.Textarea"), catalog.info("dash.html.Textarea")
    assert dcc_textarea.positional[0] == "value" and html_textarea.positional[0] == "children"
    assert dcc_textarea.accepts("value") and not html_textarea.accepts("value")


def test_declared_properties_are_the_classes_own():
    catalog = default_catalog()
    for component in (dcc.Input(), dcc.Graph(), html.Button(), dash.dash_table.DataTable()):
        origin = f"{type(component).__module__.rpartition('.')[0]}.{type(component).__name__}"
        assert catalog.info(origin).declared == frozenset(component._prop_names), origin


def test_wildcard_attributes_and_what_the_renderer_adds():
    button = default_catalog().info("dash.html.Button")
    assert button.accepts("data-row") and button.accepts("aria-label") and button.accepts("setProps")
    assert button.accepts("n_click") is False
    assert default_catalog().info("dash.dcc.Input").accepts("data-row") is False


def test_a_class_that_declares_nothing_says_nothing(tmp_path):
    package = tmp_path / "acme_components"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "Card.py").write_text("class Card:\n    def __init__(self, children=None, id=None):\n        pass\n")
    info = type(default_catalog())([str(tmp_path)]).info("acme_components.Card")
    assert info.positional == ("children", "id") and info.accepts("anything") is None


def test_a_property_is_described_from_its_class_docstring(tmp_path):
    catalog = default_catalog()
    kind, description = catalog.property_doc("dash.dash_table.DataTable", "columns")
    assert kind.startswith("list of dicts")
    # Nested keys stay with their property, as Markdown items.
    assert "\n- id (string; required):" in description and "- name (" in description
    assert catalog.property_doc("dash.dcc.Graph", "no_such_property") is None
    package = tmp_path / "acme_components"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "Card.py").write_text('class Card:\n    """A card.\n\n    - title (string; optional):\n'
                                     '        The title.\n    """\n')
    assert type(catalog)([str(tmp_path)]).property_doc("acme_components.Card", "title") == ("string; optional", "The title.")
