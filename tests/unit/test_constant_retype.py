"""Typing in a constant a component's property is given: patched in place, the model stands,
and everything reported and kept is what a fresh read of the new text gives."""

import ast
import re

import pytest

from dash_lsp.core import Workspace
from dash_lsp.core.facts.extract import extract
from dash_lsp.core.facts.constant_retype import Retyped
from dash_lsp.core.facts.tree_compare import same_tree
from dash_lsp.core.findings import Position, Span

from .conftest import write_project

APP = '''from dash import Dash, Input, Output, callback, dcc, html

from helpers import card

app = Dash(__name__)

app.layout = html.Div([
    dcc.Slider(id="days", min=7, max=90, step=1, value=30),
    dcc.Slider(min=1, max=5, id="weeks"),
    html.Div(id={"type": "panel", "index": 1}),
    html.Div(style={"width": 100, "margin": -4}, id="box"),
    html.P("Température", id="t", n_clicks=12),
    html.Div([card(i) for i in range(3)]),
    card(4), html.Button("Go", id="go", n_clicks=0),
    dcc.Graph(id="graph", figure={"data": [], "layout": {"height": 300}}, config={"scrollZoom": 1.5}),
    html.Div(id="dup"), html.Div(id="dup", tabIndex=5),
    html.Div(id="note", className="note", title="Hello", hidden=False),
    dcc.Markdown(children="# Notes", id="notes"),
    html.H1("Sales"),
    html.H2("Totals", "totals-title"),
    dcc.Slider(0, 10, 1, id="range"),
    dcc.Store("store-id", data={"rows": 3}),
])
width = 640


@callback(Output("graph", "figure"), Input("days", "value"), Input("weeks", "value"), Input("card-2", "n_clicks"))
def draw(days, weeks, clicks):
    return {"data": [], "layout": {"height": 300 + days}}


@callback(Output("box", "children"), Input({"type": "panel", "index": 1}, "n_clicks"), prevent_initial_call=1)
def pick(n):
    return n
'''

HELPERS = '''from dash import html


def card(index, height=200):
    return html.Div(f"card {index}", id=f"card-{index}", style={"height": height})
'''

NUMBERS = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")


def _spots(text: str) -> list[re.Match]:
    """Number literals outside strings."""
    strings = [(m.start(), m.end()) for m in re.finditer(r'"[^"\n]*"', text)]
    return [m for m in NUMBERS.finditer(text) if not any(a <= m.start() < b for a, b in strings)]


def _strings(text: str) -> list[re.Match]:
    """String literals in double quotes, their text as group 1."""
    return list(re.finditer(r'"([^"\n]*)"', text))


def _summary(workspace: Workspace, root):
    return sorted((f.code, f.path.relative_to(root).as_posix(), f.span, f.message, f.related)
                  for items in workspace.findings().values() for f in items)


def _warm(tmp_path):
    root = write_project(tmp_path, {"app.py": APP, "helpers.py": HELPERS}).resolve()
    workspace = Workspace(root)
    workspace.findings()
    return root, workspace


def _retyped(text: str, before: str, after: str) -> str:
    assert text.count(before) == 1, before
    return text.replace(before, after)


def _assert_fresh(workspace: Workspace, root, text: str):
    """The warm workspace's facts and findings are a fresh read's."""
    path = root / "app.py"
    facts = workspace.facts(path)
    fresh = extract(path, text)
    if fresh.syntax_error is None:
        assert same_tree(facts.tree, ast.parse(text))
    assert [(c.span, c.id_span) for c in facts.components] == [(c.span, c.id_span) for c in fresh.components]
    assert facts.lines.lines == fresh.lines.lines
    cold = Workspace(root)
    cold.set_overlay(path, text)
    assert _summary(workspace, root) == _summary(cold, root)


@pytest.mark.parametrize("before, after", [
    ("min=7, max=90", "min=70, max=90"),  # longer, with more properties after it
    ("max=90, step", "max=9, step"),  # shorter
    ("value=30)", "value=31)"),  # as long
    ('"width": 100', '"width": 101'),  # in a style dict, an id later on the line
    ('"height": 300}}, config', '"height": 3000}}, config'),  # in a dict in a dict, longer
    ('"margin": -4', '"margin": -5'),  # after a sign
    ("n_clicks=12", "n_clicks=7"),  # on a line with text beyond ASCII
    ('"scrollZoom": 1.5', '"scrollZoom": 1.25'),  # a float
    ("min=1, max=5, id", "min=2, max=5, id"),  # an id later on the line: nothing moves
    ("tabIndex=5", "tabIndex=50"),  # on the line of a duplicate id's finding
    ('className="note"', 'className="notes"'),  # a string
    ('title="Hello"', "title='Hell'"),  # other quotes, shorter
    ('title="Hello"', 'title="Hello" "there"'),  # two strings joined
    ("hidden=False", "hidden=True"),
    ('children="# Notes"', 'children="# Nodes"'),  # text a component shows, an id after it
    ("min=7, max", "min=7., max"),  # a float now
    ('html.H1("Sales")', 'html.H1("Sale")'),  # given by its place: children
    ('"Totals", "totals-title"', '"Totels", "totals-title"'),  # an id given by its place after it
    ('dcc.Slider(0, 10', 'dcc.Slider(5, 10'),  # min, by its place
    ('{"rows": 3}', '{"rows": 30}'),
])
def test_a_retyped_property_constant_keeps_the_model_and_equals_a_fresh_read(tmp_path, before, after):
    root, workspace = _warm(tmp_path)
    model = workspace.model()
    text = _retyped(APP, before, after)
    workspace.set_overlay(root / "app.py", text)
    _assert_fresh(workspace, root, text)
    assert workspace.model() is model


@pytest.mark.parametrize("before, after", [
    ('"index": 1}),', '"index": 3}),'),  # an id: read
    ("range(3)", "range(2)"),  # how many cards: read
    ("card(4)", "card(40)"),  # a helper's argument: may be an id
    ("min=1, max=5, id", "min=10, max=5, id"),  # longer, and an id after it would move
    ('"width": 100', '"width": 1000'),
    ("width = 640", "width = 64"),  # a statement ending on the line would move
    ("prevent_initial_call=1", "prevent_initial_call=0"),  # a callback's argument
    ("min=7, max", "min=7x, max"),  # no longer a number
    ("min=7, max", "min=07, max"),  # no longer Python
    ("min=7, max", "min=7#, max"),  # the rest of the line a comment
    ("min=7, max", "min= 7, max"),  # the constant moves
    ("min=7, max", "min=(7), max"),
    ('title="Hello"', 'title= "Hello"'),
    ("height=200", "height=20"),  # a default a helper's ids may use
    ('id="note"', 'id="notes"'),  # an id
    ('"totals-title"', '"totals-titles"'),  # an id given by its place
    ('"store-id"', '"store-ids"'),  # the first place of a component without children is its id
    ('"Totals", "totals-title"', '"Total", "totals-title"'),  # it would move
    ('dcc.Slider(0, 10', 'dcc.Slider(0, 100'),  # more arguments by place after it
    ('title="Hello"', 'title=f"Hello"'),  # no longer a constant
    ('title="Hello"', 'title="Hel"lo"'),  # no longer Python
    ('title="Hello"', 'title="Hello".upper()'),
    ('children="# Notes"', 'children="# Notes!"'),  # longer, and an id after it would move
])
def test_other_edits_of_constants_take_the_full_way_and_equal_a_fresh_read(tmp_path, before, after):
    root, workspace = _warm(tmp_path)
    text = _retyped(APP + HELPERS if before == "height=200" else APP, before, after)
    if before == "height=200":
        workspace.set_overlay(root / "helpers.py", _retyped(HELPERS, before, after))
        cold = Workspace(root)
        cold.set_overlay(root / "helpers.py", _retyped(HELPERS, before, after))
        assert _summary(workspace, root) == _summary(cold, root)
        return
    model = workspace.model()
    workspace.set_overlay(root / "app.py", text)
    assert workspace.model() is not model
    _assert_fresh(workspace, root, text)


def test_every_constant_retyped_any_way_equals_a_fresh_read(tmp_path):
    root, workspace = _warm(tmp_path)
    path = root / "app.py"
    text = APP
    taken = 0
    for serial, spot in enumerate(_spots(APP)):
        for new in ("1", "12345", str(int(float(spot.group())) + 1)):
            spots = _spots(text)
            here = spots[serial]
            text = text[:here.start()] + new + text[here.end():]
            model = workspace.model()
            workspace.set_overlay(path, text)
            _assert_fresh(workspace, root, text)
            taken += workspace.model() is model
    assert taken >= 20  # most numbers of the layout are properties' values


def test_every_string_retyped_any_way_equals_a_fresh_read(tmp_path):
    root, workspace = _warm(tmp_path)
    path = root / "app.py"
    text = APP
    taken = 0
    for serial in range(len(_strings(APP))):
        for edit in ("append", "drop", "replace", "register_page"):
            here = _strings(text)[serial]
            inside = here.group(1)
            inside = {"append": inside + "s", "drop": inside[:-1], "replace": "Z" + inside[1:],
                      "register_page": "register_page"}[edit]
            text = text[:here.start(1)] + inside + text[here.end(1):]
            model = workspace.model()
            workspace.set_overlay(path, text)
            _assert_fresh(workspace, root, text)
            taken += workspace.model() is model
    assert taken >= 8  # the texts of properties (the others are ids, properties' names…)


def test_findings_moved_along_the_line_follow_the_number():
    moved = Retyped(line=4, column=10, delta=2)
    assert moved.moved(Position(4, 9)) == Position(4, 9)
    assert moved.moved(Position(4, 10)) == Position(4, 12)
    assert moved.moved(Position(5, 10)) == Position(5, 10)
    span = Span.of(4, 2, 4, 11)
    assert moved.moved_span(span) == Span.of(4, 2, 4, 13)
    assert Retyped(4, 10, 0).moved_span(span) is span
