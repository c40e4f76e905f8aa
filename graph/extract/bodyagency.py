"""Sectors named only by their topic after a lead agency: "UNICEF, the lead agency for water
and sanitation", "the coordinating agency for shelter and CCCM".

No body word follows the topic, so the phrase reader names no body there; the role noun before
"for" says the topic is one.  The topic words are the ones the phrase reader knows (``topics``
of ``[phrases]``), in any case, up to where the clause goes on.  A list of topics is one body
per item only when every item is a sector on its own (``[agency_topics] sectors``: "shelter
and CCCM" are two); else the words are one sector's name ("water and sanitation").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from coordkg.graph.extract.bodyphrases import body_head_at
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.rulefiles import rules_file
from coordkg.graph.model import Mention

_WORD = re.compile(r"[ \t]*([^\W\d_][\w/\-]*|,)")
_JOINS = frozenset({",", "and", "&"})
_SPACES = re.compile(r"[ \t]*")


@dataclass(frozen=True)
class AgencyRules:
    lead: re.Pattern[str]  # "lead agency for": ends where the topic starts
    topics: frozenset[str]
    sectors: frozenset[str]
    words: int  # at most this many words after "for"


@cache
def agency_rules() -> AgencyRules:
    """``[agency_topics]`` and the phrase reader's ``topics`` of ``rules/kinds.toml``."""
    kinds = rules_file("kinds.toml")
    data = kinds["agency_topics"]
    return AgencyRules(
        re.compile(data["lead"], re.IGNORECASE),
        frozenset(kinds["phrases"]["topics"]),
        frozenset(data["sectors"]),
        data["words"],
    )


def agency_topics(text: str, mentions: Sequence[Mention], resolver: Resolver) -> list[Mention]:
    """``mentions`` with the sectors named by topic after a lead agency, in text order."""
    rules = agency_rules()
    found: list[Mention] = []
    starts = sorted(m.start for m in mentions)
    for lead in rules.lead.finditer(text):
        items = _items(text, lead.end(), rules)
        if not items or _taken(starts, items[0][0], items[-1][1]):
            continue
        if len(items) > 1 and all(_words(text, a, b) in rules.sectors for a, b in items):
            spans = items
        else:
            spans = [(items[0][0], items[-1][1])]
        for a, b in spans:
            name = " ".join(w if w in _JOINS else w[:1].upper() + w[1:] for w in text[a:b].split())
            entity = resolver.resolve(name, "Cluster")
            found.append(Mention(a, b, text[a:b], entity, "phrase.agency-topic"))
    if not found:
        return list(mentions)  # as the finders ordered them
    return sorted([*mentions, *found], key=lambda m: m.start)


def _words(text: str, a: int, b: int) -> str:
    return " ".join(text[a:b].lower().split())


def _taken(starts: list[int], a: int, b: int) -> bool:
    """Whether a mention starts inside ``a``..``b`` (the topic is some body's name already)."""
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _items(text: str, at: int, rules: AgencyRules) -> list[tuple[int, int]]:
    """The spans of the topic items from ``at``: topic words joined by commas and "and", up to
    a word that is none; nothing when the words go on as a name, a clause or a body word."""
    items: list[tuple[int, int]] = []
    start = end = -1
    joined = ""
    pos = at
    for _ in range(rules.words):
        m = _WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if word.lower() in _JOINS:
            if start >= 0:
                items.append((start, end))
            start, joined = -1, word.lower()
        elif word.lower() in rules.topics:
            start = m.start(1) if start < 0 else start
            end, joined = m.end(1), ""
        elif word[:1].isupper() and joined != ",":
            return []  # "for the Camp Coordination ...": a name goes on
        else:
            break
        pos = m.end()
    else:
        return []  # longer than a topic: a clause
    if start >= 0:
        items.append((start, end))
    if joined in ("and", "&"):
        return []  # "for health and other sectors": the list goes on past the topics
    if items and body_head_at(text, _SPACES.match(text, items[-1][1]).end()):  # type: ignore[union-attr]
        return []
    return items
