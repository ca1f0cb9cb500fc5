from dash import Input, Output, callback

import ids
from data import MONTHS, temperatures


@callback(Output(ids.GRAPH, "figure"), Input(ids.CITY, "value"), Input(ids.UNITS, "value"))
def draw(city, units):
    return {"data": [{"x": MONTHS, "y": temperatures(city, units), "type": "line"}],
            "layout": {"title": f"Monthly mean in {city}"}}


@callback(Output(ids.SUMMARY, "children"), Input("city_dropdown", "value"))
def summarise(city):
    values = temperatures(city, "C")
    return f"{city}: from {min(values)} to {max(values)} °C"
