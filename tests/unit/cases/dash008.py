"""Cases of DASH008 property not on the component."""

from .kit import HEAD, RUN, Case, app

CASES = [
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
]
