"""Build a graph from documents: read, extract, resolve across documents, write, swap in.

Documents are read and checked before anything is written, so one bad file stops the build
with its reason and the previous graph stays live.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from coordkg.errors import InputError
from coordkg.graph.extract import extract
from coordkg.graph.kinds import kinds
from coordkg.graph.metadata import missing
from coordkg.graph.model import Document, Extraction
from coordkg.graph.rdf import document_graph, entities_graph, ontology_graph, reference_graph
from coordkg.graph.readers import expand_paths, read_document
from coordkg.graph.resolve import Resolver
from coordkg.graph.store import GraphStore

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


def bundled_documents() -> list[Path]:
    """The documents that ship with coordkg (IOM Iraq Crisis Response Plans 2020 and 2025)."""
    folder = resources.files("coordkg.graph") / "documents"
    return sorted(Path(str(folder / p.name)) for p in folder.iterdir() if p.name.endswith(".txt"))


def read_all(paths: list[Path], max_bytes: int) -> list[tuple[Document, str]]:
    """Read every document first, so a bad one fails the build before anything is written."""
    docs = [read_document(p, max_bytes) for p in expand_paths(paths)]
    seen: dict[str, str] = {}
    for doc, _ in docs:
        if doc.id in seen:
            raise InputError(doc.path, f"has the same document id {doc.id!r} as {seen[doc.id]}")
        seen[doc.id] = doc.path
    return docs


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


def build(
    paths: list[Path], store: GraphStore, max_bytes: int, progress: Progress = lambda _: None
) -> BuildSummary:
    """Build the graph of exactly these documents and make it the store's live graph."""
    started = time.perf_counter()
    docs = read_all(paths, max_bytes)
    resolver = Resolver()
    extractions: list[Extraction] = []
    for doc, encoding in docs:
        progress(f"reading {doc.path}")
        extractions.append(extract(doc, resolver, encoding))
    graphs = [
        ontology_graph(),
        reference_graph(),
        entities_graph(extractions),
        *(document_graph(ex) for ex in extractions),
    ]
    progress(f"writing {len(graphs)} graphs to {store.location}")
    summary = summarise(extractions)
    summary.triples = store.write(graphs)
    summary.seconds = time.perf_counter() - started
    return summary
