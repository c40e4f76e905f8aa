"""A failed or interrupted build leaves the previous graph exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from coordkg.errors import DocumentError, StoreError
from coordkg.graph.build import build
from coordkg.graph.names import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from coordkg.graph.rdf import ontology_graph, reference_graph, serialised
from coordkg.graph.store.local import GraphStore

DOC = "IOM chairs the Returns Working Group (RWG) in Iraq.\n"


def triples(store: GraphStore) -> int:
    with store.reader() as s:
        return len(s)


def test_bad_document_leaves_the_previous_graph(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(DOC)
    store = GraphStore(tmp_path / "store")
    build([good], store, 10**6)
    before, current = triples(store), store.current()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError):
        build([good, empty], store, 10**6)
    assert store.current() == current and triples(store) == before


def test_interrupted_write_leaves_the_previous_graph(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    first = Graph(identifier=URIRef("urn:g:1"))
    first.add((URIRef("urn:a"), URIRef("urn:p"), Literal("x")))
    store.write([serialised(first)])
    current = store.current()

    def graphs() -> object:
        yield serialised(first)
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C half-way

    with pytest.raises(KeyboardInterrupt):
        store.write(graphs())  # type: ignore[arg-type]
    assert store.current() == current and triples(store) == 1
    assert [p.name for p in (tmp_path / "store").iterdir() if p.name.startswith("gen-")] == [
        current.name
    ]


def test_reading_before_any_build_says_what_to_do(tmp_path: Path) -> None:
    with (
        pytest.raises(StoreError, match="run `coordkg build` first"),
        GraphStore(tmp_path / "none").reader(),
    ):
        pass


def test_a_new_build_replaces_the_old_generation(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(DOC)
    store = GraphStore(tmp_path / "store")
    build([doc], store, 10**6)
    old = store.current()
    build([doc], store, 10**6)
    assert store.current() != old and not old.exists()


def test_builds_in_one_process_write_the_same_own_graphs_as_a_fresh_serialisation(
    tmp_path: Path,
) -> None:
    # own_graphs is kept for the process: what each build writes must be what the package's
    # ontology and reference files give now, graph for graph
    doc = tmp_path / "a.txt"
    doc.write_text(DOC)
    fresh = {
        ONTOLOGY_GRAPH: set(serialised(ontology_graph()).ntriples.splitlines()),
        REFERENCE_GRAPH: set(reference_graph().serialised().ntriples.splitlines()),
    }
    for n in range(2):
        store = GraphStore(tmp_path / f"store{n}")
        build([doc], store, 10**6)
        with store.reader() as s:
            for name, lines in fresh.items():
                stored = s.query(f"SELECT ?s ?p ?o {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
                assert len(list(stored)) == len(lines) > 100, name
