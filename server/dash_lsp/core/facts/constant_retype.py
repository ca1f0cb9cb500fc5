"""Typing in a constant that a component's property is given (`min=7` → `min=70`,
`className="panel"` → `className="panels"`), or a component's string id where no finding
depends on it (`id="chart"` → `id="charts"`, as project/id_rename.py decides).

Nothing the analysis reads depends on a property's constant: a component is read for its
id and for the components its properties hold, and a constant holds none whatever its
value (semantics/render.py, sure_ids.py; evaluate.py reads a component for its id alone).
So the new constant is patched into the tree in place, no fact changes, and every result
derived from the module stays valid (for an id, all but those that read its statement,
which the caller forgets), up to the project's findings, which only move along the line
when the constant's length changed (the early cut-off of incremental build
systems, one step before facts/incremental.py re-reads the statement). What the text
says besides its facts (a module's name in a string…) is still compared by the caller.

The patch is taken only where it is exactly what a full read would give:
- one line changed, inside one literal constant (a number, a string, `True`…), and the
  new text there is again one literal constant, between the same neighbours;
- the constant is an argument, directly or inside literal lists, tuples, sets, dicts or
  a sign, of a call the caller says is a component's constructor, and the argument sets
  a property other than `id` (by its name, or by its place where the component's
  positional order is known: `html.H1("Sales")` sets `children`); or the constant is a
  string, the constructor's `id=` itself, and the caller allows the new one, whereupon
  it forgets the results that read the statement;
- when the length changes, whatever moves on that line could hold no recorded position:
  what ends there after the constant is the argument, its literal containers or a
  component's call (whose span the facts keep, moved here); what begins there after it
  is constants, named arguments other than `id` and literal containers, and no
  positional argument (it may be an id); after an id, whose statement's derived results
  go, no fact but a component (moved here) keeps a position on the line after it.
"""

from __future__ import annotations

import ast
from typing import Callable, NamedTuple, Protocol

from ..findings import Position, Span
from ..positions import LineIndex
from .edited_line import LineEdit, chain_to, indices_on, on_line, statements_on, to_bytes
from .model import ModuleFacts

# Characters that would join a token next to the constant (`0x1` before `else`, a string
# prefix, another string): such neighbours make the patch decline.
_JOINING = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.'\"")
_CONTAINERS = (ast.List, ast.Tuple, ast.Set, ast.Dict, ast.UnaryOp)
# What may begin on the line after the constant when its length changes: nothing any fact
# or derived result keeps the position of.
_INERT = (ast.Constant, ast.keyword, *_CONTAINERS)


class Components(Protocol):
    """What the project knows of a module's calls (project/component_calls.py)."""

    def is_component(self, call: ast.Call) -> bool:
        """The call constructs a component (as the renderer of layouts takes it)."""

    def property_set(self, call: ast.Call, argument: ast.AST) -> str | None:
        """The property a component call's argument (a keyword or a positional argument)
        sets, or None when unknown."""


class Retyped(NamedTuple):
    """Where the positions on the edited line moved: 0-based line, the code-point column
    where the old constant ended, and the characters added there (negative: removed);
    for a component given another id, the top-level statements holding it."""

    line: int
    column: int
    delta: int
    renamed: tuple[int, ...] = ()
    new_id: str | None = None

    def moved(self, position: Position) -> Position:
        if position.line == self.line and position.column >= self.column:
            return Position(position.line, position.column + self.delta)
        return position

    def moved_span(self, span: Span) -> Span:
        return Span(self.moved(span.start), self.moved(span.end)) if self.delta else span


# Asked before a component's string id is retyped in place: (the top-level statements
# holding it, the old id, the new) → whether the project's findings stay as they are.
MayRename = Callable[[list[int], str, str], bool]


def retype(facts: ModuleFacts, text: str, edit: LineEdit, components: Components,
           may_rename: MayRename | None = None) -> Retyped | None:
    """Patch `facts` to `text` (`edit` of one line away) in place when the edit only
    retypes such a constant, or a component's string id that `may_rename` allows; what
    moved, or None (then `facts` is unchanged)."""
    if not edit.inserted.isascii():
        return None  # (an ASCII replacement moves positions alike in bytes and in characters)
    first, old_line, new_line = edit.line, edit.old, edit.new
    chain = chain_to(facts, first, to_bytes(old_line, edit.start), to_bytes(old_line, edit.end))
    constant = chain[-1] if chain else None
    if not (isinstance(constant, ast.Constant) and constant.lineno == constant.end_lineno == first):
        return None
    begin, end = facts.lines.column(first, constant.col_offset), facts.lines.column(first, constant.end_col_offset)
    delta = len(new_line) - len(old_line)
    if not (begin <= edit.start and edit.end <= end) or not _apart(new_line, begin, end + delta):
        return None
    new = _literal(new_line[begin:end + delta])
    role = _role(chain, components) if new is not None else None
    if role is None:
        return None
    indices = indices_on(facts, first)
    if delta and not (_only_components_move(facts, indices, first - 1, end) if role == "id"
                      else _nothing_kept_moves(chain, facts, first, constant.end_col_offset, components)):
        return None
    if role == "id" and not (may_rename is not None and isinstance(constant.value, str) and isinstance(new.value, str)
                             and constant.value != new.value and may_rename(indices, constant.value, new.value)):
        return None
    moved = Retyped(first - 1, end, delta, *((tuple(indices), new.value) if role == "id" else ()))
    if delta:
        for index in indices:
            _shift(facts.tree.body[index], first, constant.end_col_offset, delta)
            for component in facts.pieces[index].components:
                component.span = moved.moved_span(component.span)
                if component.id_span is not None:
                    component.id_span = moved.moved_span(component.id_span)
    constant.value, constant.kind = new.value, new.kind
    facts.text, facts.lines = text, LineIndex.of_lines(edit.lines)
    facts.mentions_register_page = "register_page" in text
    return moved


def _literal(text: str) -> ast.Constant | None:
    """The constant `text` is, when it is exactly one, from its first character to its
    last (not ` 7`, `(7)` or `7  # a comment`)."""
    try:
        node = ast.parse(text, mode="eval").body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    whole = isinstance(node, ast.Constant) and node.lineno == node.end_lineno == 1 \
        and node.col_offset == 0 and node.end_col_offset == len(text.encode())
    return node if whole else None


def _apart(line: str, begin: int, end: int) -> bool:
    """The literal at `begin`..`end` of `line` is a token of its own: its neighbours
    could join neither it nor each other's token to it."""
    return (begin == 0 or line[begin - 1] not in _JOINING) and (end >= len(line) or line[end] not in _JOINING)


def _role(chain: list[ast.AST], components: Components) -> str | None:
    """"property" when the constant (the chain's end) is an argument, or inside literal
    containers that are, of a component's constructor, and sets a property other than its
    id; "id" when it is the constructor's `id=` itself; otherwise None."""
    index = len(chain) - 2
    while index > 0 and isinstance(chain[index], _CONTAINERS):
        index -= 1
    contained = index != len(chain) - 2
    argument, call = chain[index + 1], chain[index]
    if isinstance(call, ast.keyword) and index > 0:
        argument, call = call, chain[index - 1]
    if not isinstance(call, ast.Call) or not components.is_component(call):
        return None
    if isinstance(argument, ast.keyword) or any(a is argument for a in call.args):
        prop = components.property_set(call, argument)
        if prop == "id":
            return "id" if isinstance(argument, ast.keyword) and not contained else None
        return None if prop is None else "property"
    return None  # (the call's function)


def _nothing_kept_moves(chain: list[ast.AST], facts: ModuleFacts, line: int, column: int,
                        components: Components) -> bool:
    """Nothing whose position a fact or a derived result keeps would move: what ends on the
    line after byte `column` encloses the constant and is an argument, a literal container
    or a component's call; what begins there after it is inert."""
    for node in chain:
        if node.end_lineno == line and node.end_col_offset >= column and not (
                isinstance(node, (ast.Constant, ast.keyword, *_CONTAINERS))
                or isinstance(node, ast.Call) and components.is_component(node)):
            return False
    for statement in statements_on(facts, line):
        for node in on_line(statement, line):
            if node.lineno == line and node.col_offset >= column and not isinstance(node, _INERT):
                return False
            if isinstance(node, ast.keyword) and node.lineno == line and node.col_offset >= column \
                    and node.arg in (None, "id"):
                return False
            if isinstance(node, ast.Call) and any(a.lineno == line and a.col_offset >= column for a in node.args):
                return False
    return True


def _only_components_move(facts: ModuleFacts, indices: list[int], line: int, column: int) -> bool:
    """No fact but a component (whose spans are moved here) keeps a position at or after
    code-point `column` of 0-based `line`: for a renamed id, whose statement's derived
    results are forgotten, that is all that could go stale."""
    for index in indices:
        piece = facts.pieces[index]
        spans = [s for c in piece.callbacks for s in (c.span, c.name_span, *(x for d in c.dependencies
                                                                             for x in (d.span, d.id_span)))]
        spans += [a.span for a in piece.apps] + [p.span for p in piece.pages] + [s.span for s in piece.starts]
        spans += [r.span for r in piece.removed_calls]
        spans += [s for a in piece.app_assignments for s in (a.span, a.key_span) if s is not None]
        if any(p.line == line and p.column >= column for s in spans for p in (s.start, s.end)):
            return False
    return True


def _shift(statement: ast.stmt, line: int, column: int, delta: int) -> None:
    """Move by `delta` bytes the positions on `line` at or after byte `column`."""
    for node in on_line(statement, line):
        if node.lineno == line and node.col_offset >= column:
            node.col_offset += delta
        if node.end_lineno == line and node.end_col_offset >= column:
            node.end_col_offset += delta

