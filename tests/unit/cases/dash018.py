"""Cases of DASH018 invalid app.config key (the keys are read from the installed Dash)."""

from .kit import HEAD, RUN, Case, app

CALLBACK = """
@callback(Output("out", "children"), Input("go", "n_clicks"))
def show(n):
    return n
"""

CASES = [
    Case("config-key-spelt-as-before-dash-1", app("""
app.config.supress_callback_exceptions = True  # expect: DASH018

# Rendered by a callback: once the key is mended, suppression lets it be; not reported now either.
@callback(Output("later", "children"), Input("go", "n_clicks"))
def later(n):
    return n
"""), dash=("raises", "AttributeError")),
    Case("config-key-subscript-spelt-as-before-dash-1", app("""
app.config["supress_callback_exceptions"] = True  # expect: DASH018
""" + CALLBACK), dash=("raises", "AttributeError")),
    Case("flask-setting-on-the-dash-config", app("""
app.config["SECRET_KEY"] = "change me"  # expect: DASH018
""" + CALLBACK), dash=("raises", "AttributeError")),
    Case("config-key-only-the-constructor-sets", app("""
app.config.serve_locally = False  # expect: DASH018
""" + CALLBACK), dash=("raises", "AttributeError")),
    Case("config-key-misspelt-in-an-app-factory", {"app.py": HEAD + """
def create_app():
    app = Dash(__name__)
    app.config.titel = "Sales"  # expect: DASH018
    app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="out")])
    return app


app = create_app()
""" + CALLBACK + RUN}, dash=("raises", "AttributeError")),
    # Correct twins: keys Dash has, Flask's config, and a `config` that is not a Dash app's.
    Case("config-keys-dash-has-twin", app("""
app.config.suppress_callback_exceptions = True
app.config["update_title"] = None
app.config.title = "Sales"
app.server.config["SECRET_KEY"] = "change me"
""" + CALLBACK)),
    Case("flask-app-handed-to-a-function-twin", app("""
def init_db(app):
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"


init_db(app.server)
""" + CALLBACK)),
    Case("config-key-written-to-raise-twin", app('''
import pytest

with pytest.raises(AttributeError):
    app.config.name = "renamed"
''' + CALLBACK)),
    Case("config-of-another-object-twin", app("""
import types

settings = types.SimpleNamespace(config=types.SimpleNamespace())
settings.config.anything = 1
""" + CALLBACK)),
    Case("names-of-other-objects-in-functions-twin", app("""
import types
from contextlib import nullcontext


def configure_servers(servers):
    for app in servers:
        app.config["SECRET_KEY"] = "change me"
    with nullcontext(types.SimpleNamespace(config={})) as app:
        app.config["CACHE_TYPE"] = "simple"


def configure_flask():
    from flask import current_app as app
    if app:
        app.config["DEBUG_TB"] = False


configure_servers([app.server])
""" + CALLBACK)),
]
