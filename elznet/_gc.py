"""Building big tables without the garbage collector scanning the heap over and over."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a table is built, as Mercurial's
    ``util.nogc`` does for its large dictionaries.

    Building a table of a big zone allocates hundreds of thousands of small lists, sets
    and dicts that live on; each time they outnumber the objects already alive by a
    quarter, CPython scans *every* live object (the graph, the tables) for cycles, and at
    2,000 organisations those scans took a third of the analysis time. Nothing built here
    forms a cycle that needs collecting; the collector runs again, as it was, afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
