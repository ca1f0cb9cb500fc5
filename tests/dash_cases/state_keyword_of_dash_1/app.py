import os

import dash
from dash import dcc, html
from dash.dependencies import Input, Output, State

app = dash.Dash(__name__)
app.layout = html.Div([dcc.Input(id="city", value="Oslo"), html.Button("Go", id="go"), html.Div("start", id="out")])


@app.callback(Output("out", "children"), [Input("go", "n_clicks")],
              state=[State("city", "value")])
def show(n, city):
    return f"{city} {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
