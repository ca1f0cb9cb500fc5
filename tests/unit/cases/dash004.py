"""Cases of DASH004 callback can never fire."""

from .kit import HEAD, RUN, Case

CASES = [
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
    # Dash reads suppress_callback_exceptions when it serves a page: a later assignment that
    # always runs is the setting, whatever the constructor said.
    Case("never-fires-suppressed-on-app-config-after-the-constructor", {"app.py": HEAD + """
app = Dash(__name__)
app.config.suppress_callback_exceptions = True
app.layout = html.Div([dcc.Input(id="search"), html.Div(id="results")])

@callback(Output("results", "children"), Input("serach", "value"))  # expect: DASH004
def results(text):
    return text
""" + RUN}),
    Case("never-fires-twin-suppressed-only-under-a-condition", {"app.py": "import os\n" + HEAD + """
app = Dash(__name__)
if os.environ.get("MULTI_PAGE"):
    app.config.suppress_callback_exceptions = True
app.layout = html.Div([dcc.Input(id="search"), html.Div(id="results")])

@callback(Output("results", "children"), Input("serach", "value"))
def results(text):
    return text
""" + RUN}),
    Case("never-fires-twin-suppressed-only-when-run-as-a-script", {"app.py": HEAD + """
app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="search"), html.Div(id="results")])

@callback(Output("results", "children"), Input("serach", "value"))
def results(text):
    return text

if __name__ == "__main__":
    app.config.suppress_callback_exceptions = True
    app.run(debug=True)
"""}),
    Case("never-fires-suppressed-in-the-app-factory", {"app.py": HEAD + """
def create_app():
    app = Dash(__name__)
    app.config["suppress_callback_exceptions"] = True
    app.layout = html.Div([dcc.Input(id="search"), html.Div(id="results")])

    @app.callback(Output("results", "children"), Input("serach", "value"))  # expect: DASH004
    def results(text):
        return text

    return app

app = create_app()
""" + RUN}),
]
