import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)


def control(name, label):
    return html.Div([html.Label(label), dcc.Input(id=f"{name}-input", value=name)])


app.layout = html.Div([control("city", "City"), control("country", "Country"),
                       html.Button("Go", id="go"), html.Div("start", id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"), State("city-input", "value"),
          State("country-input", "value"), prevent_initial_call=True)
def show(n, city, country):
    return f"{city}, {country} {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
