from dash import dcc, html

import ids
from data import CITIES


def control(label, component):
    return html.Div([html.Label(label), component], className="control")


layout = html.Div([
    html.H1("Weather"),
    control("City", dcc.Dropdown(CITIES, CITIES[0], id=ids.CITY)),
    control("Units", dcc.RadioItems(["C", "F"], "C", id=ids.UNITS, inline=True)),
    html.Button("Refresh", id=ids.REFRESH),
    dcc.Graph(id=ids.GRAPH),
    html.P(id=ids.SUMMARY),
])
