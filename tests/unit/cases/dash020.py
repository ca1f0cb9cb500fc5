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
    Case("state-keyword-twin-callback-of-an-object-that-is-no-app", app("""
class Recorder:
    \"\"\"Takes callbacks as Dash 1 did (dash.dependencies.handle_callback_args), like DjangoDash.\"\"\"

    def callback(self, *args, **kwargs):
        from dash.dependencies import handle_callback_args
        handle_callback_args(args, kwargs)
        return lambda function: function

recorder = Recorder()

@recorder.callback(Output("out", "children"), [Input("go", "n_clicks")], state=[State("city", "value")])
def show(n, city):
    return city
""")),
]
