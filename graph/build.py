"""Build a graph from documents: read, extract, resolve across documents, write, swap in.

Documents are read and checked before anything is written, so one bad file stops the build
with its reason and the previous graph stays live.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
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
from coordkg.graph.extract.unify import unify
from coordkg.graph.model import Document, DocumentMetadata, Extraction
from coordkg.graph.names import OWN_GRAPHS, graph_iri
from coordkg.graph.rdf import (
    document_graph,
    entities_graph,
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


def summarise(extractions: list[Extraction]) -> BuildSummary:
    summary = BuildSummary()
    entities = {}
    k = kinds()
    for ex in extractions:
        summary.documents.append(
            (ex.document.id, ex.document.metadata.period, missing(ex.document.metadata))
        )
        entities.update(ex.entities)
        summary.roles += len({(r.holder.key, r.role, r.body.key, r.scope) for r in ex.roles})
        summary.programmes += sum(b.kind == "programme" for b in ex.blocks)
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


def _extract_one(item: tuple[Document, str]) -> Extraction:
    assert _start is not None
    return extract(item[0], _start.copy(), item[1])


def _document(ex: Extraction) -> Serialised:
    """One document's graph as the store takes it (in a worker, when there are workers)."""
    return document_graph(ex).serialised()


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


def extract_all(
    docs: list[tuple[Document, str]], resolver: Resolver, progress: Progress, jobs: int = 1
) -> list[Extraction]:
    """Extract every document from the same starting ``resolver`` (on ``jobs`` processes when
    there are enough documents), then make their entities one (see unify.py).

    The result does not depend on ``jobs``: each document is read alone either way.
    """
    with _workers(docs, resolver, jobs) as workers:
        return _extracted(docs, resolver, progress, workers, jobs)


def _extracted(
    docs: list[tuple[Document, str]],
    resolver: Resolver,
    progress: Progress,
    workers: ProcessPoolExecutor | None,
    jobs: int,
) -> list[Extraction]:
    """:func:`extract_all` on ``workers`` (None: in this process)."""
    if workers is not None:
        parse.announce()  # the workers stay silent
        progress(f"reading {len(docs)} documents on {min(jobs, len(docs))} processes")
        extractions = list(workers.map(_extract_one, docs, chunksize=4))
    else:
        extractions = []
        for doc, encoding in docs:
            progress(f"reading {doc.path}")
            extractions.append(extract(doc, resolver.copy(), encoding))
    return unify(extractions, resolver)


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
    with _workers(docs, resolver, jobs) as workers:
        extractions = _extracted(docs, resolver, progress, workers, jobs)
        # the workers write the documents' graphs while this process writes coordkg's own
        documents = (
            workers.map(_document, extractions, chunksize=8)
            if workers is not None
            else map(_document, extractions)
        )
        graphs = itertools.chain(
            map(serialised, (ontology_graph(), reference_graph(), entities_graph(extractions))),
            documents,
        )
        progress(f"writing {len(extractions) + 3} graphs to {store.location}")
        summary = summarise(extractions)
        summary.skipped = [str(p) for p in skipped(paths)]
        summary.triples = store.write(graphs)
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
    extractions = extract_all(docs, resolver, progress, jobs)
    entities = serialised(entities_graph(extractions))

    def change(s: Writable) -> None:
        # descriptions before the documents that use them: on a server, where each write is
        # its own request, a document written is never left without its entities' names
        merge_graph(s, entities)
        for ex in extractions:
            put_graph(s, document_graph(ex).serialised())
        prune_entities(s)

    progress(f"adding {len(extractions)} documents to {store.location}")
    summary = summarise(extractions)
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
