import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)
app.layout = html.Div([
    dcc.Dropdown(["Paris", "Oslo"], "Paris", id="city-dropdown"),
    html.Button("Go", id="go"),
    html.Div("start", id="out"),
])


@callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"))
def show(n, city):
    return city


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
