import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    (city := dcc.Input(id="city", value="paris")),
    (go := html.Button("Go")),
    html.Div("start", id="out"),
])


@callback(Output("out", "children"), Input(go, "n_clicks"), Input("cty", "value"))
def show(n, value):
    return value


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
