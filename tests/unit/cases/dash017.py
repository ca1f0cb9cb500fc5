"""Cases of DASH017 callback arguments out of order."""

from .kit import Case, app

CASES = [
    Case("output-after-input", app("""
@callback(Input("city", "value"), Output("out", "children"))  # expect: DASH017
def show(city):
    return city
"""), dash=("raises", "IncorrectTypeException")),
    Case("output-after-a-state-with-prevent-initial-call", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"),
          Output("store", "data"), prevent_initial_call=True)  # expect: DASH017
def show(n, city):
    return city, n
"""), dash=("raises", "IncorrectTypeException")),
    Case("output-after-inputs-in-lists", app("""
@app.callback([Output("out", "children")], [Input("city", "value")], [Output("store", "data")])  # expect: DASH017
def show(city):
    return [city], city
"""), dash=("raises", "IncorrectTypeException")),
    Case("clientside-input-after-state", app("""
clientside_callback(
    "function(n, city) { return city; }",
    Output("out", "children"), State("city", "value"), Input("go", "n_clicks"),  # expect: DASH017
)
"""), dash=("raises", "IncorrectTypeException")),
    # Correct twins: a server callback takes its Inputs and States in any order after the Outputs.
    Case("state-before-input-twin", app("""
@callback(Output("out", "children"), State("city", "value"), Input("go", "n_clicks"))
def show(city, n):
    return city
""")),
    Case("clientside-inputs-then-states-twin", app("""
clientside_callback(
    "function(n, city) { return city; }",
    Output("out", "children"), Input("go", "n_clicks"), State("city", "value"),
)
""")),
    Case("keyword-dependencies-in-any-order-twin", app("""
@callback(inputs=[Input("city", "value")], output=Output("out", "children"))
def show(city):
    return city
""")),
]
