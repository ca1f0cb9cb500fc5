"""Cases of DASH003 id not in layout."""

from .kit import HEAD, LAYOUT, RUN, Case, app

CASES = [
    Case("missing-typo", app("""
@callback(Output("out", "children"), Input("cty", "value"))  # expect: DASH003
def show(city):
    return city
""")),
    Case("missing-typo-beside-text-from-textwrap", app("""
@callback(Output("out", "children"), Input("cty", "value"))  # expect: DASH003
def show(city):
    return city
""", layout="""
from textwrap import dedent

app = Dash(__name__)
app.layout = html.Div([
    dcc.Markdown(dedent('''
        Pick a **city**.
    ''')),
    dcc.Input(id="city"), html.Div(id="out"),
])
""")),
    Case("missing-in-a-callback-mixing-inputs-and-states", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"), Input("yaer", "value"))  # expect: DASH003
def show(n, city, year):
    return city
""")),
    Case("missing-twin-output-after-an-input", app("""
@callback(Input("go", "n_clicks"), Output("out", "children"), State("cty", "value"))  # expect: DASH017
def show(n, city):
    return city
"""), dash=("raises", "IncorrectTypeException")),
    Case("missing-twin-constants-bound-again", app("""
import contextlib

A = "nowhere-a"
for A in ["city"]:
    pass
B = "nowhere-b"
with contextlib.nullcontext("year") as B:
    pass
D = "nowhere-d"
(D := "go")
E = "nowhere-e"
E, _ = ("out", None)[::1]
F = "nowhere-f"


def use_the_store():
    global F
    F = "store"


use_the_store()

@callback(Output(E, "children"), Input(A, "value"), Input(B, "value"), Input(D, "n_clicks"), State(F, "data"))
def show(city, year, n, data):
    return city
""")),
    Case("missing-state", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"), State("stor", "data"))  # expect: DASH003
def show(n, data):
    return data
""")),
    Case("missing-rendered-by-callback", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"))
def render(n):
    return dcc.Input(id="later")

@callback(Output("store", "data"), Input("later", "value"))  # expect: DASH003
def keep(value):
    return value
""")),
    Case("missing-twin-validation-layout", app("""
app.validation_layout = html.Div([app.layout, dcc.Input(id="later")])

@callback(Output("out", "children"), Input("go", "n_clicks"))
def render(n):
    return dcc.Input(id="later")

@callback(Output("store", "data"), Input("later", "value"))
def keep(value):
    return value
""")),
    Case("missing-twin-layout-function", app("""
@callback(Output("out", "children"), Input("extra", "value"))
def show(value):
    return value
""", layout="""
import datetime

def serve_layout():
    if datetime.date.today().day % 2:
        return html.Div([dcc.Input(id="extra"), html.Div(id="out")])
    return html.Div([dcc.Input(id="extra", type="number"), html.Div(id="out")])

app = Dash(__name__)
app.layout = serve_layout
""")),
    Case("missing-twin-imported-constants", {
        "app.py": HEAD + """
from ids import CITY, Ids
import ids

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id=CITY), html.Div(id=Ids.OUT), html.Div(id=ids.PREFIX + "-total")])

@callback(Output(Ids.OUT, "children"), Output(f"{ids.PREFIX}-total", "children"), Input(ids.CITY, "value"))
def show(city):
    return city, 1
""" + RUN,
        "ids.py": 'CITY = "city"\nPREFIX = "sales"\n\nclass Ids:\n    OUT = "out"\n',
    }),
    Case("missing-twin-helper-fstring", app("""
@callback(Output("out", "children"), Input("name-field", "value"), Input("email-field", "value"))
def show(name, email):
    return name

@callback(Output("out", "title"), Input("phone-field", "value"))  # expect: DASH003
def phone(value):
    return value
""", layout="""
def field(name):
    return html.Div([html.Label(name.title()), dcc.Input(id=f"{name}-field")])

app = Dash(__name__)
app.layout = html.Div([field("name"), field("email"), html.Div(id="out")])
""")),
    Case("component-object-as-id", app("""
@callback(Output(result, "children"), Input(search, "value"))
def show(text):
    return text

@callback(Output(result, "children"), Input(search, "n_submit"))  # expect: DASH001
def submitted(n):
    return n
""", layout="""
search = dcc.Input(id="search")
result = html.Div(id="result")

app = Dash(__name__)
app.layout = html.Div([search, result])
"""), dash=("twice", "result.children")),
    Case("missing-twin-allow-optional", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"), Input("maybe", "value", allow_optional=True))
def show(n, value):
    return value
"""), tags=("dash>=3.1",)),
    Case("missing-twin-suppressed", {"app.py": HEAD + LAYOUT.replace("Dash(__name__)", "Dash(__name__, suppress_callback_exceptions=True)") + """
@callback(Output("out", "children"), Input("go", "n_clicks"))
def render(n):
    return dcc.Input(id="later")

@callback(Output("store", "data"), Input("later", "value"))
def keep(value):
    return value
""" + RUN}),
    Case("missing-twin-config-suppress", app("""
app.config.suppress_callback_exceptions = True

@callback(Output("store", "data"), Input("later", "value"))
def keep(value):
    return value

@callback(Output("out", "children"), Input("go", "n_clicks"))
def render(n):
    return dcc.Input(id="later")
""")),
    Case("missing-validation-turned-back-on-after-the-constructor", {"app.py": HEAD + LAYOUT.replace(
        "Dash(__name__)", "Dash(__name__, suppress_callback_exceptions=True)") + """
app.config.suppress_callback_exceptions = False

@callback(Output("store", "data"), Input("citty", "value"))  # expect: DASH003
def keep(value):
    return value
""" + RUN}),
    Case("missing-after-a-star-import-of-dependencies", {"app.py": """import dash
from dash import dcc, html
from dash.dependencies import *

app = dash.Dash(__name__)
app.layout = html.Div([dcc.RangeSlider(id="range", min=0, max=3, value=[0, 2]), html.Div(id="out")])

@app.callback(Output("out", "children"), Input("rnage", "value"))  # expect: DASH003
def show(value):
    return str(value)
""" + RUN}),
    Case("missing-twin-star-import-of-dependencies", {"app.py": """import dash
from dash import dcc, html
from dash.dependencies import *

app = dash.Dash(__name__)
app.layout = html.Div([dcc.RangeSlider(id="range", min=0, max=3, value=[0, 2]), html.Div(id="out")])

@app.callback(Output("out", "children"), Input("range", "value"))
def show(value):
    return str(value)
""" + RUN}),
    Case("missing-in-a-callback-made-by-a-factory", app("""
def show_as_text(prefix):
    def show(value):
        return f"{prefix}: {value}"
    return show

app.callback(Output("out", "children"), Input("cty", "value"))(show_as_text("City"))  # expect: DASH003
""")),
    Case("missing-twin-callback-made-by-a-factory", app("""
def show_as_text(prefix):
    def show(value):
        return f"{prefix}: {value}"
    return show

app.callback(Output("out", "children"), Input("city", "value"))(show_as_text("City"))
""")),
    Case("missing-twin-data-driven-layout", app("""
@callback(Output("out", "children"), Input("row-3", "n_clicks"))
def show(n):
    return n
""", layout="""
import json, os
ROWS = json.loads(os.environ.get("ROWS", "[]"))

app = Dash(__name__)
app.layout = html.Div([html.Div(id="out")] + [html.Button(row["label"], id=row["id"]) for row in ROWS])
""")),
    Case("missing-twin-children-built-by-append", app("""
@callback(Output("out", "children"), Input("field-2", "value"))
def show(value):
    return value
""", layout="""
def form(count):
    fields = [html.H2("Form")]
    for i in range(count):
        fields.append(dcc.Input(id=f"field-{i}"))
    return html.Div(fields)

CONTROLS = [html.Div(id="out")]
CONTROLS.extend([form(3)])

app = Dash(__name__)
app.layout = html.Div(CONTROLS)
""")),
    Case("missing-twin-layout-mutated-later", app("""
app.layout.children.append(dcc.Input(id="late-field"))

@callback(Output("out", "children"), Input("late-field", "value"))
def show(value):
    return value
""")),
    Case("missing-twin-pages-register-inline", {"app.py": """
import dash
from dash import Dash, html, dcc, callback, Output, Input

app = Dash(__name__, use_pages=True, pages_folder="")
dash.register_page("home", path="/", layout=html.Div([dcc.Input(id="home-input"), html.Div(id="home-out")]))
dash.register_page("about", path="/about", layout=html.Div([dcc.Input(id="about-input"), html.Div(id="about-out")]))
app.layout = html.Div([dash.page_container])

@callback(Output("about-out", "children"), Input("about-input", "value"))
def about(value):
    return value

@callback(Output("home-out", "children"), Input("hom-input", "value"))  # expect: DASH003
def home(value):
    return value
""" + RUN}),
    Case("missing-twin-pages-folder", {
        "app.py": """
import dash
from dash import Dash, html

app = Dash(__name__, use_pages=True)
app.layout = html.Div([html.H1("Shop"), dash.page_container])
""" + RUN,
        "pages/cart.py": """
import dash
from dash import html, dcc, callback, Output, Input

dash.register_page(__name__, path="/cart")

def layout(**kwargs):
    return html.Div([dcc.Input(id="qty", type="number"), html.Div(id="total")])

@callback(Output("total", "children"), Input("qty", "value"))
def total(qty):
    return qty

@callback(Output("total", "title"), Input("quantity", "value"))  # expect: DASH003
def title(qty):
    return qty
""",
    }),
    Case("missing-in-pages-app-with-registry-nav", {
        "app.py": """
import dash
from dash import Dash, html, dcc

app = Dash(__name__, use_pages=True)
app.layout = html.Div([
    html.Div([dcc.Link(page["name"], href=page["relative_path"]) for page in dash.page_registry.values()]),
    dash.page_container,
])
""" + RUN,
        "pages/home.py": """
import dash
from dash import html, dcc, callback, Output, Input

dash.register_page(__name__, path="/")
layout = html.Div([dcc.Input(id="name"), html.Div(id="greeting")])

@callback(Output("greeting", "children"), Input("nmae", "value"))  # expect: DASH003
def greet(name):
    return f"Hello {name}"
""",
    }),
]
