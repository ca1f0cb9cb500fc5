import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="celsius", type="number"), dcc.Input(id="fahrenheit", type="number"),
                       html.Div(id="out")])


@callback(Output("celsius", "value", allow_duplicate=True), Input("fahrenheit", "value"), prevent_initial_call=True)
def to_celsius(fahrenheit):
    return round((float(fahrenheit) - 32) * 5 / 9, 1)


@callback(Output("fahrenheit", "value"), Output("out", "children"), Input("celsius", "value"),
          prevent_initial_call=True)
def to_fahrenheit(celsius):
    return round(float(celsius) * 9 / 5 + 32, 1), f"{celsius} C"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
