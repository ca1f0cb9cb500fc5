import dash
from dash import Input, Output, callback, dcc, html

dash.register_page(__name__, path="/")

layout = html.Div([dcc.Link("About", href="/about", id="to-about"), html.Div("start", id="out")])


@callback(Output("about-text", "children"), Input("again", "n_clicks"), prevent_initial_call=True)
def again(n):
    return f"again {n}"
