"""One edited line of a module: which columns changed and which nodes hold them.

The edits of someone typing mostly stay on one line. Where such an edit cannot change a
fact (facts/comment_edit.py, facts/constant_retype.py), the module's tree and facts are
patched in place instead of being read again; this module finds the line, the columns
and the nodes for them.
"""

from __future__ import annotations

import ast
import bisect
from typing import Iterator, NamedTuple

from .incremental import changed_lines, common_prefix, common_suffix, new_lines, same_line_breaks
from .model import ModuleFacts, first_line

# Nodes without a position whose children have one.
_NO_POSITION = (ast.expr_context, ast.operator, ast.unaryop, ast.boolop, ast.cmpop)


class LineEdit(NamedTuple):
    line: int  # 1-based
    lines: list[str]  # the new text's lines
    old: str  # the line before
    new: str  # and after
    start: int  # code-point columns of the old line the edit replaced
    end: int

    @property
    def inserted(self) -> str:
        """What the new line has in place of `old[start:end]`."""
        return self.new[self.start:self.end + len(self.new) - len(self.old)]


def line_edit(facts: ModuleFacts, text: str) -> LineEdit | None:
    """The edit from `facts`' text to `text`, when it changes one line of a module read
    without errors."""
    if facts.blanked or facts.syntax_error or facts.tree is None or not same_line_breaks(facts.text, text):
        return None
    first, last, new_last, start = changed_lines(facts.text, text)
    if not first == last == new_last or first > len(facts.lines.lines):
        return None
    lines = new_lines(facts, text, first, last, new_last, start)
    old, new = facts.lines.lines[first - 1], lines[first - 1]
    limit = min(len(old), len(new))
    prefix = common_prefix(old, new, limit)
    suffix = common_suffix(old, new, limit - prefix)
    return LineEdit(first, lines, old, new, prefix, len(old) - suffix)


def to_bytes(line: str, column: int) -> int:
    """UTF-8 byte offset (the AST's columns) of a code-point column of `line`."""
    return column if line.isascii() else len(line[:column].encode())


def indices_on(facts: ModuleFacts, line: int) -> list[int]:
    """The top-level statements a line belongs to: the last to begin at or before it, with
    those sharing its first line (`a = 1; b = 2`), where they reach it."""
    starts = facts.statement_lines
    last = bisect.bisect_right(starts, line) - 1
    if last < 0:
        return []
    first = last
    while first > 0 and starts[first - 1] == starts[last]:
        first -= 1
    return [i for i in range(first, last + 1) if line <= facts.tree.body[i].end_lineno]


def statements_on(facts: ModuleFacts, line: int) -> list[ast.stmt]:
    return [facts.tree.body[i] for i in indices_on(facts, line)]


def chain_to(facts: ModuleFacts, line: int, start: int, end: int) -> list[ast.AST]:
    """The nodes from a top-level statement down to the innermost one holding byte columns
    `start`..`end` of `line` (empty when no statement holds them: a comment line between)."""
    holding = [s for s in statements_on(facts, line) if _holds(s, line, start, end)]
    if len(holding) != 1:
        return []
    chain = [holding[0]]
    while True:
        inner = next((c for c in positioned_children(chain[-1]) if _holds(c, line, start, end)), None)
        if inner is None:
            return chain
        chain.append(inner)


def positioned_children(node: ast.AST) -> Iterator[ast.AST]:
    """A node's children that have a position, looking through those that have none
    (arguments, comprehensions, match cases' patterns have their own)."""
    for child in ast.iter_child_nodes(node):
        if hasattr(child, "end_lineno"):
            yield child
        elif not isinstance(child, _NO_POSITION):
            yield from positioned_children(child)


def on_line(node: ast.AST, line: int) -> Iterator[ast.AST]:
    """`node` and its positioned descendants whose lines include `line`."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(child for child in positioned_children(current) if first_line(child) <= line <= child.end_lineno)


def _holds(node: ast.AST, line: int, start: int, end: int) -> bool:
    if getattr(node, "end_lineno", None) is None:
        return False
    begins = (first_line(node), 0) if getattr(node, "decorator_list", None) else (node.lineno, node.col_offset)
    return begins <= (line, start) and (line, end) <= (node.end_lineno, node.end_col_offset)

