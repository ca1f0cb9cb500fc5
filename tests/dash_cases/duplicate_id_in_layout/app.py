import os

from dash import Dash, Input, Output, callback, dcc, html

app = Dash(__name__)


def field(label, field_id):
    return html.Label([label, dcc.Input(id=field_id, value="Paris")])


app.layout = html.Div([
    field("City", "city"),
    field("Town", "city"),
    html.Button("Go", id="go"),
    html.Div("start", id="out"),
])


@callback(Output("out", "children"), Input("go", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"clicked {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
