"""Cases of DASH014 callback without Inputs (Dash 4.4 installed: see test_environment.py for
Dash 3, which rejects every callback without Inputs)."""

from .kit import HEAD, LAYOUT, RUN, Case, app

CASES = [
    Case("no-input-prevent-initial-call", app("""
@callback(Output("out", "children"), State("city", "value"), prevent_initial_call=True)
def summarise(city):  # expect: DASH014
    return city
""")),
    Case("no-input-keyword-form", app("""
@callback(output=Output("out", "children"), inputs=[], state=[State("city", "value")], prevent_initial_call=True)
def summarise(city):  # expect: DASH014
    return city
""")),
    Case("state-keyword-without-inputs-raises", app("""
@callback(output=Output("out", "children"), state=[State("city", "value")], prevent_initial_call=True)  # expect: DASH020
def summarise(city):
    return city
"""), dash=("raises", "ValueError")),
    Case("no-input-nor-state", app("""
@callback(Output("out", "children"), prevent_initial_call=True)
def stamp():  # expect: DASH014
    return "never"
""")),
    Case("no-input-prevent-initial-call-from-a-constant", app("""
LAZY = True

@callback(Output("out", "children"), State("city", "value"), prevent_initial_call=LAZY)
def summarise(city):  # expect: DASH014
    return city
""")),
    Case("no-input-app-default", {"app.py": HEAD + """
app = Dash(__name__, prevent_initial_callbacks=True)
app.layout = html.Div([dcc.Input(id="city"), html.Div(id="out")])

@app.callback(Output("out", "children"), State("city", "value"))
def summarise(city):  # expect: DASH014
    return city
""" + RUN}),
    Case("no-input-clientside", app("""
clientside_callback(  # expect: DASH014
    "function(city) { return city; }",
    Output("out", "children"), State("city", "value"), prevent_initial_call=True,
)
""")),
    Case("no-input-in-another-module", {
        "app.py": HEAD + LAYOUT + "import callbacks  # noqa: F401\n" + RUN,
        "callbacks.py": """from dash import Output, State, callback


@callback(Output("out", "children"), State("city", "value"), prevent_initial_call=True)
def summarise(city):  # expect: DASH014
    return city
"""}),
    # Correct twins: Dash runs these once on load (Dash 4.2 and later), or they have an Input.
    Case("no-input-runs-on-load-twin", app("""
@callback(Output("out", "children"), State("city", "value"))
def summarise(city):
    return city
""")),
    Case("no-input-initial-duplicate-twin", app("""
@callback(Output("out", "children"), State("city", "value"), prevent_initial_call="initial_duplicate")
def summarise(city):
    return city
""")),
    Case("no-input-prevent-false-twin", app("""
@callback(Output("out", "children"), State("city", "value"), prevent_initial_call=False)
def summarise(city):
    return city
""")),
    Case("no-input-global-callback-ignores-app-default-twin", {"app.py": HEAD + """
app = Dash(__name__, prevent_initial_callbacks=True)
app.layout = html.Div([dcc.Input(id="city"), html.Div(id="out")])

@callback(Output("out", "children"), State("city", "value"))
def summarise(city):
    return city
""" + RUN}),
    Case("no-input-app-default-turned-off-twin", {"app.py": HEAD + """
app = Dash(__name__, prevent_initial_callbacks=True)
app.layout = html.Div([dcc.Input(id="city"), html.Div(id="out")])

@app.callback(Output("out", "children"), State("city", "value"), prevent_initial_call=False)
def summarise(city):
    return city
""" + RUN}),
    Case("no-input-prevent-initial-call-unknown-twin", app("""
import os

@callback(Output("out", "children"), State("city", "value"), prevent_initial_call=bool(os.environ.get("LAZY")))
def summarise(city):
    return city
""")),
    Case("no-input-dependencies-from-a-list-twin", app("""
import os

DEPENDENCIES = [Input("go", "n_clicks")] if os.environ.get("LIVE") else []

@callback(Output("out", "children"), *DEPENDENCIES, State("city", "value"), prevent_initial_call=True)
def summarise(*values):
    return str(values)
""")),
    Case("with-input-twin", app("""
@callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"), prevent_initial_call=True)
def summarise(n, city):
    return city
""")),
]
