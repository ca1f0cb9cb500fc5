"""Cases of DASH002 allow_duplicate needs prevent_initial_call."""

from .kit import HEAD, LAYOUT, RUN, Case, app

CASES = [
    Case("allowdup-no-prevent", app("""
@callback(Output("out", "children"), Input("city", "value"))
def text(city):
    return city

@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"))  # expect: DASH002
def reset(n):
    return ""
"""), dash=("raises", "DuplicateCallback")),
    Case("allowdup-prevent-false", app("""
@app.callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"),  # expect: DASH002
              prevent_initial_call=False)
def reset(n):
    return ""
"""), dash=("raises", "DuplicateCallback")),
    Case("allowdup-global-ignores-app-default", {"app.py": HEAD + LAYOUT.replace("Dash(__name__)", "Dash(__name__, prevent_initial_callbacks=True)") + """
@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"))  # expect: DASH002
def reset(n):
    return ""
""" + RUN}, dash=("raises", "DuplicateCallback")),
    Case("allowdup-twin-prevent", app("""
@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"), prevent_initial_call=True)
def reset(n):
    return ""
""")),
    Case("allowdup-twin-initial-duplicate", app("""
@callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"),
          prevent_initial_call="initial_duplicate")
def reset(n):
    return ""
""")),
    Case("allowdup-twin-app-default", {"app.py": HEAD + LAYOUT.replace("Dash(__name__)", "Dash(__name__, prevent_initial_callbacks=True)") + """
@app.callback(Output("out", "children", allow_duplicate=True), Input("go", "n_clicks"))
def reset(n):
    return ""
""" + RUN}),
]
