import os

from dash import MATCH, Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Paris", id={"type": "city", "index": "paris"}),
    html.Button("Oslo", id={"type": "city", "index": "oslo"}),
    html.Div("start", id="out"),
])


@callback(Output("out", "children"), Input({"type": "city", "index": MATCH}, "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
