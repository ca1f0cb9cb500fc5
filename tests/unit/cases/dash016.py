"""Cases of DASH016 method removed in Dash 3 (Dash 4.4 installed: see test_environment.py for
Dash 2, which still has them)."""

from .kit import HEAD, LAYOUT, Case, app

CALLBACK = """
@callback(Output("out", "children"), Input("go", "n_clicks"))
def show(n):
    return n
"""

CASES = [
    Case("run-server-under-main-guard", app(CALLBACK, run="""
if __name__ == "__main__":
    app.run_server(debug=True)  # expect: DASH016
"""), dash=("raises", "ObsoleteAttributeException")),
    Case("run-server-at-module-level", {"app.py": HEAD + LAYOUT + CALLBACK + """
app.run_server(debug=True, port=8050)  # expect: DASH016
"""}, dash=("raises", "ObsoleteAttributeException")),
    Case("run-server-of-an-app-from-another-module", {
        "app.py": HEAD + LAYOUT + CALLBACK,
        "run.py": """from app import app

if __name__ == "__main__":
    app.run_server(host="0.0.0.0")  # expect: DASH016
"""}),
    Case("long-callback", app("""
@app.long_callback(Output("out", "children"), Input("go", "n_clicks"))  # expect: DASH016
def show(n):
    return n
"""), dash=("raises", "ObsoleteAttributeException")),
    # Correct twins: the method Dash has, and a run_server of something that is no Dash app.
    Case("run-twin", app(CALLBACK)),
    Case("run-server-of-another-object-twin", app(CALLBACK + """
class Runner:
    def run_server(self, **options):
        return options

Runner().run_server(debug=True)
""")),
]
