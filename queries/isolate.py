"""Cut a child process off the network, where the platform allows it.

The second layer under :mod:`coordkg.queries.guard`: a process that runs a visitor's work
(a query, a page) has no reason to open a connection, so whatever slips past the checks, a
SERVICE clause included, finds no network.  On Linux the process moves into a network namespace
of its own, which holds only a loopback device that is down: every connection, to 127.0.0.1 as
to anywhere, fails at once.  Root may do that directly; other users can when the kernel lets
them own a user namespace.  Elsewhere (or when a container forbids namespaces) the process goes
on with the network, and the guard is the only layer.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

from coordkg.graph.workers import single_threaded

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def cut_network() -> bool:
    """Take this process off the network for the rest of its life; whether that was possible.

    Call it first thing in a child, while it has a single thread: a namespace is changed for
    the calling thread only, and threads started later inherit it.  It is never an error when
    it cannot be done; the caller decides whether to mind.
    """
    if not single_threaded():  # and so Linux
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(_CLONE_NEWNET) == 0:
        return True
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
        return False
    # Map the user to itself inside the new user namespace, so the files it reads keep their
    # owner; without a map it would still read them (the kernel checks the real ids), but
    # would see them as owned by nobody.
    try:
        Path("/proc/self/setgroups").write_text("deny", encoding="ascii")
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1", encoding="ascii")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1", encoding="ascii")
    except OSError:
        pass
    return True
