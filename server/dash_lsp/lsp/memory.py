"""Python's cyclic garbage collector, run while the editor is quiet.

A full collection walks every tracked object; with a project's trees and facts in
memory that is hundreds of milliseconds, and left to itself CPython starts one in
the middle of whatever check happens to allocate past its threshold: the user sees
a squiggle arrive late for no reason. The server process instead turns automatic
collection off and collects after a pause in typing, and after a long stretch of
checks without one, so cyclic garbage stays bounded.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)

IDLE_S = 1.0  # quiet time after the last check before collecting
MAX_JOBS = 200  # collect anyway after this many checks without a pause

_deferred = False
_jobs = 0


def defer_collection() -> None:
    """Take collection off the allocation path (process-wide: only for the server process)."""
    global _deferred
    gc.collect()
    gc.disable()
    _deferred = True


def deferred() -> bool:
    return _deferred


def job_done() -> bool:
    """Count a check; True when it is time to collect even without a pause."""
    global _jobs
    _jobs += 1
    return _deferred and _jobs >= MAX_JOBS


def collect() -> None:
    """A full collection; runs in the analysis thread, between jobs."""
    global _jobs
    _jobs = 0
    if not _deferred:
        return
    started = time.perf_counter()
    freed = gc.collect()
    log.debug("dash-lsp: collected %d objects in %.1f ms", freed, (time.perf_counter() - started) * 1000)
