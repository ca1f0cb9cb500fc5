import os

from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="a"), dcc.Input(id="b"), dcc.Input(id="c")])


@callback(Output("a", "value"), Input("a", "value"), Input("c", "value"), prevent_initial_call=True)
def tidy(a, c):
    return (a or "").strip()


@callback(Output("b", "value"), Input("a", "value"), prevent_initial_call=True)
def copy_a(a):
    return a


@callback(Output("c", "value"), Input("b", "value"), State("a", "value"), prevent_initial_call=True)
def copy_b(b, a):
    return b


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
