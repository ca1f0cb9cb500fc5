import os

from dash import Dash, html

app = Dash(__name__)


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))

app.layout = html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])
