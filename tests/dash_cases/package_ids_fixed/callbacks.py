from dash import Input, Output, State, callback

import ids


@callback(Output(ids.OUT, "children"), Input(ids.GO, "n_clicks"), State(ids.CITY, "value"),
          prevent_initial_call=True)
def show(n, city):
    return f"{city} {n}"
