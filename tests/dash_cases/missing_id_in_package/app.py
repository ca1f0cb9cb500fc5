import os

from dash import Dash

import ids  # noqa: F401
from layout import layout

app = Dash(__name__)
app.layout = layout

import callbacks  # noqa: E402,F401


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
