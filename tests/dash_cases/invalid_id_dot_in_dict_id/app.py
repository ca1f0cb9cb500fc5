import os

from dash import ALL, Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Go", id={"type": "go.button", "index": 0}),
    html.Div("start", id="out"),
])


@callback(Output("out", "children"), Input({"type": "go.button", "index": ALL}, "n_clicks"), prevent_initial_call=True)
def show(clicks):
    return f"clicked {clicks}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
