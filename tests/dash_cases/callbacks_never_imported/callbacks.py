from dash import Input, Output, callback


@callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"
