"""A document's graph is written as N-Triples by coordkg itself (rdf.Triples), not by rdflib:
the store must receive the very quads rdflib would have written, for every kind of term."""

from __future__ import annotations

import re
from decimal import Decimal

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef

from coordkg.graph.rdf import Triples, serialised

G = URIRef("urn:graph")
S, P = URIRef("urn:s"), URIRef("urn:p")
OBJECTS = [
    URIRef("https://example.org/a?b=c#d"),
    BNode("b1"),
    Literal("plain"),
    Literal('quote " backslash \\ line\nbreak\r return'),
    Literal("Ministère de l'Intérieur — خطة", lang="fr"),
    Literal(Decimal("148654000.0"), datatype=XSD.decimal),
    Literal(35, datatype=XSD.integer),
    Literal("2025", datatype=XSD.gYear),
    Literal("2025-01-31", datatype=XSD.date),
    Literal("tab\there"),
]


def loaded(data: bytes) -> set[str]:
    """The quads a store holds after loading ``data`` (a loader names blank nodes afresh)."""
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(G)))
    return {re.sub(r"_:\w+", "_:b", str(q)) for q in store}


def test_same_quads_as_rdflib_writes() -> None:
    ours, theirs = Triples(G), Graph(identifier=G)
    for o in OBJECTS:
        ours.add((S, P, o))
        theirs.add((S, P, o))
    ours.add((S, P, OBJECTS[0]))  # a repeated triple is one triple, as in a graph
    written = ours.serialised()
    assert written.name == str(G) and len(ours) == len(OBJECTS)
    assert loaded(written.ntriples) == loaded(serialised(theirs).ntriples)
    assert len(loaded(written.ntriples)) == len(OBJECTS)
    assert set(ours.graph()) == set(theirs)
