"""Cases of DASH012 duplicate component id."""

from .kit import HEAD, RUN, Case, app

CALLBACK = """
@callback(Output("out", "children"), Input("city", "value"))
def show(city):
    return city
"""

CASES = [
    Case("duplicate-id-two-components", app(CALLBACK, layout="""
app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="city"),
    html.Div(id="out"),
    dcc.Dropdown(id="city", options=["Paris", "Oslo"]),  # expect: DASH012
])
"""), dash=("raises", "DuplicateIdError")),
    Case("duplicate-id-helper-called-twice", app(CALLBACK, layout="""
app = Dash(__name__)

def field(label, field_id):
    return html.Label([label, dcc.Input(id=field_id)])

app.layout = html.Div([
    field("City", "city"),
    field("Town", "city"),  # expect: DASH012
    html.Div(id="out"),
])
"""), dash=("raises", "DuplicateIdError")),
    Case("duplicate-id-layout-function", app(CALLBACK, layout="""
app = Dash(__name__)

def serve_layout():
    return html.Div([
        dcc.Input(id="city"),
        html.Div(id="out"),
        html.Div(html.Span(id="out")),  # expect: DASH012
    ])

app.layout = serve_layout
"""), dash=("raises", "DuplicateIdError")),
    Case("duplicate-id-children-before-star-args", app(CALLBACK, layout="""
app = Dash(__name__)
extra = []
app.layout = html.Div([
    dcc.Input(id="city"),
    html.Div(id="out"),
    dcc.Input(id="city"),  # expect: DASH012
], *extra)
"""), dash=("raises", "DuplicateIdError")),
    Case("duplicate-id-same-component-placed-twice", app(CALLBACK, layout="""
app = Dash(__name__)
search = dcc.Input(id="city")
app.layout = html.Div([
    html.Div(search),
    html.Div(id="out"),
    html.Footer(search),  # expect: DASH012
])
"""), dash=("raises", "DuplicateIdError")),
    Case("duplicate-id-from-constants-of-another-module", {
        "ids.py": 'CITY = "city"\nOUT = "out"\nTITLE = "out"\n',
        "app.py": HEAD + """
from ids import CITY, OUT, TITLE

app = Dash(__name__)
app.layout = html.Div([
    html.H1("Weather", id=TITLE),
    dcc.Input(id=CITY),
    html.Div(id=OUT),  # expect: DASH012
])
""" + CALLBACK + RUN}, dash=("raises", "DuplicateIdError")),
    Case("duplicate-id-in-app-factory", {"app.py": HEAD + """

def create_app():
    app = Dash(__name__)
    app.layout = html.Div([
        dcc.Input(id="city"),
        html.Div(id="out"),
        html.Section([html.H2("Elsewhere"), dcc.Input(id="city")]),  # expect: DASH012
    ])
    return app

app = create_app()
""" + CALLBACK + RUN}, dash=("raises", "DuplicateIdError")),
    Case("duplicate-id-made-in-a-loop", app(CALLBACK, layout="""
app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="city"),
    html.Div(id="out"),
    html.Ul([html.Li(day, id="day") for day in ["Mon", "Tue", "Wed"]]),  # expect: DASH012
])
"""), dash=("raises", "DuplicateIdError")),
    Case("duplicate-id-twin-loops", app(CALLBACK, layout="""
app = Dash(__name__)
DAYS = ["Mon", "Tue"]
app.layout = html.Div([
    dcc.Input(id="city"),
    html.Div(id="out"),
    html.Ul([html.Li(day, id=f"day-{day}") for day in DAYS]),
    html.Ul([html.Li("only", id="one") for _ in range(1)]),
    html.Ul([html.Li(day, id="weekend") for day in DAYS if day == "Sun"]),
])
"""), dash="ok"),
    Case("duplicate-id-twin-branches", app(CALLBACK, layout="""
import os

app = Dash(__name__)
WIDE = os.environ.get("WIDE") == "1"

def serve_layout():
    if WIDE:
        return html.Div([dcc.Input(id="city"), html.Div(id="out")])
    return html.Div([dcc.Textarea(id="city"), html.Div(id="out")])

app.layout = html.Div([
    dcc.Input(id="city") if WIDE else dcc.Dropdown(id="city", options=["Paris"]),
    html.Div(id="out"),
])
app.layout = serve_layout
"""), dash="ok"),
    Case("duplicate-id-twin-distinct-ids-and-other-props", app(CALLBACK, layout="""
app = Dash(__name__)

def field(label, field_id):
    return html.Label([label, dcc.Input(id=field_id)])

app.layout = html.Div([
    field("City", "city"),
    field("Town", "town"),
    html.Div([html.P(id=f"row-{i}") for i in range(3)]),
    dcc.Loading(html.Div(id="out"), custom_spinner=html.Span("…", id="spinner")),
])
"""), dash="ok"),
    Case("duplicate-id-twin-renamed-or-changed-in-place", app(CALLBACK, layout="""
app = Dash(__name__)
first = dcc.Input(id="city")
second = dcc.Input(id="city")
second.id = "town"
rows = [html.P(id="row"), html.P(id="row")]
rows.pop()
app.layout = html.Div([first, second, html.Div(rows), html.Div(id="out")])
"""), dash="ok"),
    Case("duplicate-id-twin-pages-share-ids", {"app.py": """
import dash
from dash import Dash, html, dcc

app = Dash(__name__, use_pages=True, pages_folder="")
dash.register_page("home", path="/", layout=html.Div([dcc.Input(id="query"), html.Div(id="result")]))
dash.register_page("about", path="/about", layout=html.Div([dcc.Input(id="query"), html.Div(id="result")]))
app.layout = html.Div([dash.page_container])
""" + RUN}, dash="ok"),
]
