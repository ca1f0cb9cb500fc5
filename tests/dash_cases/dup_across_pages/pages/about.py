import dash
from dash import Input, Output, callback, html

dash.register_page(__name__)

layout = html.Div([html.Button("Again", id="again"), html.P("About", id="about-text")])


@callback(Output("out", "children"), Input("again", "n_clicks"), prevent_initial_call=True)
def again(n):
    return f"again {n}"
