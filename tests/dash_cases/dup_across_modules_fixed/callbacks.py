from dash import Input, Output, callback, ctx

import ids


@callback(Output(ids.OUT, "children"), Input(ids.GO, "n_clicks"), Input(ids.CITY, "value"),
          prevent_initial_call=True)
def show(n, value):
    if ctx.triggered_id == ids.GO:
        return f"clicks {n}"
    return value
