"""A role is held in a coordination body or in an inter-agency plan (the 3RP), nothing else."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from ontology.test_shapes import check, copy
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from coordkg.graph.store.export import to_graph
from coordkg.ontology.namespace import CKG

ORGANIZATION = URIRef("http://www.w3.org/ns/org#organization")
PLAN = URIRef("https://w3id.org/coordkg/id/3rp")


@pytest.fixture(scope="module")
def data(graph: ox.Store) -> Graph:
    """The bundled plans' graph with only the role assignments pointing at the 3RP: the
    shortcuts (ckg:leads, ckg:isMemberOf) would make it a body by their range."""
    out = to_graph(graph)
    for s, p, _ in list(out.triples((None, None, PLAN))):
        if p != ORGANIZATION:
            out.remove((s, p, PLAN))
    assert (PLAN, RDF.type, CKG.InterAgencyPlan) in out
    assert any(out.subjects(ORGANIZATION, PLAN))
    return out


def test_a_role_in_an_inter_agency_plan_conforms(data: Graph) -> None:
    conforms, text = check(data)
    assert conforms, text


def test_a_role_in_a_place_is_caught(data: Graph) -> None:
    bad = copy(data)
    role = next(bad.subjects(ORGANIZATION, PLAN))
    bad.set((role, ORGANIZATION, URIRef("https://w3id.org/coordkg/id/iq")))
    conforms, text = check(bad)
    assert not conforms and "coordination body or an inter-agency plan" in text
