"""Read partnerships, government counterparts, succession and deactivation from sentences.

- "IOM works in close coordination with the Ministry of X and the KRG Ministry of Y" gives a
  counterpart relation to each government body and a partner relation to other actors.
- "the A Core Group that succeeds the B Cluster" / "B was replaced by A" gives A succeeds B;
  "B will be transitioned to A" gives a planned succession.
- "B ... was deactivated in 2023" gives B's status and when.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.spans import by_sentence, starting_within
from coordkg.graph.model import (
    Document,
    Entity,
    Evidence,
    Mention,
    RelationClaim,
    Sentence,
    StatusClaim,
)

_PARTNER = re.compile(
    r"\b(?:in\s+(?:close\s+)?(?:coordination|cooperation|partnership|collaboration|liaison)\s+with|"
    r"works?\s+(?:closely\s+|together\s+)?with|working\s+(?:closely\s+)?with|work\s+closely\s+with|"
    r"collaborates?\s+with|partners?\s+with|partnered\s+with|has\s+coordinated\s+with|"
    r"coordinates?\s+with|supports?\s+the|supporting\s+the|in\s+particular\s+with)\b",
    re.IGNORECASE,
)
_DIRECT = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\((?:which|that|who)\b|\b(?:which|that|who)\b|;", re.IGNORECASE)
_SUCCEEDS = re.compile(
    r"^\s*(?:,\s*)?(?:that|which)?\s*(?:now\s+)?(?:succeeds|succeeded|replaces|replaced|"
    r"took\s+over\s+from|takes\s+over\s+from|has\s+replaced|has\s+succeeded)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SUCCEEDED_BY = re.compile(
    r"^\s*(?:,\s*)?(?:which|that)?\s*(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:replaced|succeeded)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"^\s*(?:,\s*)?(?:will\s+be|are\s+to\s+be|is\s+to\s+be|would\s+be|are\s+being|is\s+being)\s+"
    r"(?:transitioned|transformed|converted|merged|replaced)\s+(?:to|into|by)\s+"
    r"(?:the\s+)?(?:[\w-]+-led\s+)?$",
    re.IGNORECASE,
)
# (what stands between two bodies, first body is the subject?, predicate, rule id, confidence)
_BETWEEN_BODIES = (
    (_SUCCEEDS, True, "succeeds", "relation.succeeds", 0.85),
    (_SUCCEEDED_BY, False, "succeeds", "relation.succeeded-by", 0.85),
    (_PLANNED, False, "plannedSuccessorOf", "relation.planned-succession", 0.7),
)
_DEACTIVATED = re.compile(  # used with .match(text, pos): no "^"
    r"\s*(?:,\s*)?(?:that|which)?\s*(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:deactivated|dissolved|disbanded|closed|phased\s+out|discontinued)"
    r"(?:\s+(?:in|on|since|as\s+of)\s+(?:\w+\s+)?(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d{2}))?",
    re.IGNORECASE,
)


def _evidence(doc: Document, sentence: Sentence, rule: str, confidence: float) -> Evidence:
    start, end = doc.raw_span(sentence.start, sentence.end)
    return Evidence(doc.id, start, end, sentence.text, rule, confidence)


def _partners(
    doc: Document, sentence: Sentence, mentions: Sequence[Mention], publisher: Entity | None
) -> list[RelationClaim]:
    k = kinds()
    out: list[RelationClaim] = []
    base = sentence.start
    text = sentence.text
    # the mentions do not overlap, so the first actor is the first to end: the subject of
    # every partnership stated after it
    first_actor = next((x for x in mentions if k.is_("actor", x.entity.kind)), None)
    starts = [x.start - base for x in mentions]
    triggers = list(_PARTNER.finditer(text))
    stop = -1  # where the clause of the partnership being read ends; -1: not looked for yet
    for i, m in enumerate(triggers):
        before = first_actor is not None and first_actor.end - base <= m.start()
        subject = first_actor.entity if before and first_actor is not None else publisher
        confidence = 0.8 if before else 0.6
        if subject is None:
            continue
        if stop < m.end():  # else the clause end found for an earlier one is still ahead
            found = _CLAUSE_END.search(text, m.end())
            stop = found.start() if found else len(text)
        limit = min(stop, triggers[i + 1].start()) if i + 1 < len(triggers) else stop
        following = [
            x
            for x in starting_within(mentions, starts, m.end(), limit)
            if k.is_("actor", x.entity.kind)
            # a body only as the first thing named: "in particular with the X TWG"
            or (k.is_("body", x.entity.kind) and _DIRECT.match(text[m.end() : x.start - base]))
        ]
        for x in following:
            if x.entity.key == subject.key:
                continue
            government = k.is_("government", x.entity.kind)
            predicate = "governmentCounterpart" if government else "partner"
            rule = "relation.counterpart" if government else "relation.partner"
            out.append(
                RelationClaim(
                    subject, predicate, x.entity, _evidence(doc, sentence, rule, confidence)
                )
            )
    return out


def _between_bodies(
    doc: Document, sentence: Sentence, mentions: Sequence[Mention]
) -> tuple[list[RelationClaim], list[StatusClaim]]:
    k = kinds()
    bodies = [m for m in mentions if k.is_("body", m.entity.kind)]
    relations: list[RelationClaim] = []
    statuses: list[StatusClaim] = []
    for a, b in pairwise(bodies):
        gap = doc.text[a.end : b.start]
        for pattern, forward, predicate, rule, confidence in _BETWEEN_BODIES:
            if pattern.match(gap):
                subject, obj = (a, b) if forward else (b, a)
                evidence = _evidence(doc, sentence, rule, confidence)
                relations.append(RelationClaim(subject.entity, predicate, obj.entity, evidence))
                break
    for body in bodies:
        m = _DEACTIVATED.match(doc.text, body.end, sentence.end)
        if m:
            year = int(m.group("year")) if m.group("year") else None
            statuses.append(
                StatusClaim(
                    body.entity,
                    "deactivated",
                    year,
                    _evidence(doc, sentence, "status.deactivated", 0.85),
                )
            )
    return relations, statuses


def extract_relations(
    doc: Document,
    sentences: list[Sentence],
    mentions: list[Mention],
    publisher: Entity | None,
) -> tuple[list[RelationClaim], list[StatusClaim]]:
    """Partnerships, counterparts, successions and deactivations stated in a document."""
    relations: list[RelationClaim] = []
    statuses: list[StatusClaim] = []
    for sentence, inside in zip(sentences, by_sentence(sentences, mentions), strict=True):
        if not inside:
            continue
        relations.extend(_partners(doc, sentence, inside, publisher))
        rel, stat = _between_bodies(doc, sentence, inside)
        relations.extend(rel)
        statuses.extend(stat)
    return relations, statuses
