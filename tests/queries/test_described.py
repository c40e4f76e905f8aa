"""What ``add`` and ``remove`` described anew, read from the changed documents' entities only
(queries/incremental.py): the statements that differ, as every statement compared would give."""

from __future__ import annotations

import pyoxigraph as ox

from coordkg.graph.names import ENTITIES_GRAPH, INFERRED_GRAPH
from coordkg.graph.store.local import Snapshot
from coordkg.queries.incremental import _described

EX = "http://example.org/"
LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
SPELLING = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
KIND = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
A, B, C, ORPHAN = (ox.NamedNode(EX + n) for n in ("a", "b", "c", "orphan"))


Statement = tuple[ox.NamedNode, ox.NamedNode, str]


def graph(entities: list[Statement], inferred: list[Statement] | None = None) -> Snapshot:
    """A store of these statements in the entities graph (and the inferred graph)."""
    store = ox.Store()
    for where, statements in ((ENTITIES_GRAPH, entities), (INFERRED_GRAPH, inferred or [])):
        for s, p, o in statements:
            store.add(ox.Quad(s, p, ox.Literal(o), ox.NamedNode(where)))
    return Snapshot(store, None)


NAMES = [(A, LABEL, "Alpha"), (B, LABEL, "Beta"), (C, LABEL, "Gamma")]


def test_a_spelling_of_an_entity_the_document_names_is_the_one_statement_described_anew() -> None:
    before, after = graph(NAMES), graph([*NAMES, (A, SPELLING, "Alfa")])
    assert _described(before, after, {A.value, EX + "plan"}) == {
        (A, SPELLING, ox.Triple(A, SPELLING, ox.Literal("Alfa")))
    }


def test_an_entity_described_but_named_by_no_document_is_found_by_reading_everything() -> None:
    # the orphan is outside the changed documents: the statements of the others are not as
    # many after as before, so every statement is compared
    before = graph([*NAMES, (ORPHAN, LABEL, "Orphan")])
    after = graph([*NAMES, (A, SPELLING, "Alfa")])
    assert _described(before, after, {A.value}) == {
        (A, SPELLING, ox.Triple(A, SPELLING, ox.Literal("Alfa"))),
        (ORPHAN, LABEL, ox.Triple(ORPHAN, LABEL, ox.Literal("Orphan"))),
    }


def test_the_inferred_graph_dropped_describes_its_entities_anew() -> None:
    before = graph(NAMES, inferred=[(B, KIND, "Cluster")])
    assert _described(before, graph(NAMES), {A.value}) == {
        (B, KIND, ox.Triple(B, KIND, ox.Literal("Cluster")))
    }


def test_nothing_is_described_anew_when_the_entities_graph_is_unchanged() -> None:
    assert _described(graph(NAMES), graph(NAMES), {A.value, B.value}) == set()
