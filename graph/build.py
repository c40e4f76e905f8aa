"""Build a graph from documents: read, extract, resolve across documents, write, swap in.

Documents are read and checked before anything is written, so one bad file stops the build
with its reason and the previous graph stays live.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from coordkg.errors import InputError
from coordkg.graph.extract import parse
from coordkg.graph.extract.document import extract
from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.metadata import missing
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.unify import moved, swapped, unify
from coordkg.graph.model import Document, DocumentMetadata, Entity, Extraction
from coordkg.graph.names import OWN_GRAPHS, graph_iri
from coordkg.graph.rdf import (
    Named,
    document_graph,
    entities_graph,
    named,
    ontology_graph,
    reference_graph,
    serialised,
)
from coordkg.graph.read.readers import (
    check_file,
    document_id,
    expand_paths,
    read_document,
    skipped,
)
from coordkg.graph.store.local import Location, Serialised, Writable, put_graph
from coordkg.graph.store.stored import find_document, merge_graph, prune_entities, resolver_for
from coordkg.graph.workers import pool

if TYPE_CHECKING:  # a build of fewer than PARALLEL_FROM documents never imports them
    from concurrent.futures import Future, ProcessPoolExecutor

Progress = Callable[[str], None]


@dataclass
class BuildSummary:
    """What a build produced, for the closing summary line."""

    documents: list[tuple[str, str | None, list[str]]] = field(default_factory=list)
    entities: Counter[str] = field(default_factory=Counter)
    roles: int = 0
    programmes: int = 0
    triples: int = 0
    seconds: float = 0.0
    """The whole command's work: the API adds the time its kept answers took."""
    skipped: list[str] = field(default_factory=list)
    """Files of the folders named that were not read: not documents (see readers.is_document)."""


def bundled_documents() -> list[Path]:
    """The documents that ship with coordkg (IOM Iraq Crisis Response Plans 2020 and 2025)."""
    folder = resources.files("coordkg.graph") / "documents"
    return sorted(Path(str(folder / p.name)) for p in folder.iterdir() if p.name.endswith(".txt"))


def read_all(
    paths: list[Path], max_bytes: int, meta: DocumentMetadata | None = None
) -> list[tuple[Document, str]]:
    """Every document of ``paths`` (files and folders), read and checked."""
    read = Reader(max_bytes, meta)
    return [read(f) for f in listed(paths, max_bytes)]


def listed(paths: list[Path], max_bytes: int) -> list[Path]:
    """The files of ``paths`` (files and folders), their document ids and sizes checked before
    any is read, so that two files of one id or an empty file fail the build before the
    others are read."""
    files = expand_paths(paths)
    seen: dict[str, str] = {}
    for path in files:
        check_file(path, max_bytes)
        doc_id = document_id(path)
        if graph_iri(doc_id) in OWN_GRAPHS:
            raise InputError(
                path.name,
                f"its name gives the document id {doc_id!r}, which names "
                "one of coordkg's own graphs: rename the file",
            )
        if doc_id in seen:
            raise InputError(path.name, f"has the same document id {doc_id!r} as {seen[doc_id]}")
        seen[doc_id] = path.name
    return files


@dataclass(frozen=True)
class Reader:
    """How a build reads one file, on whichever process reads it.

    ``meta`` (from ``--meta key=value``) overrides a sidecar file, which overrides inference.
    """

    max_bytes: int
    meta: DocumentMetadata | None = None

    def __call__(self, path: Path) -> tuple[Document, str]:
        doc, encoding = read_document(path, self.max_bytes)
        if self.meta is not None:
            doc = replace(doc, metadata=override(doc.metadata, self.meta))
        return doc, encoding


def override(base: DocumentMetadata, given: DocumentMetadata) -> DocumentMetadata:
    """``base`` with every field ``given`` sets replaced."""
    return replace(base, **{f.name: v for f in fields(given) if (v := getattr(given, f.name))})


@dataclass(frozen=True)
class Written:
    """One document as the build writes it, once its entities are one with the other
    documents': its graph, what it adds to the entities graph, and its summary line.

    A document read on a worker process comes back as this, serialised there: its extraction
    is many times larger to send between processes.
    """

    graph: Serialised
    named: Named
    listed: tuple[str, str | None, list[str]]
    """Its id, plan period and missing metadata fields, for the summary."""
    roles: int
    programmes: int


def written(ex: Extraction) -> Written:
    """``ex`` as the build writes it, on the process that read it."""
    return Written(
        document_graph(ex).serialised(),
        named(ex),
        (ex.document.id, ex.document.metadata.period, missing(ex.document.metadata)),
        len({(r.holder.key, r.role, r.body.key, r.scope) for r in ex.roles}),
        sum(b.kind == "programme" for b in ex.blocks),
    )


def summarise(documents: list[Written]) -> BuildSummary:
    summary = BuildSummary()
    entities = {}
    k = kinds()
    for doc in documents:
        summary.documents.append(doc.listed)
        entities.update(doc.named.entities)
        summary.roles += doc.roles
        summary.programmes += doc.programmes
    for e in entities.values():
        family = next(
            (f for f in ("actor", "body", "place", "framework") if k.is_(f, e.kind)), "other"
        )
        summary.entities[family] += 1
    return summary


COLLECT_AFTER = 10_000
"""Objects made (less those freed) between two passes of the cycle collector while documents
are read, in place of Python's 700: reading makes many objects that live until the end (rules,
the parser's model, extractions), which every pass goes over again, so fewer passes cost less
(tests/benchmarks/README.md, "The bundled build's start-up cut")."""


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The cycle collector's first threshold at :data:`COLLECT_AFTER` for the block."""
    thresholds = gc.get_threshold()
    gc.set_threshold(COLLECT_AFTER, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


_start: tuple[Resolver, Reader] | None = None
"""The resolver every document of a build starts from, and how its files are read, in a
worker process."""

PARALLEL_FROM = 8
"""Fewer documents are read in this process: starting workers costs more than it saves."""


def _start_worker(resolver: Resolver, read: Reader) -> None:
    global _start
    _start = resolver, read
    gc.set_threshold(COLLECT_AFTER, *gc.get_threshold()[1:])  # the worker only reads


def _read_one(path: Path) -> tuple[dict[str, Entity], Written]:
    """A document read alone: the entities it minted (for :func:`unify.moved`) and the
    document as written if none of them turns out to be another document's."""
    ex = _extract(path)
    return ex.entities, written(ex)


def _read_again(item: tuple[Path, dict[str, Entity]]) -> Written:
    """A document some of whose entities an earlier document named first, read again (as
    :func:`_read_one` did: the same extraction) and written with those entities."""
    path, moves = item
    return written(swapped(_extract(path), moves))


def _extract(path: Path) -> Extraction:
    """A file read and extracted from the build's starting resolver, in a worker process."""
    assert _start is not None
    resolver, read = _start
    doc, encoding = read(path)
    return extract(doc, resolver.copy(), encoding)


AHEAD = 16
"""Documents each worker may have waiting: enough to keep it busy while this process works,
few enough that a document read again starts soon after its entities are known."""


def _read_on(
    workers: ProcessPoolExecutor,
    files: list[Path],
    resolver: Resolver,
    jobs: int,
    meanwhile: Callable[[], object],
) -> list[Written]:
    """:func:`write_all` on ``workers``: files handed out a few at a time, in order, and
    their documents' entities made one as each comes back, so that a document read again is
    read among the others rather than after them all."""
    todo = iter(files)
    pending: deque[tuple[Path, Future[tuple[dict[str, Entity], Written]]]]
    pending = deque(
        (path, workers.submit(_read_one, path)) for path in itertools.islice(todo, AHEAD * jobs)
    )
    meanwhile()
    out: list[Written | Future[Written]] = []
    while pending:
        path, reading = pending.popleft()
        found, done = reading.result()
        pending.extend((nxt, workers.submit(_read_one, nxt)) for nxt in itertools.islice(todo, 1))
        moves = moved(found, resolver)
        out.append(workers.submit(_read_again, (path, moves)) if moves else done)
    return [w if isinstance(w, Written) else w.result() for w in out]


@contextlib.contextmanager
def _workers(
    files: list[Path], resolver: Resolver, read: Reader, jobs: int
) -> Iterator[ProcessPoolExecutor | None]:
    """``jobs`` worker processes for reading ``files``, when there are enough of them."""
    if jobs > 1 and len(files) >= PARALLEL_FROM:
        with pool(min(jobs, len(files)), _start_worker, (resolver, read)) as workers:
            try:
                yield workers
            except BaseException:
                workers.shutdown(cancel_futures=True)  # a failed build waits for none queued
                raise
    else:
        yield None


def _read_here(
    files: list[Path],
    read: Reader,
    resolver: Resolver,
    progress: Progress,
    meanwhile: Callable[[], object],
) -> list[Written]:
    """``write_all`` in this process."""
    meanwhile()
    docs = [read(f) for f in files]  # every file checked before the long part
    extractions = []
    for doc, encoding in docs:
        progress(f"reading {doc.path}")
        extractions.append(extract(doc, resolver.copy(), encoding))
    return [written(ex) for ex in unify(extractions, resolver)]


def write_all(
    files: list[Path],
    read: Reader,
    resolver: Resolver,
    progress: Progress,
    jobs: int = 1,
    meanwhile: Callable[[], object] = lambda: None,
) -> list[Written]:
    """Read and extract every file from the same starting ``resolver`` (on ``jobs`` processes
    when there are enough files), make their entities one (see unify.py) and write each.

    The result does not depend on ``jobs``: each document is read alone either way.  A worker
    reads its files itself and sends back each document written, not its extraction; the few
    documents whose entities an earlier document named first are read again with those
    entities (this costs less than sending every extraction to this process and back).  A
    file that cannot be read stops the build at its turn, the files before it read.
    ``meanwhile`` runs here while the workers read.
    """
    with fewer_collections(), _workers(files, resolver, read, jobs) as workers:
        if workers is None:
            # the model loads in another process while this one reads (a file gone is the
            # reader's to report)
            with parse.aside(sum(f.stat().st_size for f in files if f.is_file())):
                return _read_here(files, read, resolver, progress, meanwhile)
        parse.announce()  # the workers stay silent
        progress(f"reading {len(files)} documents on {min(jobs, len(files))} processes")
        return _read_on(workers, files, resolver, jobs, meanwhile)


def build(
    paths: list[Path],
    store: Location,
    max_bytes: int,
    progress: Progress = lambda _: None,
    meta: DocumentMetadata | None = None,
    jobs: int = 1,
) -> BuildSummary:
    """Build the graph of exactly these documents and make it the store's live graph."""
    started = time.perf_counter()
    files, resolver = listed(paths, max_bytes), Resolver()
    own: list[Serialised] = []

    def write_own() -> None:  # coordkg's own graphs, while the workers read
        own.extend(own_graphs())

    documents = write_all(files, Reader(max_bytes, meta), resolver, progress, jobs, write_own)
    entities = entities_graph(d.named for d in documents).serialised()
    progress(f"writing {len(documents) + 3} graphs to {store.location}")
    summary = summarise(documents)
    summary.skipped = [str(p) for p in skipped(paths)]
    summary.triples = store.write(itertools.chain(own, [entities], (d.graph for d in documents)))
    summary.seconds = time.perf_counter() - started
    return summary


@functools.cache
def own_graphs() -> tuple[Serialised, Serialised]:
    """The ontology and the reference entities as the stores take them.  Both come from the
    package's own files alone, so a process that builds many times (a notebook adding plans
    one by one, a server, the test suite) serialises them once."""
    return serialised(ontology_graph()), reference_graph().serialised()


def add(
    paths: list[Path],
    store: Location,
    max_bytes: int,
    progress: Progress = lambda _: None,
    meta: DocumentMetadata | None = None,
    jobs: int = 1,
) -> BuildSummary:
    """Add documents to the live graph; a document added again replaces its named graph.

    Entities are resolved against those the graph already holds, so a body named in a new
    plan joins the one an older plan named.
    """
    started = time.perf_counter()
    files = listed(paths, max_bytes)
    with store.reader() as live:
        resolver = resolver_for(live)
    documents = write_all(files, Reader(max_bytes, meta), resolver, progress, jobs)
    entities = entities_graph(d.named for d in documents).serialised()

    def change(s: Writable) -> None:
        # descriptions before the documents that use them: on a server, where each write is
        # its own request, a document written is never left without its entities' names
        merge_graph(s, entities)
        for doc in documents:
            put_graph(s, doc.graph)
        prune_entities(s)

    progress(f"adding {len(documents)} documents to {store.location}")
    summary = summarise(documents)
    summary.skipped = [str(p) for p in skipped(paths)]
    summary.triples = store.update(change)
    summary.seconds = time.perf_counter() - started
    return summary


def remove(document: str, store: Location) -> str:
    """Take a document (its id or file name) and what only it stated out of the live graph.

    Returns:
        The id of the document removed.

    Raises:
        InputError: the graph holds no such document.
    """
    with store.reader() as live:
        doc_id = find_document(live, document)

    def change(s: Writable) -> None:
        s.remove_graph(ox.NamedNode(graph_iri(doc_id)))
        prune_entities(s)

    store.update(change)
    return doc_id
