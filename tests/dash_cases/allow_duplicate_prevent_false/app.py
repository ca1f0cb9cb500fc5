import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"))
def first(n):
    return f"first {n}"


@callback(Output("out", "children", allow_duplicate=True), Input("out", "title"), prevent_initial_call=False)
def second(title):
    return f"second {title}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
