import dash
from dash import Input, Output, callback, html

dash.register_page(__name__, path="/")


def layout(**kwargs):
    return html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])


@callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"
