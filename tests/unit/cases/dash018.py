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
@callback(Output("out", "children"), Input("go", "n_clicks"))
def show(n):
    return html.Div(n, id="later")

@callback(Output("later", "title"), Input("later", "children"))
def later(text):
    return text
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
    Case("config-update-with-the-old-spelling", app("""
app.config.update({"supress_callback_exceptions": True, "title": "Sales"})  # expect: DASH018
""" + CALLBACK), dash=("raises", "AttributeError")),
    Case("config-update-with-a-misspelt-keyword", app("""
app.config.update(title="Sales", update_titel=None)  # expect: DASH018
""" + CALLBACK), dash=("raises", "AttributeError")),
    Case("prefix-set-after-the-server-is-made", app("""
app.config.update({
    "routes_pathname_prefix": "/reports/",  # expect: DASH018
    "requests_pathname_prefix": "/proxy/reports/",  # expect: DASH018
})
""" + CALLBACK), dash=("raises", "AttributeError")),
    # Correct twins: keys Dash has, Flask's config, and a `config` that is not a Dash app's.
    Case("config-keys-dash-has-twin", app("""
app.config.suppress_callback_exceptions = True
app.config["update_title"] = None
app.config.title = "Sales"
app.server.config["SECRET_KEY"] = "change me"
""" + CALLBACK)),
    Case("config-update-with-keys-dash-has-twin", app("""
app.config.update({"suppress_callback_exceptions": True, "title": "Sales"})
app.config.update(update_title=None)


# Rendered by a callback, as suppression allows.
@callback(Output("out", "children"), Input("go", "n_clicks"))
def show(n):
    return html.Div(n, id="later")

@callback(Output("later", "title"), Input("later", "children"))
def later(text):
    return text
""")),
    Case("prefix-set-before-init-app-twin", {"app.py": HEAD + """from flask import Flask

app = Dash(__name__, server=False)
app.config.routes_pathname_prefix = "/"  # (open until init_app; the probe asks for the root paths)
app.config.update({"requests_pathname_prefix": "/"})
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="out")])
app.init_app(Flask(__name__))
""" + CALLBACK + RUN}),
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
