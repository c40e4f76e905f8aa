"""Child processes that end with the process that started them: process pools, and the
process-level facts a child's start depends on.

Nothing tells a pool's workers that the process which started them was killed (SIGKILL runs no
clean-up code): each went on through its share of the work, holding its memory.  On Linux each
worker asks the kernel to kill it when its parent ends (``PR_SET_PDEATHSIG``).  Pool workers are
spawned, so their parent is the process that started the pool (a fork server's children are its
own, and ``queries.bounded`` has to release the handle that keeps it alive).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported by pool(): most commands start no workers
    from concurrent.futures import ProcessPoolExecutor

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def pool(
    workers: int,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> ProcessPoolExecutor:
    """A pool of ``workers`` fresh interpreters (not forks of this process and its threads)
    that end with this process.

    The kernel ties the signal to the thread that started each worker, so start and end the
    pool in one thread (a ``with`` block)."""
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        workers, context, initializer=_start, initargs=(os.getpid(), initializer, initargs)
    )


def _start(
    owner: int, initializer: Callable[..., object] | None, initargs: tuple[Any, ...]
) -> None:
    die_with_parent(owner)
    if initializer is not None:
        initializer(*initargs)


def single_threaded() -> bool:
    """Whether this process runs a single thread (native threads, such as a database's,
    included), so that a plain fork is safe: no other thread can hold a lock the child would
    inherit locked.  Elsewhere than Linux, never known to be."""
    if not sys.platform.startswith("linux"):
        return False
    return len(os.listdir("/proc/self/task")) == 1


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when ``parent`` (the process that started it) ends;
    on Linux, elsewhere nothing.

    The request covers only a parent alive when it is made, so a process whose parent had
    already ended (it has another parent now) exits at once.
    """
    if not sys.platform.startswith("linux"):
        return
    ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)
