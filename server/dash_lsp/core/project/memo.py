"""Results derived from module facts, kept across rebuilds while everything they read is unchanged.

A module's facts object is replaced when its file is read afresh, so "unchanged" starts
with an identity test. An edit inside top-level statements updates the facts object in
place instead (facts/incremental.py) and stamps the statements it re-read and the names
bound differently, so a result also records what of each module it read: the statement
of its anchor node, the names it looked up and the statements binding them, or the
module as a whole (the default). A later rebuild reuses the result while all of them
are current.

Entries hold their modules, so AST node ids in keys stay unique; an entry that read a
re-read statement is dropped at once, before a new node can take its node's id.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Callable

from ..facts.model import ModuleFacts

ALL = None  # read the module as a whole
IDENTITY = -1  # read nothing of it but which facts object it is

# A read: a top-level statement (its index) or a module-level name (a str).
Reads = dict[int, tuple[ModuleFacts, set[int | str] | None]]  # id of facts → (facts, what of it, or ALL)


class DerivedCache:
    def __init__(self, is_current: Callable[[ModuleFacts], bool]):
        self.is_current = is_current
        # key → (result, ((facts, statements or ALL, generation when read), ...))
        self._entries: dict[tuple, tuple[object, tuple]] = {}
        # id of a module's facts → statement or name (or ALL, IDENTITY) → keys of results that read it
        self._readers: dict[int, dict[int | str | None, set[tuple]]] = {}
        self._reading: list[Reads] = []

    @property
    def reading(self) -> bool:
        """Whether a computation under way records what it reads."""
        return bool(self._reading)

    def touch(self, facts: ModuleFacts | None, statements: Iterable[int | str] | None = ALL) -> None:
        """The computation under way read `facts` (only `statements` of it, when given)."""
        if facts is not None and self._reading:
            _add(self._reading[-1], facts, statements)

    def get(self, key: tuple, anchor: ModuleFacts, compute: Callable[[], object],
            statements: Iterable[int | str] | None = ALL):
        """`compute()`'s result, reused while what it read is current; it reads `statements` of
        `anchor` (all of it by default) and whatever it touches."""
        entry = self._entries.get(key)
        if entry is not None and all(self._valid(*read) for read in entry[1]):
            for facts, read, _ in entry[1]:
                self.touch(facts, read)
            return entry[0]
        reads: Reads = {}
        _add(reads, anchor, statements)
        self._reading.append(reads)
        try:
            result = compute()
        finally:
            self._reading.pop()
        if self._reading:
            for facts, read in reads.values():
                _add(self._reading[-1], facts, read)
        self._entries[key] = (result, tuple((facts, frozenset(read) if read is not ALL else ALL, facts.generation)
                                            for facts, read in reads.values()))
        for facts_id, (_, read) in reads.items():
            readers = self._readers.setdefault(facts_id, {})
            for statement in _keys(read):
                readers.setdefault(statement, set()).add(key)
        return result

    def _valid(self, facts: ModuleFacts, statements: frozenset[int | str] | None, generation: int) -> bool:
        if not self.is_current(facts):
            return False
        if statements is ALL:
            return facts.generation == generation
        stamps, names = facts.stamps, facts.name_stamps
        for read in statements:
            if read.__class__ is not int:
                if names.get(read, 0) > generation:
                    return False
            elif read >= len(stamps) or stamps[read] > generation:
                return False  # (a statement an edit took away)
        return True

    def reader_kinds(self, facts: ModuleFacts, reads: Iterable[int | str]) -> set[object]:
        """What kinds of result (the first item of their keys) read any of `reads` of `facts`
        (statements or names), or the module as a whole."""
        readers = self._readers.get(id(facts), {})
        return {key[0] for read in (ALL, *reads) for key in readers.get(read, ())}

    def forget(self, replaced: set[int]) -> None:
        """Drop results that read a replaced module (ids of its old facts): they can never
        be reused, and they hold that module's whole tree alive."""
        for facts_id in replaced:
            for keys in self._readers.pop(facts_id, {}).values():
                self._drop(keys, facts_id)

    def forget_statements(self, facts: ModuleFacts, statements: Iterable[int | str]) -> None:
        """Drop results that read statements (or names) of `facts` an in-place update
        re-read (or rebound), or the whole module."""
        readers = self._readers.get(id(facts), {})
        for statement in (ALL, *statements):
            self._drop(readers.pop(statement, ()), id(facts))

    def _drop(self, keys: Iterable[tuple], facts_id: int) -> None:
        for key in keys:
            entry = self._entries.get(key)
            if entry is None or not any(id(f) == facts_id for f, _, _ in entry[1]):
                continue
            del self._entries[key]
            for facts, statements, _ in entry[1]:  # its other reads no longer lead to it
                readers = self._readers.get(id(facts), {})
                for statement in _keys(statements):
                    if statement in readers:
                        readers[statement].discard(key)


def _keys(statements) -> Iterable[int | str | None]:
    """Where a read is filed: its statements and names, the whole module, or (none of
    them: only the facts object itself) under IDENTITY."""
    if statements is ALL:
        return (ALL,)
    return statements or (IDENTITY,)


def _add(reads: Reads, facts: ModuleFacts, statements: Iterable[int | str] | None) -> None:
    known = reads.get(id(facts))
    if known is None:
        reads[id(facts)] = (facts, None if statements is ALL else set(statements))
    elif known[1] is not ALL:
        if statements is ALL:
            reads[id(facts)] = (facts, ALL)
        else:
            known[1].update(statements)
