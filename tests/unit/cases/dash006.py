"""Cases of DASH006 callback registered inside a callback or the layout function."""

from .kit import HEAD, RUN, Case, app

CASES = [
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
]
