import os

from dash import Dash, Input, Output, callback, ctx, dcc, html, no_update

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="celsius", type="number"), dcc.Input(id="fahrenheit", type="number"),
                       html.Div(id="out")])


@callback(Output("celsius", "value"), Output("fahrenheit", "value"),
          Input("celsius", "value"), Input("fahrenheit", "value"), prevent_initial_call=True)
def sync(celsius, fahrenheit):
    if ctx.triggered_id == "celsius":
        return no_update, round(float(celsius) * 9 / 5 + 32, 1)
    return round((float(fahrenheit) - 32) * 5 / 9, 1), no_update


@callback(Output("out", "children"), Input("fahrenheit", "value"), prevent_initial_call=True)
def show(fahrenheit):
    return f"{fahrenheit} F"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
