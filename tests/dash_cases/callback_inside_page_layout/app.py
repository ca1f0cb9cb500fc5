import os

import dash
from dash import Dash, html

app = Dash(__name__, use_pages=True)
app.layout = html.Div([html.H1("Site"), dash.page_container])


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
