"""Cases of DASH019 triggered_id compared with an id that is no Input (Dash runs these apps;
the branch is what never runs)."""

from .kit import HEAD, RUN, Case, app

BUTTONS = """
app = Dash(__name__)
app.layout = html.Div([
    html.Button("Save", id="save-button"), html.Button("Reset", id="reset-button"),
    dcc.Input(id="name"), html.Div(id="status"), html.Div(id="log"),
])
"""

CASES = [
    Case("triggered-id-misspelt", app("""
@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"),
          prevent_initial_call=True)
def status(save, reset):
    if ctx.triggered_id == "save-btn":  # expect: DASH019
        return "Saved"
    return "Reset"
""", layout=BUTTONS)),
    Case("triggered-id-of-a-state", app("""
@callback(Output("status", "children"), Input("save-button", "n_clicks"), State("name", "value"),
          prevent_initial_call=True)
def status(save, name):
    if ctx.triggered_id == "name":  # expect: DASH019
        return "typed"
    return f"saved {name}"
""", layout=BUTTONS)),
    Case("triggered-id-through-a-local-in-a-tuple", app("""
@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"),
          prevent_initial_call=True)
def status(save, reset):
    button = ctx.triggered_id
    if button in ("save-button", "reset-btn"):  # expect: DASH019
        return "clicked"
    return "?"
""", layout=BUTTONS)),
    Case("triggered-id-of-the-callback-context-and-an-old-constant", {
        "ids.py": 'SAVE = "save-button"\nRESET = "reset-button"\n',
        "app.py": HEAD + "import dash\nfrom ids import SAVE, RESET\n" + BUTTONS + """
@callback(Output("status", "children"), Input(SAVE, "n_clicks"), Input(RESET, "n_clicks"),
          prevent_initial_call=True)
def status(save, reset):
    if dash.callback_context.triggered_id != "reset":  # expect: DASH019
        return "Saved"
    return "Reset"
""" + RUN}),
    Case("triggered-id-compared-with-the-wrong-constant", {
        "ids.py": 'SAVE = "save-button"\nRESET = "reset-button"\nNAME = "name"\n',
        "app.py": HEAD + "import ids\nfrom ids import SAVE, RESET\n" + BUTTONS + """
@callback(Output("status", "children"), Input(SAVE, "n_clicks"), prevent_initial_call=True)
def status(save):
    if ctx.triggered_id == RESET:  # expect: DASH019
        return "Reset"
    if ctx.triggered_id in (SAVE, ids.NAME):  # expect: DASH019
        return "Saved"
    return "?"
""" + RUN}),
    # Correct twins.
    Case("triggered-id-of-each-input-twin", {
        "ids.py": 'SAVE = "save-button"\n',
        "app.py": HEAD + "from ids import SAVE\n" + BUTTONS + """
reset = html.Button("Reset", id="reset-button")


@callback(Output("status", "children"), Input(SAVE, "n_clicks"), Input(reset, "n_clicks"),
          prevent_initial_call=True)
def status(save, n):
    if "save-button" == ctx.triggered_id:
        return "Saved"
    if ctx.triggered_id in ["reset-button"]:
        return "Reset"
    return "?"
""" + RUN}),
    Case("triggered-id-compared-with-names-of-the-function-twin", {
        "ids.py": 'SAVE = "save-button"\nRESET = "reset-button"\n',
        "app.py": HEAD + "import ids\nfrom ids import SAVE, RESET\n" + BUTTONS + """
button = "somewhere-else"


@callback(Output("status", "children"), Input(SAVE, "n_clicks"), Input(RESET, "n_clicks"),
          prevent_initial_call=True)
def status(save, reset, expected=RESET):
    for button in (SAVE, RESET):
        if ctx.triggered_id == button:
            return button
    if ctx.triggered_id == expected or ctx.triggered_id == ids.SAVE:
        return "?"
    return "none"
""" + RUN}),
    Case("triggered-id-with-inputs-we-cannot-name-twin", app("""
def register(prefix):
    @callback(Output("log", "children"), Input(f"{prefix}-button", "n_clicks"), prevent_initial_call=True)
    def log(n):
        if ctx.triggered_id == "save-btn":
            return "saved"
        return "other"


register("save")
""", layout=BUTTONS)),
    Case("triggered-id-in-a-helper-twin", app("""
def label():
    return "Saved" if ctx.triggered_id == "save-btn" else "Reset"


@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"),
          prevent_initial_call=True)
def status(save, reset):
    return label()
""", layout=BUTTONS)),
    Case("triggered-id-of-a-function-registered-twice-twin", app("""
def show(n):
    return "reset" if ctx.triggered_id == "reset-button" else "save"


app.callback(Output("status", "children"), Input("save-button", "n_clicks"), prevent_initial_call=True)(show)
app.callback(Output("log", "children"), Input("reset-button", "n_clicks"), prevent_initial_call=True)(show)
""", layout=BUTTONS)),
    Case("triggered-id-beside-pattern-matching-inputs-twin", app("""
@callback(Output("status", "children"), Input({"type": "tab", "index": ALL}, "n_clicks"),
          Input("save-button", "n_clicks"), prevent_initial_call=True)
def status(tabs, save):
    if ctx.triggered_id == "save-button":
        return "Saved"
    return f"tab {ctx.triggered_id['index']}"
""", layout=BUTTONS)),
    Case("triggered-id-of-another-object-twin", app("""
class Event:
    triggered_id = "timer"


@callback(Output("status", "children"), Input("save-button", "n_clicks"), prevent_initial_call=True)
def status(save):
    event = Event()
    return "timer" if event.triggered_id == "timer" else "save"
""", layout=BUTTONS)),
    # The Input is what is misspelt (DASH003 says so): the comparison may be what was meant.
    Case("triggered-id-of-an-input-not-in-the-layout-twin", app("""
@callback(Output("status", "children"), Input("save-buton", "n_clicks"), prevent_initial_call=True)  # expect: DASH003
def status(save):
    if ctx.triggered_id == "save-button":
        return "Saved"
    return "?"
""", layout=BUTTONS)),
    Case("prop-id-split-misspelt", app("""
import dash

@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"),
          prevent_initial_call=True)
def status(save, reset):
    button_id = dash.callback_context.triggered[0]["prop_id"].split(".")[0]
    if button_id == "save-btn":  # expect: DASH019
        return "Saved"
    return "Reset"
""", layout=BUTTONS)),
    Case("prop-id-split-of-an-output", app("""
@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"))
def status(save, reset):
    if ctx.triggered[0]["prop_id"].split(".")[0] in ("status", "reset-button"):  # expect: DASH019
        return "Reset"
    return "Saved"
""", layout=BUTTONS)),
    Case("prop-id-split-twin-input-ids-and-the-initial-call", app("""
@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"))
def status(save, reset):
    button_id = ctx.triggered[0]["prop_id"].split(".")[0]
    if button_id == "":
        return "Nothing yet"
    if button_id == "save-button":
        return "Saved"
    return "Reset"
""", layout=BUTTONS)),
    Case("prop-id-split-twin-the-property-part", app("""
@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("name", "value"))
def status(save, name):
    if ctx.triggered[0]["prop_id"].split(".")[1] == "value":
        return f"typing {name}"
    return "Saved"
""", layout=BUTTONS)),
    Case("prop-id-split-of-a-local-context", app("""
import dash

@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"),
          prevent_initial_call=True)
def status(save, reset):
    context = dash.callback_context
    if context.triggered[0]["prop_id"].split(".")[0] == "save-btn":  # expect: DASH019
        return "Saved"
    return "Reset"
""", layout=BUTTONS)),
    Case("triggered-id-twin-context-is-a-parameter", app("""
class Recorded:
    triggered_id = "save-btn"

def status_of(ctx, save):
    if ctx.triggered_id == "save-btn":
        return "Saved"
    return "Reset"

@callback(Output("status", "children"), Input("save-button", "n_clicks"), prevent_initial_call=True)
def status(save):
    return status_of(Recorded(), save)
""", layout=BUTTONS)),
    Case("prop-id-of-a-property-the-input-does-not-have", app("""
@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("name", "value"),
          prevent_initial_call=True)
def status(save, name):
    if ctx.triggered[0]["prop_id"] == "save-button.n_click":  # expect: DASH019
        return "Saved"
    return f"typing {name}"
""", layout=BUTTONS)),
    Case("prop-id-twin-the-inputs-and-the-initial-call", app("""
@callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("name", "value"))
def status(save, name):
    trigger = ctx.triggered[0]["prop_id"]
    if trigger == ".":
        return "Nothing yet"
    if trigger in ("save-button.n_clicks", "name.value"):
        return "Changed"
    return "Never"  # (as written: only those two can fire it)
""", layout=BUTTONS)),
    Case("prop-id-twin-a-property-we-cannot-read", app("""
PROPERTY = "n_" + "clicks" if len(__name__) > 3 else "value"

@callback(Output("status", "children"), Input("save-button", PROPERTY), prevent_initial_call=True)
def status(save):
    if ctx.triggered[0]["prop_id"] == "save-button.n_clicks":
        return "Saved"
    return "Typed"
""", layout=BUTTONS)),
]
