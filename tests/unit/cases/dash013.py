"""Cases of DASH013 callbacks never imported."""

from .kit import RUN, Case

APP = """from dash import Dash, html, dcc

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="city"), html.Div(id="out")])
"""

CALLBACKS = """from dash import callback, Input, Output


@callback(Output("out", "children"), Input("city", "value"))  # expect: DASH013
def show(city):
    return city
"""

APP_CALLBACKS = """from dash import Input, Output

from app import app


@app.callback(Output("out", "children"), Input("city", "value"))  # expect: DASH013
def show(city):
    return city
"""

CASES = [
    Case("never-imported-global-callbacks", {"app.py": APP + RUN, "callbacks.py": CALLBACKS},
         dash=("absent", "out.children")),
    Case("never-imported-only-finding-though-it-writes-an-output-again", {
        "app.py": APP + """
from dash import callback, Input, Output


@callback(Output("out", "children"), Input("city", "value"))
def echo(city):
    return city
""" + RUN, "callbacks.py": CALLBACKS}),
    Case("never-imported-app-callbacks", {"app.py": APP + RUN, "callbacks.py": APP_CALLBACKS},
         dash=("absent", "out.children")),
    Case("never-imported-twin-imported", {
        "app.py": APP + "\nimport callbacks  # noqa: F401\n" + RUN,
        "callbacks.py": CALLBACKS.replace("  # expect: DASH013", ""),
    }),
    Case("never-imported-twin-imported-through-another-module", {
        "app.py": APP + "\nimport layout_parts  # noqa: F401\n" + RUN,
        "layout_parts.py": "from dash import html\n\nfrom callbacks import show\n\nFOOTER = html.Footer('x')\n",
        "callbacks.py": CALLBACKS.replace("  # expect: DASH013", ""),
    }),
    Case("never-imported-twin-imported-by-the-package", {
        "__init__.py": "from . import callbacks\n",
        "app.py": APP + RUN,
        "callbacks.py": CALLBACKS.replace("  # expect: DASH013", ""),
    }),
    Case("never-imported-twin-loaded-by-name", {
        "app.py": APP + "\nimport importlib\n\nfor name in ['callbacks']:\n    importlib.import_module(name)\n" + RUN,
        "callbacks.py": CALLBACKS.replace("  # expect: DASH013", ""),
    }),
    Case("never-imported-twin-named-in-a-procfile", {
        "app.py": APP + RUN,
        "wsgi_callbacks.py": CALLBACKS.replace("  # expect: DASH013", "") + "\nfrom app import app\n\nsite = app.server\n",
        "Procfile": "web: gunicorn wsgi_callbacks:site\n",
    }),
    Case("never-imported-twin-script-and-test", {
        "app.py": APP + RUN,
        "demo.py": CALLBACKS.replace("  # expect: DASH013", "") + "\nif __name__ == '__main__':\n    print('demo')\n",
        "test_callbacks.py": CALLBACKS.replace("  # expect: DASH013", ""),
    }),
    Case("never-imported-twin-two-apps", {
        "app.py": APP + RUN,
        "admin.py": APP,
        "callbacks.py": CALLBACKS.replace("  # expect: DASH013", ""),
    }),
]
