from dash import Input, Output, callback

import ids


@callback(Output(ids.OUT, "children"), Input(ids.GO, "n_clicks"))
def show(n):
    return f"clicks {n}"
