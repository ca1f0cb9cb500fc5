"""Cases of DASH009 circular callbacks."""

from .kit import HEAD, RUN, Case, app

LAYOUT = """
app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="celsius"), dcc.Input(id="fahrenheit"), dcc.Input(id="kelvin"),
                       html.Div(id="out")])
"""

CASES = [
    Case("circle-of-two", app("""
@callback(Output("celsius", "value"), Input("fahrenheit", "value"))
def to_celsius(f):
    return f

@callback(Output("fahrenheit", "value"), Input("celsius", "value"))  # expect: DASH009
def to_fahrenheit(c):
    return c
""", LAYOUT)),
    # more.py registers first (imported at the top): the circle closes in app.py.
    Case("circle-of-three-across-modules", {
        "app.py": HEAD + LAYOUT + "import more  # noqa: F401\n" + """
@callback(Output("fahrenheit", "value"), Input("celsius", "value"))
def to_fahrenheit(c):
    return c

@callback(Output("kelvin", "value"), Output("out", "children"), Input("fahrenheit", "value"))  # expect: DASH009
def to_kelvin(f):
    return f, f
""" + RUN,
        "more.py": """from dash import Input, Output, callback


@callback(Output("celsius", "value"),
          Input("kelvin", "value"))
def back_to_celsius(k):
    return k
"""}),
    Case("circle-through-a-property-that-is-its-own-callbacks-input", app("""
@callback(Output("celsius", "value"), Input("celsius", "value"), Input("kelvin", "value"))
def tidy(c, k):
    return c

@callback(Output("fahrenheit", "value"), Input("celsius", "value"))
def to_fahrenheit(c):
    return c

@callback(Output("kelvin", "value"), Input("fahrenheit", "value"))  # expect: DASH009
def to_kelvin(f):
    return f
""", LAYOUT)),
    Case("circle-with-a-clientside-callback", app("""
clientside_callback("function (f) { return f; }", Output("celsius", "value"), Input("fahrenheit", "value"))

@callback(Output("fahrenheit", "value"), Input("celsius", "value"))  # expect: DASH009
def to_fahrenheit(c):
    return c
""", LAYOUT)),
    Case("circle-twin-one-callback-both-ways", app("""
@callback(Output("celsius", "value"), Output("fahrenheit", "value"),
          Input("celsius", "value"), Input("fahrenheit", "value"))
def sync(c, f):
    if ctx.triggered_id == "celsius":
        return c, c
    return f, f

@callback(Output("out", "children"), Input("fahrenheit", "value"))
def show(f):
    return f
""", LAYOUT)),
    Case("circle-twin-state-triggers-nothing", app("""
@callback(Output("celsius", "value"), Input("kelvin", "value"), State("fahrenheit", "value"))
def to_celsius(k, f):
    return f

@callback(Output("fahrenheit", "value"), Input("celsius", "value"))
def to_fahrenheit(c):
    return c
""", LAYOUT)),
    Case("circle-twin-allow-duplicate-is-named-apart", app("""
@callback(Output("celsius", "value", allow_duplicate=True), Input("fahrenheit", "value"), prevent_initial_call=True)
def to_celsius(f):
    return f

@callback(Output("fahrenheit", "value"), Input("celsius", "value"))
def to_fahrenheit(c):
    return c
""", LAYOUT)),
    Case("circle-twin-other-property", app("""
@callback(Output("celsius", "placeholder"), Input("fahrenheit", "value"))
def hint(f):
    return f

@callback(Output("fahrenheit", "value"), Input("celsius", "value"))
def to_fahrenheit(c):
    return c
""", LAYOUT)),
    Case("circle-twin-in-branches-of-one-if", app("""
import os

if os.environ.get("UNITS") == "metric":
    @callback(Output("celsius", "value"), Input("fahrenheit", "value"))
    def to_celsius(f):
        return f
else:
    @callback(Output("fahrenheit", "value"), Input("celsius", "value"))
    def to_fahrenheit(c):
        return c
""", LAYOUT)),
    # An Input we cannot compute may be the Output itself, which changes Dash's graph: silent.
    Case("circle-silent-where-an-input-is-not-computed", app("""
import os

@callback(Output("celsius", "value"), Input(os.environ.get("SOURCE", "celsius"), "value"), Input("fahrenheit", "value"))
def to_celsius(source, f):
    return f

@callback(Output("fahrenheit", "value"), Input("celsius", "value"))
def to_fahrenheit(c):
    return c
""", LAYOUT)),
]
