import os

from dash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, State, callback, html

ROWS = range(3)

app = Dash(__name__)
app.layout = html.Div([
    html.Div([dcc_input for dcc_input in [html.Button(f"Cell {i}.{j}", id={"type": "cell", "index": i, "column": j})
                                           for j in range(2)]] + [html.Div(id={"type": "total", "index": i})])
    for i in ROWS
])


@callback(Output({"type": "total", "index": MATCH}, "children"),
          Input({"type": "cell", "index": MATCH, "column": MATCH}, "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
