import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


@callback([Output("out", "children"), Output("out", "title")], Input("go", "n_clicks"))
def both(n):
    return "both", "t"


@callback(Output("out", "title"), Input("go", "n_clicks"))
def title(n):
    return "title"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
