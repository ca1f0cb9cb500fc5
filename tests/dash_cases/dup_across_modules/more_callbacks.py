from dash import Input, Output, callback

import ids


@callback(Output(ids.OUT, "children"), Input(ids.CITY, "value"))
def city(value):
    return value
