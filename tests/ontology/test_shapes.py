"""The built graph conforms to the SHACL shapes, and the shapes catch what they are for."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from coordkg.graph.rdf import ontology_graph
from coordkg.graph.store.export import to_graph
from coordkg.ontology import turtle
from coordkg.ontology.namespace import CKG

SCHEMA_VALUE = URIRef("https://schema.org/value")


def shapes() -> Graph:
    g = Graph()
    g.parse(data=turtle("shapes.ttl"), format="turtle")
    return g


def check(data: Graph) -> tuple[bool, str]:
    conforms, _, text = validate(
        data,
        shacl_graph=shapes(),
        ont_graph=ontology_graph(),
        inference="rdfs",
        allow_warnings=False,
    )
    return bool(conforms), str(text)


@pytest.fixture(scope="module")
def data(graph: ox.Store) -> Graph:
    return to_graph(graph)


def test_built_graph_conforms(data: Graph) -> None:
    assert len(data) > 2000 and any(data.subjects(RDF.type, CKG.RoleAssignment))
    conforms, text = check(data)
    assert conforms, text


def copy(data: Graph) -> Graph:
    out = Graph()
    for triple in data:
        out.add(triple)
    return out


def test_negative_money_is_caught(data: Graph) -> None:
    bad = copy(data)
    money = next(bad.objects(None, CKG.fundingRequired))
    bad.set((money, SCHEMA_VALUE, Literal("-5", datatype=XSD.decimal)))
    conforms, text = check(bad)
    assert not conforms and "non-negative decimal" in text


def test_role_without_evidence_is_caught(data: Graph) -> None:
    bad = copy(data)
    role = next(bad.subjects(RDF.type, CKG.RoleAssignment))
    bad.remove((role, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))
    conforms, text = check(bad)
    assert not conforms and "A role has evidence" in text


def test_an_entity_without_the_key_of_its_name_is_caught(data: Graph) -> None:
    """A question's --org finds an entity by its keys: one without is never found."""
    bad = copy(data)
    bad.remove((URIRef("https://w3id.org/coordkg/id/iom"), CKG.nameKey, None))
    conforms, text = check(bad)
    assert not conforms and "A named entity has the key of its name" in text
