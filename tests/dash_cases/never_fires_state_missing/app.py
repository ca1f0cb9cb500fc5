import os

from dash import Dash, Input, Output, State, callback, html

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"), State("city-dropdown", "value"),
          prevent_initial_call=True)
def show(n, city):
    return f"{city}: clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
