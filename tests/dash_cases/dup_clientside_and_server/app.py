import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


app.clientside_callback(
    "function(n) { return 'client ' + n; }",
    Output("out", "children"),
    Input("go", "n_clicks"),
)


@callback(Output("out", "children"), Input("go", "n_clicks"))
def server(n):
    return f"server {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
