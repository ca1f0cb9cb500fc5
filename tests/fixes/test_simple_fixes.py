"""The one-line fixes: each cures its finding, parses, and the real dash accepts the result."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from dash_lsp.core import Workspace
from dash_lsp.core.findings import Position
from dash_lsp.core.fixes import apply_edits, fixes_for
from dashrun import outputs_at_run, run_app
from merge_cases import HEAD, app
from equivalence import write


def _fix(folder: Path, code: str, title: str):
    workspace = Workspace(folder)
    finding = next(f for fs in workspace.findings().values() for f in fs if f.code == code)
    fixes = [f for f in fixes_for(workspace, finding.path, finding.span) if f.title.startswith(title)]
    assert fixes, [f.title for f in fixes_for(workspace, finding.path, finding.span)]
    return fixes[0]


def _apply(fix) -> dict[Path, str]:
    out = {}
    for path, edits in fix.edits.items():
        text = apply_edits(path.read_text(), edits)
        ast.parse(text)
        path.write_text(text)
        out[path] = text
    return out


def _codes(folder: Path) -> list[str]:
    return [f.code for fs in Workspace(folder).findings().values() for f in fs]


def test_allow_duplicate_keeps_the_initial_call(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return f"city {city}"


@app.callback(Output("out", "children"), Output("status", "children"), Input("year", "value"))
def by_year(year):
    return f"year {year}", "ok"
'''))
    text, = _apply(_fix(tmp_path, "DASH001", "Allow this duplicate")).values()
    assert 'Output("out", "children", allow_duplicate=True)' in text
    assert 'prevent_initial_call="initial_duplicate"' in text
    assert _codes(tmp_path) == []
    outcome = run_app(tmp_path, plain=True)
    assert outcome.error is None
    by_year = next(i for i, r in enumerate(outcome.registrations) if r.name == "by_year")
    # Still runs on load, and writes the output it shares.
    assert outcome.results[(by_year, None)] == {"out.children": "year <year.value>", "status.children": "ok"}


def test_allow_duplicate_adds_prevent_initial_call(tmp_path):
    write(tmp_path, app('''\
@callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city


@callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
def clicked(n):
    return "clicked"
'''))
    text, = _apply(_fix(tmp_path, "DASH001", "Allow this duplicate")).values()
    assert 'Input("btn", "n_clicks"), prevent_initial_call=True)' in text
    assert _codes(tmp_path) == []
    assert run_app(tmp_path, plain=True).error is None


def test_allow_duplicate_for_a_loop_whose_inputs_vary(tmp_path):
    write(tmp_path, app('''\
for source in ["btn", "reset"]:
    @callback(Output("out", "children"), Input(source, "n_clicks"), prevent_initial_call=True)
    def clicked(n, source=source):
        return source
'''))
    text, = _apply(_fix(tmp_path, "DASH001", "Allow this duplicate")).values()
    assert 'Output("out", "children", allow_duplicate=True)' in text
    assert _codes(tmp_path) == []
    outcome = run_app(tmp_path, plain=True)
    assert outcome.error is None
    # Two registrations under two distinct output names: Dash no longer sees a duplicate.
    names = [r.output for r in outcome.registrations]
    assert len(names) == 2 and len(set(names)) == 2 and all(n.startswith("out.children@") for n in names), names


def test_no_allow_duplicate_for_a_loop_with_the_same_inputs_each_pass(tmp_path):
    write(tmp_path, app('''\
for attempt in range(2):
    @callback(Output("out", "children"), Input("btn", "n_clicks"), prevent_initial_call=True)
    def clicked(n):
        return n
'''))
    workspace = Workspace(tmp_path)
    finding, = [f for fs in workspace.findings().values() for f in fs]
    assert finding.code == "DASH001"
    titles = [f.title for f in fixes_for(workspace, finding.path, finding.span)]
    assert not any(t.startswith("Allow this duplicate") for t in titles), titles


def test_prevent_initial_call(tmp_path):
    files = app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city


@app.callback(Output("out", "children", allow_duplicate=True), Input("year", "value"),
              prevent_initial_call=False)
def by_year(year):
    return year
''')
    write(tmp_path, files)
    assert "DuplicateCallback" in run_app(tmp_path, plain=True).error
    fix = _fix(tmp_path, "DASH002", "Add prevent_initial_call=True")
    assert fix.safe
    text, = _apply(fix).values()
    assert "prevent_initial_call=True)" in text
    assert _codes(tmp_path) == []
    assert run_app(tmp_path, plain=True).error is None


def test_did_you_mean(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), Input("citty", "value"))
def by_city(city):
    return city
'''))
    text, = _apply(_fix(tmp_path, "DASH003", 'Change to "city"')).values()
    assert 'Input("city", "value")' in text
    assert _codes(tmp_path) == []


def test_did_you_mean_the_property(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), Input("city", "vaule"))
def by_city(city):
    return city
'''))
    text, = _apply(_fix(tmp_path, "DASH008", 'Change to "value"')).values()
    assert 'Input("city", "value")' in text
    assert _codes(tmp_path) == []
    assert run_app(tmp_path, plain=True).error is None


SUPPRESSED = {"app.py": """\
from dash import Dash, Input, Output, State, callback, dcc, html

app = Dash(__name__, suppress_callback_exceptions=True)
app.layout = html.Div([dcc.Tabs(id="tabs", value="a"), html.Div(id="content")])


@callback(Output("content", "children"), Input("tabs", "value"))
def render(tab):
    return html.Div([dcc.Input(id="search"), dcc.Dropdown(id="city"), html.Div(id="results")])


@callback(Output("results", "children"), Input("serach", "value"))
def results(text):
    return text


@callback(Output("results", "title"), Input("tabs", "value"), State("ctiy", "value"))
def title(tab, city):
    return city
"""}


def test_did_you_mean_an_id_that_is_rendered_later(tmp_path):
    # With suppression on, a typo in the only Input leaves the callback silent forever (DASH004):
    # the id meant is one another callback renders.
    write(tmp_path, SUPPRESSED)
    finding = next(f for fs in Workspace(tmp_path).findings().values() for f in fs)
    assert finding.message.endswith("Did you mean `search`?")
    assert [r.message for r in finding.related] == ["`search` (dcc.Input) is rendered here"]
    text, = _apply(_fix(tmp_path, "DASH004", 'Change to "search"')).values()
    assert 'Input("search", "value")' in text
    text, = _apply(_fix(tmp_path, "DASH004", 'Change to "city"')).values()  # a State never rendered
    assert 'State("city", "value")' in text
    assert _codes(tmp_path) == []
    outcome = run_app(tmp_path, values={"search.value": "rain"})
    assert outcome.error is None
    results = next(i for i, r in enumerate(outcome.registrations) if r.name == "results")
    assert outcome.results[(results, "search.value")] == {"results.children": "rain"}


def test_did_you_mean_each_of_several_inputs(tmp_path):
    write(tmp_path, {"app.py": SUPPRESSED["app.py"] + """

@callback(Output("results", "style"), Input("serach", "value"), Input("cty", "value"), Input("nowhere", "value"))
def style(text, city, other):
    return {}
"""})
    finding = next(f for f in Workspace(tmp_path).findings()[tmp_path / "app.py"] if "`nowhere`" in f.message)
    assert "Did you mean `search` for `serach` and `city` for `cty`?" in finding.message
    workspace = Workspace(tmp_path)
    fixes = fixes_for(workspace, finding.path, finding.span)
    assert [f.title for f in fixes] == ['Change "serach" to "search"', 'Change "cty" to "city"']
    text, = _apply(fixes[1]).values()
    assert 'Input("serach", "value"), Input("city", "value"), Input("nowhere", "value")' in text


def test_merge_a_circle_of_callbacks(tmp_path):
    # Two callbacks keeping two inputs in step (DASH009): merged, each trigger still gets the
    # answer its own callback gave, and nothing else is written.
    source = Path(__file__).parents[1] / "dash_cases" / "circular_two_callbacks" / "app.py"
    write(tmp_path, {"app.py": source.read_text()})
    values = {"celsius.value": 100, "fahrenheit.value": 212}
    before = run_app(tmp_path, values=values)
    by_trigger = {trigger: result for (index, trigger), result in before.results.items() if trigger}
    assert by_trigger == {"fahrenheit.value": {"celsius.value": 100.0}, "celsius.value": {"fahrenheit.value": 212.0}}
    fix = _fix(tmp_path, "DASH009", "Merge into one callback")
    assert fix.explanation is None and not fix.safe
    _apply(fix)
    assert _codes(tmp_path) == []
    after = run_app(tmp_path, values=values)
    assert len(after.registrations) == 1
    assert {trigger: result for (_, trigger), result in after.results.items() if trigger} == by_trigger


def test_return_no_update_instead_of_none(tmp_path):
    # Two Outputs and `return None` (DASH011): the request fails; no_update changes nothing.
    source = Path(__file__).parents[1] / "dash_cases" / "return_none_for_two_outputs" / "app.py"
    write(tmp_path, {"app.py": source.read_text()})
    unclicked = {"go.n_clicks": None}
    assert run_app(tmp_path, values=unclicked).results[(0, None)] == ("error", "SchemaTypeValidationError")
    text, = _apply(_fix(tmp_path, "DASH011", "Return no_update")).values()
    assert "        return no_update\n" in text
    assert "from dash import Dash, Input, Output, callback, html, no_update" in text
    assert _codes(tmp_path) == []
    assert run_app(tmp_path, values=unclicked).results[(0, None)] == {}  # nothing written, no error
    assert run_app(tmp_path).results[(0, "go.n_clicks")] == {"out.children": "clicked 1", "note.children": "ok"}


def test_move_above_the_server_start(tmp_path):
    write(tmp_path, {"app.py": HEAD + '''

if __name__ == "__main__":
    app.run(debug=True)


@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city
'''})
    assert outputs_at_run(tmp_path) == (None, [])
    text, = _apply(_fix(tmp_path, "DASH005", "Move the callback above")).values()
    assert text.rstrip().endswith("app.run(debug=True)")
    assert "\n\n\n\nif __name__" not in text
    assert _codes(tmp_path) == []
    assert outputs_at_run(tmp_path) == (None, ["out.children"])


def test_merge_offered_on_either_callback(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return year
'''))
    workspace = Workspace(tmp_path)
    path = (tmp_path / "app.py").resolve()
    lines = path.read_text().splitlines()
    first = lines.index("def by_city(city):")
    on_first = [f.title for f in fixes_for(workspace, path, Position(first, 4))]
    assert on_first == ["Merge into one callback"]
    last = lines.index("def by_year(year):")
    on_second = [f.title for f in fixes_for(workspace, path, Position(last - 1, 20))]
    assert on_second[0] == "Merge into one callback" and "Allow this duplicate output (allow_duplicate=True)" in on_second
    assert fixes_for(workspace, path, Position(0, 0)) == []


def test_half_typed_code_gets_no_fix_and_no_crash(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return year


def half_typed(:
'''))
    workspace = Workspace(tmp_path)
    # The core reads around the broken function; a fix would need the whole text to parse.
    finding = next(f for fs in workspace.findings().values() for f in fs if f.code == "DASH001")
    assert fixes_for(workspace, finding.path, finding.span) == []


def test_import_the_module_of_callbacks(tmp_path):
    # callbacks.py is imported by nothing (DASH013): Dash never registers its callback.
    case = Path(__file__).parents[1] / "dash_cases" / "callbacks_never_imported"
    write(tmp_path, {name: (case / name).read_text() for name in ("app.py", "callbacks.py")})
    assert outputs_at_run(tmp_path) == (None, [])
    fix = _fix(tmp_path, "DASH013", "Import callbacks in app.py")
    text, = _apply(fix).values()
    assert "from dash import Dash, html\nimport callbacks  # noqa: F401  (registers its callbacks)\n" in text
    assert _codes(tmp_path) == []
    assert outputs_at_run(tmp_path) == (None, ["out.children"])


def test_no_import_fix_where_the_module_imports_the_app(tmp_path):
    # `from app import app` in callbacks.py: importing it from app.py, run as a script, would
    # register the callbacks on a second copy of the app; no fix is offered.
    write(tmp_path, {
        "app.py": 'from dash import Dash, html\n\napp = Dash(__name__)\napp.layout = html.Div(id="out")\n',
        "callbacks.py": 'from dash import Input, Output\nfrom app import app\n\n\n'
                        '@app.callback(Output("out", "children"), Input("out", "title"))\ndef show(title):\n    return title\n',
    })
    assert _codes(tmp_path) == ["DASH013"]
    workspace = Workspace(tmp_path)
    finding, = workspace.findings()[(tmp_path / "callbacks.py").resolve()]
    assert fixes_for(workspace, finding.path, finding.span) == []


def test_run_a_callback_without_inputs_once_on_load(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), State("city", "value"), prevent_initial_call=True)
def summarise(city):
    return f"city {city}"
'''))

    def registered(outcome):
        return next((r.inputs, r.prevent_initial_call) for r in outcome.registrations if r.name == "summarise")
    # What the renderer gets: no Input, and the initial call turned off, so nothing runs it.
    assert registered(run_app(tmp_path, plain=True)) == ([], True)
    fix = _fix(tmp_path, "DASH014", "Run it once on page load")
    assert not fix.safe  # it makes the callback run, which it never did
    text, = _apply(fix).values()
    assert "prevent_initial_call=False)" in text
    assert _codes(tmp_path) == []
    assert registered(run_app(tmp_path, plain=True)) == ([], False)


def test_rename_an_id_dash_refuses(tmp_path):
    write(tmp_path, {
        "ids.py": 'CITY = "city.name"\n',
        "app.py": '''\
from dash import Dash, html, dcc, Input, Output, callback

from ids import CITY

app = Dash(__name__)
app.layout = html.Div([dcc.Input(id=CITY, value="Oslo"), html.Div(id="out")])


@callback(Output("out", "children"), Input(CITY, "value"))
def show(city):
    return city
'''})
    assert "InvalidComponentIdError" in run_app(tmp_path, plain=True).error
    fix = _fix(tmp_path, "DASH015", "Rename the id to `city-name` everywhere")
    assert list(fix.edits) == [tmp_path.resolve() / "ids.py"]  # the constant both use, once
    _apply(fix)
    assert (tmp_path / "ids.py").read_text() == 'CITY = "city-name"\n'
    assert _codes(tmp_path) == []
    outcome = run_app(tmp_path, plain=True)
    assert outcome.error is None
    assert outcome.results[(0, None)] == {"out.children": "<city-name.value>"}


def test_no_rename_where_the_new_id_is_taken(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), Input("city.name", "value"))
def show(city):
    return city
''', head=HEAD.replace('dcc.Input(id="name", value="x"),', 'dcc.Input(id="name", value="x"), dcc.Input(id="city.name"), '
                       'dcc.Input(id="city-name"),')))
    workspace = Workspace(tmp_path)
    finding = next(f for fs in workspace.findings().values() for f in fs if f.code == "DASH015")
    assert not [f.title for f in fixes_for(workspace, finding.path, finding.span) if f.title.startswith("Rename")]


def test_call_app_run_instead_of_run_server(tmp_path):
    files = app('''\
if __name__ == "__main__":
    app.run_server(debug=True, port=8050)
''')
    write(tmp_path, files)
    error, _ = outputs_at_run(tmp_path)
    assert error.startswith("ObsoleteAttributeException")
    fix = _fix(tmp_path, "DASH016", "Call app.run instead")
    assert fix.safe
    text, = _apply(fix).values()
    assert text.endswith('    app.run(debug=True, port=8050)\n')
    assert _codes(tmp_path) == []
    assert outputs_at_run(tmp_path) == (None, [])  # app.run() is reached, with no callback


def test_put_the_outputs_first(tmp_path):
    write(tmp_path, app('''\
@app.callback(Input("city", "value"), State("year", "value"),
              Output("out", "children"), prevent_initial_call=True)
def show(city, year):
    return f"{city} in {year}"
'''))
    assert "IncorrectTypeException" in run_app(tmp_path, plain=True).error
    text, = _apply(_fix(tmp_path, "DASH017", "Put the Outputs first")).values()
    # Each group keeps its order (the Input before the State), and the line breaks stay.
    assert '@app.callback(Output("out", "children"), Input("city", "value"),\n              State("year", "value"), ' \
        'prevent_initial_call=True)' in text
    assert _codes(tmp_path) == []
    outcome = run_app(tmp_path, plain=True)
    assert outcome.error is None
    assert outcome.results[(0, "city.value")] == {"out.children": "<city.value> in <year.value>"}


def test_no_reordering_across_a_comment_or_for_a_clientside_callback(tmp_path):
    write(tmp_path, app('''\
@app.callback(Input("city", "value"),  # the city picked
              Output("out", "children"))
def show(city):
    return city


app.clientside_callback("function(year, city) { return city; }",
                        Output("status", "children"), State("year", "value"), Input("city", "value"))
'''))
    workspace = Workspace(tmp_path)
    findings = [f for fs in workspace.findings().values() for f in fs if f.code == "DASH017"]
    assert len(findings) == 2
    assert not [f for finding in findings for f in fixes_for(workspace, finding.path, finding.span)]


def test_the_config_key_dash_has_for_its_old_spelling(tmp_path):
    write(tmp_path, app('''\
app.config.supress_callback_exceptions = True
app.config["titel"] = "Sales"

if __name__ == "__main__":
    app.run(debug=True)
'''))
    error, _ = outputs_at_run(tmp_path)
    assert error.startswith("AttributeError")
    text, = _apply(_fix(tmp_path, "DASH018", "Change to suppress_callback_exceptions")).values()
    assert "app.config.suppress_callback_exceptions = True\n" in text
    text, = _apply(_fix(tmp_path, "DASH018", 'Change to "title"')).values()
    assert 'app.config["title"] = "Sales"\n' in text
    assert _codes(tmp_path) == []
    assert outputs_at_run(tmp_path) == (None, [])


def test_the_config_key_dash_has_in_an_update(tmp_path):
    write(tmp_path, app('''\
app.config.update({'supress_callback_exceptions': True})
app.config.update(titel="Sales")

if __name__ == "__main__":
    app.run(debug=True)
'''))
    text, = _apply(_fix(tmp_path, "DASH018", 'Change to "suppress_callback_exceptions"')).values()
    assert 'app.config.update({"suppress_callback_exceptions": True})\n' in text
    text, = _apply(_fix(tmp_path, "DASH018", "Change to title")).values()
    assert 'app.config.update(title="Sales")\n' in text
    assert _codes(tmp_path) == []
    assert outputs_at_run(tmp_path) == (None, [])


def test_a_flask_setting_goes_to_the_server_config(tmp_path):
    write(tmp_path, app('''\
app.config["SECRET_KEY"] = "change me"

if __name__ == "__main__":
    app.run(debug=True)
'''))
    assert outputs_at_run(tmp_path)[0].startswith("AttributeError")
    text, = _apply(_fix(tmp_path, "DASH018", "Set it in the Flask server's config")).values()
    assert 'app.server.config["SECRET_KEY"] = "change me"\n' in text
    assert _codes(tmp_path) == []
    assert outputs_at_run(tmp_path) == (None, [])


def test_a_key_only_the_constructor_sets_goes_to_the_constructor(tmp_path):
    write(tmp_path, app('''\
app.config["compress"] = COMPRESS

@app.callback(Output("out", "children"), Input("city", "value"))
def show(city):
    return f"{city} {app.config.compress}"
''', head=HEAD.replace("app = Dash(__name__)", "COMPRESS = False\napp = Dash(__name__)")))
    assert "AttributeError" in run_app(tmp_path, plain=True).error
    text, = _apply(_fix(tmp_path, "DASH018", "Pass compress=COMPRESS to Dash(...)")).values()
    assert "app = Dash(__name__, compress=COMPRESS)\n" in text and "app.config[" not in text
    assert _codes(tmp_path) == []
    outcome = run_app(tmp_path, plain=True)
    assert outcome.error is None
    assert outcome.results[(0, "city.value")] == {"out.children": "<city.value> False"}  # the value meant


@pytest.mark.parametrize("assignment", [
    "LOCAL = False\napp.config.serve_locally = LOCAL\n",  # the value is made after the constructor
    'app.config.name = "shop"\n',  # `Dash(__name__)` gives the name by position already
    "LOCAL = False; app.config.serve_locally = True\n",  # its line holds another statement
])
def test_no_constructor_fix_where_it_would_mean_something_else(tmp_path, assignment):
    write(tmp_path, app(assignment))
    workspace = Workspace(tmp_path)
    finding = next(f for fs in workspace.findings().values() for f in fs if f.code == "DASH018")
    assert fixes_for(workspace, finding.path, finding.span) == []


BUTTONS = '''\
from dash import Dash, html, Input, Output, ctx

app = Dash(__name__)
app.layout = html.Div([html.Button("Save", id="save-button"), html.Button("Reset", id="reset-button"),
                       html.Div(id="status")])
'''


@pytest.mark.parametrize("trigger, wrong, right", [
    ("ctx.triggered_id", "save-btn", "save-button"),
    ('ctx.triggered[0]["prop_id"].split(".")[0]', "save-btn", "save-button"),
    ('ctx.triggered[0]["prop_id"]', "save-btn.n_clicks", "save-button.n_clicks"),
])
def test_triggered_id_compared_with_the_input_meant(tmp_path, trigger, wrong, right):
    write(tmp_path, app(f'''\
@app.callback(Output("status", "children"), Input("save-button", "n_clicks"), Input("reset-button", "n_clicks"),
              prevent_initial_call=True)
def status(save, reset):
    if {trigger} == "{wrong}":
        return "Saved"
    return "Reset"
''', head=BUTTONS))
    # Dash fires it for the Save button, and the branch never runs.
    before = run_app(tmp_path, plain=True)
    assert before.error is None and before.results[(0, "save-button.n_clicks")] == {"status.children": "Reset"}
    text, = _apply(_fix(tmp_path, "DASH019", f'Change to "{right}"')).values()
    assert f'if {trigger} == "{right}":' in text
    assert _codes(tmp_path) == []
    after = run_app(tmp_path, plain=True)
    assert after.results[(0, "save-button.n_clicks")] == {"status.children": "Saved"}
    assert after.results[(0, "reset-button.n_clicks")] == {"status.children": "Reset"}


def test_pass_the_states_positionally(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), [Input("city", "value")],
              state=[State("year", "value"), State("name", "value")], prevent_initial_call=True)
def show(city, year, name):
    return f"{city} in {year} by {name}"
'''))
    assert "ValueError" in run_app(tmp_path, plain=True).error
    fix = _fix(tmp_path, "DASH020", "Pass the States positionally")
    assert fix.safe
    text, = _apply(fix).values()
    assert '[Input("city", "value")],\n              [State("year", "value"), State("name", "value")], ' \
        'prevent_initial_call=True)' in text
    assert _codes(tmp_path) == []
    outcome = run_app(tmp_path, plain=True)
    assert outcome.error is None
    # The function still gets the Input's value first, then the States' in their order.
    assert outcome.results[(0, "city.value")] == {"out.children": "<city.value> in <year.value> by <name.value>"}


@pytest.mark.parametrize("registration", [
    # A keyword before state=: dropping it would put a positional argument after a keyword.
    '''@app.callback(Output("out", "children"), [Input("city", "value")], prevent_initial_call=True,
              state=[State("year", "value")])''',
    # No Input: the States alone would register a callback that nothing triggers.
    '''@app.callback(Output("out", "children"), state=[State("city", "value"), State("year", "value")])''',
])
def test_no_positional_fix_where_it_would_not_be_the_callback_meant(tmp_path, registration):
    write(tmp_path, app(registration + '''
def show(city, year):
    return f"{city} in {year}"
'''))
    workspace = Workspace(tmp_path)
    finding = next(f for fs in workspace.findings().values() for f in fs if f.code == "DASH020")
    assert [f.title for f in fixes_for(workspace, finding.path, finding.span) if f.codes == ("DASH020",)] == []
