"""A small weather dashboard with the callback mistakes Dash developers make every day.

Run `dash-lsp check examples/weather_app` to see them.
"""

from dash import Dash, Input, Output, callback

import callbacks  # noqa: F401  (registers the callbacks)
import ids
from data import MONTHS, temperatures
from layout import layout

app = Dash(__name__)
app.layout = layout


@callback(Output(ids.GRAPH, "figure"), Input(ids.REFRESH, "n_clicks"))
def refresh(n_clicks):
    return {"data": [{"x": MONTHS, "y": temperatures("Lisbon", "C"), "type": "bar"}]}


@callback(Output(ids.SUMMARY, "children", allow_duplicate=True), Input(ids.REFRESH, "n_clicks"),
          prevent_initial_call=True)
def refreshed(n_clicks):
    return f"Refreshed {n_clicks or 0} times"


if __name__ == "__main__":
    app.run(debug=True)


@app.callback(Output(ids.SUMMARY, "title"), Input(ids.UNITS, "value"))
def units_tooltip(units):
    return f"Temperatures in °{units}"
