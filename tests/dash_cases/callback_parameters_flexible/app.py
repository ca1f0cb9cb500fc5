import os

from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), dcc.Input(id="city", value="Paris"), html.Div("start", id="out"),
                       html.Div("start", id="other")])


@callback(Output("out", "children"), Input("go", "n_clicks"), State("city", "value"), prevent_initial_call=True)
def show(*values, unit="C"):
    return f"clicked {values[0]} in {values[1]} ({unit})"


@callback(output=Output("other", "children"), inputs=dict(clicks=Input("go", "n_clicks"), city=State("city", "value")),
          prevent_initial_call=True)
def named(city, clicks, extra=None):
    return f"{clicks} {city}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
