import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)


from dash import MATCH

app.layout = html.Div([
    html.Div([html.Button("Go", id={"type": "go", "index": i}), html.Div("start", id={"type": "out", "index": i})])
    for i in range(2)
] + [html.Button("Go", id="go"), html.Div("start", id="out")])


@callback(Output({"type": "out", "index": MATCH}, "children"), Input({"type": "go", "index": MATCH}, "n_clicks"),
          prevent_initial_call=True)
def show(n):
    return f"clicked {n}"


@callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def plain(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
