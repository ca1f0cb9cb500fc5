import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)


def control(name, label):
    return html.Div([html.Label(label), dcc.Input(id=f"{name}-input", value=name)])


app.layout = html.Div([control("city", "City"), html.Button("Go", id="go"), html.Div("start", id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"), State("city_input", "value"))
def show(n, city):
    return city


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
