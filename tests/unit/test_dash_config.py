"""The keys of `app.config`, read from the installed Dash's source, against what its config does."""

import inspect
import subprocess
import sys

import dash
import pytest

from dash_lsp.core.semantics.dash_config import config_keys, installed_config_keys

from .conftest import reported, write_project

KEYS = installed_config_keys(sys.path)


def test_the_keys_are_those_of_a_real_app():
    app = dash.Dash(__name__)
    assert KEYS.keys == set(app.config)
    assert KEYS.read_only | KEYS.locked_with_server == set(app.config._read_only)


@pytest.mark.parametrize("key", sorted(KEYS.read_only))
def test_each_read_only_key_raises_even_without_a_server(key):
    app = dash.Dash(__name__, server=False)
    with pytest.raises(AttributeError, match="Read-only"):
        app.config[key] = app.config[key]


@pytest.mark.parametrize("key", sorted(KEYS.locked_with_server))
def test_keys_init_app_locks_raise_once_the_server_is_made(key):
    with pytest.raises(AttributeError, match="Read-only"):
        dash.Dash(__name__).config[key] = "/reports/"
    app = dash.Dash(__name__, server=False)  # (open until init_app)
    app.config[key] = "/reports/"
    assert app.config[key] == "/reports/"


@pytest.mark.parametrize("key", sorted(KEYS.read_only | KEYS.locked_with_server))
def test_each_read_only_key_is_a_keyword_of_the_constructor(key):
    # DASH018's fix moves such an assignment into Dash(...): the constructor must take it there,
    # as a keyword (`name`, its first parameter, is the one `Dash(__name__)` gives by position).
    parameters = list(inspect.signature(dash.Dash.__init__).parameters)
    assert key in parameters and (parameters.index(key) > 1 or key == "name")


def test_each_key_s_words_are_those_of_dash_s_docstring():
    documented = dict(KEYS.docs)
    assert set(documented) <= KEYS.keys and len(documented) >= len(KEYS.keys) - 3
    for key, text in documented.items():
        assert f":param {key}:" in dash.Dash.__doc__ and text and "``" not in text and "\n" not in text
    assert KEYS.doc("suppress_callback_exceptions").startswith("Default `False`")


def test_a_key_dash_lacks_raises():
    with pytest.raises(AttributeError, match="Invalid config key"):
        dash.Dash(__name__).config.supress_callback_exceptions = True


def test_a_source_without_dash_s_config_tells_nothing(tmp_path):
    (tmp_path / "dash.py").write_text("class Dash:\n    def __init__(self):\n        self.config = {}\n")
    assert config_keys(tmp_path / "dash.py") is None
    (tmp_path / "broken.py").write_bytes(b"class Dash(:\n")
    assert config_keys(tmp_path / "broken.py") is None
    assert config_keys(tmp_path / "absent.py") is None


def test_without_dash_installed_nothing_is_reported(tmp_path):
    write_project(tmp_path, {"app.py": '''
from dash import Dash, html
app = Dash(__name__)
app.config.titel = "Sales"
app.layout = html.Div("hello")
'''})
    assert reported(tmp_path, [tmp_path / "app.py"]) == {("DASH018", "app.py", 3)}
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / ".venv")], check=True)
    assert reported(tmp_path, [tmp_path / "app.py"]) == set()
