"""Whether a statement re-parsed after an edit is the statement it was, node for node.

Only the nodes that reach into the edited lines need a look. A node that lies wholly
on other lines (a definition with its decorators) and has the same class and the same start and end in both trees was
parsed from the same text, starting at a token in both, in the same place of an equal
parent: it is the same subtree, so it is not walked.
"""

from __future__ import annotations

import ast

_POSITION = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def same_tree(old: ast.AST, new: ast.AST, edited: tuple[int, int] | None = None) -> bool:
    """The two trees have the same nodes, values and positions. `edited` (first and last
    line, 1-based) says that the texts differ in those lines alone, which lets untouched
    subtrees be skipped. False also when the trees are too deep to compare."""
    try:
        return _same(old, new, edited)
    except RecursionError:
        return False


def _same(a: ast.AST, b: ast.AST, edited: tuple[int, int] | None) -> bool:
    if a.__class__ is not b.__class__:
        return False
    start = getattr(a, "lineno", None)
    if start is not None:
        if any(getattr(a, name, None) != getattr(b, name, None) for name in _POSITION):
            return False
        if edited is not None and (a.end_lineno < edited[0] or _first_line(a, b) > edited[1]):
            return True  # the same text, read in the same place
    for name in a._fields:
        x, y = getattr(a, name, None), getattr(b, name, None)
        if isinstance(x, ast.AST):
            if not _same(x, y, edited):
                return False
        elif isinstance(x, list):
            if not isinstance(y, list) or len(x) != len(y):
                return False
            for p, q in zip(x, y):
                if not (_same(p, q, edited) if isinstance(p, ast.AST) else _same_value(p, q)):
                    return False
        elif not _same_value(x, y):
            return False
    return True


def _first_line(a: ast.AST, b: ast.AST) -> int:
    """Where the text of either node begins: a definition's position leaves its decorators out."""
    decorators = [*getattr(a, "decorator_list", ()), *getattr(b, "decorator_list", ())]
    return min(a.lineno, *(d.lineno for d in decorators)) if decorators else a.lineno


def _same_value(x, y) -> bool:
    return x.__class__ is y.__class__ and x == y  # (1 == 1.0 == True, but they are not the same literal)
