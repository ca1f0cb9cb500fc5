import os

from dash import Dash, Input, Output, callback, html

app = Dash(__name__)
app.config.suppress_callback_exceptions = True
app.layout = html.Div([html.Button("Go", id="go"), html.Div(id="holder")])


@callback(Output("holder", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def render(n):
    return html.Div([html.Button("More", id="more"), html.Div("waiting", id="late")])


@callback(Output("late", "children"), Input("more", "n_clicks"), prevent_initial_call=True)
def late(n):
    return f"late {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
