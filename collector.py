"""Python's cyclic garbage collector paused where a step makes many objects and no garbage."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block (as it was after it): importing a command's libraries,
    or reading a kept answer, makes tens of thousands of containers, all new and all kept, so
    the collector's passes over them (a large part of the time taken) would find nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
