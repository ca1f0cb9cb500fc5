import os

from dash import Dash, Input, Output, State, html

app = Dash(__name__, prevent_initial_callbacks=True)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out"), html.Footer("", id="stamp")])


@app.callback(Output("stamp", "children"), State("go", "n_clicks"))
def stamp(n):
    return f"stamped {n}"


@app.callback(Output("out", "children"), Input("go", "n_clicks"))
def show(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
