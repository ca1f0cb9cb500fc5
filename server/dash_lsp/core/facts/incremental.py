"""Re-reading only the top-level statements an edit touched.

A keystroke inside one statement leaves every other statement's tree and facts as
they were. The lines of the statements the edit touched are parsed on their own,
spliced into the module's tree, and read again; everything else stays the same
objects, so results derived from them stay valid (project/memo.py).

The update is taken only when it is exactly what a full read of the new text would
give: the edit keeps the number of lines and of top-level statements, the re-parsed
lines are valid Python on their own (so the statements after them tokenize as
before), no import is involved, no name changes in place where it did not, and no
other statement's facts looked at a name the statements bind or bound. Names that
start or stop being bound there (typing a function's name) are reported, so results
that looked them up are dropped. Otherwise the caller reads the whole file.
"""

from __future__ import annotations

import ast
import bisect
from typing import NamedTuple

from ..parsing import parse_module
from ..positions import LineIndex
from .extract import module_names, read_statements, statement_bindings
from .model import ModuleFacts, assemble, first_line


class Update(NamedTuple):
    statements: range  # the top-level statements re-read
    names: frozenset[str]  # module-level names bound differently now


def update(facts: ModuleFacts, text: str) -> Update | None:
    """Bring `facts` up to date with `text` in place; what changed, or None when only a
    full read can say (then `facts` is unchanged)."""
    if facts.blanked or facts.syntax_error or facts.tree is None or not _same_line_breaks(facts.text, text):
        return None
    changed = _changed_lines(facts.text, text)
    if changed is None:
        return None
    first, last, start = changed  # 1-based lines, the same in the old and the new text
    starts = facts.statement_lines
    low = bisect.bisect_right(starts, first) - 1
    high = bisect.bisect_right(starts, last) - 1
    while low > 0 and starts[low - 1] == starts[low]:
        low -= 1  # statements sharing its first line (`a = 1; b = 2`) are one region
    region_start = starts[low] if low >= 0 else 1
    low = max(low, 0)
    region_end = starts[high + 1] - 1 if high + 1 < len(starts) else None
    lines = _new_lines(facts, text, first, last, start)
    if lines is None:
        return None
    source = "\n".join(lines[region_start - 1:region_end])
    try:
        region = parse_module(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    indices = range(low, high + 1)
    if len(region.body) != len(indices) or _imports(region.body) \
            or _imports(facts.tree.body[low:high + 1]) or any(p.local_imports for p in facts.pieces[low:]):
        return None  # (an import in a function joins the module's table where it is read)
    ast.increment_lineno(region, region_start - 1)
    tree = ast.Module(body=[*facts.tree.body[:low], *region.body, *facts.tree.body[high + 1:]],
                      type_ignores=facts.tree.type_ignores)
    index = LineIndex.__new__(LineIndex)
    index.lines = lines
    same_names = all(module_names(facts.tree.body[i]) == module_names(s) for i, s in zip(indices, region.body))
    pieces, constants, classes = read_statements(facts, text, index, tree, indices, same_names)
    renamed = _renamed(facts, indices, region.body, pieces)
    if renamed is None:
        return None
    _apply(facts, text, index, tree, indices, pieces, constants, classes, renamed)
    return Update(indices, renamed)


def _apply(facts: ModuleFacts, text: str, lines: LineIndex, tree: ast.Module, indices: range,
           pieces, constants, classes, renamed: frozenset[str]) -> None:
    facts.text, facts.lines, facts.tree = text, lines, tree
    facts.pieces[indices.start:indices.stop] = pieces
    for name, value in assemble(facts.pieces).items():
        setattr(facts, name, value)
    facts.constants, facts.classes = constants, classes
    facts.mentions_register_page = "register_page" in text
    facts.generation += 1
    for i in indices:
        facts.statement_lines[i] = first_line(tree.body[i])
        facts.stamps[i] = facts.generation
    for name in renamed:
        binders = {i for i in facts.binders.get(name, ()) if i not in indices}
        binders.update(i for i, piece in zip(indices, pieces)
                       if any(n == name for _, n in statement_bindings(tree.body[i], piece)))
        if binders:
            facts.binders[name] = frozenset(binders)
        else:
            facts.binders.pop(name, None)
        facts.name_stamps[name] = facts.generation


def _same_line_breaks(old: str, new: str) -> bool:
    """Line breaks counted by "\\n" alone: no lone carriage returns (old Mac files)."""
    return all(t.count("\r") == t.count("\r\n") for t in (old, new) if "\r" in t)


def _common_prefix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:  # slices compare in C: a binary search beats a loop over characters
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle:] == b[len(b) - middle:]:
            low = middle
        else:
            high = middle - 1
    return low


def _changed_lines(old: str, new: str) -> tuple[int, int, int] | None:
    """1-based first and last line the edit touched, when it keeps the line count, and
    the offset where the first begins."""
    prefix = _common_prefix(old, new, min(len(old), len(new)))
    suffix = _common_suffix(old, new, min(len(old), len(new)) - prefix)
    old_end, new_end = len(old) - suffix, len(new) - suffix
    if old.count("\n", prefix, old_end) != new.count("\n", prefix, new_end):
        return None
    first = old.count("\n", 0, prefix) + 1
    return first, first + old.count("\n", prefix, old_end), old.rfind("\n", 0, prefix) + 1


def _new_lines(facts: ModuleFacts, text: str, first: int, last: int, start: int) -> list[str] | None:
    """The new text's lines: the old ones with lines `first`..`last` (from `start`) taken from `text`."""
    old = facts.lines.lines
    end = text.find("\n", start)
    for _ in range(last - first):
        end = text.find("\n", end + 1)
    middle = (text[start:] if end == -1 else text[start:end]).removesuffix("\r")
    replaced = LineIndex(middle).lines
    if len(replaced) != last - first + 1:
        return None
    return [*old[:first - 1], *replaced, *old[last:]]


def _imports(statements: list[ast.stmt]) -> bool:
    return any(isinstance(node, (ast.Import, ast.ImportFrom)) for s in statements for node in ast.walk(s))


def _renamed(facts: ModuleFacts, indices: range, statements: list[ast.stmt], pieces) -> frozenset[str] | None:
    """Names the re-read statements bind differently (another kind, or no longer, or newly);
    None when one changes in place where it did not, or another statement's facts looked
    at a name they bind or bound."""
    bound: set[str] = set()
    changed: set[str] = set()
    for i, statement, piece in zip(indices, statements, pieces):
        if piece.mutated != facts.pieces[i].mutated:
            return None
        old, new = statement_bindings(facts.tree.body[i], facts.pieces[i]), statement_bindings(statement, piece)
        bound.update(name for _, name in old | new)
        changed.update(name for _, name in old ^ new)
    others = [p for i, p in enumerate(facts.pieces) if i not in indices]
    if any(piece.consulted & bound for piece in others):
        return None
    return frozenset(changed)
