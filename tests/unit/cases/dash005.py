"""Cases of DASH005 callback registered after the server starts."""

from .kit import HEAD, LAYOUT, RUN, Case

CASES = [
    Case("after-run-unguarded", {"app.py": HEAD + LAYOUT + """
app.run(debug=True)

@callback(Output("out", "children"), Input("city", "value"))  # expect: DASH005
def late(city):
    return city
"""}, dash=("absent", "out.children")),
    Case("after-run-guarded", {"app.py": HEAD + LAYOUT + RUN + """
@callback(Output("out", "children"), Input("city", "value"))  # expect: DASH005
def late(city):
    return city
"""}, dash=("absent", "out.children")),
    Case("after-run-twin-imported-module", {
        "app.py": HEAD + LAYOUT + RUN + """
@callback(Output("out", "children"), Input("city", "value"))
def late(city):
    return city
""",
        "wsgi.py": "from app import app\n\nserver = app.server\n\nif __name__ == '__main__':\n    app.run()\n",
    }, entry="wsgi.py"),
]
