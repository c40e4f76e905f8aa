"""Build a graph from documents: read, extract, resolve across documents, write, swap in.

Documents are read and checked before anything is written, so one bad file stops the build
with its reason and the previous graph stays live.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path

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
from coordkg.graph.read.readers import expand_paths, read_document, skipped
from coordkg.graph.store.local import Location, Serialised, Writable, put_graph
from coordkg.graph.store.stored import find_document, merge_graph, prune_entities, resolver_for
from coordkg.graph.workers import pool

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
    """Read every document first, so a bad one fails the build before anything is written.

    ``meta`` (from ``--meta key=value``) overrides a sidecar file, which overrides inference.
    """
    docs = [read_document(p, max_bytes) for p in expand_paths(paths)]
    if meta is not None:
        docs = [(replace(d, metadata=override(d.metadata, meta)), enc) for d, enc in docs]
    seen: dict[str, str] = {}
    for doc, _ in docs:
        if graph_iri(doc.id) in OWN_GRAPHS:
            raise InputError(
                doc.path,
                f"its name gives the document id {doc.id!r}, which names "
                "one of coordkg's own graphs: rename the file",
            )
        if doc.id in seen:
            raise InputError(doc.path, f"has the same document id {doc.id!r} as {seen[doc.id]}")
        seen[doc.id] = doc.path
    return docs


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


_start: Resolver | None = None
"""The resolver every document of a build starts from, in a worker process."""

PARALLEL_FROM = 8
"""Fewer documents are read in this process: starting workers costs more than it saves."""


def _start_worker(resolver: Resolver) -> None:
    global _start
    _start = resolver


def _read_one(item: tuple[Document, str]) -> tuple[dict[str, Entity], Written]:
    """A document read alone: the entities it minted (for :func:`unify.moved`) and the
    document as written if none of them turns out to be another document's."""
    assert _start is not None
    ex = extract(item[0], _start.copy(), item[1])
    return ex.entities, written(ex)


def _read_again(item: tuple[tuple[Document, str], dict[str, Entity]]) -> Written:
    """A document some of whose entities an earlier document named first, read again (as
    :func:`_read_one` did: the same extraction) and written with those entities."""
    assert _start is not None
    (doc, encoding), moves = item
    return written(swapped(extract(doc, _start.copy(), encoding), moves))


AHEAD = 16
"""Documents each worker may have waiting: enough to keep it busy while this process works,
few enough that a document read again starts soon after its entities are known."""


def _read_on(
    workers: ProcessPoolExecutor,
    docs: list[tuple[Document, str]],
    resolver: Resolver,
    jobs: int,
    meanwhile: Callable[[], object],
) -> list[Written]:
    """:func:`write_all` on ``workers``: documents handed out a few at a time, in order, and
    their entities made one as each comes back, so that a document read again is read
    among the others rather than after them all."""
    todo = iter(docs)
    pending: deque[tuple[tuple[Document, str], Future[tuple[dict[str, Entity], Written]]]]
    pending = deque(
        (item, workers.submit(_read_one, item)) for item in itertools.islice(todo, AHEAD * jobs)
    )
    meanwhile()
    out: list[Written | Future[Written]] = []
    while pending:
        item, reading = pending.popleft()
        found, done = reading.result()
        pending.extend((nxt, workers.submit(_read_one, nxt)) for nxt in itertools.islice(todo, 1))
        moves = moved(found, resolver)
        out.append(workers.submit(_read_again, (item, moves)) if moves else done)
    return [w if isinstance(w, Written) else w.result() for w in out]


@contextlib.contextmanager
def _workers(
    docs: list[tuple[Document, str]], resolver: Resolver, jobs: int
) -> Iterator[ProcessPoolExecutor | None]:
    """``jobs`` worker processes for reading ``docs``, when there are enough of them."""
    if jobs > 1 and len(docs) >= PARALLEL_FROM:
        with pool(min(jobs, len(docs)), _start_worker, (resolver,)) as workers:
            yield workers
    else:
        yield None


def write_all(
    docs: list[tuple[Document, str]],
    resolver: Resolver,
    progress: Progress,
    jobs: int = 1,
    meanwhile: Callable[[], object] = lambda: None,
) -> list[Written]:
    """Extract every document from the same starting ``resolver`` (on ``jobs`` processes when
    there are enough documents), make their entities one (see unify.py) and write each.

    The result does not depend on ``jobs``: each document is read alone either way.  A worker
    sends back each document written, not its extraction; the few documents whose
    entities an earlier document named first are read again with those entities (this costs
    less than sending every extraction to this process and back).  ``meanwhile`` runs here
    while the workers read.
    """
    with _workers(docs, resolver, jobs) as workers:
        if workers is None:
            meanwhile()
            extractions = []
            for doc, encoding in docs:
                progress(f"reading {doc.path}")
                extractions.append(extract(doc, resolver.copy(), encoding))
            return [written(ex) for ex in unify(extractions, resolver)]
        parse.announce()  # the workers stay silent
        progress(f"reading {len(docs)} documents on {min(jobs, len(docs))} processes")
        return _read_on(workers, docs, resolver, jobs, meanwhile)


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
    docs, resolver = read_all(paths, max_bytes, meta), Resolver()
    own: list[Serialised] = []

    def write_own() -> None:  # coordkg's own graphs, while the workers read
        own.extend((serialised(ontology_graph()), reference_graph().serialised()))

    documents = write_all(docs, resolver, progress, jobs, meanwhile=write_own)
    entities = entities_graph(d.named for d in documents).serialised()
    progress(f"writing {len(documents) + 3} graphs to {store.location}")
    summary = summarise(documents)
    summary.skipped = [str(p) for p in skipped(paths)]
    summary.triples = store.write(itertools.chain(own, [entities], (d.graph for d in documents)))
    summary.seconds = time.perf_counter() - started
    return summary


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
    docs = read_all(paths, max_bytes, meta)
    with store.reader() as live:
        resolver = resolver_for(live)
    documents = write_all(docs, resolver, progress, jobs)
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
