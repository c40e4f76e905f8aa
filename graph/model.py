"""The values that flow through extraction: readers -> extract -> resolve -> build.

They are frozen dataclasses and know nothing about RDF, so every rule can be tested on plain
text.  RDF appears only in ``coordkg.graph.rdf``, at the build boundary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class DocumentMetadata:
    """What is known about a document; inferred from its text or supplied by the user."""

    title: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, e.g. "IQ"
    period: str | None = None  # e.g. "2020" or "2023-2025"
    publisher: str | None = None
    date: str | None = None  # ISO date the plan was last updated, when it says so
    source: str | None = None  # where the document came from (URL or note)


@dataclass(frozen=True)
class Document:
    """A document's text as read, and the cleaned view used by the rules.

    ``raw`` is the decoded file; ``text`` is the cleaned text (wrapped lines joined, page breaks
    removed) and ``origin[i]`` is the offset in ``raw`` of ``text[i]``, so that evidence can
    always point at the passage of the file itself.
    """

    id: str
    path: str
    raw: str
    text: str
    origin: tuple[int, ...]
    sha256: str
    metadata: DocumentMetadata

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the cleaned text to the span of the raw file it came from."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class Sentence:
    """A sentence, heading or list item of the cleaned text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where a statement comes from: a sentence of a document, the rule that read it, and how
    sure that rule is."""

    doc_id: str
    start: int  # offsets into the raw document text
    end: int
    quote: str  # the sentence as cleaned
    rule: str
    confidence: float


@dataclass(frozen=True)
class Entity:
    """A resolved actor, body, place or framework.

    ``key`` is stable across documents and builds (a reference id or a slug of the canonical
    name), so the same entity gets the same IRI whichever documents a graph holds.
    """

    key: str
    name: str
    kind: str  # local name of an ontology class, e.g. "UNAgency", "WorkingGroup"
    acronym: str | None = None
    from_reference: bool = False
    identifiers: tuple[tuple[str, str], ...] = ()  # ("iati", "XM-DAC-47066"), ("iso3166", "NG-BO")


@dataclass(frozen=True)
class Scope:
    """Where a role holds: a level ("national", "sub-national", "governorate") and/or a place."""

    level: str | None = None
    place: Entity | None = None

    @property
    def label(self) -> str:
        if self.place is not None:
            return self.place.name
        return self.level or ""


@dataclass(frozen=True)
class Mention:
    """A span of the cleaned text that names an entity.

    ``qualifier`` is a level or place written into the name and taken out of it ("National
    Protection Cluster", "Central/South Shelter-NFI Cluster"); ``owner`` is the government a
    named unit belongs to ("KRG Ministry of Planning", "Ministry of ... of the GoI").
    """

    start: int
    end: int
    surface: str
    entity: Entity
    rule: str = "reference"
    qualifier: Scope | None = None
    owner: Entity | None = None


@dataclass(frozen=True)
class RoleClaim:
    """An organisation holds a role in a coordination body (an ``org:Membership``)."""

    holder: Entity
    role: str  # notation of the role concept: "lead", "co-lead", "chair", ...
    body: Entity
    evidence: Evidence
    scope: Scope = field(default_factory=Scope)
    co_holders: tuple[Entity, ...] = ()
    count: int | None = None  # "co-leads three of the eight ..." -> 3
    out_of: int | None = None  # ... -> 8


@dataclass(frozen=True)
class RelationClaim:
    """A binary statement between two entities: partner, counterpart, part of, succeeds ..."""

    subject: Entity
    predicate: str  # local name of an ontology property
    object: Entity
    evidence: Evidence


@dataclass(frozen=True)
class StatusClaim:
    """A body's status as a document states it, e.g. deactivated in 2023."""

    body: Entity
    status: str  # "active" | "deactivated"
    year: int | None
    evidence: Evidence


@dataclass(frozen=True)
class Money:
    """An amount of money: a decimal and its ISO 4217 currency."""

    amount: Decimal
    currency: str = "USD"


@dataclass(frozen=True)
class Figure:
    """A number the document states, with its evidence."""

    value: Money | int
    evidence: Evidence


@dataclass(frozen=True)
class Share:
    """A named share of a funding requirement, in per cent (from a plan's chart data)."""

    name: str
    percent: Decimal
    evidence: Evidence


@dataclass(frozen=True)
class FundingBlock:
    """A plan, objective or programme block: a title and the figures stated with it."""

    kind: str  # "plan" | "objective" | "programme"
    title: str
    evidence: Evidence
    funding: Figure | None = None
    people_in_need: Figure | None = None
    people_targeted: Figure | None = None
    entities_targeted: Figure | None = None
    priority: bool | None = None
    related_plans: tuple[Entity, ...] = ()
    target_groups: tuple[str, ...] = ()
    shares: tuple[Share, ...] = ()
    objective: str | None = None  # title of the objective a programme sits under
    number: int | None = None  # "Objective 2" -> 2


@dataclass(frozen=True)
class Extraction:
    """Everything the rules read from one document."""

    document: Document
    mentions: tuple[Mention, ...]
    roles: tuple[RoleClaim, ...]
    relations: tuple[RelationClaim, ...]
    statuses: tuple[StatusClaim, ...]
    blocks: tuple[FundingBlock, ...]
    country: Entity | None = None
    publisher: Entity | None = None
    encoding: str = "utf-8"

    @property
    def entities(self) -> dict[str, Entity]:
        """Every entity the document mentions or states something about, by key."""
        found: dict[str, Entity] = {m.entity.key: m.entity for m in self.mentions}
        for m in self.mentions:
            if m.owner is not None:
                found.setdefault(m.owner.key, m.owner)
            if m.qualifier is not None and m.qualifier.place is not None:
                found.setdefault(m.qualifier.place.key, m.qualifier.place)
        for block in self.blocks:
            for plan in block.related_plans:
                found.setdefault(plan.key, plan)
        for status in self.statuses:
            found.setdefault(status.body.key, status.body)
        for role in self.roles:
            for entity in (role.holder, role.body, *role.co_holders):
                found.setdefault(entity.key, entity)
            if role.scope.place is not None:
                found.setdefault(role.scope.place.key, role.scope.place)
        for rel in self.relations:
            found.setdefault(rel.subject.key, rel.subject)
            found.setdefault(rel.object.key, rel.object)
        return found
