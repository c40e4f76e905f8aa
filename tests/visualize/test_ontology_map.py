"""The map of the ontology: every class of coordkg.ttl, its super-classes, and the object
properties between classes."""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, Graph

from coordkg.ontology import turtle
from coordkg.ontology.namespace import CKG
from coordkg.visualize.maps import write_ontology_map
from coordkg.visualize.model import edges_of, node_of
from coordkg.visualize.ontology import ontology, ontology_network
from coordkg.visualize.style import family_of

ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"


def test_every_class_is_a_node() -> None:
    g = Graph()
    g.parse(data=turtle("coordkg.ttl"), format="turtle")
    classes = {str(c) for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(str(CKG))}
    assert classes <= set(ontology_network())


def test_hierarchy_and_properties_are_links() -> None:
    m = ontology_network()
    assert m.has_edge(str(CKG.UNAgency), str(CKG.Actor), key="subClassOf")
    assert m.has_edge(str(CKG.Actor), ORG + "Organization", key="subClassOf")
    # a role is held by any agent (W3C ORG): an organisation, a person or an office
    assert m.has_edge(str(CKG.RoleAssignment), FOAF + "Agent", key="ckg:coHolder")
    assert m.has_edge(str(CKG.Person), FOAF + "Person", key="subClassOf")
    assert m.has_edge(str(CKG.Office), FOAF + "Agent", key="subClassOf")
    [co_holder] = [e for s, t, e in edges_of(m) if e.group == "ckg:coHolder"]
    assert co_holder.caption == "co-holder"
    assert node_of(m, ORG + "Organization").acronym == "org:Organization"
    notes = node_of(m, str(CKG.Evidence)).notes
    assert any(n.startswith("ckg:quote (quote): xsd:string") for n in notes)


def test_classes_take_the_colour_of_their_family() -> None:
    assert ontology().ancestors("SubNationalCluster")[:3] == (
        "SubNationalCluster",
        "Cluster",
        "CoordinationBody",
    )
    assert family_of("SubNationalCluster").key == "coordination-body"
    assert family_of("Office").key == "office" and family_of("Person").key == "person"
    assert family_of("GovernmentOffice").key == "government-body"  # a unit, not an office
    assert family_of("RegionalGovernment").key == "government"
    assert family_of("Directorate").key == "government-body"
    assert family_of("Plan").key == "other"


def test_written_as_one_page(tmp_path: Path) -> None:
    summary = write_ontology_map(tmp_path / "ontology.html")
    text = summary.path.read_text(encoding="utf-8")
    assert summary.nodes == ontology_network().number_of_nodes() and "ckg:UNAgency" in text
