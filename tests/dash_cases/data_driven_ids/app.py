import os

from dash import Dash, Input, Output, State, callback, ctx, dcc, html, no_update

app = Dash(__name__)


CITIES = [{"id": "paris", "name": "Paris"}, {"id": "oslo", "name": "Oslo"}]
app.layout = html.Div([html.Button(row["name"], id=row["id"]) for row in CITIES] + [html.Div("start", id="out")])


@callback(Output("out", "children"), Input("paris", "n_clicks"), prevent_initial_call=True)
def show(n):
    return f"paris {n}"


if __name__ == "__main__":
    app.run(debug=True, port=int(os.environ.get("PORT", "8050")))
