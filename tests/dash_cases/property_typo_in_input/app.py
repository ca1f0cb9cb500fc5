import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="city", value="paris"),
    html.Button("Go", id="go"),
    html.Div("start", id="out"),
])


@callback(Output("out", "children"), Input("go", "n_click"))
def show(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
