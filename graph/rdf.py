"""Turn extractions into RDF: one named graph per document, plus reference and ontology graphs.

This is the only module of ``coordkg.graph`` that speaks RDF.  IRIs are derived from stable
keys (entity keys, document ids, hashes of a claim's parts), so two builds of the same input
give the same graph.  Roles are ``ckg:RoleAssignment`` nodes, typed ``org:Membership`` too and
linked by ORG's ``org:hasMembership`` and ``org:memberOf``, plus the shortcut property of their
role; binary statements (partner, succeeds ...) are asserted and
described as ``ckg:Assertion`` nodes so that each carries its evidence too (OWL 2 DL reserves
RDF's reification vocabulary), and values are of the OWL 2 datatype map (years as integers,
days as the start of the day), so that OWL 2 DL tools accept the graph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV

from coordkg.graph.extract.places import country_key, place_names
from coordkg.graph.extract.reference import reference_entries
from coordkg.graph.extract.resolve import name_key
from coordkg.graph.folding import slug
from coordkg.graph.keys import KEYED, lookup_key
from coordkg.graph.model import (
    Entity,
    Evidence,
    Extraction,
    Figure,
    FundingBlock,
    Mention,
    Money,
    RoleClaim,
)
from coordkg.graph.names import (
    ENTITIES_GRAPH,
    ONTOLOGY_GRAPH,
    REFERENCE_GRAPH,
    graph_iri,
)
from coordkg.graph.store.local import Serialised
from coordkg.ontology import BASE, FILES, role_concepts, turtle
from coordkg.ontology.namespace import CKG, CKGV

SCHEMA = "https://schema.org/"
SCHEMA_MONETARY = URIRef(SCHEMA + "MonetaryAmount")
SCHEMA_VALUE = URIRef(SCHEMA + "value")
SCHEMA_CURRENCY = URIRef(SCHEMA + "currency")
WIKIDATA = "http://www.wikidata.org/entity/"


def entity_iri(key: str) -> URIRef:
    return URIRef(f"{BASE}id/{key}")


def document_iri(doc_id: str) -> URIRef:
    return URIRef(f"{BASE}doc/{doc_id}")


def plan_iri(doc_id: str) -> URIRef:
    return URIRef(f"{BASE}plan/{doc_id}")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def role_vocabulary() -> dict[str, tuple[URIRef, URIRef]]:
    """Role notation -> (concept, shortcut property), as rdflib terms."""
    return {n: (URIRef(c), URIRef(p)) for n, (c, p) in role_concepts().items()}


def level_concept(level: str) -> URIRef:
    return CKGV[f"level-{level}"]


def population_group(label: str) -> URIRef:
    return URIRef(f"{BASE}vocab/population-group/{slug(label)}")


Triple = tuple[URIRef | BNode, URIRef, URIRef | Literal | BNode]

_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(term: URIRef | Literal | BNode) -> str:
    """One term in N-Triples (rdflib's lexical form, so the store holds what it held when
    rdflib wrote the line)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = f'"{str(term).translate(_NT_ESCAPES)}"'
    if term.language:
        return f"{text}@{term.language}"
    return f"{text}^^<{term.datatype}>" if term.datatype else text


class Triples:
    """A named graph as its distinct triples, in the order stated: a document's, and the
    entities and reference graphs.

    Held in an rdflib ``Graph`` they cost its indexes and its serialiser, which nothing reads:
    the store only takes them as N-Triples.
    """

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier
        self._triples: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self._triples[triple] = None

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(list(self._triples))

    def serialised(self) -> Serialised:
        lines = (f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in self._triples)
        return Serialised(str(self.identifier), "".join(lines).encode("utf-8"))

    def graph(self) -> Graph:
        """The same triples as an rdflib graph, for those who reason over it."""
        g = Graph(identifier=self.identifier)
        for triple in self._triples:
            g.add(triple)
        return g


_EVIDENCE = (
    CKG.Evidence,
    CKG.sourceDocument,
    CKG.startOffset,
    CKG.endOffset,
    CKG.quote,
    CKG.rule,
    CKG.confidence,
)
"""What every piece of evidence states, looked up once: rdflib builds a term anew at each
lookup of a namespace's name."""


@lru_cache(maxsize=65536)
def _offset(value: int) -> Literal:
    """An offset as a literal, made once for each value (offsets recur across a document's
    evidence, and a typed literal costs rdflib a conversion)."""
    return Literal(value, datatype=XSD.integer)


@cache
def _decimal(lexical: str) -> Literal:
    """A confidence as a literal, made once for each value."""
    return Literal(Decimal(lexical), datatype=XSD.decimal)


@cache
def _plain(text: str) -> Literal:
    """A rule's name as a literal, made once for each name."""
    return Literal(text)


class _DocumentGraph:
    """Builds the named graph of one extraction."""

    def __init__(self, ex: Extraction) -> None:
        self.ex = ex
        self.doc = ex.document
        self.g = Triples(URIRef(graph_iri(self.doc.id)))
        self.plan = plan_iri(self.doc.id)

    def add(self, s: URIRef | BNode, p: URIRef, o: URIRef | Literal | BNode) -> None:
        self.g.add((s, p, o))

    def evidence(self, ev: Evidence) -> URIRef:
        node = URIRef(f"{BASE}evidence/{ev.doc_id}/{ev.start}-{ev.end}/{ev.rule}")
        kind, source, start, end, quote, rule, confidence = _EVIDENCE
        self.add(node, RDF.type, kind)
        self.add(node, source, document_iri(ev.doc_id))
        self.add(node, start, _offset(ev.start))
        self.add(node, end, _offset(ev.end))
        self.add(node, quote, Literal(ev.quote))
        self.add(node, rule, _plain(ev.rule))
        self.add(node, confidence, _decimal(str(ev.confidence)))
        return node

    def entity(self, e: Entity) -> URIRef:
        """The entity's IRI; its type and name are described once, in the entities graph."""
        return entity_iri(e.key)

    def statement(self, s: URIRef, p: URIRef, o: URIRef | Literal, ev: Evidence) -> None:
        """Assert a triple, and describe it as a ``ckg:Assertion`` that carries its evidence
        (OWL 2 DL reserves RDF's reification vocabulary)."""
        self.add(s, p, o)
        node = URIRef(f"{BASE}statement/{self.doc.id}/{_digest(str(s), str(p), str(o))}")
        self.add(node, RDF.type, CKG.Assertion)
        self.add(node, CKG.assertedSubject, s)
        self.add(node, CKG.assertedProperty, p)
        self.add(node, CKG.assertedValue if isinstance(o, Literal) else CKG.assertedObject, o)
        self.add(node, PROV.wasDerivedFrom, self.evidence(ev))

    def build(self) -> Triples:
        self.document_and_plan()
        self.mentions(self.ex.mentions)
        for claim in self.ex.roles:
            self.role(claim)
        for rel in self.ex.relations:
            self.statement(
                self.entity(rel.subject), CKG[rel.predicate], self.entity(rel.object), rel.evidence
            )
        for st in self.ex.statuses:
            body = self.entity(st.body)
            self.statement(body, CKG.status, CKGV[f"status-{st.status}"], st.evidence)
            if st.year is not None:
                self.statement(
                    body, CKG.deactivatedIn, Literal(st.year, datatype=XSD.integer), st.evidence
                )
        self.blocks(self.ex.blocks)
        return self.g

    def document_and_plan(self) -> None:
        doc, meta = self.doc, self.doc.metadata
        d = document_iri(doc.id)
        self.add(d, RDF.type, CKG.Document)
        self.add(d, CKG.fileName, Literal(doc.path))
        self.add(d, CKG.sha256, Literal(doc.sha256))
        self.add(d, CKG.encoding, Literal(self.ex.encoding))
        if meta.title:
            self.add(d, DCTERMS.title, Literal(meta.title))
        if meta.source:
            self.add(d, DCTERMS.source, Literal(meta.source))
        if meta.date:
            self.add(d, DCTERMS.modified, _day(meta.date))
        for field in ("country", "period", "publisher"):
            if not getattr(meta, field):
                self.add(d, CKG.missingMetadata, Literal(field))
        p = self.plan
        self.add(p, RDF.type, CKG.Plan)
        self.add(p, CKG.describedIn, d)
        self.add(p, RDFS.label, Literal(meta.title or _plan_title(self.ex)))
        if self.ex.country is not None:
            self.add(p, CKG.country, self.entity(self.ex.country))
        if self.ex.publisher is not None:
            self.add(p, DCTERMS.publisher, self.entity(self.ex.publisher))
        if meta.period:
            self.add(p, CKG.period, Literal(meta.period))
            years = meta.period.split("-")
            self.add(p, CKG.periodStart, Literal(int(years[0]), datatype=XSD.integer))
            self.add(p, CKG.periodEnd, Literal(int(years[-1]), datatype=XSD.integer))
        if meta.date:
            self.add(p, CKG.lastUpdated, _day(meta.date))

    def mentions(self, mentions: Iterable[Mention]) -> None:
        """Each entity once: its type, names as written, owner, level, first mention."""
        seen: set[str] = set()
        for m in mentions:
            node = self.entity(m.entity)
            surface = spelling(m)
            if surface is not None:
                self.add(node, SKOS.altLabel, Literal(surface))
            if m.owner is not None:
                self.statement(
                    node, ORG.subOrganizationOf, self.entity(m.owner), self._mention_evidence(m)
                )
            if m.qualifier is not None and m.qualifier.level and m.qualifier.place is None:
                self.statement(
                    node, CKG.level, level_concept(m.qualifier.level), self._mention_evidence(m)
                )
            if m.entity.key not in seen:
                seen.add(m.entity.key)
                self.add(node, CKG.mentionedIn, self.evidence(self._mention_evidence(m)))

    def _mention_evidence(self, m: Mention) -> Evidence:
        start, end = self.doc.raw_span(m.start, m.end)
        return Evidence(self.doc.id, start, end, " ".join(m.surface.split()), m.rule, 0.9)

    def role(self, c: RoleClaim) -> None:
        concept, shortcut = role_vocabulary()[c.role]
        holder, body = self.entity(c.holder), self.entity(c.body)
        scope_key = f"{c.scope.level or ''}|{c.scope.place.key if c.scope.place else ''}"
        node = URIRef(
            f"{BASE}role/{self.doc.id}/"
            + _digest(c.holder.key, c.role, c.body.key, scope_key, str(c.evidence.start))
        )
        self.add(node, RDF.type, CKG.RoleAssignment)
        # ORG's own names too, so that ORG users find the roles without coordkg's ontology
        # (a reasoner would infer them; a query without one would not)
        self.add(node, RDF.type, ORG.Membership)
        self.add(holder, ORG.hasMembership, node)
        self.add(holder, ORG.memberOf, body)
        self.add(node, ORG.member, holder)
        self.add(node, ORG.organization, body)
        self.add(node, ORG.role, concept)
        self.add(node, CKG.inPlan, self.plan)
        self.add(node, PROV.wasDerivedFrom, self.evidence(c.evidence))
        if c.scope.place is not None:
            self.add(node, CKG.scopePlace, self.entity(c.scope.place))
        if c.scope.level:
            self.add(node, CKG.scopeLevel, level_concept(c.scope.level))
        for other in c.co_holders:
            self.add(node, CKG.coHolder, self.entity(other))
        if c.count is not None:
            self.add(node, CKG.count, Literal(c.count, datatype=XSD.integer))
        if c.out_of is not None:
            self.add(node, CKG.outOf, Literal(c.out_of, datatype=XSD.integer))
        self.add(holder, shortcut, body)

    def money(self, owner: URIRef, figure: Figure) -> None:
        assert isinstance(figure.value, Money)
        node = URIRef(f"{owner}/funding")
        self.add(owner, CKG.fundingRequired, node)
        self.add(node, RDF.type, SCHEMA_MONETARY)
        self.add(node, SCHEMA_VALUE, Literal(figure.value.amount, datatype=XSD.decimal))
        self.add(node, SCHEMA_CURRENCY, Literal(figure.value.currency))
        self.add(node, PROV.wasDerivedFrom, self.evidence(figure.evidence))

    def count(self, owner: URIRef, prop: URIRef, figure: Figure | None) -> None:
        if figure is not None:
            self.statement(
                owner, prop, Literal(figure.value, datatype=XSD.integer), figure.evidence
            )

    def block_iri(self, kind: str, title: str, taken: set[URIRef]) -> URIRef:
        """A block's IRI from its title; a second block of the same title gets "-2" (two
        objectives may each have a "Protection" programme)."""
        base = f"{self.plan}/{kind}/{slug(title)}"
        iri, n = URIRef(base), 1
        while iri in taken:
            n += 1
            iri = URIRef(f"{base}-{n}")
        taken.add(iri)
        return iri

    def blocks(self, blocks: Iterable[FundingBlock]) -> None:
        blocks = list(blocks)
        taken: set[URIRef] = set()
        objectives: dict[str, URIRef] = {}
        for b in blocks:
            if b.kind == "objective":
                objectives[b.title] = self.block_iri("objective", b.title, taken)
        for b in blocks:
            if b.kind == "plan":
                node = self.plan
            elif b.kind == "objective":
                node = objectives[b.title]
                self.add(self.plan, CKG.hasObjective, node)
                self.add(node, RDF.type, CKG.Objective)
                if b.number is not None:
                    self.add(node, CKG.objectiveNumber, Literal(b.number, datatype=XSD.integer))
            else:
                node = self.block_iri("programme", b.title, taken)
                self.add(self.plan, CKG.hasProgramme, node)
                self.add(node, RDF.type, CKG.Programme)
                if b.objective is not None:
                    self.add(node, CKG.underObjective, objectives[b.objective])
                if b.priority is not None:
                    self.add(node, CKG.priority, Literal(b.priority))
            if b.kind != "plan":
                self.add(node, RDFS.label, Literal(b.title))
                self.add(node, PROV.wasDerivedFrom, self.evidence(b.evidence))
            if b.funding is not None:
                self.money(node, b.funding)
            self.count(node, CKG.peopleInNeed, b.people_in_need)
            self.count(node, CKG.peopleTargeted, b.people_targeted)
            self.count(node, CKG.entitiesTargeted, b.entities_targeted)
            for plan in b.related_plans:
                self.statement(node, CKG.relatedPlan, self.entity(plan), b.evidence)
            for group in b.target_groups:
                self.statement(node, CKG.targetGroup, population_group(group), b.evidence)
            for share in b.shares:
                s = URIRef(f"{node}/share/{slug(share.name)}")
                self.add(node, CKG.hasFundingShare, s)
                self.add(s, RDF.type, CKG.FundingShare)
                self.add(s, RDFS.label, Literal(share.name))
                self.add(s, CKG.sharePercent, Literal(share.percent, datatype=XSD.decimal))
                self.add(s, PROV.wasDerivedFrom, self.evidence(share.evidence))
                target = next(
                    (iri for t, iri in objectives.items() if name_key(share.name) in name_key(t)),
                    None,
                )
                if target is not None and b.kind != "objective":
                    self.add(s, CKG.shareOfObjective, target)


def _plan_title(ex: Extraction) -> str:
    meta = ex.document.metadata
    publisher = (ex.publisher.acronym or ex.publisher.name) if ex.publisher else meta.publisher
    parts = [publisher, ex.country.name if ex.country else None, "plan", meta.period]
    return " ".join(p for p in parts if p) or ex.document.id


def spelling(m: Mention) -> str | None:
    """How a mention writes its entity, when that is another name for it: not its name or
    acronym, and not an item of a list ("Logistics" of "the Logistics and WASH clusters")."""
    surface = " ".join(m.surface.split())
    if m.rule.endswith(".list") or surface in (m.entity.name, m.entity.acronym):
        return None
    return surface


def serialised(graph: Graph) -> Serialised:
    """An rdflib graph as the stores take it."""
    return Serialised(str(graph.identifier), graph.serialize(format="nt", encoding="utf-8"))


def document_graph(ex: Extraction) -> Triples:
    """The named graph of everything one document states."""
    return _DocumentGraph(ex).build()


def describe(
    g: Triples, e: Entity, aliases: Iterable[str] = (), country: str | None = None
) -> None:
    """Write what identifies an entity: kind, names (other languages tagged), identifiers."""
    node = entity_iri(e.key)
    g.add((node, RDF.type, CKG[e.kind]))
    g.add((node, SKOS.prefLabel, Literal(e.name, lang="en")))
    if e.acronym:
        g.add((node, CKG.acronym, Literal(e.acronym)))
    for alias in aliases:
        g.add((node, SKOS.altLabel, Literal(alias)))
    ids = dict(e.identifiers)
    for key, prop in (("iati", CKG.iatiIdentifier), ("pcode", CKG.pcode), ("iso3166", CKG.iso3166)):
        if key in ids:
            g.add((node, prop, Literal(ids[key])))
    if "wikidata" in ids:
        g.add((node, OWL.sameAs, URIRef(WIKIDATA + ids["wikidata"])))
    for lang, label in place_names(e).items():
        g.add((node, SKOS.altLabel, Literal(label, lang=lang)))
    code = ids.get("iso3166", "")
    country = country or (code.split("-")[0] if "-" in code else None)
    if country:
        g.add((node, CKG.inCountry, entity_iri(country_key(country))))


@dataclass(frozen=True)
class Named:
    """What one document adds to the entities graph: the entities it names (by key), how its
    mentions spell them, the population groups it targets.  A small part of its extraction,
    so that a document read on another process sends this, not the extraction."""

    entities: dict[str, Entity]
    spellings: tuple[tuple[str, str], ...]
    """(entity key, another name the document writes it by), in the order written."""
    groups: tuple[str, ...]


def named(ex: Extraction) -> Named:
    """What ``ex`` adds to the entities graph."""
    return Named(
        ex.entities,
        tuple((m.entity.key, s) for m in ex.mentions if (s := spelling(m)) is not None),
        tuple(t for b in ex.blocks for t in b.target_groups),
    )


def entities_graph(documents: Iterable[Named]) -> Triples:
    """Kind, names and identifiers of every entity the documents named that the reference
    data lacks, and the population groups they target: each described once; every spelling
    the documents write for an entity; the keys of all these names (see :func:`keyed`).

    Keeping descriptions out of the document graphs matters: a store's union of all graphs
    keeps duplicates, so a name repeated in every document would multiply every join.
    """
    g = Triples(URIRef(ENTITIES_GRAPH))
    documents = list(documents)
    merged: dict[str, Entity] = {}
    groups: set[str] = set()
    for doc in documents:
        for e in doc.entities.values():
            known = merged.get(e.key)
            if not e.from_reference and (known is None or (e.acronym and not known.acronym)):
                merged[e.key] = e
        groups.update(doc.groups)
    for e in merged.values():
        describe(g, e)
    # Every document's spellings again here: an entity's names are the entity's wherever
    # they were written, so a question about one plan finds it by a name another plan used.
    for doc in documents:
        for key, surface in doc.spellings:
            g.add((entity_iri(key), SKOS.altLabel, Literal(surface)))
    for label in groups:
        concept = population_group(label)
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.inScheme, CKGV["population-groups"]))
        g.add((concept, SKOS.prefLabel, Literal(label, lang="en")))
    return keyed(g)


def keyed(g: Triples) -> Triples:
    """``g`` with the key of each of its labels beside it (see keys.py): one literal for
    each entity and lower-cased label, however many times the label is written.  The
    document graphs need none: the entities graph repeats every spelling they write."""
    keys = [(URIRef(label), URIRef(prop)) for prop, labels in KEYED.values() for label in labels]
    found = [
        (s, key, Literal(lookup_key(str(o))))
        for s, p, o in g
        if isinstance(o, Literal)
        for label, key in keys
        if p == label
    ]
    for triple in found:
        g.add(triple)
    return g


def _day(date: str) -> Literal:
    """A day (``2025-02-13``) as the xsd:dateTime of its start: the OWL 2 datatype map has no
    xsd:date."""
    return Literal(f"{dt.date.fromisoformat(date).isoformat()}T00:00:00", datatype=XSD.dateTime)


def ontology_graph() -> Graph:
    """The ontology and vocabularies, so queries can use the class hierarchy."""
    g = Graph(identifier=ONTOLOGY_GRAPH)
    for name in FILES:
        g.parse(data=turtle(name), format="turtle")
    return g


def reference_graph() -> Triples:
    """Identities and identifiers of the reference entities (never relations), with the keys
    of their names (see :func:`keyed`)."""
    g = Triples(URIRef(REFERENCE_GRAPH))
    for entry in reference_entries():
        describe(g, entry.entity, entry.aliases, entry.country)
    return keyed(g)
