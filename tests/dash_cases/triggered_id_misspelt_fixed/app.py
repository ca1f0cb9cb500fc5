import os

from dash import Dash, Input, Output, callback, ctx, html, no_update

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Save", id="save-button"), html.Button("Reset", id="reset-button"),
    html.Div("nothing yet", id="status"),
])


@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"),
          prevent_initial_call=True)
def status(save, reset):
    if ctx.triggered_id == "save-button":
        return f"saved {save}"
    if ctx.triggered_id == "reset-button":
        return "reset"
    return no_update


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
