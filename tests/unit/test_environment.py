"""Names from the project's installed packages, resolved through jedi in the project's own venv."""

import subprocess
import sys
import sysconfig
from pathlib import Path

import dash
import pytest

from dash_lsp.core import check_paths

from .conftest import expected_markers, reported, write_project


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A real virtual environment with two small installed packages."""
    root = tmp_path_factory.mktemp("envproject")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / ".venv")], check=True)
    purelib = sysconfig.get_path("purelib", vars={"base": str(root / ".venv"), "platbase": str(root / ".venv")})
    site = Path(purelib)
    site.mkdir(parents=True, exist_ok=True)
    # dash itself, as the project would have it installed.
    (site / "dash_installed.pth").write_text(str(Path(dash.__file__).parents[1]) + "\n")
    (site / "acme_ids").mkdir()
    (site / "acme_ids" / "__init__.py").write_text('CITY = "city-dropdown"\nGRAPH = "graph"\n')
    (site / "acme_dash").mkdir()
    (site / "acme_dash" / "__init__.py").write_text(
        "from dash import callback, Output, Input\nfrom dash import html, dcc\n")
    (site / "not_dash").mkdir()
    (site / "not_dash" / "__init__.py").write_text(
        "def callback(*args, **kwargs):\n    return lambda f: f\n\nclass Output:\n    def __init__(self, *a):\n        pass\n\nclass Input(Output):\n    pass\n")
    return root


def test_constant_from_an_installed_package_completes_the_layout(venv):
    write_project(venv, {"app.py": '''
from dash import Dash, html, dcc, callback, Output, Input
from acme_ids import CITY, GRAPH

app = Dash(__name__)
app.layout = html.Div([dcc.Dropdown(["a"], "a", id=CITY), dcc.Graph(id=GRAPH)])

@callback(Output(GRAPH, "figure"), Input(CITY, "value"))
def draw(city):
    return {}

@callback(Output(GRAPH, "style"), Input("city_dropdown", "value"))  # expect: DASH003
def style(city):
    return {}
'''})
    assert reported(venv, [venv / "app.py"]) == expected_markers(venv)


def test_reexported_dash_names_are_dash(venv):
    write_project(venv, {"app.py": '''
from dash import Dash, html
from acme_dash import callback, Output, Input

app = Dash(__name__)
app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

@callback(Output("out", "children"), Input("go", "n_clicks"))
def first(n):
    return n

@callback(Output("out", "children"), Input("go", "n_clicks"))  # expect: DASH001
def second(n):
    return n
'''})
    assert reported(venv, [venv / "app.py"]) == expected_markers(venv)


def test_lookalike_names_from_another_library_are_not(venv):
    write_project(venv, {"app.py": '''
from dash import Dash, html
from not_dash import callback, Output, Input

app = Dash(__name__)
app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

@callback(Output("out", "children"), Input("nowhere", "n_clicks"))
def first(n):
    return n

@callback(Output("out", "children"), Input("go", "n_clicks"))
def second(n):
    return n
'''})
    assert reported(venv, [venv / "app.py"]) == set()


def test_rules_follow_the_installed_dash_version(tmp_path):
    """allow_duplicate came with Dash 2.9: with an older dash installed, DASH002 stays silent."""
    source = '''
from dash import Dash, html, callback, Output, Input
app = Dash(__name__)
app.layout = html.Div([html.Button(id="go"), html.Div(id="out")])

@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"))  # expect: DASH002
def reset(n):
    return ""
'''
    write_project(tmp_path, {"app.py": source})
    assert reported(tmp_path, [tmp_path / "app.py"]) == expected_markers(tmp_path)
    _pretend_dash_version(tmp_path, "2.8.1")
    assert reported(tmp_path, [tmp_path / "app.py"]) == set()


@pytest.mark.parametrize("version, debug, reported_on_dash", [
    ("3.4.0", False, True), ("4.0.0", False, True), ("4.1.0", False, False), ("4.1.0", True, True),
    ("4.4.1", True, False)])
def test_a_callback_without_inputs_follows_the_installed_dash_version(tmp_path, version, debug, reported_on_dash):
    """Dash 3 and 4.0 reject every callback without Inputs; 4.1 only in debug mode; Dash 4.2 runs
    one once on load. One with its initial call prevented can never run on any version."""
    source = '''
from dash import Dash, html, callback, Output, Input, State
app = Dash(__name__)
app.layout = html.Div([html.Button(id="go"), html.Div(id="out"), html.Div(id="stamp")])

@callback(Output("stamp", "children"), State("go", "n_clicks"))
def stamp(n):
    return "loaded"

@callback(Output("out", "children"), State("go", "n_clicks"), prevent_initial_call=True)
def never(n):
    return n

if __name__ == "__main__":
    app.run(debug=DEBUG)
'''.replace("DEBUG", str(debug))
    write_project(tmp_path, {"app.py": source})
    _pretend_dash_version(tmp_path, version)
    findings = [f for f in check_paths([tmp_path / "app.py"]) if f.code == "DASH014"]
    assert {f.span.start.line + 1 for f in findings} == ({6, 10} if reported_on_dash else {10})
    # Where only debug mode rejects it, the finding points at the start in debug mode.
    assert {r.location.span.start.line + 1 for f in findings for r in f.related} == ({14} if (version, debug) == ("4.1.0", True) else set())


@pytest.mark.parametrize("version, offered", [("2.8.1", False), ("2.9.0", True)])
def test_the_allow_duplicate_fix_needs_dash_2_9(tmp_path, version, offered):
    from dash_lsp.core import Workspace
    from dash_lsp.core.fixes import fixes_for

    write_project(tmp_path, {"app.py": '''
from dash import Dash, html, dcc, Input, Output
app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="city"), dcc.Input(id="year"), html.Div(id="out")])

@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city

@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return year
'''})
    _pretend_dash_version(tmp_path, version)
    workspace = Workspace(tmp_path)
    finding = next(f for fs in workspace.findings().values() for f in fs if f.code == "DASH001")
    titles = [f.title for f in fixes_for(workspace, finding.path, finding.span)]
    assert ("Allow this duplicate output (allow_duplicate=True)" in titles) is offered, titles


def _pretend_dash_version(root: Path, version: str) -> None:
    """A project venv whose dash claims `version` (the installed dash's code behind it)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / ".venv")], check=True)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(root / ".venv"), "platbase": str(root / ".venv")}))
    site.mkdir(parents=True, exist_ok=True)
    (site / f"dash-{version}.dist-info").mkdir()
    (site / f"dash-{version}.dist-info" / "METADATA").write_text(f"Name: dash\nVersion: {version}\n")
    (site / "dash_installed.pth").write_text(str(Path(dash.__file__).parents[1]) + "\n")


@pytest.mark.parametrize("version, reported_on_dash", [("2.18.2", False), ("3.0.0", True)])
def test_methods_dash_3_removed_follow_the_installed_dash_version(tmp_path, version, reported_on_dash):
    """Dash 2 still has app.run_server (an alias of app.run): only from Dash 3 on does it raise."""
    source = '''
from dash import Dash, html
app = Dash(__name__)
app.layout = html.Div("hello")

if __name__ == "__main__":
    app.run_server(debug=True)
'''
    write_project(tmp_path, {"app.py": source})
    _pretend_dash_version(tmp_path, version)
    found = reported(tmp_path, [tmp_path / "app.py"])
    assert found == ({("DASH016", "app.py", 6)} if reported_on_dash else set())
