import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="celsius", type="number"), dcc.Input(id="fahrenheit", type="number")])


@callback(Output("celsius", "value"), Input("fahrenheit", "value"), prevent_initial_call=True)
def to_celsius(fahrenheit):
    return round((fahrenheit - 32) * 5 / 9, 1)


@callback(Output("fahrenheit", "value"), Input("celsius", "value"), prevent_initial_call=True)
def to_fahrenheit(celsius):
    return round(celsius * 9 / 5 + 32, 1)


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
