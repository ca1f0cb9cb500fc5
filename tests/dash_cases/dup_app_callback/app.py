import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


@app.callback(Output("out", "children"), Input("go", "n_clicks"))
def first(n):
    return f"first {n}"


@app.callback(Output("out", "children"), Input("go", "n_clicks"))
def second(n):
    return f"second {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
