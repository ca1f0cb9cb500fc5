"""The text-edit model and the import helper, on their own."""

from __future__ import annotations

import ast

import pytest

from dash_lsp.core.findings import Position, Span
from dash_lsp.core.fixes.edits import TextEdit, apply_edits, insert
from dash_lsp.core.fixes.imports import dash_names


def test_edits_in_code_points_with_crlf_and_astral_characters():
    text = "a = '🧾'\r\nb = 2\r\n"
    edits = [TextEdit(Span.of(0, 5, 0, 6), "x"), insert(Position(1, 0), "# note\r\n")]
    assert apply_edits(text, edits) == "a = 'x'\r\n# note\r\nb = 2\r\n"


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [TextEdit(Span.of(0, 0, 0, 3), ""), TextEdit(Span.of(0, 2, 0, 4), "")])


def _names(text: str, wanted=("ctx", "no_update")):
    names, edits = dash_names(ast.parse(text), text, list(wanted))
    return names, apply_edits(text, edits)


def test_added_to_an_existing_from_dash_import():
    names, text = _names("from dash import (\n    Dash,\n    html,\n)\n")
    assert names == {"ctx": "ctx", "no_update": "no_update"}
    assert text == "from dash import (\n    Dash,\n    html, ctx, no_update,\n)\n"
    ast.parse(text)


def test_existing_aliases_are_reused():
    names, text = _names("from dash import callback_context as cc, no_update as skip\nx = 1\n")
    assert names == {"ctx": "cc", "no_update": "skip"}
    assert text.startswith("from dash import callback_context as cc")


def test_new_line_after_the_imports_and_a_clash_gets_an_alias():
    names, text = _names('"""Doc."""\nimport dash\n\nctx = {}\n')
    assert names == {"ctx": "dash_ctx", "no_update": "no_update"}
    assert text == '"""Doc."""\nimport dash\nfrom dash import ctx as dash_ctx, no_update\n\nctx = {}\n'


def test_no_imports_goes_below_the_docstring():
    _, text = _names('"""Doc."""\nx = 1\n', ["ctx"])
    assert text == '"""Doc."""\nfrom dash import ctx\nx = 1\n'
