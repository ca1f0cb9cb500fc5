"""Results derived from module facts, kept across rebuilds while every module they read is unchanged.

A module's facts object is replaced only when its text changes, so "unchanged" is an
identity test. Each computation records the modules it reads (through the workspace's
import resolution and symbol lookups); a later rebuild reuses the result when all of
them are still current. Entries hold their modules, so AST node ids in keys stay unique.
"""

from __future__ import annotations

from typing import Callable

from ..facts.model import ModuleFacts


class DerivedCache:
    def __init__(self, is_current: Callable[[ModuleFacts], bool]):
        self.is_current = is_current
        self._entries: dict[tuple, tuple[object, tuple[ModuleFacts, ...]]] = {}
        self._readers: dict[int, set[tuple]] = {}  # id of a module's facts → keys of results that read it
        self._reading: list[dict[int, ModuleFacts]] = []

    def touch(self, facts: ModuleFacts | None) -> None:
        """The computation under way read `facts`."""
        if facts is not None and self._reading:
            self._reading[-1][id(facts)] = facts

    def get(self, key: tuple, anchor: ModuleFacts, compute: Callable[[], object]):
        entry = self._entries.get(key)
        if entry is not None and all(self.is_current(f) for f in entry[1]):
            for facts in entry[1]:
                self.touch(facts)
            return entry[0]
        self._reading.append({id(anchor): anchor})
        try:
            result = compute()
        finally:
            read = self._reading.pop()
        if self._reading:
            self._reading[-1].update(read)
        self._entries[key] = (result, tuple(read.values()))
        for facts_id in read:
            self._readers.setdefault(facts_id, set()).add(key)
        return result

    def forget(self, replaced: set[int]) -> None:
        """Drop results that read a replaced module (ids of its old facts): they can never
        be reused, and they hold that module's whole tree alive."""
        for facts_id in replaced:
            for key in self._readers.pop(facts_id, ()):
                entry = self._entries.get(key)
                if entry is not None and any(id(f) == facts_id for f in entry[1]):
                    del self._entries[key]
