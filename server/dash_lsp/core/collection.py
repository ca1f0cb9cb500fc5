"""Python's cyclic garbage collector, paused while a check builds its trees.

A check allocates hundreds of thousands of long-lived objects (syntax trees, facts,
derived results) and little cyclic garbage; left on, the collector walks the growing
heap again and again, for nothing. The language server keeps it off and collects
when the editor is quiet (lsp/memory.py); a check from anywhere else pauses it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
