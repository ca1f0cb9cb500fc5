"""Merges that would change behaviour or cannot be written are not offered, or say what changes."""

from __future__ import annotations

import ast

import pytest

from dash_lsp.core.fixes import apply_edits, duplicate_groups, merge_refusal
from equivalence import merge_fix, write
from merge_cases import HEAD, app
from dashrun import run_app

REFUSED = {
    "pattern-matching outputs": (app('''\
from dash import MATCH


@app.callback(Output({"type": "card", "index": MATCH}, "children"), Input({"type": "a", "index": MATCH}, "value"))
def from_a(value):
    return value


@app.callback(Output({"type": "card", "index": MATCH}, "children"), Input({"type": "b", "index": MATCH}, "value"))
def from_b(value):
    return value
'''), "pattern-matching"),
    "clientside with a server callback": (app('''\
app.clientside_callback("function(x) { return x; }", Output("out", "children"), Input("city", "value"))


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return year
'''), "clientside"),
    "background callback": (app('''\
@app.callback(Output("out", "children"), Input("city", "value"), background=True)
def by_city(city):
    return city


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return year
'''), "background"),
    "one id through two properties": (app('''\
@app.callback(Output("out", "children"), Input("btn", "n_clicks"))
def clicks(n):
    return n


@app.callback(Output("out", "children"), Input("btn", "n_clicks_timestamp"))
def stamp(t):
    return t
'''), "triggered_id cannot tell"),
    "the same Inputs": (app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def one(city):
    return city


@app.callback(Output("out", "children"), Input("city", "value"))
def two(city):
    return city * 2
'''), "also fires another callback"),
    "name used elsewhere": (app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return by_city(str(year))
'''), "also used on line"),
    "name called at module level": (app('''\
@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return city


@app.callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return year


assert by_city("x") == "x"
'''), "also used on line"),
    "body needs a helper of its own module": ({
        "app.py": HEAD + '''

def shout(text):
    return text.upper()


@app.callback(Output("out", "children"), Input("city", "value"))
def by_city(city):
    return shout(city)


import views  # noqa: E402
''',
        "views.py": '''\
from dash import Input, Output, callback


def label(year):
    return f"year {year}"


@callback(Output("out", "children"), Input("year", "value"))
def by_year(year):
    return label(year)
'''}, "circular import"),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_not_offered(tmp_path, name):
    files, reason = REFUSED[name]
    write(tmp_path, files)
    fix, _, workspace = merge_fix(tmp_path)
    assert fix is None
    assert reason in merge_refusal(workspace, duplicate_groups(workspace)[0][0])


def test_offered_with_an_explanation_when_an_output_would_go_stale(tmp_path):
    write(tmp_path, app('''\
@app.callback(Output("out", "children"), Output("status", "children"), Input("city", "value"))
def by_city(city):
    return city, "city"


@app.callback(Output("out", "children"), Output("extra", "children"), Input("city", "value"),
              Input("year", "value"))
def by_both(city, year):
    return year, "both"
'''))
    fix, _, _ = merge_fix(tmp_path)
    assert fix is not None and fix.explanation is not None
    assert "extra.children is not updated" in fix.explanation
    assert "changes behaviour" in fix.title
    (path, edits), = fix.edits.items()
    merged = apply_edits(path.read_text(), edits)
    ast.parse(merged)
    path.write_text(merged)
    outcome = run_app(tmp_path, plain=True)
    assert outcome.error is None
    registration = next(i for i, r in enumerate(outcome.registrations) if r.name == "by_city_by_both")
    # What the explanation says: city fires by_city only, so extra.children is not written.
    assert outcome.results[(registration, "city.value")] == {"out.children": "<city.value>",
                                                               "status.children": "city"}
