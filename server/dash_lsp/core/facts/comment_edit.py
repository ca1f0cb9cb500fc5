"""Typing in a comment: nothing the analysis reads changes.

facts/incremental.py finds this out too, by parsing the statement again and comparing it
node for node. Where the edit lies after a line's comment sign, and that sign is in no
string, the text alone says so: only the module's text and lines are replaced. What a
comment may still say (`# noqa`, a DASH_* setting) is read from the text by the caller.
"""

from __future__ import annotations

import ast

from ..positions import LineIndex
from .edited_line import LineEdit, chain_to, to_bytes
from .model import ModuleFacts


def comment_edit(facts: ModuleFacts, text: str, edit: LineEdit) -> bool:
    """Bring `facts` up to `text` (`edit` of one line away) in place when the edit is
    inside the line's comment; whether it was."""
    sign = edit.old.find("#", 0, edit.start)
    if sign < 0:
        return False
    at = to_bytes(edit.old, sign)
    if any(_is_text(node) for node in chain_to(facts, edit.line, at, at + 1)):
        return False  # (a `#` in a string, or in an f-string's field: a full look is needed)
    facts.text, facts.lines = text, LineIndex.of_lines(edit.lines)
    facts.mentions_register_page = "register_page" in text
    return True


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))
