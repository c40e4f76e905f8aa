"""The graph store on disk: Oxigraph databases in generations, swapped in atomically.

A store location is a directory::

    STORE/
      CURRENT                    the name of the live generation (replaced atomically)
      gen-<time>-<pid>/          an Oxigraph (RocksDB) database
      gen-<time>-<pid>.derived/  what was computed from it before it went live (answers)

A build writes a new generation and, only when it is complete and flushed, replaces CURRENT
with ``os.replace``; a build that fails or is interrupted leaves CURRENT, and so the previous
graph, exactly as it was.  Readers open the generation CURRENT names, read-only.

A reader holds a shared ``flock`` on its generation's directory for as long as it reads, and a
generation is removed only under an exclusive one, so a rebuild never deletes files an open
reader still needs (RocksDB opens its table files lazily).  Removal happens with the writer lock
held (no build is under way), at the start and end of every write and when a reader finds
something to remove: old generations once their last reader is done, and the dead ones of
killed runs.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from coordkg.errors import StoreError


@dataclass(frozen=True)
class Serialised:
    """A named graph as the stores take it: its IRI and its triples as N-Triples (written by
    rdf.py; the stores need no RDF library of their own)."""

    name: str
    ntriples: bytes


ENV_STORE = "COORDKG_STORE"
_CURRENT = "CURRENT"
_DERIVED = "complete"  # in a generation's derived folder, once everything in it is written
_DERIVING = ".lock"  # in a generation's derived folder, held by the command writing it
_WRITER_LOCK = ".writer.lock"
_GONE = ".gone-"
"""The prefix a generation is renamed to before it is deleted, so that a removal cut short
never leaves a half-deleted directory under a generation's name."""
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


class Readable(Protocol):
    """What coordkg's readers ask of a store: pyoxigraph's ``Store``, or a SPARQL server
    (remote.SparqlClient) answering the same calls with the same result types."""

    def query(
        self,
        query: str,
        *,
        substitutions: dict[ox.Variable, Term] | None = None,
        use_default_graph_as_union: bool = False,
        default_graph: GraphName | list[GraphName] | None = None,
        named_graphs: list[ox.NamedNode | ox.BlankNode] | None = None,
        base_iri: str | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples: ...

    def named_graphs(self) -> Iterator[ox.NamedNode | ox.BlankNode]: ...

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | ox.BlankNode | None,
        predicate: ox.NamedNode | None,
        object: ox.NamedNode | ox.BlankNode | ox.Literal | None,
        graph_name: ox.NamedNode | None = None,
    ) -> Iterator[ox.Quad]: ...

    def dump(self, output: None = None, format: ox.RdfFormat | None = None) -> bytes | None: ...

    def __len__(self) -> int: ...


class Pinned(Protocol):
    """A graph held for a child process to read by itself (picklable): a store's generation
    by its path, or a SPARQL server by its URL (see the stores' ``pinned``)."""

    @property
    def offline(self) -> bool:
        """Whether reading it needs no network (so its reader may be cut off the network)."""
        ...

    def open(self) -> Readable: ...


@dataclass(frozen=True)
class Generation:
    """A live generation, held by its store while a child reads it by path."""

    path: Path

    @property
    def offline(self) -> bool:
        return True

    def open(self) -> Readable:
        return ox.Store.read_only(str(self.path))


class Writable(Readable, Protocol):
    """What building and changing the graph asks of a store."""

    def update(self, update: str) -> None: ...

    def remove_graph(self, graph_name: ox.NamedNode) -> None: ...

    def contains_named_graph(self, graph_name: ox.NamedNode) -> bool: ...

    def load(self, input: bytes, format: ox.RdfFormat, *, to_graph: ox.NamedNode) -> None: ...


class Location(Protocol):
    """Where the graph lives: a directory of generations (:class:`GraphStore`) or a SPARQL
    server (remote.RemoteStore). Building, adding, removing and reasoning use only this."""

    @property
    def location(self) -> object: ...

    def reader(self) -> contextlib.AbstractContextManager[Readable]: ...

    def write(self, graphs: Iterable[Serialised]) -> int: ...

    def update(self, change: Callable[[Writable], None]) -> int: ...

    def deriving(self) -> contextlib.AbstractContextManager[tuple[Path, Path] | None]: ...


class Store(Location, Protocol):
    """A store as the library and its front doors (``coordkg.api``, the web app) use it,
    whichever kind it is: they ask it, never its type, what it is."""

    @property
    def location(self) -> Path | str: ...

    @property
    def offline(self) -> bool:
        """Whether reading it needs no network (a reader may be cut off the network)."""
        ...

    def opened(self) -> contextlib.AbstractContextManager[tuple[Readable, Path | None]]: ...

    def pinned(self) -> contextlib.AbstractContextManager[Pinned]: ...


def put_graph(store: Writable, graph: Serialised) -> None:
    """Load a graph into its named graph of ``store``, replacing what was there."""
    name, data = ox.NamedNode(graph.name), graph.ntriples
    replace = getattr(store, "replace_graph", None)
    if replace is not None:  # a server: one request, so the graph is wholly old or wholly new
        replace(name, data)
        return
    assert isinstance(store, ox.Store)
    if store.contains_named_graph(name):
        store.remove_graph(name)
    # bulk_load is not transactional, and need not be: a generation is private until swapped in
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=name)


def nquads(graph: Serialised) -> bytes:
    """A graph's triples as N-Quads in its named graph.

    N-Triples escapes line breaks inside literals, so " .\n" only ever ends a line."""
    return graph.ntriples.replace(b" .\n", f" <{graph.name}> .\n".encode())


def default_location() -> Path:
    """``$COORDKG_STORE``, else ``$XDG_DATA_HOME/coordkg/store`` (``~/.local/share/...``)."""
    env = os.environ.get(ENV_STORE)
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "coordkg" / "store"


class Snapshot:
    """A live generation opened read-only, with the folder derived from it (or None).

    Given the generation's path, it opens the database when first read: a question answered
    from the answers kept beside it (most of ``coordkg ask``) never pays for opening it.
    """

    def __init__(self, store: ox.Store | Path, derived: Path | None) -> None:
        self._source = store
        self._derived = derived

    @property
    def _store(self) -> ox.Store:
        if isinstance(self._source, Path):
            try:
                self._source = ox.Store.read_only(str(self._source))
            except OSError as exc:
                raise StoreError(str(self._source), f"cannot be opened: {exc}") from None
        return self._source

    @property
    def derived(self) -> Path | None:
        """The folder of what was computed from this graph when it was written, if any."""
        return self._derived

    def query(
        self,
        query: str,
        *,
        substitutions: dict[ox.Variable, Term] | None = None,
        use_default_graph_as_union: bool = False,
        default_graph: GraphName | list[GraphName] | None = None,
        named_graphs: list[ox.NamedNode | ox.BlankNode] | None = None,
        base_iri: str | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        return self._store.query(
            query,
            substitutions=substitutions,
            use_default_graph_as_union=use_default_graph_as_union,
            default_graph=default_graph,
            named_graphs=named_graphs,
            base_iri=base_iri,
        )

    def named_graphs(self) -> Iterator[ox.NamedNode | ox.BlankNode]:
        return self._store.named_graphs()

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | ox.BlankNode | None,
        predicate: ox.NamedNode | None,
        object: ox.NamedNode | ox.BlankNode | ox.Literal | None,
        graph_name: ox.NamedNode | None = None,
    ) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(subject, predicate, object, graph_name)

    def dump(self, output: None = None, format: ox.RdfFormat | None = None) -> bytes | None:
        return self._store.dump(output, format)

    def __len__(self) -> int:
        return len(self._store)


class GraphStore:
    """A store location and its generations."""

    offline = True  # reading it needs no network

    def __init__(self, location: Path) -> None:
        self.location = location

    def current(self) -> Path | None:
        """The live generation, or None when nothing was built here yet."""
        pointer = self.location / _CURRENT
        seen = None
        while pointer.is_file():
            name = pointer.read_text(encoding="utf-8").strip()
            path = self.location / name
            if name.startswith("gen-") and os.sep not in name and path.is_dir():
                return path
            if name == seen:  # read twice, so not a generation removed as CURRENT moved on
                raise StoreError(str(pointer), f"names a generation that does not exist: {name!r}")
            seen = name
        return None

    @contextlib.contextmanager
    def held(self) -> Iterator[Path]:
        """The live generation's directory, kept from removal until the block ends: for reading
        it by path, in this process or in a child that ends within the block.

        Raises:
            StoreError: no graph has been built at this location.
        """
        while True:
            path = self.current()
            if path is None:
                raise StoreError(str(self.location), "no graph here yet: run `coordkg build` first")
            try:
                lock = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
            except FileNotFoundError:  # removed since CURRENT was read: CURRENT has moved on
                continue
            except OSError as exc:
                raise StoreError(str(path), f"cannot be opened: {exc.strerror}") from None
            try:
                fcntl.flock(lock, fcntl.LOCK_SH)
                if _still_at(lock, path):
                    break
            except BaseException:
                os.close(lock)
                raise
            os.close(lock)
        try:
            self._tidy(path.name)
            yield path
        finally:
            os.close(lock)  # and so unlock

    @contextlib.contextmanager
    def pinned(self) -> Iterator[Generation]:
        """The live generation, held (see :meth:`held`) for a child process to read.

        Raises:
            StoreError: no graph has been built at this location.
        """
        with self.held() as path:
            yield Generation(path)

    @contextlib.contextmanager
    def deriving(self) -> Iterator[tuple[Path, Path] | None]:
        """For a command to keep what it computes from the live graph (the catalogue's answers)
        beside it, once: the live generation's directory, held, and the empty folder to write
        into; None when that was done already. Readers see the folder (``Snapshot.derived``)
        only once the block has ended without error; the folder goes with its generation.
        """
        with self.held() as generation:
            folder = _derived(generation)
            folder.mkdir(exist_ok=True)
            with open(folder / _DERIVING, "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # two commands after one write: one computes
                if (folder / _DERIVED).exists():
                    yield None
                    return
                for left in folder.iterdir():  # what a run killed midway wrote
                    if left.name != _DERIVING:
                        _remove(left)
                yield generation, folder
                (folder / _DERIVED).touch()

    @contextlib.contextmanager
    def reader(self) -> Iterator[Snapshot]:
        """The live generation read-only (opened when first read, see :class:`Snapshot`),
        held (see :meth:`held`) until the block ends.

        Raises:
            StoreError: no graph has been built at this location.
        """
        with self.held() as path:
            derived = _derived(path)
            yield Snapshot(path, derived if (derived / _DERIVED).exists() else None)

    @contextlib.contextmanager
    def opened(self) -> Iterator[tuple[Snapshot, Path | None]]:
        """The live generation read-only (see :meth:`reader`) with the folder of what was
        computed from it, for the commands to pass to the questions they ask."""
        with self.reader() as snapshot:
            yield snapshot, snapshot.derived

    def write(self, graphs: Iterable[Serialised]) -> int:
        """Write a new generation holding exactly ``graphs`` and swap it in.

        Returns:
            The number of quads in the new generation.
        """

        def fill(store: ox.Store) -> None:
            # one bulk load for all graphs: each bulk load writes files of its own, so a load per
            # document graph made large builds slow
            store.bulk_load(b"".join(map(nquads, graphs)), format=ox.RdfFormat.N_QUADS)

        return self._generation(fill, copy_current=False)

    def update(self, change: Callable[[ox.Store], None]) -> int:
        """Copy the live generation, let ``change`` edit the copy, and swap the copy in.

        Readers keep seeing the old graph until the swap; a failing ``change`` leaves it live.

        Raises:
            StoreError: no graph has been built at this location.
        """
        if self.current() is None:
            raise StoreError(str(self.location), "no graph here yet: run `coordkg build` first")
        return self._generation(change, copy_current=True)

    def _generation(self, fill: Callable[[ox.Store], None], copy_current: bool) -> int:
        name = f"gen-{time.time_ns():020d}-{os.getpid()}"  # sorts by creation time
        try:
            self.location.mkdir(parents=True, exist_ok=True)
            with self._writer_lock():
                self._collect()  # first, so that the dead generations of killed runs free space
                count = self._fill_generation(name, fill, copy_current)
                self._collect()
                return count
        except OSError as exc:
            kept = "the previous graph is intact" if self._has_graph() else "no graph was made"
            raise StoreError(
                str(self.location), f"{_reason(exc)} writing generation {name}; {kept}"
            ) from None

    def _has_graph(self) -> bool:
        try:
            return self.current() is not None
        except (OSError, StoreError):
            return False

    @contextlib.contextmanager
    def _writer_lock(self) -> Iterator[None]:
        """One writer at a time: two `coordkg add`s in parallel would each copy the same
        generation, and the second swap would lose the first one's document."""
        with open(self.location / _WRITER_LOCK, "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _fill_generation(self, name: str, fill: Callable[[ox.Store], None], copy: bool) -> int:
        path = self.location / name
        current = self.current() if copy else None
        try:
            if current is not None:
                source = ox.Store.read_only(str(current))
                source.backup(str(path))
                del source
            store = ox.Store(str(path))
            fill(store)
            store.flush()
            count = len(store)
            del store
            self._swap(name)
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            shutil.rmtree(_derived(path), ignore_errors=True)
            raise
        return count

    def _swap(self, name: str) -> None:
        tmp = self.location / f"{_CURRENT}.{os.getpid()}.tmp"
        try:
            tmp.write_text(name + "\n", encoding="utf-8")
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, self.location / _CURRENT)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _litter(self, live: str | None) -> list[Path]:
        """What collection may remove: every generation but the live one, answers whose
        generation is gone, and what a removal or a swap cut short left behind."""
        found = []
        for path in self.location.iterdir():
            name = path.name
            if name.startswith("gen-"):
                generation = name.removesuffix(".derived")
                if generation != live and (
                    generation == name or not (self.location / generation).exists()
                ):
                    found.append(path)
            elif name.startswith(_GONE) or (
                name.startswith(f"{_CURRENT}.") and name.endswith(".tmp")
            ):
                found.append(path)
        return sorted(found)

    def _collect(self) -> None:
        """Remove every generation no one will read again: not live and held by no reader
        (older ones, and the dead ones of killed runs), with what was derived from them.

        Called with the writer lock held, so none of them is being written.  Best effort: what
        cannot be removed now is left for a later collection."""
        current = self.current()
        for path in self._litter(current.name if current is not None else None):
            with contextlib.suppress(OSError):
                if path.name.startswith("gen-") and not path.name.endswith(".derived"):
                    _remove_unheld(path)
                else:
                    _remove(path)

    def _tidy(self, live: str) -> None:
        """Collect, from a reader, when there is something to collect and no writer is at work
        (a writer collects when it ends).  A store this process cannot write is left as it is."""
        try:
            if not self._litter(live):
                return
            lock = os.open(self.location / _WRITER_LOCK, os.O_RDONLY)
        except OSError:
            return
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._collect()
        except OSError:
            pass
        finally:
            os.close(lock)


def _still_at(lock: int, path: Path) -> bool:
    """Whether the directory open as ``lock`` is still the one at ``path`` (not removed since)."""
    try:
        there = os.stat(path)
    except FileNotFoundError:
        return False
    here = os.fstat(lock)
    return (there.st_dev, there.st_ino) == (here.st_dev, here.st_ino)


def _remove_unheld(generation: Path) -> None:
    """Remove a generation and its answers unless a reader holds it."""
    lock = os.open(generation, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # a reader is still at it: a later collection removes it
        derived = _derived(generation)
        if derived.exists():
            derived = derived.rename(derived.with_name(_GONE + derived.name))
        gone = generation.rename(generation.with_name(_GONE + generation.name))
    finally:
        os.close(lock)
    _remove(derived)
    _remove(gone)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


_REASONS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO)


def _reason(exc: OSError) -> str:
    """What went wrong, in the C library's words: Python's own OSErrors carry an errno,
    Oxigraph's (from RocksDB) only a message that contains those words."""
    code = exc.errno or next((c for c in _REASONS if os.strerror(c) in str(exc)), None)
    if code is None:
        return str(exc)
    text = os.strerror(code)
    return text[:1].lower() + text[1:]


def _derived(generation: Path) -> Path:
    return generation.with_name(generation.name + ".derived")
