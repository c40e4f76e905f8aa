"""The ontology as maps need it: its classes and properties, read from ``ontology/coordkg.ttl``.

Two uses: the style table gives a node its colour by walking up from its class to one of the
classes the legend names (so a new subclass of ``ckg:Cluster`` is drawn as a coordination body
without touching the style), and the ontology map draws the model itself for people learning it.
The Turtle file is the source of truth; nothing here repeats its hierarchy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import networkx as nx
import pyoxigraph as ox

from coordkg.ontology import TERMS, turtle
from coordkg.visualize.model import Edge, Node, add_edge, add_node


@dataclass(frozen=True)
class Term:
    """A class or property of the ontology."""

    iri: str
    curie: str  # "ckg:UNAgency"
    label: str
    comment: str
    parents: tuple[str, ...]  # IRIs of named super-classes or super-properties
    domain: str = ""  # IRI, for properties
    range: str = ""


@dataclass(frozen=True)
class Ontology:
    classes: dict[str, Term]  # by IRI
    object_properties: dict[str, Term]
    datatype_properties: dict[str, Term]
    prefixes: tuple[tuple[str, str], ...]  # as the Turtle file declares them

    def curie(self, iri: str) -> str:
        for prefix, ns in self.prefixes:
            if iri.startswith(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return iri

    def ancestors(self, local_name: str) -> tuple[str, ...]:
        """A ``ckg:`` class's local name and those of all its super-classes, nearest first."""
        seen: list[str] = []
        frontier = [TERMS + local_name]
        while frontier:
            iri = frontier.pop(0)
            if iri not in seen:
                seen.append(iri)
                term = self.classes.get(iri)
                frontier += term.parents if term else ()
        return tuple(_local(i) for i in seen)

    def class_label(self, local_name: str) -> str:
        """The class's label ("UN agency"), or its name when the ontology has no such class."""
        term = self.classes.get(TERMS + local_name)
        return term.label if term else local_name


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


OWL = "http://www.w3.org/2002/07/owl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"

Described = dict[str, dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal]]]
"""Each subject IRI's values by predicate IRI."""


def _text(values: list[ox.NamedNode | ox.BlankNode | ox.Literal]) -> str:
    """The English value (or any one, chosen stably), on one line."""
    ordered = sorted(
        values, key=lambda o: (getattr(o, "language", None) != "en", getattr(o, "value", ""))
    )
    return " ".join(ordered[0].value.split()) if ordered else ""


def _iris(values: list[ox.NamedNode | ox.BlankNode | ox.Literal]) -> list[str]:
    return sorted(o.value for o in values if isinstance(o, ox.NamedNode))


@cache
def ontology() -> Ontology:
    """Classes and properties of coordkg.ttl (cached: the file ships with the package). Read
    with pyoxigraph, which every command has loaded already: rdflib costs a map its start-up."""
    parser = ox.parse(turtle("coordkg.ttl"), format=ox.RdfFormat.TURTLE)
    described: Described = {}
    for quad in parser:
        if isinstance(quad.subject, ox.NamedNode):
            values = described.setdefault(quad.subject.value, {})
            values.setdefault(quad.predicate.value, []).append(quad.object)
    prefixes = tuple(sorted(parser.prefixes.items(), key=lambda x: -len(x[1])))
    curie = Ontology({}, {}, {}, prefixes).curie
    kinds: dict[str, dict[str, Term]] = {
        OWL + "Class": {},
        OWL + "ObjectProperty": {},
        OWL + "DatatypeProperty": {},
    }
    for kind, terms in kinds.items():
        parent = RDFS + ("subClassOf" if kind == OWL + "Class" else "subPropertyOf")
        for iri in sorted(described):
            about = described[iri]
            if not iri.startswith(TERMS) or kind not in _iris(about.get(RDF_TYPE, [])):
                continue
            terms[iri] = Term(
                iri,
                curie(iri),
                _text(about.get(RDFS + "label", [])) or curie(iri),
                _text(about.get(RDFS + "comment", [])),
                tuple(_iris(about.get(parent, []))),
                min(_iris(about.get(RDFS + "domain", [])), default=""),
                min(_iris(about.get(RDFS + "range", [])), default=""),
            )
    return Ontology(
        kinds[OWL + "Class"],
        kinds[OWL + "ObjectProperty"],
        kinds[OWL + "DatatypeProperty"],
        prefixes,
    )


def ontology_network() -> nx.MultiDiGraph:
    """The ontology as a map: its classes, and the classes of the vocabularies it builds on
    that its terms point at, as nodes; sub-class links; object properties drawn from their
    domain to their range.

    Datatype properties are listed on their domain's node rather than drawn: they end in
    literals, not classes.
    """
    onto = ontology()
    fields: dict[str, list[str]] = {}
    for p in onto.datatype_properties.values():
        if p.domain:
            value = onto.curie(p.range) if p.range else "literal"
            fields.setdefault(p.domain, []).append(f"{p.curie} ({p.label}): {value}")
    g = nx.MultiDiGraph()

    def node(iri: str) -> str:
        if iri not in g:
            term = onto.classes.get(iri)
            name = term.curie if term else onto.curie(iri)
            notes = ((term.comment,) if term and term.comment else ()) + tuple(fields.get(iri, ()))
            add_node(g, Node(iri, term.label if term else name, name, _local(iri), notes=notes))
        return iri

    for c in onto.classes.values():
        node(c.iri)
        for parent in c.parents:
            add_edge(g, c.iri, node(parent), Edge("subClassOf", (("subClassOf",),)))
    for p in onto.object_properties.values():
        if p.domain and p.range:
            notes = (p.comment,) if p.comment else ()
            edge = Edge(p.curie, (("objectProperty",),), caption=p.label, notes=notes)
            add_edge(g, node(p.domain), node(p.range), edge)
    return g
