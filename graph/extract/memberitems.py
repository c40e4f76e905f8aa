"""Members a list names without a proper name, and lists opened by a pronoun.

"It brings together MINUSCA, the national armed forces, the national police, the gendarmerie
and OCHA": the membership list (``members.py``) reads names, and these forces and public
services are written generically, in lower case, yet each is one member of the body.  An item
that is such a service (``rules/labels.toml``, ``[members]`` ``generic_actors``), after at most
two words saying where it serves ("national", "metropolitan"), is a member as written; any
other lower-case item still names none.  A sentence opening with "It" or a bare body word and
a membership verb (``pronoun_lead``) lists the members of the body named just before.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

_MODIFIERS_AT_MOST = 2
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class ItemRules:
    pronoun_lead: re.Pattern[str]
    actors: frozenset[tuple[str, ...]]
    modifiers: frozenset[str]
    longest: int


@cache
def item_rules() -> ItemRules:
    """The generic-member keys of ``[members]`` in ``rules/labels.toml`` (cached)."""
    path = resources.files("coordkg.graph.extract") / "rules" / "labels.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))["members"]
    actors = frozenset(tuple(a.split()) for a in data["generic_actors"])
    return ItemRules(
        re.compile(data["pronoun_lead"], re.IGNORECASE),
        actors,
        frozenset(data["generic_modifiers"]),
        max(len(a) for a in actors),
    )


def generic_actor(item: str) -> str | None:
    """The item as written when it names a force or public service generically ("national
    police", "the Armed Forces"), else ``None``."""
    rules = item_rules()
    words = _WORDS.findall(item)
    low = [w.lower() for w in words]
    if low[:1] == ["the"]:
        words, low = words[1:], low[1:]
    for size in range(min(rules.longest, len(low)), 0, -1):
        if tuple(low[-size:]) not in rules.actors:
            continue
        front = low[:-size]
        if len(front) <= _MODIFIERS_AT_MOST and all(w in rules.modifiers for w in front):
            return " ".join(words)
        return None
    return None


def pronoun_lead(sentence: str) -> re.Match[str] | None:
    """The lead-in "It brings together", "This committee comprises" opening ``sentence``."""
    return item_rules().pronoun_lead.match(sentence)
