"""Re-reading only the top-level statements an edit touched.

A keystroke inside one statement leaves every other statement's tree and facts as
they were. The lines of the statements the edit touched are parsed on their own,
spliced into the module's tree, and read again; everything else stays the same
objects, so results derived from them stay valid (project/memo.py). An edit that adds
or removes lines or statements moves everything after it: then the statements from
the edit to the end of the module are re-read (an edit near the end stays cheap).

When every re-read statement comes out node for node as it was (typing in a comment),
the old statements are kept and nothing is reported changed: results derived from
them, up to the project's findings, stay valid (the early cut-off of incremental
build systems).

The update is taken only when it is exactly what a full read of the new text would
give: the re-parsed lines are valid Python on their own (so what follows them
tokenizes as before), no import is involved, no name changes in place where it did
not, and no other statement's facts looked at a name the re-read statements bind or
bound. Names bound differently (typing a function's name) are reported, so results
that looked them up are dropped. Otherwise the caller reads the whole file.
"""

from __future__ import annotations

import ast
import bisect
from typing import NamedTuple

from ..parsing import parse_module
from ..positions import LineIndex
from .extract import module_level_statements, module_names, read_statements, statement_bindings
from .model import ModuleFacts, assemble, first_line
from .tree_compare import same_tree


class Update(NamedTuple):
    statements: range  # the top-level statements re-read (new indices)
    replaced: range  # the indices they had before
    names: frozenset[str]  # module-level names bound differently now

    @property
    def is_empty(self) -> bool:
        """Nothing the analysis reads changed."""
        return not (self.statements or self.replaced or self.names)


def update(facts: ModuleFacts, text: str) -> Update | None:
    """Bring `facts` up to date with `text` in place; what changed, or None when only a
    full read can say (then `facts` is unchanged)."""
    if facts.blanked or facts.syntax_error or facts.tree is None or not same_line_breaks(facts.text, text):
        return None
    first, last, new_last, start = changed_lines(facts.text, text)  # 1-based; `last` old, `new_last` new
    starts = facts.statement_lines
    low = bisect.bisect_right(starts, first) - 1
    high = bisect.bisect_right(starts, last) - 1
    while low > 0 and starts[low - 1] == starts[low]:
        low -= 1  # statements sharing its first line (`a = 1; b = 2`) are one region
    region_start = starts[low] if low >= 0 else 1
    low = max(low, 0)
    lines = new_lines(facts, text, first, last, new_last, start)
    region = None
    if new_last == last and high + 1 < len(starts):
        # The lines after the region stay where they are: re-read the region alone.
        region = _parse(lines, region_start, starts[high + 1] - 1)
        if region is not None and len(region.body) != high + 1 - low:
            region = None
    if region is None:
        high = len(starts) - 1  # statements or lines come or go: re-read to the end
        region = _parse(lines, region_start, len(lines))
        if region is None:
            return None
    replaced = range(low, high + 1)
    indices = range(low, low + len(region.body))
    edited = (first, last) if new_last == last else None  # (else lines after the edit moved)
    if indices == replaced and all(same_tree(old, new, edited) for old, new in zip(facts.tree.body[low:high + 1], region.body)):
        # Every node as it was, where it was (a comment, spaces at a line's end): no fact
        # can differ, so the old statements stay, and with them all derived from them.
        facts.text, facts.lines = text, LineIndex.of_lines(lines)
        facts.mentions_register_page = "register_page" in text
        return Update(range(low, low), range(low, low), frozenset())
    if _imports(region.body) or _imports(facts.tree.body[low:high + 1]) \
            or any(p.local_imports for p in facts.pieces[low:]):
        return None  # (an import in a function joins the module's table where it is read)
    tree = ast.Module(body=[*facts.tree.body[:low], *region.body, *facts.tree.body[high + 1:]],
                      type_ignores=facts.tree.type_ignores)
    index = LineIndex.of_lines(lines)
    same_names = indices == replaced and all(
        module_names(facts.tree.body[i]) == module_names(s) for i, s in zip(indices, region.body))
    pieces, constants, classes = read_statements(facts, text, index, tree, indices, same_names)
    if any(p.local_imports for p in pieces):
        return None
    bindings = _rebound(facts, replaced, indices, tree, pieces)
    if bindings is None:
        return None
    _apply(facts, text, index, tree, replaced, indices, pieces, constants, classes, bindings)
    return Update(indices, replaced, frozenset(bindings))


def _parse(lines: list[str], first: int, last: int) -> ast.Module | None:
    """Lines `first`..`last` (1-based) alone, their nodes numbered as in the whole file (the
    lines before are blank: the tokenizer skips them faster than a walk could renumber)."""
    try:
        return parse_module("\n" * (first - 1) + "\n".join(lines[first - 1:last]))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _apply(facts: ModuleFacts, text: str, lines: LineIndex, tree: ast.Module, replaced: range, indices: range,
           pieces, constants, classes, rebound: dict[str, set[int]]) -> None:
    facts.text, facts.lines, facts.tree = text, lines, tree
    facts.pieces[replaced.start:replaced.stop] = pieces
    for name, value in assemble(facts.pieces).items():
        setattr(facts, name, value)
    facts.constants, facts.classes = constants, classes
    facts.mentions_register_page = "register_page" in text
    facts.generation += 1
    facts.statement_lines[replaced.start:replaced.stop] = [first_line(tree.body[i]) for i in indices]
    facts.stamps[replaced.start:replaced.stop] = [facts.generation] * len(indices)
    shift = len(indices) - len(replaced)
    for name, binding in rebound.items():
        binders = {i if i < replaced.start else i + shift for i in facts.binders.get(name, ()) if i not in replaced}
        binders.update(binding)
        if binders:
            facts.binders[name] = frozenset(binders)
        else:
            facts.binders.pop(name, None)
        facts.name_stamps[name] = facts.generation


def same_line_breaks(old: str, new: str) -> bool:
    """Line breaks counted by "\\n" alone: no lone carriage returns (old Mac files)."""
    return all(t.count("\r") == t.count("\r\n") for t in (old, new) if "\r" in t)


def common_prefix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:  # slices compare in C: a binary search beats a loop over characters
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def common_suffix(a: str, b: str, limit: int) -> int:
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle:] == b[len(b) - middle:]:
            low = middle
        else:
            high = middle - 1
    return low


def changed_lines(old: str, new: str) -> tuple[int, int, int, int]:
    """1-based first line the edit touched, its last line in the old text and in the new,
    and the offset where the first begins."""
    prefix = common_prefix(old, new, min(len(old), len(new)))
    suffix = common_suffix(old, new, min(len(old), len(new)) - prefix)
    first = old.count("\n", 0, prefix) + 1
    return (first, first + old.count("\n", prefix, len(old) - suffix),
            first + new.count("\n", prefix, len(new) - suffix), old.rfind("\n", 0, prefix) + 1)


def new_lines(facts: ModuleFacts, text: str, first: int, last: int, new_last: int, start: int) -> list[str]:
    """The new text's lines: the old ones with lines `first`..`last` replaced by the new
    text's `first`..`new_last` (from offset `start`)."""
    end = text.find("\n", start)
    for _ in range(new_last - first):
        end = text.find("\n", end + 1)
    middle = (text[start:] if end == -1 else text[start:end]).removesuffix("\r")
    old = facts.lines.lines
    return [*old[:first - 1], *LineIndex(middle).lines, *old[last:]]


def _imports(statements: list[ast.stmt]) -> bool:
    """An import at module level (also inside if/try/with/for) among the statements: imports
    in functions are marked on their facts (`local_imports`), those in class bodies count nowhere."""
    return any(isinstance(node, (ast.Import, ast.ImportFrom)) for s in statements for node in module_level_statements(s))


def _rebound(facts: ModuleFacts, replaced: range, indices: range, tree: ast.Module,
             pieces) -> dict[str, set[int]] | None:
    """Names the re-read statements bind differently (another kind, another statement, no
    longer, or newly), each with the re-read statements that bind it now; None when a name
    changes in place where it did not, or another statement's facts looked at a name they
    bind or bound."""
    old_pieces = facts.pieces[replaced.start:replaced.stop]
    if set().union(*(p.mutated for p in pieces)) != set().union(*(p.mutated for p in old_pieces)):
        return None
    old = {(kind, name, i) for i, piece in zip(replaced, old_pieces)
           for kind, name in statement_bindings(facts.tree.body[i], piece)}
    new = {(kind, name, i) for i, piece in zip(indices, pieces) for kind, name in statement_bindings(tree.body[i], piece)}
    bound = {name for _, name, _ in old | new}
    others = [*facts.pieces[:replaced.start], *facts.pieces[replaced.stop:]]
    if any(piece.consulted & bound for piece in others):
        return None
    rebound: dict[str, set[int]] = {name: set() for _, name, _ in old ^ new}
    for _, name, i in new:
        if name in rebound:
            rebound[name].add(i)
    return rebound
