"""Cases of DASH020 state= without inputs= (Dash 2 refuses what Dash 1 took)."""

from .kit import Case, app

CASES = [
    Case("state-keyword-beside-positional-inputs", app("""
@callback(Output("out", "children"), [Input("go", "n_clicks")],
          state=[State("city", "value")])  # expect: DASH020
def show(n, city):
    return city
"""), dash=("raises", "ValueError")),
    Case("state-keyword-of-an-app-callback-with-more-keywords", app("""
@app.callback(Output("out", "children"), Input("go", "n_clicks"),
              state=State("city", "value"), prevent_initial_call=True)  # expect: DASH020
def show(n, city):
    return city
"""), dash=("raises", "ValueError")),
    Case("state-keyword-twin-clientside-callback-takes-it", app("""
clientside_callback(
    "function(n, city) { return city; }",
    Output("out", "children"), Input("go", "n_clicks"),
    state=[State("city", "value")],
)
""")),
    Case("state-keyword-twin-beside-inputs-keyword", app("""
@callback(output=Output("out", "children"), inputs=[Input("go", "n_clicks")], state=[State("city", "value")])
def show(n, city):
    return city
""")),
    Case("state-keyword-twin-states-positional", app("""
@callback(Output("out", "children"), [Input("go", "n_clicks")], [State("city", "value")])
def show(n, city):
    return city
""")),
    Case("state-keyword-twin-inputs-in-options", app("""
OPTIONS = {"inputs": [Input("go", "n_clicks")]}

@callback(Output("out", "children"), state=[State("city", "value")], **OPTIONS)
def show(n, city):
    return city
""")),
]
