import dash
from dash import html

dash.register_page(__name__)

layout = html.Div([html.Button("Again", id="again"), html.P("About", id="about-text")])
