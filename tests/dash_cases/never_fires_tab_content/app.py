import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([
    dcc.Tabs(id="tabs", value="clicks", children=[dcc.Tab(label="Clicks", value="clicks"),
                                                   dcc.Tab(label="About", value="about")]),
    html.Div(id="content"),
])


@callback(Output("content", "children"), Input("tabs", "value"))
def render(tab):
    if tab == "clicks":
        return html.Div([html.Button("Go", id="go"), html.Div("start", id="out")])
    return html.P("Counts clicks.")


@callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
