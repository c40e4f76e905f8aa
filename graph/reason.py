"""Reason over the graph with HermiT (owlready2, Java): consistency, and inferences kept apart.

Inferred class memberships and property values go into their own named graph
(``…/graph/inferred``), so they can be dropped or exported apart from what documents state.
When the graph is inconsistent, the explanation comes in plain words: which entity is held to
be two things the ontology says cannot be one, and why each follows from the data.
"""

from __future__ import annotations

import io
import shutil
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, BNode, Graph, URIRef
from rdflib.collection import Collection

from coordkg.errors import CoordkgError, StoreError
from coordkg.graph.names import INFERRED_GRAPH, ONTOLOGY_GRAPH
from coordkg.graph.rdf import serialised
from coordkg.graph.store.local import Location, Readable, put_graph
from coordkg.ontology import ONTOLOGY_IRI, turtle
from coordkg.ontology.namespace import CKG

_INFERENCES = "http://inferrences"  # where owlready2 puts what the reasoner adds

_DATA = f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{INFERRED_GRAPH}>))
  FILTER(!isLiteral(?o))
}}"""


@dataclass
class ReasoningReport:
    """What the reasoner found."""

    consistent: bool
    individuals: int
    inferred: Graph = field(default_factory=Graph)
    explanations: list[str] = field(default_factory=list)

    def summary(self) -> list[str]:
        """Inferred triples counted by property, e.g. "type: 11 (CoordinationLead: 6)"."""
        counts: dict[str, int] = {}
        leads = 0
        for _, p, o in self.inferred:
            counts[_name(p)] = counts.get(_name(p), 0) + 1
            leads += o == CKG.CoordinationLead
        lines = [
            f"{name}: {n}" for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        return lines + (
            [f"coordination leads found by the defined class: {leads}"] if leads else []
        )


def _ontology() -> Graph:
    g = Graph()
    g.parse(data=turtle("coordkg.ttl"), format="turtle")
    return g


def _data(store: Readable) -> Graph:
    """Every stated triple between resources (literals play no part in the axioms)."""
    g = Graph()
    result = store.query(_DATA)
    assert isinstance(result, ox.QueryTriples)
    g.parse(data=ox.serialize(result, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g


def reason_over(data: Graph) -> ReasoningReport:
    """Run HermiT over the ontology and ``data``.

    Raises:
        CoordkgError: Java is not installed.
    """
    import owlready2

    if shutil.which("java") is None:
        raise CoordkgError(
            "java", "not found: HermiT needs a Java runtime (Debian: default-jre-headless)"
        )
    combined = _ontology() + data
    world = owlready2.World()
    world.get_ontology(ONTOLOGY_IRI).load(
        fileobj=io.BytesIO(combined.serialize(format="nt", encoding="utf-8")), format="ntriples"
    )
    individuals = len(set(data.subjects(RDF.type, None)))
    try:
        owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        return ReasoningReport(False, individuals, explanations=explain(combined))
    inferred = Graph(identifier=INFERRED_GRAPH)
    for s, p, o in world.get_ontology(_INFERENCES + "/").get_triples(None, None, None):
        subject, predicate, obj = (URIRef(world._unabbreviate(x)) for x in (s, p, o))
        triple = (subject, predicate, obj)
        if obj == OWL.Thing:  # every individual is one: it says nothing
            continue
        if not str(subject).startswith((str(CKG), _INFERENCES)) and triple not in combined:
            inferred.add(triple)
    # owlready2 hands back inverse and symmetric values but not super-properties: add those.
    supers = _closure(combined, RDFS.subPropertyOf)
    for s, p, o in data:
        for sup in supers.get(p, ()):  # type: ignore[call-overload]
            if sup != p and (s, sup, o) not in combined:
                inferred.add((s, sup, o))
    return ReasoningReport(True, individuals, inferred)


def explain(graph: Graph) -> list[str]:
    """Plain-words reasons for inconsistency: an entity in two classes declared disjoint, or in
    a union of classes (a role holder: an actor, a person or an office) each disjoint with another
    class it is in.

    Each class an entity belongs to is traced to its cause: a stated type, or the domain or
    range of a property it is used with.
    """
    closure = _closure(graph, RDFS.subClassOf)
    reasons: dict[URIRef, dict[URIRef, str]] = {}
    unions: dict[URIRef, dict[tuple[URIRef, ...], str]] = {}

    def note(node: object, cls: object, why: str) -> None:
        if not isinstance(node, URIRef):
            return
        if isinstance(cls, URIRef):
            for sup in closure.get(cls, {cls}):
                reasons.setdefault(node, {}).setdefault(sup, why)
        elif members := _union(graph, cls):
            unions.setdefault(node, {}).setdefault(members, why)

    for s, cls in graph.subject_objects(RDF.type):
        note(s, cls, f"it is stated to be {_a(cls)}")
    props = _closure(graph, RDFS.subPropertyOf)
    domains = dict(graph.subject_objects(RDFS.domain))
    ranges = dict(graph.subject_objects(RDFS.range))
    for s, p, o in graph:
        for sup in props.get(p, {p}):  # type: ignore[call-overload]
            via = _name(p) if sup == p else f"{_name(p)} (a kind of {_name(sup)})"
            if sup in domains:
                what = _described(graph, domains[sup])
                note(s, domains[sup], f"it is the subject of {via}, whose domain is {what}")
            if sup in ranges:
                what = _described(graph, ranges[sup])
                note(o, ranges[sup], f"it is the object of {via}, whose range is {what}")
    disjoint = {
        pair
        for a, b in graph.subject_objects(OWL.disjointWith)
        if isinstance(a, URIRef) and isinstance(b, URIRef)
        for pair in ((a, b), (b, a))
    }
    out = []
    for a, b in graph.subject_objects(OWL.disjointWith):
        if not (isinstance(a, URIRef) and isinstance(b, URIRef)):
            continue
        for node, classes in sorted(reasons.items()):
            if a in classes and b in classes:
                out.append(_clash(graph, node, _a(a), classes[a], b, classes[b]))
    for node, held in sorted(unions.items()):
        classes = reasons.get(node, {})
        for members, why in held.items():
            for b in sorted(classes):
                if all(any((c, b) in disjoint for c in closure.get(m, {m})) for m in members):
                    out.append(_clash(graph, node, _either(members), why, b, classes[b]))
    return out or ["HermiT found the graph inconsistent, and no disjointness clash explains it."]


def _clash(graph: Graph, node: URIRef, first: str, why: str, other: URIRef, other_why: str) -> str:
    label = graph.value(node, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"))
    return (
        f"{label or node} cannot be both {first} and {_a(other)} (the ontology declares "
        f"them disjoint): it is {first} because {why}, and {_a(other)} because {other_why}."
    )


def _union(graph: Graph, cls: object) -> tuple[URIRef, ...]:
    """The named classes of an ``owl:unionOf`` class expression (none for anything else)."""
    head = graph.value(cls, OWL.unionOf) if isinstance(cls, BNode) else None
    return tuple(m for m in Collection(graph, head) if isinstance(m, URIRef)) if head else ()


def _described(graph: Graph, cls: object) -> str:
    """A class's name, or a union's as "Actor, Person or Office"."""
    members = _union(graph, cls)
    return _listed([_name(m) for m in members]) if members else _name(cls)


def _either(members: tuple[URIRef, ...]) -> str:
    """Membership of a union in words: "an Actor, a Person or an Office"."""
    return _listed([_a(m) for m in members])


def _listed(words: list[str]) -> str:
    return " or ".join(filter(None, [", ".join(words[:-1]), words[-1]]))


def _closure(graph: Graph, relation: URIRef) -> dict[URIRef, set[URIRef]]:
    """Each class (or property) with all it is a sub-class (sub-property) of, itself included."""
    parents: dict[URIRef, set[URIRef]] = {}
    for c, p in graph.subject_objects(relation):
        if isinstance(c, URIRef) and isinstance(p, URIRef):
            parents.setdefault(c, set()).add(p)
    closure: dict[URIRef, set[URIRef]] = {}
    for c in parents:
        seen, todo = {c}, [c]
        while todo:
            for p in parents.get(todo.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        closure[c] = seen
    return closure


def _a(term: object) -> str:
    name = _name(term)
    return f"an {name}" if name[:1].lower() in "aeiou" else f"a {name}"


def _name(term: object) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def drop_inferred(store: Location) -> None:
    """Remove the inferred graph, leaving what documents state."""
    store.update(lambda s: s.remove_graph(ox.NamedNode(INFERRED_GRAPH)))


def reason(store: Location) -> ReasoningReport:
    """Reason over the live graph; when consistent, store the inferences in their own graph."""
    with store.reader() as live:
        report = reason_over(_data(live))
    if report.consistent:
        try:
            store.update(lambda s: put_graph(s, serialised(report.inferred)))
        except OSError as exc:
            raise StoreError(str(store.location), f"cannot store the inferences: {exc}") from None
    return report
