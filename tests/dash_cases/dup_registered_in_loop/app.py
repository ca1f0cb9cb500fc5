import os

from dash import Dash, Input, Output, callback, html

CITIES = ["paris", "rome", "oslo"]

app = Dash(__name__)
app.layout = html.Div([*[html.Button(city.title(), id=city) for city in CITIES], html.Div("pick one", id="out")])

for city in CITIES:
    @callback(Output("out", "children"), Input(city, "n_clicks"), prevent_initial_call=True)
    def pick(n, city=city):
        return f"{city}: {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
