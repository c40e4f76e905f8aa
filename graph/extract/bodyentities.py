"""Bodies named by an organisation and a place: "the United Nations in Montenegro".

A country team is often written as the organisation it gathers, in a country: "The United
Nations in Montenegro is made up of five resident agencies (...)", "the UN system in Georgia,
led by the Resident Coordinator, ...".  The name finders read "United Nations" as the
organisation and "Montenegro" as a place, and neither is a body.  The pair names a body only
when the words right after it say so: a verb of composition ("is made up of", "comprises") or
a role word ("led", "chaired", "coordinated by"); "the UN in Montenegro supported the flood
response" names none.  Which organisations, which joining words and which cues are data
(``rules/kinds.toml``, ``[entity_bodies]``).

Each pair is read from the organisation's words, looking only at the few words after it, so
reading stays linear in the document's length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from coordkg.graph.extract.bodyphrases import phrase_rules
from coordkg.graph.extract.kinds import Kinds
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.rulefiles import rules_file
from coordkg.graph.model import Mention

RULE = "body.entity-place"
"""The rule of a body mention named by an organisation and a place."""

_WORD = re.compile(r"[^\W_][\w’'\-]*|[^\w\s]")
_LOOK = 6  # how many words after the place a cue may come


@dataclass(frozen=True)
class EntityBodyRules:
    kind: str  # the kind of body the pair names
    pattern: re.Pattern[str]  # an organisation and the words before its place: "UN system in "
    cues: frozenset[str]  # words after the pair that make it a body
    linking: frozenset[str]  # words that may stand between the pair and its cue


@cache
def entity_body_rules() -> EntityBodyRules:
    """The ``[entity_bodies]`` table of ``rules/kinds.toml`` (cached: it ships with the
    package)."""
    data = rules_file("kinds.toml")["entity_bodies"]
    names = "|".join(_spaced(n) for n in data["names"])  # as written: "UN", never "un"
    between = "|".join(_spaced(w) for w in data["between"])
    joins = "|".join(_spaced(w) for w in data["joins"])
    return EntityBodyRules(
        data["kind"],
        re.compile(
            rf"(?<![\w-])(?:{names})(?:[ \t]+(?i:{between}))?"
            rf"[ \t]+(?i:{joins})[ \t]+(?i:the[ \t]+)?"
        ),
        frozenset(data["cues"]) | phrase_rules().cues,
        frozenset(data["linking"]),
    )


def _spaced(words: str) -> str:
    """A phrase of the table as a pattern, any run of spaces or tabs between its words."""
    return r"[ \t]+".join(map(re.escape, words.split()))


def entity_bodies(
    text: str, mentions: Sequence[Mention], resolver: Resolver, kinds: Kinds
) -> list[Mention]:
    """The bodies ``text`` names as an organisation of ``[entity_bodies]`` in a place, each
    spanning the organisation's words and the place's mention."""
    rules = entity_body_rules()
    places = {m.start: m for m in mentions if kinds.is_("place", m.entity.kind)}
    found: list[Mention] = []
    for at in rules.pattern.finditer(text):
        place = places.get(at.end())
        if place is None or not _cued(text, place.end, rules):
            continue
        start, end = at.start(), place.end
        name = " ".join(text[start:end].split())
        entity = resolver.known(name) or resolver.resolve(name, rules.kind)
        found.append(Mention(start, end, text[start:end], entity, RULE))
    return found


def _cued(text: str, end: int, rules: EntityBodyRules) -> bool:
    """Whether a cue follows ``end``, with only linking words before it."""
    reach = min(len(text), end + 80)
    stop = text.find("\n", end, reach)  # bounded: a line of megabytes is read once
    words = _WORD.findall(text, end, stop if stop >= 0 else reach)
    for w in words[:_LOOK]:
        low = w.lower()
        if low in rules.cues:
            return True
        if low not in rules.linking:
            return False
    return False
