"""Garbage collection deferred to quiet moments (in-process: the policy, not the protocol)."""

from __future__ import annotations

import gc
import weakref

import pytest

from dash_lsp.lsp import memory


@pytest.fixture
def deferred(monkeypatch):
    monkeypatch.setattr(memory, "_deferred", False)
    monkeypatch.setattr(memory, "_jobs", 0)
    was_enabled = gc.isenabled()
    memory.defer_collection()
    yield
    if was_enabled:
        gc.enable()


def test_collection_is_off_the_allocation_path_until_asked_for(deferred):
    assert not gc.isenabled()

    class Node:
        pass

    # A cycle that only a collection can free, watched through a weak reference.
    first, second = Node(), Node()
    first.other, second.other = second, first
    watch = weakref.ref(first)
    del first, second
    for _ in range(20_000):  # allocations that would have triggered the automatic GC
        [object()]
    assert watch() is not None

    memory.collect()

    assert watch() is None


def test_a_long_run_of_checks_collects_even_without_a_pause(deferred):
    results = [memory.job_done() for _ in range(memory.MAX_JOBS)]

    assert results[:-1] == [False] * (memory.MAX_JOBS - 1) and results[-1] is True
    memory.collect()
    assert memory.job_done() is False
