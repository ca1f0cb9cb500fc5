"""Small Dash projects, each a faulty form of a gotcha or its correct twin.

Every `# expect: CODE` comment marks a line dash-lsp must report; lines without
one must stay silent. `dash` says what the real Dash package does with the app
when it is loaded (see realdash.py): "ok", ("raises", Exception), ("twice", output)
(registered by two callbacks: the renderer rejects it), ("again", output) (registered more
than once), ("absent", output).
"""

from __future__ import annotations

from dataclasses import dataclass, field

HEAD = "from dash import Dash, html, dcc, callback, clientside_callback, Output, Input, State, ctx, MATCH, ALL\n"
LAYOUT = """
app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="city"), dcc.Input(id="year"), html.Button("Go", id="go"),
    html.Div(id="out"), dcc.Store(id="store"),
])
"""
RUN = """
if __name__ == "__main__":
    app.run(debug=True)
"""


@dataclass
class Case:
    name: str
    files: dict[str, str]
    dash: object = "ok"
    entry: str = "app.py"
    tags: tuple = field(default_factory=tuple)


def app(body: str, layout: str = LAYOUT, run: str = RUN) -> dict[str, str]:
    return {"app.py": HEAD + layout + body + run}


CASES = [
    # -- DASH001 -------------------------------------------------------------------------------
    Case("dup-same-module", app("""
@callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city

@callback(Output("out", "children"), Input("year", "value"))  # expect: DASH001
def by_year(year):
    return year
"""), dash=("twice", "out.children")),
    Case("dup-two-modules", {
        "app.py": HEAD + LAYOUT + "import callbacks\n\n@callback(Output(\"out\", \"children\"), Input(\"city\", \"value\"))  # expect: DASH001\ndef local(city):\n    return city\n" + RUN,
        "callbacks.py": "from dash import callback, Output, Input\n\n@callback(Output(\"out\", \"children\"), Input(\"year\", \"value\"))\ndef remote(year):\n    return year\n",
    }, dash=("twice", "out.children")),
    Case("dup-app-and-global", app("""
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city

@callback(Output("out", "children"), Input("year", "value"))  # expect: DASH001
def by_year(year):
    return year
"""), dash=("raises", "DuplicateCallback")),
    Case("dup-clientside-and-server", app("""
clientside_callback("function(v) { return v; }", Output("out", "children"), Input("city", "value"))

@callback(Output("out", "children"), Input("year", "value"))  # expect: DASH001
def by_year(year):
    return year
"""), dash=("twice", "out.children")),
    Case("dup-twice-in-one-callback", app("""
@callback(Output("out", "children"),
          Output("out", "children"),  # expect: DASH001
          Input("city", "value"))
def both(city):
    return city, city
"""), dash=("repeated", "out.children")),
    Case("dup-allow-duplicate-same-inputs", app("""
@callback(Output("out", "children", allow_duplicate=True), Input("city", "value"), prevent_initial_call=True)
def first(city):
    return city

@callback(Output("out", "children", allow_duplicate=True), Input("city", "value"), prevent_initial_call=True)  # expect: DASH001
def second(city):
    return city.upper()
"""), dash=("twice", "out.children")),
    Case("dup-twin-allow-duplicate", app("""
@callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city

@callback(Output("out", "children", allow_duplicate=True), Input("year", "value"), prevent_initial_call=True)
def by_year(year):
    return year
""")),
    Case("dup-twin-other-property", app("""
@callback(Output("out", "children"), Input("city", "value"))
def text(city):
    return city

@callback(Output("out", "style"), Input("year", "value"))
def style(year):
    return {"color": "red"}
""")),
    Case("dup-twin-pattern-matching", {"app.py": HEAD + """
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([html.Button("Add", id="add"), html.Div(id="rows")])

@callback(Output("rows", "children"), Input("add", "n_clicks"))
def rows(n):
    return [dcc.Input(id={"type": "field", "index": i}) for i in range(n or 0)]

@callback(Output({"type": "label", "index": MATCH}, "children"), Input({"type": "field", "index": MATCH}, "value"))
def echo(value):
    return value

@callback(Output({"type": "total", "index": ALL}, "children"), Input({"type": "field", "index": ALL}, "value"))
def total(values):
    return [str(len(values))]
""" + RUN}),
    Case("dup-twin-outputs-from-a-comprehension", app('''
@callback([Output("link-{}".format(i), "className") for i in range(1, 4)], Input("city", "value"))
def set_active(city):
    return ["active", "", ""]
''', layout='''
app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="city")] + [dcc.Link(f"Page {i}", href=f"/{i}", id=f"link-{i}") for i in range(1, 4)])
'''), tags=("outputs-unrolled",)),
    Case("dup-twin-dash-extensions-proxy", {"app.py": """
from dash_extensions.enrich import DashProxy, html, dcc, Output, Input

app = DashProxy(__name__)
app.layout = html.Div([dcc.Input(id="city"), dcc.Input(id="year"), html.Div(id="out")])

@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city

@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return year
""" + RUN}, dash="any"),
    Case("dup-registered-in-a-loop", app("""
for source in ["city", "year"]:
    @callback(Output("out", "children"), Input(source, "value"))  # expect: DASH001
    def show(value):
        return value
"""), dash=("again", "out.children")),
    Case("dup-registered-in-a-loop-over-a-constant-and-range", app("""
SOURCES = ("city", "year")

for source in SOURCES:
    @callback(Output("out", "children"), Input(source, "value"))  # expect: DASH001
    def show(value):
        return value

for attempt in range(1, 4):
    app.clientside_callback("(v) => v", Output("store", "data"), Input("go", "n_clicks"))  # expect: DASH001
"""), dash=("again", "store.data")),
    Case("dup-twin-loop-outputs-per-pass", app("""
for source in ["city", "year"]:
    @callback(Output(f"{source}-label", "children"), Input(source, "value"))
    def show(value):
        return value
""", layout=LAYOUT.replace('html.Div(id="out")', 'html.Div(id="out"), html.Div(id="city-label"), html.Div(id="year-label")'))),
    Case("dup-twin-loop-runs-once-or-branches", app("""
for source in ["city"]:
    @callback(Output("out", "children"), Input(source, "value"))
    def show(value):
        return value

for source in ["city", "year"]:
    if source == "year":
        @callback(Output("store", "data"), Input(source, "value"))
        def keep(value):
            return value

source = "go"
for source in ["city", "year"]:
    @callback(Output("out", "title", allow_duplicate=True), Input(source, "value"), prevent_initial_call=True)
    def titled(value):
        return value
""")),
    Case("dup-twin-loop-variable-shadows-a-constant", app("""
OUT = "out"
for OUT in ["city", "year"]:
    @callback(Output(OUT, "title"), Input(OUT, "value"))
    def titled(value):
        return value
""")),
    # -- DASH002 -------------------------------------------------------------------------------
    Case("allowdup-no-prevent", app("""
@callback(Output("out", "children"), Input("city", "value"))
def text(city):
    return city

@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"))  # expect: DASH002
def reset(n):
    return ""
"""), dash=("raises", "DuplicateCallback")),
    Case("allowdup-prevent-false", app("""
@app.callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"),  # expect: DASH002
              prevent_initial_call=False)
def reset(n):
    return ""
"""), dash=("raises", "DuplicateCallback")),
    Case("allowdup-global-ignores-app-default", {"app.py": HEAD + LAYOUT.replace("Dash(__name__)", "Dash(__name__, prevent_initial_callbacks=True)") + """
@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"))  # expect: DASH002
def reset(n):
    return ""
""" + RUN}, dash=("raises", "DuplicateCallback")),
    Case("allowdup-twin-prevent", app("""
@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"), prevent_initial_call=True)
def reset(n):
    return ""
""")),
    Case("allowdup-twin-initial-duplicate", app("""
@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"),
          prevent_initial_call="initial_duplicate")
def reset(n):
    return ""
""")),
    Case("allowdup-twin-app-default", {"app.py": HEAD + LAYOUT.replace("Dash(__name__)", "Dash(__name__, prevent_initial_callbacks=True)") + """
@app.callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"))
def reset(n):
    return ""
""" + RUN}),
    # -- DASH003 -------------------------------------------------------------------------------
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
@callback(Input("go", "n_clicks"), Output("out", "children"), State("cty", "value"))
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
    # -- DASH004 -------------------------------------------------------------------------------
    Case("never-fires", {"app.py": HEAD + """
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Tabs(id="tabs", value="a", children=[dcc.Tab(label="A", value="a")]), html.Div(id="content")])

@callback(Output("content", "children"), Input("tabs", "value"))
def render(tab):
    return html.Div([dcc.Input(id="search"), html.Div(id="results")])

@callback(Output("results", "children"), Input("serach", "value"))  # expect: DASH004
def results(text):
    return text
""" + RUN}),
    Case("never-fires-beside-a-login-user-class", {"app.py": HEAD + """
class User:
    def __init__(self, username):
        self.id = username

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Location(id="url"), html.Div(id="page")])

@callback(Output("page", "children"), Input("url", "pathname"))
def route(path):
    return html.Div([dcc.Input(id="login-name"), html.Button("Log in", id="login")])

@callback(Output("page", "title"), Input("log-in", "n_clicks"))  # expect: DASH004
def log_in(n):
    return User("me").id
""" + RUN}),
    Case("never-runs-one-state-never-rendered", {"app.py": HEAD + """
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="content")])

@callback(Output("content", "children"), Input("go", "n_clicks"),
          State("units", "value"))  # expect: DASH004
def render(n, units):
    return html.Div([dcc.Input(id="search"), html.Div(id="results")])

@callback(Output("results", "children"), Input("search", "value"),
          Input("filter", "value", allow_optional=True))
def results(text, optional):
    return text
""" + RUN}),
    Case("never-runs-one-output-never-rendered", {"app.py": HEAD + """
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="out")])

@callback(Output("out", "children"),
          Output("status-bar", "children"),  # expect: DASH004
          Input("go", "n_clicks"))
def show(n):
    return n, "done"
""" + RUN}),
    Case("never-fires-twin-helper", {"app.py": HEAD + """
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Tabs(id="tabs", value="a"), html.Div(id="content")])

def search_box(prefix):
    return html.Div([dcc.Input(id=f"{prefix}-search"), html.Div(id="results")])

@callback(Output("content", "children"), Input("tabs", "value"))
def render(tab):
    return search_box("shop")

@callback(Output("results", "children"), Input("shop-search", "value"))
def results(text):
    return text
""" + RUN}),
    Case("never-fires-twin-page", {
        "app.py": "import dash\nfrom dash import Dash, html\n\napp = Dash(__name__, use_pages=True, suppress_callback_exceptions=True)\napp.layout = html.Div([dash.page_container])\n" + RUN,
        "pages/home.py": "import dash\nfrom dash import html, dcc, callback, Output, Input\n\ndash.register_page(__name__, path='/')\nlayout = html.Div([dcc.Input(id='q'), html.Div(id='a')])\n",
        "callbacks_elsewhere.py": "",
        "pages/answers.py": "import dash\nfrom dash import html, callback, Output, Input\n\ndash.register_page(__name__, path='/answers')\nlayout = html.Div(id='b')\n\n@callback(Output('b', 'children'), Input('q', 'value'))\ndef answer(q):\n    return q\n",
    }),
    Case("never-fires-only-in-validation-layout", {"app.py": HEAD + """
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="out")])
app.validation_layout = html.Div([app.layout, html.Button("Later", id="later")])

@callback(Output("out", "children"), Input("later", "n_clicks"))  # expect: DASH004
def show(n):
    return n
""" + RUN}),
    Case("never-fires-twin-validation-layout-of-a-rendered-helper", {"app.py": HEAD + """
def details():
    return html.Div([html.Button("More", id="more"), html.Div(id="late")])

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="out")])
app.validation_layout = html.Div([app.layout, details()])

@callback(Output("out", "children"), Input("go", "n_clicks"))
def show(n):
    return details()

@callback(Output("late", "children"), Input("more", "n_clicks"))
def more(n):
    return n
""" + RUN}),
    Case("never-fires-twin-layout-is-the-validation-layout", {"app.py": HEAD + """
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = app.validation_layout = html.Div([html.Button("Go", id="go"), html.Div(id="out")])

@callback(Output("out", "children"), Input("go", "n_clicks"))
def show(n):
    return n
""" + RUN}),
    # -- DASH005 -------------------------------------------------------------------------------
    Case("after-run-unguarded", {"app.py": HEAD + LAYOUT + """
app.run(debug=True)

@callback(Output("out", "children"), Input("city", "value"))  # expect: DASH005
def late(city):
    return city
"""}, dash=("absent", "out.children")),
    Case("after-run-guarded", {"app.py": HEAD + LAYOUT + RUN + """
@callback(Output("out", "children"), Input("city", "value"))  # expect: DASH005
def late(city):
    return city
"""}, dash=("absent", "out.children")),
    Case("after-run-twin-imported-module", {
        "app.py": HEAD + LAYOUT + RUN + """
@callback(Output("out", "children"), Input("city", "value"))
def late(city):
    return city
""",
        "wsgi.py": "from app import app\n\nserver = app.server\n\nif __name__ == '__main__':\n    app.run()\n",
    }, entry="wsgi.py"),
    # -- DASH006 -------------------------------------------------------------------------------
    Case("inside-callback", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"))
def add(n):
    @callback(Output("store", "data"), Input("city", "value"))  # expect: DASH006
    def inner(city):
        return city
    return "added"
""")),
    Case("inside-callback-through-helper", app("""
def wire_store():
    @callback(Output("store", "data"), Input("city", "value"))  # expect: DASH006
    def inner(city):
        return city

@callback(Output("out", "children"), Input("go", "n_clicks"))
def add(n):
    wire_store()
    return "added"
""")),
    Case("inside-callback-twin-factory", app("""
def register(app):
    @app.callback(Output("store", "data"), Input("city", "value"))
    def inner(city):
        return city

register(app)
""")),
    Case("inside-callback-twin-dynamic-opt-in", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"), _allow_dynamic_callbacks=True,
          prevent_initial_call=True)
def add(n):
    @callback(Output("store", "data"), Input("city", "value"), prevent_initial_call=True)
    def inner(city):
        return city
    return "added"
"""), tags=("dash>=3.1",)),
    Case("inside-layout-function", {"app.py": HEAD + """
app = Dash(__name__)

def serve_layout():
    @callback(Output("out", "children"), Input("go", "n_clicks"))  # expect: DASH006
    def show(n):
        return n
    return html.Div([html.Button("Go", id="go"), html.Div(id="out")])

app.layout = serve_layout
""" + RUN}, dash=("twice", "out.children")),
    Case("inside-layout-function-clientside", {"app.py": HEAD + """
app = Dash(__name__)

def serve_layout():
    app.clientside_callback("(n) => n", Output("out", "children"), Input("go", "n_clicks"))  # expect: DASH006
    return html.Div([html.Button("Go", id="go"), html.Div(id="out")])

app.layout = serve_layout
""" + RUN}, dash=("again", "out.children")),
    Case("inside-layout-function-twin-registered-once", {"app.py": HEAD + """
app = Dash(__name__)
wired = []

def serve_layout():
    if not wired:
        wired.append(True)

        @callback(Output("out", "children"), Input("go", "n_clicks"))
        def show(n):
            return n
    return html.Div([html.Button("Go", id="go"), html.Div(id="out")])

app.layout = serve_layout
""" + RUN}),
    Case("inside-layout-function-twin-early-return", {"app.py": HEAD + """
app = Dash(__name__)
wired = set()

def serve_layout():
    tree = html.Div([html.Button("Go", id="go"), html.Div(id="out")])
    if "show" in wired:
        return tree
    wired.add("show")

    @callback(Output("out", "children"), Input("go", "n_clicks"))
    def show(n):
        return n
    return tree

app.layout = serve_layout
""" + RUN}),
    Case("inside-layout-function-twin-called-once", {"app.py": HEAD + """
app = Dash(__name__)

def build_layout():
    @callback(Output("out", "children"), Input("go", "n_clicks"))
    def show(n):
        return n
    return html.Div([html.Button("Go", id="go"), html.Div(id="out")])

app.layout = build_layout()
""" + RUN}),
    # -- DASH007 -------------------------------------------------------------------------------
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
    # -- DASH008 -------------------------------------------------------------------------------
    Case("property-typo", app("""
@callback(Output("out", "children"), Input("go", "n_click"))  # expect: DASH008
def show(n):
    return n
""")),
    Case("property-of-another-component", app("""
@callback(Output("city", "children"), Input("go", "n_clicks"))  # expect: DASH008
def clear(n):
    return ""
""")),
    Case("property-typo-through-a-constant", app("""
CLICKS = "n_clikcs"

@callback(Output("out", "children"), Input("go", CLICKS))  # expect: DASH008
def show(n):
    return n
""")),
    Case("property-twin-data-attribute-and-constants", app("""
STATE = "data-state"
VALUE = "value"

@callback(Output("out", STATE), Input("city", VALUE), Input("go", "n_clicks_timestamp"), State("store", "data"))
def mark(city, data, when):
    return city
""")),
    Case("property-twin-suppressed", {"app.py": HEAD + """
app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="out")])

@callback(Output("out", "children"), Input("go", "n_click"))
def show(n):
    return n
""" + RUN}),
    Case("property-twin-id-on-different-components", {"app.py": HEAD + """
import os

def layout():
    if os.environ.get("EDITABLE"):
        return html.Div([dcc.Input(id="field"), html.Div(id="out")])
    return html.Div([html.Div(id="field"), html.Div(id="out")])

app = Dash(__name__)
app.layout = layout

@callback(Output("out", "children"), Input("field", "value"))
def show(value):
    return value
""" + RUN}),
    # -- registration that never happens or happens once ----------------------------------------
    Case("dup-twin-exclusive-branches", app("""
import os

if os.environ.get("COMBINED"):
    @callback(Output("out", "children"), Output("store", "data"), Input("city", "value"))
    def both(city):
        return city, city
else:
    @callback(Output("out", "children"), Input("city", "value"))
    def text(city):
        return city
""")),
    Case("dup-twin-apps-built-in-functions", {"app.py": HEAD + """
def make_first():
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="city"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("city", "value"))
    def show(city):
        return city
    return app


def make_second():
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="city"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("city", "value"))
    def shout(city):
        return city.upper()
    return app


app = make_first()
"""}),
    # -- several apps ----------------------------------------------------------------------------
    Case("two-apps-separate-ids", {
        "app.py": HEAD + LAYOUT + """
@app.callback(Output("out", "children"), Input("city", "value"))
def show(city):
    return city
""" + RUN,
        "admin.py": HEAD + """
admin = Dash(__name__)
admin.layout = html.Div([dcc.Input(id="user"), html.Div(id="log")])

@admin.callback(Output("log", "children"), Input("city", "value"))  # expect: DASH003
def log(city):
    return city
""",
    }),
]
