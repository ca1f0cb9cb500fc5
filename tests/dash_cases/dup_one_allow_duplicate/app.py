import os

from dash import Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Button("Reset", id="reset"), html.Div("start", id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"


@callback(Output("out", "children", allow_duplicate=True), Input("reset", "n_clicks"), prevent_initial_call=True)
def reset(n):
    return "reset"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
