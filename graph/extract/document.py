"""Run every rule over one document: mentions, metadata, roles (the sentence rules, the
sentence parser for what they left, then roles stated by layout), relations, figures."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from coordkg.graph.extract.bodyagency import agency_topics
from coordkg.graph.extract.labels import label_roles
from coordkg.graph.extract.members import member_lists
from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.metadata import infer_metadata
from coordkg.graph.extract.ner import ner_roles
from coordkg.graph.extract.parse import parse_roles
from coordkg.graph.extract.persons import with_persons
from coordkg.graph.extract.programmes import extract_blocks
from coordkg.graph.extract.relations import extract_relations
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.roles import extract_roles
from coordkg.graph.model import Document, Evidence, Extraction, Mention, RoleClaim, Scope
from coordkg.graph.read.text import sentences


def extract(document: Document, resolver: Resolver, encoding: str = "utf-8") -> Extraction:
    """Everything the rules read from ``document``, resolved through ``resolver``."""
    mentions = with_persons(
        document.text, find_mentions(document.text, resolver, document.metadata.country), resolver
    )
    mentions = agency_topics(document.text, mentions, resolver)
    metadata, country, publisher = infer_metadata(document.text, mentions, document.metadata)
    doc = replace(document, metadata=metadata)
    sents = list(sentences(doc.text))
    own = country.key if country else None
    referred: list[Mention] = []
    roles, part_of = extract_roles(doc, sents, mentions, own, publisher, referred)
    relations, statuses = extract_relations(doc, sents, mentions, publisher)
    roles += parse_roles(doc, sents, mentions, own, roles, part_of + relations)
    named, proposed = ner_roles(
        doc, sents, mentions, own, resolver, roles, part_of + relations, publisher
    )
    roles += named
    listed = member_lists(doc, sents, mentions, resolver)
    roles = _scoped_lists_win(roles, listed)
    said = {(r.holder.key, r.role, r.body.key, r.scope) for r in roles}
    layout = label_roles(doc, sents, mentions, own, resolver)
    for r in layout + listed:
        if (r.holder.key, r.role, r.body.key, r.scope) not in said:
            said.add((r.holder.key, r.role, r.body.key, r.scope))
            roles.append(r)
    blocks = extract_blocks(doc, resolver)
    return Extraction(
        document=doc,
        mentions=tuple(
            sorted([*mentions, *proposed, *_holding(doc, referred, roles)], key=lambda m: m.start)
        ),
        roles=tuple(roles),
        relations=tuple(part_of + relations),
        statuses=tuple(statuses),
        blocks=tuple(blocks),
        country=country,
        publisher=publisher,
        encoding=encoding,
    )


def _holding(doc: Document, referred: list[Mention], roles: list[RoleClaim]) -> list[Mention]:
    """The words for a government named elsewhere ("The Government leads the response") that
    hold a role the sentence states: a mention of that government as the document writes it,
    so that the graph keeps the written "Government" as one of its names.  Only a capitalised
    "Government" is a name; "the government" in lower case is a common noun, no label.  A
    role's evidence is a span of the raw file, so the mention is mapped there to compare."""
    held: dict[str, list[tuple[int, int]]] = {}
    for r in roles:
        for e in (r.holder, *r.co_holders):
            held.setdefault(e.key, []).append((r.evidence.start, r.evidence.end))
    reach = {key: _reach(spans) for key, spans in held.items()}
    found: list[Mention] = []
    for m in referred:
        if m.rule != "reference.government" or not m.surface[:1].isupper():
            continue
        starts, ends = reach.get(m.entity.key, ([], []))
        a, b = doc.raw_span(m.start, m.end)
        i = bisect_right(starts, a)
        if i and ends[i - 1] >= b:
            found.append(m)
    return found


def _reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Spans sorted by start, with the furthest end reached by any span starting at or before
    each: a span holds ``a``..``b`` when one starting at or before ``a`` reaches ``b``."""
    spans.sort()
    return [a for a, _ in spans], list(accumulate((b for _, b in spans), max))


def _scoped_lists_win(roles: list[RoleClaim], listed: list[RoleClaim]) -> list[RoleClaim]:
    """The sentence rules' rows without the unscoped ones a member list says with its scope
    in the same passage: "the Police" read in passing and again in the list of the Bangui cell
    is one membership, in Bangui, not two.  The same membership stated without a scope in
    another sentence is a statement of its own, and stays."""
    scoped: dict[tuple[str, str, str], list[Evidence]] = {}
    for r in listed:
        if r.scope != Scope():
            scoped.setdefault((r.holder.key, r.role, r.body.key), []).append(r.evidence)

    def said_scoped(r: RoleClaim) -> bool:
        found = scoped.get((r.holder.key, r.role, r.body.key), [])
        return any(_overlap(r.evidence, e) for e in found)

    return [r for r in roles if r.scope != Scope() or not said_scoped(r)]


def _overlap(a: Evidence, b: Evidence) -> bool:
    """Whether two passages of one document share any text."""
    return a.doc_id == b.doc_id and a.start < b.end and b.start < a.end
