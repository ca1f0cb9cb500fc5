import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)


def serve_layout():
    return html.Div([
        dcc.Input(id="city", value="Paris"),
        html.Button("Go", id="go"),
        html.Div("start", id="out"),
        html.Footer(html.Small(id="out")),
    ])


app.layout = serve_layout


@callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
