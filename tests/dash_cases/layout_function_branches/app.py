import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)


def serve_layout():
    if os.environ.get("COMPACT") == "1":
        return html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])
    return html.Main([html.H1("Clicks"), html.Button("Go", id="go"), html.P("start", id="out")])


app.layout = serve_layout


@callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
