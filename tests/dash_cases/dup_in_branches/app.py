import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)
app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


FANCY = os.environ.get("FANCY") == "1"

if FANCY:
    @callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def fancy(n):
        return f"fancy {n}"
else:
    @callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
    def plain(n):
        return f"plain {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
