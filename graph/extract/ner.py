"""Propose the names the rules never found, from spaCy's statistical entity recogniser.

Most role rows the rules miss are lost to a name never found: an organisation the reference
data lacks, a body with an unusual name. In a sentence that carries a role or membership cue
(``parse.py``'s cues) yet names no actor or no body, the small English pipeline's entity
recogniser proposes one: an ORG span as a holder, an ORG or FAC span ending in a body head of
``kinds.toml`` as a body. The proposal is only a span: its name, kind, resolution, and the role
read around it stay coordkg's (the sentence rules of ``roles.py`` and the parser of
``parse.py`` read the sentence again with it), and a claim that needs a proposed name says so in
its evidence ("ner.holder.<rule>") and is less sure than the rule alone. The labels, words and
factor are data (``[ner]`` of ``rules/parse.toml``); ``COORDKG_NER=off`` (or
``COORDKG_PARSER=off``) switches it off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from coordkg.graph.extract import parse
from coordkg.graph.extract.bodyphrases import phrase_rules
from coordkg.graph.extract.kinds import kinds, word_forms
from coordkg.graph.extract.resolve import Resolver, canonical_name, minted_key
from coordkg.graph.extract.roles import extract_roles, role_family
from coordkg.graph.extract.spans import by_sentence
from coordkg.graph.model import (
    Document,
    Entity,
    Mention,
    RelationClaim,
    RoleClaim,
    Sentence,
)

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True)
class NerRules:
    """Which entity labels are proposed for which slot, and how sure a claim on one is."""

    holders: dict[str, str]  # entity label -> the kind of a holder it names with no head
    bodies: frozenset[str]
    not_bodies: frozenset[str]  # "target" of "target groups": people, not a body
    articles: frozenset[str]
    min_words: int
    joiners: frozenset[str]
    not_names: frozenset[str]  # "specialist" of "Nutrition Specialist": an office, no name
    not_ends: frozenset[str]  # "agencies" of "Government Agencies": a kind of members
    factor: float
    paired: bool  # also sentences that name an actor and a body ("B is co-led by A and C")


@cache
def ner_rules() -> NerRules:
    """``[ner]`` of ``rules/parse.toml``."""
    data = parse.rules_data()["ner"]
    return NerRules(
        dict(data["holders"]),
        frozenset(data["bodies"]),
        frozenset(data["not_bodies"]),
        frozenset(data["articles"]),
        int(data["min_words"]),
        frozenset(data["joiners"]),
        frozenset(data["not_names"]),
        frozenset(data["not_ends"]) | kinds().generic_items,
        float(data["factor"]),
        bool(data["paired"]),
    )


def gaps(sents: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Sentence]:
    """The sentences with a role or membership cue (with ``paired`` off, only those that name
    no actor or no body)."""
    cues = parse.parse_rules().cues
    paired = ner_rules().paired
    return [
        sentence
        for sentence, inside in zip(sents, by_sentence(sents, mentions), strict=True)
        if len(sentence.text) <= parse.MAX_CHARS
        and (paired or not parse.has_pair(inside))
        and _unnamed_capital(sentence, inside)
        and any(c.search(sentence.text) for c in cues)
    ]


_PARTS = re.compile(r"[\s-]+")  # "DPNet-Nepal": two words; "S-NFI": one of two letters or more

_CAPITAL = re.compile(r"(?<=[\s(\"“])[A-Z][\w’'-]*")  # a capitalised word after the first


def _unnamed_capital(sentence: Sentence, inside: Sequence[Mention]) -> bool:
    """Whether a capitalised word that no mention covers stands after the sentence's first
    word: where there is none, the recogniser has no name to find (and most role sentences
    the rules read whole are not run through it)."""
    roles = parse.parse_rules().roles
    spans = [(m.start - sentence.start, m.end - sentence.start) for m in inside]
    i = 0
    for w in _CAPITAL.finditer(sentence.text):
        while i < len(spans) and spans[i][1] <= w.start():
            i += 1
        covered = i < len(spans) and spans[i][0] <= w.start()
        if not covered and w.group().lower() not in roles:
            return True
    return False


def proposals(
    sents: Sequence[Sentence], mentions: Sequence[Mention], resolver: Resolver
) -> list[Mention]:
    """The entity spans of these sentences that overlap no mention, as mentions: bodies only
    in a sentence that names none."""
    nlp = parse.pipeline()
    if nlp is None or not sents or "ner" not in nlp.pipe_names:
        return []
    out: list[Mention] = []
    with nlp.select_pipes(enable=["ner"]):  # the recogniser has its own token vectors
        for sentence, inside, parsed in zip(
            sents, by_sentence(sents, mentions), nlp.pipe(s.text for s in sents), strict=True
        ):
            named = any(role_family(o.entity) == "body" for o in inside)
            for ent in parsed.ents:
                m = _proposal(ent, sentence, resolver)
                if m is None or (named and m.rule == "ner.body"):
                    continue  # a body only where the sentence names none: no rival to it
                if not any(m.start < o.end and o.start < m.end for o in inside):
                    out.append(m)
    return out


def _proposal(ent: Span, sentence: Sentence, resolver: Resolver) -> Mention | None:
    """A mention of the span's name, typed by its head: a body when a body head ends it (and
    no word of people stands before the head), else an organisation of the label's slot."""
    rules = ner_rules()
    tokens = [t for t in ent]
    while tokens and tokens[0].lower_ in rules.articles:
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")):
        tokens.pop()
    if not tokens or not tokens[0].text[:1].isupper():
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    name = sentence.text[start:end]
    if len([w for w in _PARTS.split(name) if len(w) > 1]) < rules.min_words:
        return None  # "UN" of "UN agencies", "S-NFI": a word the rules know or leave
    roles = parse.parse_rules().roles
    for t in tokens:
        if t.lower_ in roles or t.lower_ in rules.not_names:
            return None  # "Cluster Lead", "Head of Cooperation": a role or an office
        if t.is_punct and t.text not in rules.joiners:
            return None  # "Ambassadors/ High Commissioners": more than one name
    words = [t.lower_ for t in tokens]
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    if words[-1] in rules.not_ends or after in rules.not_ends:
        return None  # "Government Agencies", "United Nations humanitarian agencies": kinds
    kind, slot = _kind(words, ent.label_)
    if kind is None:
        return None
    canonical = canonical_name(name)
    entity = resolver.known(name) or Entity(minted_key(canonical), canonical, kind)
    return Mention(sentence.start + start, sentence.start + end, name, entity, f"ner.{slot}")


def _kind(words: Sequence[str], label: str) -> tuple[str | None, str]:
    """The kind of a proposed name and the slot it fills ("holder" or "body")."""
    rules = ner_rules()
    k = kinds()
    for head in k.heads_ending(words[-1]):
        n = len(head.head)
        if head.prefix or len(words) < n or tuple(words[-n:-1]) != head.head[:-1]:
            continue
        if len(words) == n:  # "Technical Working Group" alone: which one, the rules say
            return None, "body" if k.is_("body", head.kind) else "holder"
        if k.is_("body", head.kind):
            ok = label in rules.bodies and words[-n - 1] not in rules.not_bodies
            return (head.kind if ok else None), "body"
        if k.is_("actor", head.kind) and label in rules.holders:
            return head.kind, "holder"
    if words[-1] in _body_words():
        return None, "body"  # "Consultative Group": a body whose head kinds.toml lacks
    topics = phrase_rules().topics
    if all(w in topics or w in rules.articles for w in words):
        return None, "holder"  # "Child Protection" of "the Child Protection Sub-Cluster"
    return rules.holders.get(label), "holder"


@cache
def _body_words() -> frozenset[str]:
    """Every form of the last word of a body head ("group", "groups", "committee" ...)."""
    return frozenset(f for head in kinds().body_heads for f in word_forms(head.split()[-1]))


def ner_roles(
    doc: Document,
    sents: Sequence[Sentence],
    mentions: Sequence[Mention],
    country: str | None,
    resolver: Resolver,
    said: Sequence[RoleClaim],
    related: Sequence[RelationClaim] = (),
    publisher: Entity | None = None,
) -> tuple[list[RoleClaim], list[Mention]]:
    """The roles read once the proposed names are added, that need one of them and that
    ``said`` lacks; and the proposed mentions those roles use."""
    if not parse.finds_names():
        return [], []
    todo = gaps(sents, mentions)
    found = proposals(todo, mentions, resolver) if todo else []
    if not found:
        return [], []
    merged = sorted([*mentions, *found], key=lambda m: m.start)
    per_sentence = list(zip(todo, by_sentence(todo, found), strict=True))
    proposed = {
        (doc.raw_span(s.start, s.end)[0], m.entity.key): m
        for s, inside in per_sentence
        for m in inside
    }
    read, _ = extract_roles(doc, list(sents), merged, country, publisher)
    touched = [s for s, inside in per_sentence if inside]
    read += parse.parse_roles(doc, touched, merged, country, read, related)
    known = {(r.holder.key, r.role, r.body.key, r.scope) for r in said}
    factor = ner_rules().factor
    out: list[RoleClaim] = []
    used: dict[str, Mention] = {}
    for r in read:
        key = (r.holder.key, r.role, r.body.key, r.scope)
        slots = (("holder", r.holder), ("body", r.body))
        slot = next((s for s, e in slots if (r.evidence.start, e.key) in proposed), None)
        if slot is None or key in known:
            continue
        known.add(key)
        for e in (r.holder, r.body):
            if (m := proposed.get((r.evidence.start, e.key))) is not None:
                used[e.key] = m
        evidence = replace(
            r.evidence,
            rule=f"ner.{slot}.{r.evidence.rule}",
            confidence=round(r.evidence.confidence * factor, 3),
        )
        out.append(replace(r, evidence=evidence))
    for m in used.values():
        resolver.resolve(m.surface, m.entity.kind)
    return out, list(used.values())
