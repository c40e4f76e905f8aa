"""Export the live graph: Turtle, TriG (keeps the named graphs), JSON-LD, N-Triples or HXL.

Turtle (rdflib's ``longturtle`` with ``canon=True``) and N-Triples (canonical blank nodes,
sorted) are byte-identical for two builds of the same documents; TriG and JSON-LD are the same
graph but may name the ontology's blank nodes differently.  Those forms are built in memory
(canonical names need the whole graph); :func:`write_turtle` streams instead, for the web
download, where memory must not grow with the graph.
"""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.compare import to_canonical_graph

from coordkg.errors import InputError
from coordkg.graph.store.local import Readable

FORMATS = ("turtle", "trig", "jsonld", "nt")
PREFIXES = {
    "ckg": "https://w3id.org/coordkg/ontology#",
    "ckgv": "https://w3id.org/coordkg/vocab/",
    "id": "https://w3id.org/coordkg/id/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
}


def only(store: Readable, name: str) -> ox.Store:
    """An in-memory store holding one named graph of ``store`` (by its last path segment)."""
    names = {
        g.value.rsplit("/", 1)[-1]: g for g in store.named_graphs() if isinstance(g, ox.NamedNode)
    }
    iri = names.get(name)
    if iri is None:
        raise InputError(name, f"no such graph (there are: {', '.join(sorted(names))})")
    out = ox.Store()
    out.extend(store.quads_for_pattern(None, None, None, iri))
    return out


def to_dataset(store: Readable) -> Dataset:
    """The store's quads as an rdflib dataset (named graphs kept)."""
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=data, format="nquads")
    return ds


def to_graph(store: Readable) -> Graph:
    """All named graphs merged into one graph (for formats without named graphs)."""
    triples = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
    )
    assert isinstance(triples, ox.QueryTriples)
    g = Graph()
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri)
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g


def export(store: Readable, fmt: str, graph: str | None = None) -> bytes:
    """Serialise the live graph (or one named graph of it) in ``fmt`` (one of ``FORMATS``).

    Raises:
        InputError: ``graph`` names no graph of the store.
    """
    if graph is not None:
        store = only(store, graph)
    if fmt == "trig":
        ds = to_dataset(store)
        for prefix, iri in PREFIXES.items():
            ds.bind(prefix, iri)
        return ds.serialize(format="trig", encoding="utf-8")
    if fmt == "nt":
        canonical = to_canonical_graph(to_graph(store))
        lines = canonical.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
        return b"".join(sorted(set(lines)))
    g = to_graph(store)
    if fmt == "jsonld":
        return g.serialize(format="json-ld", encoding="utf-8", auto_compact=True)
    return g.serialize(format="longturtle", encoding="utf-8", canon=True)


def write_turtle(store: Readable, output: BinaryIO) -> None:
    """Write the union of the store's named graphs to ``output`` as Turtle while reading it,
    graph after graph, so memory stays flat whatever the size of the graph.

    Not canonical, and a triple stated in two graphs is written twice (the same graph to any
    reader); :func:`export` gives the byte-stable form."""
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=str)
    triples = (q.triple for g in graphs for q in store.quads_for_pattern(None, None, None, g))
    ox.serialize(triples, output, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
