import os

from dash import Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out"), html.Div(id="note")])


@callback(Output("out", "children"), Output("note", "children"), Input("go", "n_clicks"))
def show(n_clicks):
    if n_clicks is None:
        return None
    return f"clicked {n_clicks}", "ok"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
