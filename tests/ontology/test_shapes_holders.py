"""Role holders are agents as W3C ORG has them (issue 13): an organisation, a person or an
office. A plan naming a person and an office as holders builds a graph that conforms to the
shapes, types them ckg:Person and ckg:Office (neither an organisation), and `ask roles` lists
them; a holder that is a coordination body is still caught, and the reasoner still finds a body
holding a role a contradiction (test_reasoner.py)."""

from __future__ import annotations

import pytest
from ontology.test_shapes import check, copy
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from coordkg.graph.build import build
from coordkg.graph.store.export import to_graph
from coordkg.graph.store.local import GraphStore
from coordkg.ontology import turtle
from coordkg.ontology.namespace import CKG
from coordkg.queries.catalogue import get
from coordkg.queries.run import run_oxigraph

MEMBER = URIRef("http://www.w3.org/ns/org#member")
FOAF = "http://xmlns.com/foaf/0.1/"

PLAN = (
    "Flood Response Plan 2031\n\n"
    "The Flood Task Force is headed by Mr Tomo Medved.\n\n"
    "The National Disaster Committee is chaired by the Minister of Health.\n\n"
    "UNICEF leads the Nutrition Working Group.\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    folder = tmp_path_factory.mktemp("holders")
    (folder / "flood-plan-2031.txt").write_text(PLAN, encoding="utf-8")
    store = GraphStore(folder / "store")
    build([folder / "flood-plan-2031.txt"], store, 10**6)
    return store


@pytest.fixture(scope="module")
def data(store: GraphStore) -> Graph:
    with store.reader() as s:
        return to_graph(s)


def _holder(data: Graph, name: str) -> URIRef:
    [node] = [
        s for s in data.subjects(SKOS.prefLabel, None) if str(data.value(s, SKOS.prefLabel)) == name
    ]
    assert isinstance(node, URIRef)
    return node


def test_a_person_and_an_office_are_typed_as_such(data: Graph) -> None:
    person, office = _holder(data, "Tomo Medved"), _holder(data, "Minister of Health")
    assert (person, RDF.type, CKG.Person) in data and (office, RDF.type, CKG.Office) in data
    assert {person, office} <= set(data.objects(None, MEMBER))
    assert (person, RDF.type, CKG.Actor) not in data and (office, RDF.type, CKG.Actor) not in data


def test_the_ontology_puts_them_under_foaf_agent_not_organisation() -> None:
    onto = Graph()
    onto.parse(data=turtle("coordkg.ttl"), format="turtle")
    assert (CKG.Person, RDFS.subClassOf, URIRef(FOAF + "Person")) in onto
    assert (CKG.Office, RDFS.subClassOf, URIRef(FOAF + "Agent")) in onto
    assert (CKG.Office, RDFS.subClassOf, CKG.Actor) not in onto


def test_a_graph_with_person_and_office_holders_conforms(data: Graph) -> None:
    conforms, text = check(data)
    assert conforms, text


def test_a_body_as_holder_is_still_caught(data: Graph) -> None:
    bad = copy(data)
    role = next(
        s for s, _, o in bad.triples((None, MEMBER, None)) if o == _holder(data, "Tomo Medved")
    )
    bad.set((role, MEMBER, _holder(data, "Flood Task Force")))
    conforms, text = check(bad)
    assert not conforms and "an actor, a person or an office" in text


def test_ask_roles_lists_person_and_office_holders(store: GraphStore) -> None:
    with store.reader() as s:
        rows = run_oxigraph(s, get("roles"), {}).as_dicts()
    assert {(r["organization"], r["role"], r["body"]) for r in rows} == {
        ("Tomo Medved", "lead", "Flood Task Force"),
        ("Minister of Health", "chair", "National Disaster Committee"),
        ("United Nations Children's Fund", "lead", "Nutrition Working Group"),
    }
    with store.reader() as s:
        mine = run_oxigraph(s, get("roles"), {"org": "tomo medved"}).as_dicts()
    assert [(r["organization"], r["body"]) for r in mine] == [("Tomo Medved", "Flood Task Force")]
