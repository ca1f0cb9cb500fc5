"""The early cut-off: an edit that leaves every node as it was (typing in a comment, a
space at a line's end) is found to change nothing, and no other edit is.

Checked against CPython's parser: after random one-line edits of the example app and of
the ground-truth apps, the in-place update reports "nothing changed" exactly when a full
parse of the new text gives the same tree, positions included.
"""

import ast
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dash_lsp.core.facts import incremental
from dash_lsp.core.facts.extract import extract
from dash_lsp.core.facts.tree_compare import same_tree

ROOT = Path(__file__).parents[2]
SOURCES = sorted([*(ROOT / "examples").rglob("*.py"), *(ROOT / "tests" / "dash_cases").rglob("*.py")])
# What a typist adds on a line: comment and string marks, brackets, a continuation.
CHARACTERS = "#x1 '\"()[]:,.\\=é\t"


def _dump(text: str) -> str | None:
    try:
        return ast.dump(ast.parse(text), include_attributes=True)
    except (SyntaxError, ValueError):
        return None


def _one_line_edit(text: str, line: int, column: int, action: str, character: str) -> str:
    lines = text.split("\n")
    line %= len(lines)
    current = lines[line]
    at = column % (len(current) + 1)
    if action == "insert":
        current = current[:at] + character + current[at:]
    elif action == "delete" and current:
        at = min(at, len(current) - 1)
        current = current[:at] + current[at + 1:]
    elif action == "append":
        current += character
    lines[line] = current
    return "\n".join(lines)


@settings(max_examples=500, deadline=None)
@given(source=st.sampled_from(SOURCES), line=st.integers(0, 10**6), column=st.integers(0, 10**6),
       action=st.sampled_from(["insert", "delete", "append"]), character=st.sampled_from(CHARACTERS),
       comment=st.booleans())
def test_nothing_changed_exactly_when_the_tree_is_the_same(source, line, column, action, character, comment):
    text = source.read_text(encoding="utf-8")
    if comment:  # most edits in comments go in an existing one
        text = _one_line_edit(text, line, 0, "append", "  # a remark")
    new = _one_line_edit(text, line, column, action, character)
    facts = extract(source, text)
    changed = incremental.update(facts, new)
    old_tree, new_tree = _dump(text), _dump(new)
    same = old_tree is not None and old_tree == new_tree
    assert (changed is not None and changed.is_empty) == same
    if same:
        assert facts.text == new and facts.lines.lines == new.split("\n")


def test_only_the_edited_lines_are_walked():
    old = ast.parse("x = f(\n    1,\n    2,  # two\n    3,\n)\n").body[0]
    new = ast.parse("x = f(\n    1,\n    2,  # deux\n    3,\n)\n").body[0]
    assert same_tree(old, new, (3, 3)) and same_tree(old, new)
    changed = ast.parse("x = f(\n    1,\n    22,\n    3,\n)\n").body[0]
    assert not same_tree(old, changed, (3, 3)) and not same_tree(old, changed)
    # Literals equal in Python but not the same literal.
    assert not same_tree(ast.parse("x = 1").body[0], ast.parse("x = True").body[0])
    assert not same_tree(ast.parse("x = 1").body[0], ast.parse("x = 1.0").body[0])
