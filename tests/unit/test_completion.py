"""Where completion of ids and properties is offered, read from the line being typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from dash_lsp.core.findings import Position
from dash_lsp.core.project.workspace import Workspace

APP = '''\
import dash
from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="city"), html.Button("Go", id="go"), dcc.Graph(id="graph")])
'''


def labels(tmp_path: Path, typed: str, head: str = APP) -> list[str]:
    path = tmp_path / "app.py"
    path.write_text(head)
    workspace = Workspace(tmp_path)
    text = head + typed
    workspace.set_overlay(path, text)
    lines = text.split("\n")
    return [c.label for c in workspace.completions(path, Position(len(lines) - 1, len(lines[-1])))]


IDS = ["city", "go", "graph"]


@pytest.mark.parametrize("typed, expected", [
    ('@callback(Output("', IDS),
    ("@callback(Output('gr", IDS),
    ('@callback(Output(component_id="', IDS),
    ('@dash.callback(dash.Output("', IDS),
    ('@callback(Output("graph", "fig', "graph"),
    ('@callback(Output("graph", component_property="', "graph"),
    ('@callback(Output("nowhere", "', []),  # an id no component carries: nothing to offer
    ('@callback(Output({"type": "', []),  # a pattern-matching id
    ('# Output("', []),
    ('x = "Output("', []),
    ('x = "#" + Output("', IDS),
    ('x = """Output(""" + Output("', IDS),
    ('print("', []),
    ('Outputs("', []),
    ('my.Output("', []),
])
def test_where_completion_is_offered(tmp_path, typed, expected):
    found = labels(tmp_path, typed)
    if expected == "graph":
        assert "figure" in found and "clickData" in found and "value" not in found
    else:
        assert found == expected


def test_dependencies_of_another_library_are_left_alone(tmp_path):
    head = APP.replace("from dash import Dash, Input, Output, State, callback, dcc, html",
                       "from dash import Dash, callback, dcc, html\nfrom mylib import Input, Output")
    assert labels(tmp_path, '@callback(Output("', head) == []


def test_dash_extensions_dependencies_complete(tmp_path):
    head = APP.replace("from dash import Dash, Input, Output, State, callback, dcc, html",
                       "from dash import Dash, callback, dcc, html\nfrom dash_extensions.enrich import Input, Output")
    assert labels(tmp_path, '@callback(Output("', head) == IDS


def test_ids_of_another_app_are_not_offered(tmp_path):
    (tmp_path / "other.py").write_text(
        'from dash import Dash, html\n\nother = Dash(__name__)\nother.layout = html.Div(id="elsewhere")\n')
    assert labels(tmp_path, '@callback(Output("') == IDS


def _real_config():
    import dash
    from dash import html

    app = dash.Dash(__name__)
    app.layout = html.Div()
    return app.config


@pytest.mark.parametrize("typed", ["app.config.sup", 'app.config["sup', "app.config['", "app.config."])
def test_config_keys_are_those_of_the_installed_dash(tmp_path, typed):
    found = labels(tmp_path, typed)
    # Every key Dash's own config has, and none it lacks (assigning one raises AttributeError).
    assert found == sorted(_real_config())
    assert "suppress_callback_exceptions" in found and "supress_callback_exceptions" not in found


def test_config_keys_say_which_only_the_constructor_sets(tmp_path):
    path = tmp_path / "app.py"
    text = APP + "app.config.serv"
    path.write_text(text)
    lines = text.split("\n")
    choices = Workspace(tmp_path).completions(path, Position(len(lines) - 1, len(lines[-1])))
    details = {c.label: c.detail for c in choices}
    assert details["serve_locally"] == "Dash config · read-only: set it in Dash(...)"
    assert details["suppress_callback_exceptions"] == "Dash config"
    config = _real_config()
    with pytest.raises(AttributeError):
        config.serve_locally = False  # as the detail says


@pytest.mark.parametrize("typed", [
    "server.config.S",  # Flask's config: not Dash's keys
    "# app.config.",
    'x = "app.config.',
    "other.app.config.",
])
def test_config_keys_only_for_a_dash_app(tmp_path, typed):
    head = APP + "from flask import Flask\nserver = Flask(__name__)\n"
    assert labels(tmp_path, typed, head) == []
