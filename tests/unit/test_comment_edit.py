"""Typing in a comment is taken from the text alone; a `#` that may be in a string is not."""

import pytest

from dash_lsp.core import Workspace
from dash_lsp.core.facts.comment_edit import comment_edit
from dash_lsp.core.facts.edited_line import line_edit
from dash_lsp.core.facts.extract import extract

from .conftest import write_project

APP = '''"""A page.

# not a comment: the module's docstring
"""
from dash import Dash, Input, Output, callback, html

app = Dash(__name__)
app.layout = html.Div([  # the page
    html.H1("Sales #1", id="title"),  # its title
    html.P(f"{1 + 1} # two", id="sum"),
    html.Div(id="out"),
])


@callback(Output("out", "children"),  # what it writes
          Input("nowhere", "n_clicks"))
def show(n):
    # the body
    return n
'''


def _edited(before: str, after: str) -> str:
    assert APP.count(before) == 1, before
    return APP.replace(before, after)


@pytest.mark.parametrize("before, after", [
    ("# the page", "# the pages"),
    ("# its title", "# its"),
    ("# what it writes", "# what it writes  # noqa: DASH003"),  # read from the text all the same
    ("    # the body", "    # the whole body"),  # a line of its own in a function
    ("# two\", id=\"sum\"),", "# two\", id=\"sum\"),  # a remark"),  # a `#` in a string first: found by the re-read
])
def test_a_comment_typed_after_code_equals_a_fresh_read(tmp_path, before, after):
    root = write_project(tmp_path, {"app.py": APP}).resolve()
    workspace = Workspace(root)
    workspace.findings()
    model = workspace.model()
    text = _edited(before, after)
    workspace.set_overlay(root / "app.py", text)
    cold = Workspace(root)
    cold.set_overlay(root / "app.py", text)
    assert [(f.code, f.span, f.message) for f in workspace.findings()[root / "app.py"]] == \
        [(f.code, f.span, f.message) for f in cold.findings()[root / "app.py"]]
    assert workspace.model() is model
    assert workspace.facts(root / "app.py").lines.lines == cold.facts(root / "app.py").lines.lines


@pytest.mark.parametrize("before, after, taken", [
    ("# the page", "# the pages", True),
    ("# what it writes", "# what it writes!", True),
    ("    # the body", "    # the whole body", True),
    ('"Sales #1"', '"Sales #12"', False),  # in a string
    ('# two"', '# three"', False),  # in an f-string
    ("# not a comment", "# not a comment at all", False),  # in a docstring
    ("# two\", id=\"sum\"),", "# two\", id=\"sum\"),  # a remark", False),  # a `#` in a string first
    ("html.Div(id=\"out\"),", "html.Div(id=\"out\"),#", False),  # typing the sign itself
    ("# its title", "# its title\n", False),  # a line more
])
def test_only_an_edit_after_a_comment_sign_outside_strings_is_taken(tmp_path, before, after, taken):
    facts = extract(tmp_path / "app.py", APP)
    text = _edited(before, after)
    edit = line_edit(facts, text)
    assert (edit is not None and comment_edit(facts, text, edit)) is taken
    assert facts.text == (text if taken else APP)
