"""The processes alive on this machine, read from /proc: for the tests that kill a process and
check that what it started ended with it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


def processes() -> dict[int, tuple[int, bytes]]:
    """Every process alive (zombies are not), with its parent and its command line."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_bytes()
            command = (entry / "cmdline").read_bytes()
        except OSError:  # ended since
            continue
        state, parent = stat[stat.rindex(b")") + 1 :].split()[:2]
        if state != b"Z":
            found[int(entry.name)] = (int(parent), command)
    return found


def below(pid: int) -> dict[int, bytes]:
    """The processes alive below ``pid`` (to three levels), with their command lines."""
    alive = processes()
    found: dict[int, bytes] = {}
    for _ in range(3):
        found |= {p: c for p, (q, c) in alive.items() if q == pid or q in found}
    return found


def left_after(started: set[int], seconds: float) -> set[int]:
    """Which of ``started`` are still alive after up to ``seconds``; those are then killed, so
    that a failing test leaves nothing behind."""
    deadline = time.monotonic() + seconds
    while (left := started & set(processes())) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in left:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return left


def kill_once_started(
    main: subprocess.Popen[bytes] | subprocess.Popen[str],
    count: int,
    settle: float = 0.0,
    counts: Callable[[bytes], bool] = lambda command: True,
) -> set[int]:
    """Wait (up to a minute) until ``count`` processes that ``counts`` run below ``main``, let
    them ``settle``, then SIGKILL ``main``: the processes it had started, to check with
    :func:`left_after`."""
    try:
        deadline = time.monotonic() + 60
        while sum(map(counts, below(main.pid).values())) < count:
            assert main.poll() is None and time.monotonic() < deadline, "nothing started"
            time.sleep(0.1)
        time.sleep(settle)
        return set(below(main.pid))
    finally:
        main.kill()
        main.wait()
