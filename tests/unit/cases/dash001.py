"""Cases of DASH001 duplicate callback output."""

from .kit import HEAD, LAYOUT, RUN, Case, app

CASES = [
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
]
