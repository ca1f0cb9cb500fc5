import os

from dash import ALLSMALLER, MATCH, Dash, Input, Output, callback, html

ROWS = range(3)

app = Dash(__name__)
app.layout = html.Div([
    html.Div([html.Button(f"Row {i}", id={"type": "row", "index": i}), html.Div(id={"type": "total", "index": i})])
    for i in ROWS
])


@callback(Output({"type": "total", "index": ALLSMALLER}, "children"),
          Input({"type": "row", "index": MATCH}, "n_clicks"), prevent_initial_call=True)
def show(n):
    return [f"clicked {n}"]


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
