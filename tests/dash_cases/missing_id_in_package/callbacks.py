from dash import Input, Output, callback

import ids


@callback(Output(ids.OUT, "children"), Input(ids.GO, "n_clicks"), Input(ids.UNITS, "value"))
def show(n, units):
    return f"{n} {units}"
