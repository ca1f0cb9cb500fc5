"""What every case is made of: a Case, and the app most cases start from.

Small Dash projects, each a faulty form of a gotcha or its correct twin.

Every `# expect: CODE` comment marks a line dash-lsp must report; lines without
one must stay silent. `dash` says what the real Dash package does with the app
when it is loaded (see realdash.py): "ok", ("raises", Exception), ("twice", output)
(registered by two callbacks: the renderer rejects it), ("again", output) (registered more
than once), ("absent", output).
"""

from __future__ import annotations

from dataclasses import dataclass, field

HEAD = "from dash import Dash, html, dcc, callback, clientside_callback, Output, Input, State, ctx, MATCH, ALL\n"
LAYOUT = """
app = Dash(__name__)
app.layout = html.Div([
    dcc.Input(id="city"), dcc.Input(id="year"), html.Button("Go", id="go"),
    html.Div(id="out"), dcc.Store(id="store"),
])
"""
RUN = """
if __name__ == "__main__":
    app.run(debug=True)
"""


@dataclass
class Case:
    name: str
    files: dict[str, str]
    dash: object = "ok"
    entry: str = "app.py"
    tags: tuple = field(default_factory=tuple)


def app(body: str, layout: str = LAYOUT, run: str = RUN) -> dict[str, str]:
    return {"app.py": HEAD + layout + body + run}
