"""Members a list names without a proper name, and lists opened by a pronoun.

"It brings together MINUSCA, the national armed forces, the national police, the gendarmerie
and OCHA": the membership list (``members.py``) reads names, and these forces and public
services are written generically, in lower case, yet each is one member of the body.  An item
that is such a service (``rules/labels.toml``, ``[members]`` ``generic_actors``), after at most
two words saying where it serves ("national", "metropolitan"), is a member as written; any
other lower-case item still names none.  A sentence opening with "It" or a bare body word and
a membership verb (``pronoun_lead``) lists the members of the body named just before.

"(a) the Minister responsible for disaster management as Chairperson; ... (v) the Ministry
responsible for public works;": an office or a ministry written by its title and, in lower case,
what it is for names no organisation a name rule knows, yet in a member list it is one member,
as written (``office_item``); outside a list such a title in passing names no holder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from coordkg.graph.extract.persons import OFFICE
from coordkg.graph.extract.rulefiles import (
    alternatives,
    and_tokens,
    and_words,
    generic_actors,
    language_words,
    rules_file,
    with_words,
)

_MODIFIERS_AT_MOST = 2
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class ItemRules:
    pronoun_lead: re.Pattern[str]
    actors: frozenset[tuple[str, ...]]
    modifiers: frozenset[str]
    longest: int
    office: re.Pattern[str]
    office_heads: frozenset[str]
    unit_heads: dict[str, str]
    served_heads: dict[str, str]
    served_acronym: re.Pattern[str]
    shared: re.Pattern[str]
    place_words: frozenset[str]
    not_offices: frozenset[str]
    quantifiers: frozenset[str]


@cache
def item_rules() -> ItemRules:
    """The generic-member keys of ``[members]`` in ``rules/labels.toml`` (cached)."""
    data = rules_file("labels.toml")["members"]
    actors = generic_actors()
    return ItemRules(
        re.compile(with_words(data["pronoun_lead"]), re.IGNORECASE),
        actors,
        frozenset(data["generic_modifiers"]),
        max(len(a) for a in actors),
        re.compile(_office_item_pattern(data["office_item"]), re.IGNORECASE),
        frozenset(data["office_heads"]),
        dict(data["unit_heads"]),
        dict(data["served_heads"]),
        re.compile(data["served_acronym"]),
        re.compile(data["shared_office"], re.IGNORECASE),
        frozenset(data["place_words"]),
        frozenset(data["not_offices"]),
        frozenset(data["quantifiers"]),
    )


def _office_item_pattern(pattern: str) -> str:
    """labels.toml's ``office_item`` with the small words of every language filled in from
    languages.toml (its comment says which): one list of articles, of "of" and of "and"."""
    articles = language_words("articles")
    whole = [a for a in articles if not a.endswith(("'", "’"))]
    long = [a for a in whole if len(a) > 1]
    opening = long + [a for a in language_words("articles_also_english") if len(a) > 1]
    return with_words(
        pattern,
        capital_articles=alternatives(a.capitalize() for a in opening),
        articles=alternatives(whole),
        elided=alternatives(a for a in articles if a not in whole),
        long_articles=alternatives(long),
        **{"and": alternatives(and_words())},
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


def office_item(item: str) -> tuple[str, str] | None:
    """The office (or a government's unit) an item names by its title, as written without its
    article, and its kind ("the Ministry responsible for public works" is a Ministry), else
    ``None``; the organisation the office is of, where it names one (convention C1, see
    ``_served``)."""
    rules = item_rules()
    text = " ".join(item.split())
    if text[:4].lower() == "the ":
        text = text[4:]
    hit = rules.office.fullmatch(text)
    if hit is None:
        return None
    head = hit.group("title").split()[-1].lower()
    if head not in rules.office_heads:
        return None
    of = hit.group("of") and head not in rules.unit_heads  # a unit is its own name
    served = _served(hit.group("served")) if of else None
    return served or (text, rules.unit_heads.get(head, OFFICE))


def served_unit(name: str) -> tuple[str, str] | None:
    """The organisation a name written alone is, when it is one an office may be of
    ("Revenue & Disaster Management Department" after a post and a comma), and its kind."""
    return _served(" ".join(name.split()))


def _served(served: str) -> tuple[str, str] | None:
    """The organisation an office is of, and its kind: an acronym ("JIS"), or capitalised
    words headed by one of ``served_heads`` ("Public Works Department", "Department of
    Health"); ``None`` for a portfolio, a place or a body ("Police", "the Hospital")."""
    rules = item_rules()
    if rules.served_acronym.fullmatch(served):
        return served, "Actor"
    words = served.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None  # "the Agency": a short form of a name written elsewhere
    last, first = words[-1].lower(), words[0].lower()
    if last in rules.served_heads:
        return served, rules.served_heads[last]
    if len(words) > 2 and words[1] == "of" and first in rules.served_heads:
        return served, rules.served_heads[first]
    return None


def shared_offices(item: str) -> list[tuple[str, str]] | None:
    """The offices an item names under one plural title ("the ministers of health, justice
    and transport" is the Minister of Health, of Justice and of Transport), titles and places
    capitalised, each with its kind; ``None`` when the item is no such list."""
    rules = item_rules()
    hit = rules.shared.fullmatch(" ".join(item.split()).rstrip(_STOPS))
    if hit is None:
        return None
    *title, plural = hit.group("title").split()
    title.append(plural[:-3] + "y" if plural.lower().endswith("ies") else plural[:-1])
    first = hit.group("items").split()[0].lower()
    if title[-1].lower() not in rules.office_heads or first in rules.quantifiers:
        return None  # "the Permanent Secretaries of several ministries": none named
    *rest, last = _portfolios(hit.group("items"))
    *last_words, kind = last.split()
    if last_words and kind.lower() in rules.place_words:  # "Adamawa and Yobe states"
        last = " ".join(last_words)
    heading = " ".join(_capital(w) for w in title)
    kind = rules.unit_heads.get(title[-1].lower(), OFFICE)
    names = [_OF.sub("", p.strip()) for p in (*rest, last)]
    return [
        (f"{heading} of {_titled(n)}", kind) for n in names if n.lower() not in rules.not_offices
    ]


def _portfolios(items: str) -> list[str]:
    """The portfolios of a shared title, one a ministry: a list joined once by "and" is
    complete, so words after the comma that follows it name one more remit of its last item
    ("Defense, Justice and Information, Culture and Tourism" is Defense, Justice, and
    "Information, Culture and Tourism"); a serial comma before "and" ends the list instead."""
    joined = _FIRST_AND.search(items)
    if joined is None or _SERIAL_AND.search(items):  # "health, culture and information, and X"
        return _LIST_CUT.split(items)
    return [*_COMMA.split(items[: joined.start()]), items[joined.end() :]]


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _titled(name: str) -> str:
    """ "culture and information" -> "Culture and Information": a portfolio as a title writes
    it; words written with a capital stay as they are."""
    return " ".join(w if w in _SMALL else _capital(w) for w in name.split())


_SMALL = frozenset({"of", "the", "for", *and_tokens()})
_STOPS = ".,;:"  # after the last item ("..., and others."): no part of it
_OF = re.compile(r"^of\s+", re.IGNORECASE)  # "the Ministers of Finance and of Health"
# the items of a shared-title list: commas, and the "and" before its last item
_LIST_CUT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)")
_FIRST_AND = re.compile(r"\s+and\s+(?=[^,]*,)")  # an "and" with a comma after it
_SERIAL_AND = re.compile(r",\s*and\s")  # a serial comma: the list's own last "and"
_COMMA = re.compile(r"\s*,\s*")


def pronoun_lead(sentence: str) -> re.Match[str] | None:
    """The lead-in "It brings together", "This committee comprises" opening ``sentence``."""
    return item_rules().pronoun_lead.match(sentence)
