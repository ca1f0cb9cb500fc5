import os

import dash as d
from dash import html

app = d.Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


@d.callback(d.Output("out", "children"), d.Input("go-button", "n_clicks"))
def show(n):
    return n


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
