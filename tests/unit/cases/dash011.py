"""Cases of DASH011 return value does not match the Outputs."""

from .kit import Case, app

CASES = [
    Case("return-none-for-two-outputs", app("""
@callback(Output("out", "children"), Output("store", "data"), Input("go", "n_clicks"))
def show(n):
    if n is None:
        return  # expect: DASH011
    if n > 9:
        return None  # expect: DASH011
    return n, n
""")),
    Case("return-wrong-count", app("""
@app.callback([Output("out", "children"), Output("store", "data")], [Input("go", "n_clicks")])
def show(n):
    if n:
        return n, n, n  # expect: DASH011
    return [f"{n}"]  # expect: DASH011
""")),
    Case("return-bare-value-for-a-list-of-one", app("""
@callback(output=[Output("out", "children")], inputs=[Input("go", "n_clicks")])
def show(n):
    return f"clicked {n}"  # expect: DASH011
""")),
    Case("return-twin-shapes-dash-accepts", app("""
from dash import no_update
from dash.exceptions import PreventUpdate

@callback(Output("out", "children"), Output("store", "data"), Input("go", "n_clicks"))
def show(n):
    def label():
        return "one value, for another caller"
    if n is None:
        raise PreventUpdate
    if n > 9:
        return no_update
    if n > 5:
        return [no_update] * 2
    values = (n, label())
    return values

@callback(Output("out", "title"), Input("go", "n_clicks"))
def title(n):
    return n, n

@callback([Output("city", "value")], Input("go", "n_clicks"))
def reset(n):
    return [None]
""")),
]
