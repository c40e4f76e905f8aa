"""Export the live graph: Turtle, TriG (keeps the named graphs), JSON-LD, N-Triples, RDF/XML,
or the ontology alone as RDF/XML (``owl``).

Every format is byte-identical for two builds of the same documents and writes each value in
the one lexical form the store holds (``"148654000"^^xsd:decimal``, never a rewritten
``148654000.0``): blank nodes are named from the graph's content (rdflib's canonical labels,
per named graph for TriG), statements are sorted, and Oxigraph's writers, which keep lexical
forms, write Turtle and TriG. JSON-LD (rdflib's, compacted) names in its context only the
prefixes the graph uses, its nodes and values sorted. Those forms are built in memory
(canonical names need the whole graph); :func:`write_turtle` streams instead, for the web
download, where memory must not grow with the graph.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.compare import to_canonical_graph

from coordkg.errors import InputError
from coordkg.graph.rdf import ontology_graph
from coordkg.graph.store import RDF_FORMATS
from coordkg.graph.store.local import Readable

PREFIXES = {
    "ckg": "https://w3id.org/coordkg/ontology#",
    "ckgv": "https://w3id.org/coordkg/vocab/",
    "id": "https://w3id.org/coordkg/id/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
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
    """Serialise the live graph (or one named graph of it) in ``fmt`` (one of ``RDF_FORMATS``).

    Raises:
        InputError: ``graph`` names no graph of the store.
        ValueError: ``fmt`` is none of them (a caller's mistake: the command line offers only them).
    """
    if fmt not in RDF_FORMATS:
        raise ValueError(f"no RDF format {fmt!r}: one of {', '.join(RDF_FORMATS)}")
    if fmt == "owl":
        return _owl()
    if graph is not None:
        store = only(store, graph)
    if fmt == "trig":
        return _written(canonical_quads(store), ox.RdfFormat.TRIG)
    canonical = to_canonical_graph(to_graph(store))
    if fmt == "jsonld":
        return _jsonld(canonical)
    lines = _lines(canonical)
    if fmt == "nt":
        return b"".join(lines)
    triples = ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES)
    return _written(triples, ox.RdfFormat.RDF_XML if fmt == "rdfxml" else ox.RdfFormat.TURTLE)


def _owl() -> bytes:
    """The ontology and its vocabularies alone, as RDF/XML (what Protégé opens first); the
    terms it uses from other vocabularies are declared in it, so it needs no imports."""
    lines = _lines(to_canonical_graph(ontology_graph()))
    triples = ox.parse(b"".join(lines), format=ox.RdfFormat.N_TRIPLES)
    return _written(triples, ox.RdfFormat.RDF_XML)


def _written(statements: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat) -> bytes:
    """Statements in Oxigraph's writer of ``fmt``, which keeps each literal's lexical form."""
    data = ox.serialize(statements, format=fmt, prefixes=PREFIXES)
    assert data is not None  # no output file given: the bytes are returned
    return data


def _lines(graph: Graph) -> list[bytes]:
    """The graph as sorted N-Triples lines (its blank nodes as they are named)."""
    lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
    return sorted(set(lines) - {b"\n"})


def canonical_quads(store: Readable) -> list[ox.Quad]:
    """Every quad of the store's named graphs, in order of graph, each graph's blank nodes
    named from its content and its statements sorted."""
    quads = []
    for name in sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=str):
        g = Graph(bind_namespaces="none")
        found = (q.triple for q in store.quads_for_pattern(None, None, None, name))
        g.parse(data=ox.serialize(found, format=ox.RdfFormat.N_TRIPLES), format="nt")
        nt = b"".join(_lines(to_canonical_graph(g)))
        triples = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
        quads += [ox.Quad(t.subject, t.predicate, t.object, name) for t in triples]
    return quads


def _jsonld(graph: Graph) -> bytes:
    """Compacted JSON-LD whose context binds only the prefixes used, with nodes sorted by id
    and each property's values sorted (an RDF list keeps its order)."""
    used = b"".join(_lines(graph)).decode("utf-8")
    bound = Graph(bind_namespaces="none")
    for triple in graph:
        bound.add(triple)
    for prefix, iri in PREFIXES.items():
        if f"<{iri}" in used:
            bound.bind(prefix, iri)
    document = json.loads(bound.serialize(format="json-ld", auto_compact=True))
    # a prefix whose only IRIs compact to keywords (rdf:type is @type) is used by no name
    body = json.dumps(document.get("@graph", []), ensure_ascii=False)
    context = document.get("@context", {})
    document["@context"] = {k: v for k, v in context.items() if f'"{k}:' in body}
    return (json.dumps(_sorted(document), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _sorted(value: object, key: str = "") -> object:
    if isinstance(value, dict):
        return {k: _sorted(v, k) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def write_turtle(store: Readable, output: BinaryIO) -> None:
    """Write the union of the store's named graphs to ``output`` as Turtle while reading it,
    graph after graph, so memory stays flat whatever the size of the graph.

    Not canonical, and a triple stated in two graphs is written twice (the same graph to any
    reader); :func:`export` gives the byte-stable form."""
    graphs = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=str)
    triples = (q.triple for g in graphs for q in store.quads_for_pattern(None, None, None, g))
    ox.serialize(triples, output, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
