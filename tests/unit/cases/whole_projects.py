"""Cases of Whole projects: registration that never happens or happens once, several apps."""

from .kit import HEAD, LAYOUT, RUN, Case, app

CASES = [
    # -- registration that never happens or happens once ----------------------------------------
    Case("dup-twin-exclusive-branches", app("""
import os

if os.environ.get("COMBINED"):
    @callback(Output("out", "children"), Output("store", "data"), Input("city", "value"))
    def both(city):
        return city, city
else:
    @callback(Output("out", "children"), Input("city", "value"))
    def text(city):
        return city
""")),
    Case("dup-twin-apps-built-in-functions", {"app.py": HEAD + """
def make_first():
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="city"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("city", "value"))
    def show(city):
        return city
    return app


def make_second():
    app = Dash(__name__)
    app.layout = html.Div([dcc.Input(id="city"), html.Div(id="out")])

    @app.callback(Output("out", "children"), Input("city", "value"))
    def shout(city):
        return city.upper()
    return app


app = make_first()
"""}),
    # -- several apps ----------------------------------------------------------------------------
    Case("two-apps-separate-ids", {
        "app.py": HEAD + LAYOUT + """
@app.callback(Output("out", "children"), Input("city", "value"))
def show(city):
    return city
""" + RUN,
        "admin.py": HEAD + """
admin = Dash(__name__)
admin.layout = html.Div([dcc.Input(id="user"), html.Div(id="log")])

@admin.callback(Output("log", "children"), Input("city", "value"))  # expect: DASH003
def log(city):
    return city
""",
    }),
]
