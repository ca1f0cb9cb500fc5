import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="city", value="paris"),
    html.Button("Clear", id="clear"),
])


@callback(Output("city", "children"), Input("clear", "n_clicks"), prevent_initial_call=True)
def clear(n):
    return ""


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
