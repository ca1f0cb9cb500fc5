"""Dash reads DASH_SUPPRESS_CALLBACK_EXCEPTIONS when the constructor leaves the setting unset:
a project that sets it anywhere (code, .env, Procfile, Dockerfile) has an unknown setting."""

import os
import subprocess
import sys

import pytest

from .conftest import expected_markers, reported, write_project

APP = '''
from dash import Dash, html, callback, Output, Input
app = Dash(__name__)
app.layout = html.Div([html.Button(id="go")])

@callback(Output("later", "children"), Input("go", "n_clicks"))  {marker}
def show(n):
    return n
'''


def test_real_dash_takes_the_setting_from_the_environment():
    code = "from dash import Dash; print(Dash(__name__).config.suppress_callback_exceptions)"
    env = dict(os.environ, DASH_SUPPRESS_CALLBACK_EXCEPTIONS="true")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "True"


def test_unset_and_never_mentioned_is_off(tmp_path):
    root = write_project(tmp_path, {"app.py": APP.format(marker="# expect: DASH003")})
    assert reported(root) == expected_markers(root) != set()


@pytest.mark.parametrize("name, text", [
    (".env", "DASH_SUPPRESS_CALLBACK_EXCEPTIONS=true\n"),
    ("Procfile", "web: DASH_SUPPRESS_CALLBACK_EXCEPTIONS=true gunicorn app:server\n"),
    ("Dockerfile", "FROM python:3.11\nENV DASH_SUPPRESS_CALLBACK_EXCEPTIONS=true\n"),
    ("run.py", 'import os\nos.environ["DASH_SUPPRESS_CALLBACK_EXCEPTIONS"] = "true"\nimport app\n'),
])
def test_a_project_that_sets_the_variable_has_an_unknown_setting(tmp_path, name, text):
    root = write_project(tmp_path, {"app.py": APP.format(marker=""), name: text})
    assert reported(root) == set()


def test_the_constructor_wins_over_the_environment(tmp_path):
    app = APP.replace("Dash(__name__)", "Dash(__name__, suppress_callback_exceptions=False)")
    root = write_project(tmp_path, {"app.py": app.format(marker="# expect: DASH003"), ".env": "DASH_SUPPRESS_CALLBACK_EXCEPTIONS=true\n"})
    assert reported(root) == expected_markers(root) != set()
