"""Pairs (and trios) of callbacks writing one output, in the shapes Dash users write them."""

from __future__ import annotations

HEAD = '''\
from dash import Dash, html, dcc, Input, Output, State, callback, no_update
from dash.exceptions import PreventUpdate

app = Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(id="city", options=["a", "b"], value="a"),
    dcc.Slider(id="year", min=0, max=10, value=3),
    dcc.Input(id="name", value="x"),
    html.Button(id="btn"),
    html.Button(id="reset"),
    dcc.Store(id="store", data=1),
    html.Div(id="out"),
    html.Div(id="status"),
    html.Div(id="extra"),
])
'''


def app(body: str, head: str = HEAD) -> dict[str, str]:
    return {"app.py": head + "\n\n" + body}


CASES: dict[str, dict[str, str]] = {
    "two single outputs": app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return f"city {city}"


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return f"year {year}"
'''),
    "single and list of outputs with a State": app('''\
@app.callback(Output("out", "children"), Input("city", "value"), State("store", "data"))
def by_city(city, store):
    """Show the city."""
    if city is None:
        return "none"
    return f"city {city} {store}"


@app.callback([Output("out", "children"), Output("status", "children")], Input("year", "value"))
def by_year(year):
    return f"year {year}", "ok"
'''),
    "outputs in another order": app('''\
@app.callback(Output("out", "children"), Output("status", "children"), Input("city", "value"))
def by_city(city):
    return "city", f"status {city}"


@app.callback(Output("status", "children"), Output("out", "children"), Output("extra", "children"),
              Input("year", "value"))
def by_year(year):
    result = [f"s{year}", f"o{year}", "e"]
    return result
'''),
    "early returns, PreventUpdate and no_update": app('''\
@app.callback(Output("out", "children"), Output("status", "children"), Input("btn", "n_clicks"))
def clicked(n):
    if not n:
        raise PreventUpdate
    if n > 5:
        return no_update
    if n == 1:
        return "one", no_update
    return f"n={n}", "clicked"


@app.callback(Output("out", "children"), Input("reset", "n_clicks"))
def reset(n):
    if n is None:
        return no_update
    return ""
'''),
    "shared Input": app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return f"city {city}"


@app.callback(Output("out", "children"), Input("city", "value"), Input("year", "value"))
def by_both(city, year):
    return f"{city} in {year}"
'''),
    "shared State and clashing parameter names": app('''\
@app.callback(Output("out", "children"), Input("city", "value"), State("store", "data"))
def by_city(value, data):
    return f"city {value} {data}"


@app.callback(Output("out", "children"), Input("year", "value"), State("store", "data"),
              State("name", "value"))
def by_year(value, data, name):
    return f"year {value} {data} {name}"
'''),
    "parameter named like a global of the other body": app('''\
prefix = "y:"


@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(prefix):
    return f"city {prefix}"


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return prefix + str(year)
'''),
    "recursion": app('''\
@app.callback(Output("out", "children"), Input("year", "value"))
def countdown(year):
    if not year:
        return "go"
    return f"{year}-" + countdown(year - 1)


@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city
'''),
    "prevent_initial_call on one": app('''\
@app.callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
def clicked(n):
    return f"clicked {n}"


@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return f"city {city}"
'''),
    "prevent_initial_call on both": app('''\
@app.callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
def clicked(n):
    return f"clicked {n}"


@app.callback(Output("out", "children"), Input("reset", "n_clicks"), prevent_initial_call=True)
def reset(n):
    return "reset"
'''),
    "app-wide prevent_initial_callbacks": app('''\
@app.callback(Output("out", "children"), Input("city", "value"), prevent_initial_call=False)
def by_city(city):
    return f"city {city}"


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return f"year {year}"
''', head=HEAD.replace("Dash(__name__)", "Dash(__name__, prevent_initial_callbacks=True)")),
    "global callback decorators": app('''\
@callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return f"city {city}"


@callback(Output("out", "children"), Output("status", "children"), Input("year", "value"))
def by_year(year):
    return f"year {year}", year
'''),
    "dash.callback with import dash": {"app.py": '''\
import dash
from dash import html, dcc

app = dash.Dash(__name__)
app.layout = html.Div([dcc.Input(id="a"), dcc.Input(id="b"), html.Div(id="out")])


@dash.callback(dash.Output("out", "children"), dash.Input("a", "value"))
def from_a(a):
    return f"a={a}"


@dash.callback(dash.Output("out", "children"), dash.Input("b", "value"))
def from_b(b):
    return f"b={b}"
'''},
    "keyword forms": app('''\
@app.callback(output=Output("out", "children"), inputs=[Input("city", "value")], state=[State("store", "data")])
def by_city(city, store):
    return f"city {city} {store}"


@app.callback(output=[Output("out", "children")], inputs=[Input("year", "value")])
def by_year(year):
    return [f"year {year}"]
'''),
    "three callbacks": app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return f"city {city}"


@app.callback(Output("out", "children"), Output("status", "children"), Input("year", "value"))
def by_year(year):
    return f"year {year}", "y"


@app.callback(Output("status", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
def clicked(n):
    return f"clicked {n}"
'''),
    "dict ids": app('''\
@app.callback(Output("out", "children"), Input({"type": "filter", "index": 1}, "value"))
def by_filter(value):
    return f"filter {value}"


@app.callback(Output("out", "children"), Input({"type": "filter", "index": 2}, "value"))
def by_other(value):
    return f"other {value}"
''', head=HEAD.replace('html.Div(id="extra"),', 'html.Div(id="extra"), dcc.Input(id={"type": "filter", '
                       '"index": 1}), dcc.Input(id={"type": "filter", "index": 2}),')),
    "existing ctx alias and comments": app('''\
# Two views of one output.
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    # which city
    label = f"city {city}"  # shown as is
    return label


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return f"year {year} {c.triggered_id}"
''', head=HEAD.replace("from dash.exceptions", "from dash import ctx as c\nfrom dash.exceptions")),
    "multi-line strings and allow_duplicate": app('''\
@app.callback(Output("out", "children"), Output("extra", "children", allow_duplicate=True),
              Input("city", "value"), prevent_initial_call=True)
def by_city(city):
    text = """first
second"""
    return text, city


@app.callback(Output("out", "children"), Input("year", "value"), prevent_initial_call=True)
def by_year(year):
    return f"""year
{year}"""


@app.callback(Output("extra", "children"), Input("name", "value"))
def extra(name):
    return name
'''),
    "list of one and a bare Output": app('''\
@app.callback([Output("out", "children")], Input("city", "value"))
def by_city(city):
    return [f"city {city}"]


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    if year is None:
        raise PreventUpdate
    return f"year {year}"
'''),
    "registered inside a function": app('''\
def register(app):
    @app.callback(Output("out", "children"), Input("city", "value"))
    def by_city(city):
        return f"city {city}"

    @app.callback(Output("out", "children"), Output("status", "children"), Input("year", "value"),
                  prevent_initial_call=True)
    def by_year(year):
        if year is None:
            return no_update
        return f"year {year}", "ok"


register(app)
'''),
    "two modules": {
        "app.py": '''\
from dash import Dash, html, dcc, Input, Output

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="a"), dcc.Input(id="b"), html.Div(id="out")])


@app.callback(Output("out", "children"), Input("a", "value"))
def from_a(a):
    return f"a={a}"


import views  # noqa: E402,F401
''',
        "views.py": '''\
import math

from dash import Input, Output, callback


@callback(Output("out", "children"), Input("b", "value"))
def from_b(b):
    return f"b={b} {math.pi:.2f}"
''',
    },
}

VALUES: dict[str, dict] = {
    "recursion": {"year.value": 3},
    "early returns, PreventUpdate and no_update": {"btn.n_clicks": 2, "reset.n_clicks": 4},
}
