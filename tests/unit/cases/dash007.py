"""Cases of DASH007 pattern-matching wildcards that do not line up."""

from .kit import HEAD, RUN, Case

CASES = [
    Case("wildcards-outputs-mismatched", {"app.py": HEAD + """
from dash import ALLSMALLER
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div(id="rows")

@callback(Output({"type": "total", "index": MATCH}, "children"),
          Output({"type": "label", "row": MATCH}, "children"),  # expect: DASH007
          Input({"type": "row", "index": MATCH}, "value"))
def show(v):
    return v, v

@callback(Output({"type": "total", "index": MATCH}, "title"),
          Input({"type": "row", "index": MATCH, "column": MATCH}, "value"),  # expect: DASH007
          State({"type": "row", "index": ALLSMALLER}, "value"))
def extra(v, above):
    return v

@callback(Output({"type": "total", "index": ALL}, "style"),
          Input({"type": "row", "index": ALLSMALLER}, "value"))  # expect: DASH007
def smaller(v):
    return v

@callback(Output({"type": "cell", "index": ALLSMALLER}, "style"),  # expect: DASH007
          Input({"type": "row", "index": MATCH}, "value"))
def bad_output(v):
    return v
""" + RUN}, dash="any"),
    Case("wildcards-twin-lined-up-or-unknown", {"app.py": HEAD + """
import random
from dash import ALLSMALLER
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div(id="rows")
KEY = random.choice(["index", "row"])

@callback(Output({"type": "total", "index": MATCH}, "className"),
          Output({"type": "sum", "index": MATCH, "page": ALL}, "className"),
          Input({"type": "row", "index": MATCH, "column": ALL}, "value"),
          State({"type": "row", "index": ALLSMALLER}, "value"))
def good(v, above):
    return v, v

@callback(Output("rows", "title"), Input({"type": "row", "index": MATCH}, "n_clicks"))
def fixed_output(n):
    return n

@callback(Output({"type": "total", KEY: MATCH}, "children"), Input({"type": "row", "index": MATCH}, "value"))
def unknown_key(v):
    return v

@callback(Input({"type": "row", "index": ALLSMALLER}, "value"))
def no_outputs(v):
    pass
""" + RUN}, dash="any"),
    Case("inside-page-layout-function", {
        "app.py": "import dash\nfrom dash import Dash, html\n\napp = Dash(__name__, use_pages=True)\napp.layout = html.Div([dash.page_container])\n" + RUN,
        "pages/home.py": """import dash
from dash import html, callback, Output, Input

dash.register_page(__name__, path="/")


def layout(**kwargs):
    @callback(Output("out", "children"), Input("go", "n_clicks"))  # expect: DASH006
    def show(n):
        return n
    return html.Div([html.Button("Go", id="go"), html.Div(id="out")])
""",
    }, dash=("absent", "out.children")),
    Case("inside-page-layout-function-twin-guarded-or-called-at-import", {
        "app.py": "import dash\nfrom dash import Dash, html\n\napp = Dash(__name__, use_pages=True)\napp.layout = html.Div([dash.page_container])\n" + RUN,
        "pages/home.py": """import dash
from dash import html, callback, Output, Input

dash.register_page(__name__, path="/")
wired = []


def layout(**kwargs):
    if not wired:
        wired.append(True)

        @callback(Output("out", "children"), Input("go", "n_clicks"))
        def show(n):
            return n
    return html.Div([html.Button("Go", id="go"), html.Div(id="out")])
""",
        "pages/about.py": """import dash
from dash import html, callback, Output, Input

def about_layout():
    @callback(Output("about-out", "children"), Input("about-go", "n_clicks"))
    def show(n):
        return n
    return html.Div([html.Button("Go", id="about-go"), html.Div(id="about-out")])


dash.register_page(__name__, path="/about", layout=about_layout())
""",
    }),
]
