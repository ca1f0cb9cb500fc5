import os

from dash import Dash, Input, Output, callback, html

app = Dash(__name__, suppress_callback_exceptions=True)
app.config.suppress_callback_exceptions = False
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


@callback(Output("out", "children"), Input("go-button", "n_clicks"))
def show(n):
    return n


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
