import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="city.name", value="Oslo"), html.Button("Go", id="go"), html.Div("start", id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"), Input("city.name", "value"), prevent_initial_call=True)
def show(n, city):
    return f"clicked {n} in {city}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
