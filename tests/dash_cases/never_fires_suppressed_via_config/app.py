import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.config.suppress_callback_exceptions = True
app.layout = html.Div([dcc.Input(id="search", value="dash"), html.Button("Go", id="go"), html.Div("waiting", id="out")])


@callback(Output("out", "children"), Input("serach", "value"), Input("serach-button", "n_clicks"))
def results(text, n):
    return f"found {text}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
