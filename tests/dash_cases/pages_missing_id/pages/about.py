import dash
from dash import html

dash.register_page(__name__)

layout = html.P("About", id="about-text")
