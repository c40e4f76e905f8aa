"""Export: Turtle and TriG re-loaded into a store give back the same graph; two builds export
the same bytes.

Re-loading into Oxigraph, not comparing rdflib graphs directly, puts both sides in the store's
canonical lexical forms: rdflib writes the decimal 60 as ``60.0`` in Turtle, Oxigraph stores it
as ``"60"``, and they are one value.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import isomorphic

from coordkg.graph.build import build, bundled_documents
from coordkg.graph.store.export import export, to_graph
from coordkg.graph.store.local import GraphStore


def reloaded(data: bytes, fmt: ox.RdfFormat) -> ox.Store:
    store = ox.Store()
    store.load(data, format=fmt)
    return store


def named_graph(store: ox.Store, name: str) -> Graph:
    g = Graph()
    quads = store.quads_for_pattern(None, None, None, ox.NamedNode(name))
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g


def test_turtle_round_trip_is_isomorphic(graph: ox.Store) -> None:
    original = to_graph(graph)
    again = to_graph(reloaded(export(graph, "turtle"), ox.RdfFormat.TURTLE))
    assert len(original) > 2000 and isomorphic(original, again)


def test_trig_round_trip_keeps_every_named_graph(graph: ox.Store) -> None:
    again = reloaded(export(graph, "trig"), ox.RdfFormat.TRIG)
    names = {g.value for g in graph.named_graphs()}
    assert (
        names
        == {g.value for g in again.named_graphs()}
        == {
            "https://w3id.org/coordkg/graph/ontology",
            "https://w3id.org/coordkg/graph/reference",
            "https://w3id.org/coordkg/graph/entities",
            "https://w3id.org/coordkg/graph/iom-iraq-crp-2020",
            "https://w3id.org/coordkg/graph/iom-iraq-crp-2025",
        }
    )
    for name in names:
        assert isomorphic(named_graph(graph, name), named_graph(again, name)), name


def test_jsonld_and_ntriples_round_trip(graph: ox.Store) -> None:
    original = to_graph(graph)
    for fmt, ox_format in (("jsonld", ox.RdfFormat.JSON_LD), ("nt", ox.RdfFormat.N_TRIPLES)):
        assert isomorphic(original, to_graph(reloaded(export(graph, fmt), ox_format))), fmt


def test_two_builds_export_identical_turtle_and_ntriples(tmp_path: Path) -> None:
    outputs: dict[str, list[bytes]] = {"turtle": [], "nt": []}
    for name in ("a", "b"):
        store = GraphStore(tmp_path / name)
        build(bundled_documents(), store, 10**8)
        with store.reader() as s:
            for fmt, found in outputs.items():
                found.append(export(s, fmt))
    for fmt, (first, second) in outputs.items():
        assert first == second, fmt
