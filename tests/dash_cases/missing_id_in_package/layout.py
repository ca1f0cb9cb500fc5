from dash import dcc, html

import ids

layout = html.Div([
    dcc.Dropdown(["Paris", "Oslo"], "Paris", id=ids.CITY),
    html.Button("Go", id=ids.GO),
    html.Div("start", id=ids.OUT),
])
