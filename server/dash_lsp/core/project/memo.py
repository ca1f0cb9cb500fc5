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
        return result

    def forget_stale(self) -> None:
        """Drop results that read a replaced module: they can never be reused, and they
        hold that module's whole tree alive."""
        self._entries = {k: e for k, e in self._entries.items() if all(self.is_current(f) for f in e[1])}
