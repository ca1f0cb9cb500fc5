import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Go", id="go"),
    dcc.Loading(html.Div("start", id="out"), custom_spinner=html.Span("wait", id="spinner")),
])


@callback(Output("out", "children"), Output("spinner", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}", "busy"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
