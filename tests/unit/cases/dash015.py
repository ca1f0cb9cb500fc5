"""Cases of DASH015 invalid id in a callback."""

from .kit import HEAD, RUN, Case, app

LAYOUT = """
app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="city.name"), html.Div(id="out{1}"), html.Button("Go", id="go"), html.Div(id="out"),
])
"""

CASES = [
    Case("invalid-id-dot-in-input", app("""
@callback(Output("out", "children"), Input("city.name", "value"))  # expect: DASH015
def show(city):
    return city
""", layout=LAYOUT), dash=("raises", "InvalidComponentIdError")),
    Case("invalid-id-brace-in-output", app("""
@callback(Output("out{1}", "children"), Input("go", "n_clicks"))  # expect: DASH015
def show(n):
    return n
""", layout=LAYOUT), dash=("raises", "InvalidComponentIdError")),
    Case("invalid-id-from-a-constant-of-another-module", {
        "ids.py": 'CITY = "city.name"\n',
        "app.py": HEAD + "from ids import CITY\n" + LAYOUT + """
@callback(Output("out", "children"), State(CITY, "value"), Input("go", "n_clicks"))  # expect: DASH015
def show(city, n):
    return city
""" + RUN}, dash=("raises", "InvalidComponentIdError")),
    Case("invalid-id-from-an-f-string", app("""
FORM = "city"

@callback(Output("out", "children"), Input(f"{FORM}.name", "value"))  # expect: DASH015
def show(city):
    return city
""", layout=LAYOUT), dash=("raises", "InvalidComponentIdError")),
    Case("invalid-id-in-a-clientside-callback", app("""
clientside_callback(
    "function(city) { return city; }",
    Output("out", "children"), Input("city.name", "value"),  # expect: DASH015
)
""", layout=LAYOUT), dash=("raises", "InvalidComponentIdError")),
    Case("empty-id-in-a-state", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"), State("", "value"))  # expect: DASH015
def show(n, city):
    return city
""", layout=LAYOUT)),
    # Correct twins: components may carry such ids, and dict ids' values may have dots.
    Case("dot-in-a-component-id-no-callback-names-twin", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"))
def show(n):
    return n
""", layout=LAYOUT)),
    Case("dot-in-a-dict-id-value-twin", app("""
@callback(Output("out", "children"), Input({"type": "city.filter", "index": ALL}, "value"))
def show(values):
    return str(values)
""", layout=LAYOUT + 'app.layout.children.append(dcc.Input(id={"type": "city.filter", "index": 0}))\n')),
    Case("dot-in-an-id-a-test-expects-dash-to-refuse-twin", app("""
import pytest
from dash.exceptions import InvalidComponentIdError

with pytest.raises(InvalidComponentIdError):
    @callback(Output("out", "children"), Input("city.name", "value"))
    def show(city):
        return city
""", layout=LAYOUT)),
]
