import os

import dash
from dash import Dash, Input, Output, html, no_update

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Save", id="save-button"), html.Button("Reset", id="reset-button"),
    html.Div("nothing yet", id="status"),
])


@app.callback(Output("status", "children"), [Input("save-button", "n_clicks"), Input("reset-button", "n_clicks")])
def status(save, reset):
    trigger = dash.callback_context.triggered[0]["prop_id"]
    if trigger == "save-button.n_click":
        return f"saved {save}"
    if trigger == "reset-button.n_clicks":
        return "reset"
    return no_update


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
