import os

from dash import Dash, Input, Output, State, clientside_callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="city", value="Oslo"), html.Button("Go", id="go"), html.Div("start", id="out")])

clientside_callback(
    "function(city, n) { return 'clicked ' + n + ' in ' + city; }",
    Output("out", "children"), State("city", "value"), Input("go", "n_clicks"),
    prevent_initial_call=True,
)


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
