"""Cases of DASH010 callback arguments do not match."""

from .kit import Case, app

CASES = [
    Case("arguments-state-not-taken", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"))
def show(n):  # expect: DASH010
    return n
""")),
    Case("arguments-one-too-many", app("""
@callback(Output("out", "children"), [Input("go", "n_clicks")])
def show(n, city):  # expect: DASH010
    return n
""")),
    Case("arguments-keyword-only-without-default", app("""
@app.callback(Output("out", "children"), Input("go", "n_clicks"), Input("city", "value"))
def show(n, city, *, units):  # expect: DASH010
    return n
""")),
    Case("arguments-twin-lists-defaults-and-star-args", app("""
@callback(Output("out", "children"), [Input("go", "n_clicks")], [State("city", "value")])
def show(n, city, units="C"):
    return n

@callback(Output("store", "data"), Input("year", "value"), State("city", "value"), prevent_initial_call=True)
def keep(*values, **options):
    return values
""")),
    Case("arguments-twin-named-dependencies", app("""
@callback(output=Output("out", "children"), inputs=dict(n=Input("go", "n_clicks"), city=State("city", "value")))
def show(city, n):
    return n

@callback(Output("store", "data"), inputs=[Input("year", "value"), Input("city", "value")])
def keep(year, city):
    return year
""")),
    Case("arguments-twin-wrapped-or-clientside", app("""
import functools

def logged(function):
    @functools.wraps(function)
    def wrapper(*args):
        return function(*args[:1])
    return wrapper

@callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"))
@logged
def show(n):
    return n

clientside_callback("function (a, b) { return a; }", Output("store", "data"), Input("year", "value"))
""")),
]
