"""The ontology under a real OWL 2 reasoner (HermiT, through owlready2).

rdflib only reads the Turtle; these tests check what it cannot: that the axioms are consistent,
that the defined class and the property hierarchy infer what the ontology promises from the
triples a build actually writes, and that a modelling error is caught.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterable
from typing import Any

import owlready2
import pytest
from rdflib import RDF, Graph
from rdflib.term import Node

from coordkg.graph.build import bundled_documents, read_all
from coordkg.graph.extract.document import extract
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.rdf import (
    document_graph,
    entities_graph,
    entity_iri,
    named,
    reference_graph,
    role_vocabulary,
)
from coordkg.ontology import ONTOLOGY_IRI, turtle
from coordkg.ontology.namespace import CKG

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java: no `java` on PATH"),
]

IOM = entity_iri("iom")
CASH_WG = entity_iri("cash-working-group")
MINISTER = entity_iri("minister-of-health")
PERSON = entity_iri("tomo-medved")
Triple = tuple[Node, Node, Node]


def ontology() -> Graph:
    """The OWL ontology alone (the SKOS vocabularies add no axioms to reason with)."""
    g = Graph()
    g.parse(data=turtle("coordkg.ttl"), format="turtle")
    return g


def load(extra: Iterable[Triple] = ()) -> Any:
    """A fresh owlready2 World holding the ontology plus ``extra``.

    owlready2 cannot read Turtle, so the graph goes over as N-Triples; a fresh World keeps
    each test's individuals out of every other test and out of ``default_world``.
    """
    g = ontology()
    for triple in extra:
        g.add(triple)
    world = owlready2.World()
    data = g.serialize(format="nt", encoding="utf-8")
    world.get_ontology(ONTOLOGY_IRI).load(fileobj=io.BytesIO(data), format="ntriples")
    return world


def reason(world: Any) -> None:
    """Run HermiT and write its inferences (types and property values) into ``world``."""
    owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)


@pytest.fixture(scope="module")
def iom_facts() -> list[Triple]:
    """What the bundled documents say IOM's roles are: shortcut triples and the types involved.

    The graph is built in-process exactly as ``coordkg build`` builds it, so the test reasons
    over real extractions, not hand-written ones.
    """
    resolver = Resolver()
    extractions = [extract(doc, resolver, enc) for doc, enc in read_all(bundled_documents(), 10**8)]
    data = reference_graph().graph() + entities_graph(map(named, extractions)).graph()
    for ex in extractions:
        data += document_graph(ex).graph()
    shortcuts = {prop for _, prop in role_vocabulary().values()}
    roles = [(IOM, p, o) for p, o in data.predicate_objects(IOM) if p in shortcuts]
    typed = {IOM} | {body for _, _, body in roles}
    types = [(s, RDF.type, t) for s in typed for t in data.objects(s, RDF.type)]
    return roles + types


def test_ontology_is_consistent() -> None:
    """HermiT accepts every axiom and finds no contradiction among them."""
    world = load()
    reason(world)  # raises OwlReadyInconsistentOntologyError (or a Java error) otherwise
    assert not list(world.inconsistent_classes()), "unsatisfiable classes"


def test_iom_is_inferred_a_coordination_lead(iom_facts: list[Triple]) -> None:
    """No build writes ``ckg:CoordinationLead``: the defined class must find IOM by its roles."""
    assert (IOM, RDF.type, CKG.CoordinationLead) not in iom_facts
    world = load(iom_facts)
    iom, lead = world[str(IOM)], world[str(CKG.CoordinationLead)]
    assert not isinstance(iom, lead), "already a CoordinationLead before reasoning"

    reason(world)

    assert isinstance(iom, lead)


def test_co_leading_implies_having_a_role(iom_facts: list[Triple]) -> None:
    """``ckg:coLeads`` is under ``ckg:hasRoleIn``: IOM has a role in every body it co-leads."""
    world = load(iom_facts)
    iom = world[str(IOM)]
    co_led = {world[str(o)] for _, p, o in iom_facts if p == CKG.coLeads}
    assert co_led, "the documents no longer say IOM co-leads anything"
    assert not set(iom.hasRoleIn), "hasRoleIn asserted before reasoning"

    reason(world)

    assert co_led <= set(iom.hasRoleIn)


@pytest.mark.parametrize(
    "facts",
    [
        pytest.param(
            [(IOM, RDF.type, CKG.Actor), (IOM, RDF.type, CKG.CoordinationBody)],
            id="typed-both",
        ),
        pytest.param(
            [
                (CASH_WG, RDF.type, CKG.WorkingGroup),
                (CASH_WG, CKG.isMemberOf, entity_iri("returns-working-group")),
            ],
            id="body-holds-a-role",
        ),
        pytest.param(
            [(MINISTER, RDF.type, CKG.Office), (MINISTER, RDF.type, CKG.Ministry)],
            id="office-typed-an-organisation",
        ),
    ],
)
def test_actor_and_body_are_disjoint(facts: list[Triple]) -> None:
    """A body typed as an actor, directly or by ``ckg:hasRoleIn``'s domain, is a contradiction."""
    world = load(facts)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        reason(world)


@pytest.mark.parametrize(
    ("holder", "kind", "other"),
    [
        (PERSON, CKG.Person, CKG.City),
        (MINISTER, CKG.Office, CKG.Programme),
        (PERSON, CKG.Person, CKG.InterAgencyPlan),
    ],
)
def test_a_person_or_an_office_is_no_place_programme_or_plan(
    holder: Node, kind: Node, other: Node
) -> None:
    """Capitalised words read as a name may be a place's or a plan's: typed both, the
    ontology says which reading is wrong."""
    world = load([(holder, RDF.type, kind), (holder, RDF.type, other)])
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        reason(world)


def test_a_person_or_an_office_who_chairs_is_a_coordination_lead() -> None:
    """W3C ORG's member is any agent: a person or an office chairing a body is a role holder
    like an organisation, found by the defined class, with no contradiction."""
    body = entity_iri("national-disaster-committee")
    world = load(
        [
            (PERSON, RDF.type, CKG.Person),
            (MINISTER, RDF.type, CKG.Office),
            (body, RDF.type, CKG.Committee),
            (PERSON, CKG.leads, body),
            (MINISTER, CKG.chairs, body),
        ]
    )
    reason(world)
    lead = world[str(CKG.CoordinationLead)]
    assert lead in world[str(PERSON)].is_a and lead in world[str(MINISTER)].is_a
