"""Run a piece of work in a killable child process, within a time, an output and a memory
limit, and stream its output back as it is made.

A thread cannot be stopped, so work a visitor can start (a page, a download, a query) runs in a
child process the caller kills: when the work passes its limits, when the caller stops reading
(the ``with`` block ends, say because the client's socket failed), or as soon as a watched
socket shows its client has gone.  Output crosses the pipe in chunks, so the caller's memory
stays flat whatever the size of the output; the pipe's back-pressure keeps the child no more
than a chunk or two ahead of a slow reader.  :class:`Slots` bounds how many run at once.

The child ends with its caller: it asks the kernel to kill it when the process that forked it
ends (``PR_SET_PDEATHSIG``, :func:`coordkg.graph.workers.die_with_parent`), and it ignores
Ctrl-C, which a terminal sends to the whole process group: the caller decides what stops.  In a
process of one thread (the command line) the child is a plain fork, which starts at once; a
threaded one (the web server) must not fork, since another thread may hold a
lock the child would wait on for ever, so its children come from a fork server, which imports
the modules named by :func:`preload` once; :func:`start_launcher` starts it ahead of the first
run.  The fork server ends when its caller does, and so its children.

    Stopped (CoordkgError)      the work did not finish
     ├── TimeLimit              past its time
     ├── OutputLimit            past its output
     ├── ClientGone             the watched socket's client left
     └── WorkFailed             the work raised
          └── Died              its process ended without finishing (a crash, say)
    Busy (CoordkgError)         no slot free in time, or too many waiting
"""

from __future__ import annotations

import contextlib
import io
import math
import multiprocessing
import multiprocessing.forkserver
import os
import resource
import signal
import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING

from coordkg.errors import CoordkgError
from coordkg.graph.workers import die_with_parent, single_threaded

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

CHUNK = 64 * 1024  # bytes per message from the child: a pipe's buffer holds about one

#: What the child sends: ("head", value), ("data", bytes), ("end", None), ("raised", text).
Message = tuple[str, object]
Work = Callable[["Sink"], None]

_FORK = multiprocessing.get_context("fork")
_FORKSERVER = multiprocessing.get_context("forkserver")
_PRELOADED: set[str] = {__name__}


@dataclass(frozen=True)
class Bounds:
    """Limits of one run.

    ``seconds`` bounds both the time the caller spends waiting for output (time spent passing
    output on to a slow reader is not counted) and the processor time of the child, so a slow
    reader cannot buy the work more time; ``output`` bounds the bytes it writes; ``memory``,
    when given, the child's address space (``RLIMIT_AS``).
    """

    seconds: float
    output: int
    memory: int | None = None


REAP_SECONDS = 1.0
"""How long the end of a run waits for its killed child to be gone."""


class Stopped(CoordkgError):
    """The work did not finish; its process has been (or is being) killed."""


class TimeLimit(Stopped):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            "the work", f"ran longer than the time limit ({seconds:g} s) and was stopped"
        )


class OutputLimit(Stopped):
    def __init__(self, limit: int) -> None:
        super().__init__("the work", f"wrote more than {limit} bytes and was stopped")


class ClientGone(Stopped):
    def __init__(self) -> None:
        super().__init__("the work", "was stopped: the client it was for has gone")


class WorkFailed(Stopped):
    """The work raised (its traceback went to the child's standard error) or its process died."""


class Died(WorkFailed):
    """The work's process ended without finishing; ``code`` is its exit code (minus the signal
    that ended it)."""

    def __init__(self, code: int | None) -> None:
        super().__init__("the work", f"ended without finishing (exit code {code})")
        self.code = code


class Busy(CoordkgError):
    """Every slot is taken and no more requests may wait, or none freed up in time."""


class Sink(io.BufferedWriter):
    """Where the work writes its output (a binary file, so ``pyoxigraph`` can dump into it)."""

    def __init__(self, pipe: Connection) -> None:
        super().__init__(_PipeWriter(pipe), CHUNK)
        self._pipe = pipe

    def head(self, value: object) -> None:
        """Tell the caller what the output is (an HTTP status and media type, say) before the
        first byte of it: :meth:`Job.head` returns ``value``."""
        self.flush()
        self._pipe.send(("head", value))


class _PipeWriter(io.RawIOBase):
    def __init__(self, pipe: Connection) -> None:
        self._pipe = pipe

    def writable(self) -> bool:
        return True

    def write(self, data: ReadableBuffer) -> int:
        """Send ``data`` in chunks: a buffered writer passes a large write straight through,
        and the caller must never have to hold more than a chunk."""
        view = memoryview(data).cast("B")
        for start in range(0, len(view), CHUNK):
            self._pipe.send(("data", bytes(view[start : start + CHUNK])))
        return len(view)


class Job:
    """A running child as the caller sees it: its head, then its output in chunks."""

    def __init__(
        self, pipe: Connection, child: BaseProcess, bounds: Bounds, watch: socket.socket | None
    ) -> None:
        self._pipe = pipe
        self._child = child
        self._bounds = bounds
        self._left = bounds.seconds
        self._watch = watch
        self._written = 0
        self._ahead: Message | None = None

    @property
    def pid(self) -> int | None:
        """The child's process id."""
        return self._child.pid

    def head(self) -> object:
        """What the work passed to :meth:`Sink.head`; None if its output came first."""
        message = self._receive()
        if message[0] == "head":
            return message[1]
        self._ahead = message
        return None

    def __iter__(self) -> Iterator[bytes]:
        """The output, chunk by chunk, until the work ends.

        Raises:
            Stopped: the work did not finish (see the module's tree).
        """
        while True:
            kind, value = self._ahead or self._receive()
            self._ahead = None
            if kind == "end":
                return
            if not isinstance(value, bytes):
                raise WorkFailed("the work", "sent a head after its output")
            self._written += len(value)
            if self._written > self._bounds.output:
                raise OutputLimit(self._bounds.output)
            yield value

    def _receive(self) -> Message:
        while True:
            watched: list[Connection | socket.socket] = [self._pipe]
            if self._watch is not None:
                watched.append(self._watch)
            start = time.monotonic()
            ready = wait(watched, max(self._left, 0))
            self._left -= time.monotonic() - start
            if self._pipe in ready:
                return self._message()
            if not ready:
                raise TimeLimit(self._bounds.seconds)
            if self._watch is not None and _left(self._watch):
                raise ClientGone()
            self._watch = None  # the client sent more (a pipelined request): stop watching it

    def _message(self) -> Message:
        try:
            kind, value = self._pipe.recv()
        except EOFError:
            self._child.join(1)
            if self._child.exitcode == -signal.SIGXCPU:
                raise TimeLimit(self._bounds.seconds) from None
            raise Died(self._child.exitcode) from None
        if kind == "raised":
            raise WorkFailed("the work", f"failed: {value}")
        return str(kind), value


def _left(client: socket.socket) -> bool:
    """Whether the readable socket ``client`` was closed by its peer (an end of file or an
    error, rather than more bytes)."""
    try:
        return not client.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
    except BlockingIOError:
        return False
    except OSError:
        return True


@contextlib.contextmanager
def run(
    work: Work,
    bounds: Bounds,
    *,
    watch: socket.socket | None = None,
    prepare: Callable[[], object] | None = None,
) -> Iterator[Job]:
    """Start ``work(sink)`` in a child process; the child is killed when the block ends.

    Args:
        work: a picklable callable (a module-level function, or a ``functools.partial`` of
            one) writing its output to the :class:`Sink` it is given.
        bounds: the limits of the run.
        watch: a client's socket: the work is stopped as soon as the client closes it.
        prepare: called in the child before the work (to cut it off from the network, say).
    """
    forked = single_threaded()
    context = _FORK if forked else _FORKSERVER
    receive, send = context.Pipe(duplex=False)
    parent = os.getpid() if forked else None  # None: the fork server
    child = context.Process(target=_child, args=(work, bounds, prepare, send, parent), daemon=True)
    # A fork copies this thread's signal mask: Ctrl-C waits until the child ignores it.
    masked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        child.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, masked)
    send.close()
    try:
        yield Job(receive, child, bounds, watch)
    finally:
        if child.is_alive():
            child.kill()
        # A child still inside the kernel (creating its network namespace waits for the
        # namespaces of earlier children to be torn down) dies only when it returns: do not
        # hold Ctrl-C or the next request for it. It dies with this process at the latest, and
        # multiprocessing reaps it with the next child it starts.
        child.join(REAP_SECONDS)
        receive.close()


def _child(
    work: Work,
    bounds: Bounds,
    prepare: Callable[[], object] | None,
    pipe: Connection,
    parent: int | None,
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if parent is None:  # forked by the fork server
        die_with_parent(os.getppid())
        _release_fork_server()
    else:
        die_with_parent(parent)
    cpu = max(1, math.ceil(bounds.seconds))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # SIGXCPU, then SIGKILL
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU would otherwise dump core
    if bounds.memory is not None:
        resource.setrlimit(resource.RLIMIT_AS, (bounds.memory, bounds.memory))
    with contextlib.suppress(OSError):  # the caller has gone: nothing to tell it
        try:
            if prepare is not None:
                prepare()
            sink = Sink(pipe)
            work(sink)
            sink.flush()
            pipe.send(("end", None))
        except Exception as exc:
            traceback.print_exc()
            pipe.send(("raised", f"{type(exc).__name__}: {exc}"))
    pipe.close()


def _release_fork_server() -> None:
    """Let the fork server end when the caller does, and so this child with it.

    The fork server runs while any process holds the write end of a pipe it watches: the
    caller, and each of its children, which are handed that end so that they could ask it for
    children of their own.  Ours never do; were they to keep it, the fork server (and so they)
    would outlive a killed caller.
    """
    alive = getattr(multiprocessing.forkserver._forkserver, "_forkserver_alive_fd", None)
    if alive is not None:
        os.close(alive)


def preload(*modules: str) -> None:
    """Import ``modules`` once in the fork server, so that a run starts without importing them
    again; only calls made before the fork server starts take effect."""
    _PRELOADED.update(modules)
    _FORKSERVER.set_forkserver_preload(sorted(_PRELOADED))


def start_launcher() -> None:
    """Start the fork server now, so that it imports what :func:`preload` named while nobody
    waits, rather than on a threaded process's first run."""
    multiprocessing.forkserver.ensure_running()


class Slots:
    """At most ``count`` runs at once; up to ``queue`` more wait for a slot, the rest are
    refused at once (a burst of requests must not become a burst of threads waiting)."""

    def __init__(self, count: int, queue: int) -> None:
        self.count = count
        self.queue = queue
        self._free = threading.BoundedSemaphore(count)
        self._lock = threading.Lock()
        self._waiting = 0

    @property
    def waiting(self) -> int:
        """How many are waiting for a slot now."""
        return self._waiting

    @contextlib.contextmanager
    def taken(self, seconds: float) -> Iterator[None]:
        """Hold a slot for the block, waiting at most ``seconds`` for one.

        Raises:
            Busy: none came free in time, or ``queue`` requests were already waiting.
        """
        if not self._free.acquire(blocking=False):
            with self._lock:
                if self._waiting >= self.queue:
                    raise Busy("server", f"busy: {self.count} running, {self.queue} waiting")
                self._waiting += 1
            try:
                got = self._free.acquire(timeout=seconds)
            finally:
                with self._lock:
                    self._waiting -= 1
            if not got:
                raise Busy("server", f"busy: no slot came free within {seconds:g} s")
        try:
            yield
        finally:
            self._free.release()


#: One run per core for the whole process: what every request a visitor can make shares.
PER_CORE = Slots(os.cpu_count() or 1, queue=4 * (os.cpu_count() or 1))
