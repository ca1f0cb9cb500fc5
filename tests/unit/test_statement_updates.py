"""An edit re-reads only the top-level statements it touched (or, when it adds or removes
lines or statements, those from it to the end), and only when that is exact.

Each in-place update is compared with a full read of the same text; each case where only
a full read can be exact (a syntax error, imports, a name changed in place, a name
another statement's facts looked up) must decline.
"""

import ast
import gc
from pathlib import Path

import pytest

from dash_lsp.core import Workspace
from dash_lsp.core.facts import incremental
from dash_lsp.core.facts.extract import extract

APP = '''\
"""A small app."""
from dash import Dash, Input, Output, State, callback, dcc, html

OUTPUTS = [Output("graph", "figure")]
CITY = "city"


def panel():
    return html.Div([dcc.Dropdown(id=CITY), dcc.Graph(id="graph")])


app = Dash(__name__)
app.layout = html.Div([panel(), html.Div(id="out")])


@callback(OUTPUTS, Input(CITY, "value"))
def draw(city):
    return {"title": "Weather in " + city}


@callback(Output("out", "children"), Input(CITY, "value"), State("graph", "figure"))
def show(city, figure):
    return city


def shown(value):
    return value


app.callback(Output("out", "title"), Input(CITY, "value"))(shown)


class Ids:
    GRAPH = "graph"

    class Nested:
        INNER = "inner"
'''


def summary(facts):
    """Everything the rules read from a module's facts, positions included, as plain data."""
    def node(n):
        return None if n is None else (ast.dump(n), getattr(n, "lineno", None), getattr(n, "col_offset", None))

    return {
        "callbacks": [(c.name, c.span, c.name_span, c.where.top_index, c.where.function, c.complete,
                       [(d.kind, d.span, d.id_span, node(d.id_node), node(d.prop_node)) for d in c.dependencies])
                      for c in facts.callbacks],
        "components": [(c.origin, c.span, c.id_span, node(c.id_node), c.where.top_index) for c in facts.components],
        "apps": [(a.var, a.kind, a.span) for a in facts.apps],
        "assignments": [(a.attribute, a.span, node(a.value)) for a in facts.app_assignments],
        "starts": [(s.method, s.span) for s in facts.starts],
        "functions": {name: (node(info.node), sorted(info.calls), [node(r) for r in info.returns])
                      for name, info in facts.functions.items()},
        "constants": [(name, [node(v) for v in values]) for name, values in facts.constants.items()],
        "classes": [(name, [(k, node(v)) for k, v in attributes.items()]) for name, attributes in facts.classes.items()],
        "module_calls": facts.module_calls, "mutated": facts.mutated,
        "lines": facts.lines.lines, "statement_lines": facts.statement_lines, "binders": facts.binders,
    }


def edited(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.mark.parametrize("old, new, names", [
    ('"Weather in "', '"Weather at "', set()),  # a string in a callback's body
    ('Input(CITY, "value"), State', 'Input("town", "value"), State', set()),  # a dependency's id
    ('dcc.Graph(id="graph")', 'dcc.Graph(id="graphs")', set()),  # a component in a helper
    ('html.Div(id="out")', 'html.Div(id="outs")', set()),  # the layout itself
    ('CITY = "city"', 'CITY = "town"', set()),  # a constant other statements' values read
    ('"""A small app."""', '"""A tiny app."""', set()),  # the module docstring
    ('GRAPH = "graph"', 'GRAPH = "graphs"', set()),  # a class attribute
    ('class Nested:', 'class Inner:', set()),  # a nested class renamed
    ("def draw(city):", "def drew(city):", {"draw", "drew"}),  # typing a function's name
    ('CITY = "city"', 'CITY, LATER = "city", 2', {"LATER"}),  # a name bound that was not
    ("def panel():", "class panel:", {"panel"}),  # a name bound as another kind
])
def test_an_edit_inside_statements_equals_a_full_read(old, new, names):
    facts = extract(Path("app.py"), APP)
    before = {id(c) for c in facts.callbacks}
    text = edited(APP, old, new)
    changed = incremental.update(facts, text)
    assert changed is not None and len(changed.statements) == 1 and changed.names == names
    assert summary(facts) == summary(extract(Path("app.py"), text))
    # Statements the edit did not touch keep their facts objects.
    untouched = [c for c in facts.callbacks if c.where.top_index not in changed.statements]
    assert untouched and all(id(c) in before for c in untouched)
    assert facts.stamps[changed.statements.start] == facts.generation == 1
    assert all(facts.name_stamps[name] == 1 for name in names)


@pytest.mark.parametrize("old, new", [
    ("    return city\n", "    return city\n\n"),  # a line added: the rest moves
    ('    return {"title"', '    x = 1\n    return {"title"'),
    ('CITY = "city"\n', ""),  # a statement and its line removed
    ('CITY = "city"', 'CITY = "city"; X = 1'),  # a statement more on the line
    ("        INNER = \"inner\"\n", "        INNER = \"inner\"\n\n\nLATE = 1\n"),  # at the end
])
def test_an_edit_that_moves_what_follows_rereads_to_the_end(old, new):
    facts = extract(Path("app.py"), APP)
    before = {id(c): c for c in facts.callbacks}  # (held, so no new object takes an old id)
    count = len(facts.tree.body)
    text = edited(APP, old, new)
    changed = incremental.update(facts, text)
    assert changed is not None
    assert changed.replaced.stop == count and changed.statements.stop == len(facts.tree.body)
    assert summary(facts) == summary(extract(Path("app.py"), text))
    # Callbacks before the edit keep their objects; those from it on are read again.
    for callback in facts.callbacks:
        assert (id(callback) in before) == (callback.where.top_index < changed.statements.start)


@pytest.mark.parametrize("old, new", [
    ('"Weather in "', '"Weather in\\n"'),  # same lines, an escape: fine
])
def test_escapes_and_crlf(old, new):
    text = APP.replace("\n", "\r\n")
    facts = extract(Path("app.py"), text)
    after = edited(text, old, new)
    assert incremental.update(facts, after) is not None
    assert summary(facts) == summary(extract(Path("app.py"), after))


@pytest.mark.parametrize("old, new, why", [
    ('"Weather in "', '"Weather in ', "a syntax error"),
    ("    return city\n", "    import os\n", "an import"),
    ("def shown(value):", "def shows(value):", "a function another statement's facts looked up"),
    ('OUTPUTS = [Output("graph", "figure")]', 'OUTPUTS = [Output("graph", "data")]',
     "a constant another statement's facts were read through"),
    ("def shown(value):\n    return value", "def shown(value):\n    value += 1", "read by a hand-applied decorator"),
    ("    return city\n", "    CITY.append(1)\n", "a name changed in place"),
])
def test_edits_only_a_full_read_gets_right_are_declined(old, new, why):
    facts = extract(Path("app.py"), APP)
    text = edited(APP, old, new)
    assert incremental.update(facts, text) is None, why
    assert facts.text == APP and facts.generation == 0  # untouched


def test_declines_after_a_syntax_error_until_a_full_read():
    broken = edited(APP, '"Weather in "', '"Weather in ')
    facts = extract(Path("app.py"), broken)
    assert facts.syntax_error
    assert incremental.update(facts, APP) is None


def test_a_warm_workspace_updates_in_place_and_reports_what_a_fresh_one_does(tmp_path):
    (tmp_path / "app.py").write_text(APP)
    path = (tmp_path / "app.py").resolve()
    workspace = Workspace(tmp_path)
    assert workspace.findings()[path] == []
    first = workspace.facts(path)
    typo = edited(APP, 'Input(CITY, "value"), State', 'Input("cty", "value"), State')
    workspace.set_overlay(path, typo)
    findings = workspace.findings()[path]
    assert workspace.facts(path) is first  # updated in place
    assert [f.code for f in findings] == ["DASH003"]
    fresh = Workspace(tmp_path)
    fresh.set_overlay(path, typo)
    assert findings == fresh.findings()[path]
    workspace.set_overlay(path, APP)
    assert workspace.findings()[path] == []


def test_a_name_bound_in_place_reaches_the_results_that_looked_it_up(tmp_path):
    # `LATER` is unbound at first: an id we cannot know, so nothing is reported.
    base = edited(APP, 'State("graph", "figure")', 'State(LATER, "figure")')
    (tmp_path / "app.py").write_text(base)
    path = (tmp_path / "app.py").resolve()
    workspace = Workspace(tmp_path)
    assert workspace.findings()[path] == []
    facts = workspace.facts(path)
    for text, codes in [(edited(base, 'CITY = "city"', 'CITY, LATER = "city", "nowhere"'), ["DASH003"]),
                        (edited(base, 'CITY = "city"', 'CITY, LATE = "city", "nowhere"'), []),
                        (edited(base, 'CITY = "city"', 'CITY, LATER = "city", "graph"'), [])]:
        workspace.set_overlay(path, text)
        findings = workspace.findings()[path]
        assert workspace.facts(path) is facts  # in place
        assert [f.code for f in findings] == codes
        fresh = Workspace(tmp_path)
        fresh.set_overlay(path, text)
        assert findings == fresh.findings()[path]


SECTION = '''

@callback(Output("out-{k}", "children"), Input("in-{k}", "value"))
def show_{k}(value):
    return [html.P(value), html.Span("{k}")]
'''


def test_typing_in_one_statement_keeps_memory_flat(tmp_path):
    text = APP.replace('html.Div(id="out")', 'html.Div(id="out")] + [html.Div(id=f"out-{k}") for k in range(40)] + [') \
        + "".join(SECTION.format(k=k) for k in range(40))
    (tmp_path / "app.py").write_text(text)
    path = (tmp_path / "app.py").resolve()
    workspace = Workspace(tmp_path)
    workspace.findings()
    facts = workspace.facts(path)
    counts = []
    for k in range(16):
        # A different id each time, so every edit makes new nodes for the statement.
        workspace.set_overlay(path, text.replace('Input("in-7"', f'Input("in-7-{k}"'))
        workspace.findings()
        gc.collect()
        counts.append(len(gc.get_objects()))
    assert workspace.facts(path) is facts and facts.generation == 16
    # A result kept for an old version would hold its statement's tree (hundreds of objects).
    assert max(counts[6:]) - min(counts[6:]) < 200, counts
