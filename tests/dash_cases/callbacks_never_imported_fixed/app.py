import os

from dash import Dash, html

import callbacks  # noqa: F401  (registers its callbacks)

app = Dash(__name__)
app.layout = html.Div([
    html.Button("Go", id="go"),
    html.Div("start", id="out"),
])

if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
