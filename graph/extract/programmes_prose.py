"""Programmes stated in sentences: items "Title (amount)", funding lines with dot leaders, and
amounts tied to what they pay for by a phrase after them ("$2 million for health") or named
before the verb asking for them ("Protection requires USD 12 million")."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from coordkg.graph.extract.money import (
    AMOUNT,
    amount,
    whole_amount,
)
from coordkg.graph.extract.programmes_phrases import (
    _alternatives,
    _funding_rules,
    _labels,
    _named,
    _prose,
)
from coordkg.graph.model import Money

_PAREN_ITEM = re.compile(r"\(\s*(?P<figure>[^()]{2,40}?)\s*\)")
_ITEM_STOP = frozenset(
    {"for", "including", "includes", "include", "are", "is", "as", "on", "to", "in", "across"}
    | {"with", "by", "covering", "covers", "seeks", "seeking", "requires", "needs"}
)
_ITEM_JOIN = frozenset(["and", "&", "of", "-"])
_PART_OF = re.compile(r"\s+of\s+(?:the|this|that)\s+", re.IGNORECASE)
"""Between a part and its whole: "$3,75 million of the $7,2 million will go towards ..."."""


class _Item(NamedTuple):
    """A programme stated in prose: its title, its amount and the rule that read it."""

    title: str
    money: Money
    rule: str  # "allocated" or "named" when a phrase ties the amount to it, else "listed"
    given: bool = False  # read after a bare "to"


def _sector_items(items: list[_Item]) -> list[_Item]:
    """The items of a line that may be programmes: amounts given "to" something count only
    in a list that also says what other amounts are for ("USD 63m for health; USD 61m to
    education"); alone they may go to places ("$5 million to Borno and $3 million to Yobe")."""
    return items if any(not i.given for i in items) else []


def _parenthesised(text: str) -> list[_Item]:
    """Items "Title (amount)" joined by commas or "and", each title the words before its
    amount back to the previous item or to the words that introduce the list."""
    items: list[_Item] = []
    previous_end: int | None = None
    for m in _PAREN_ITEM.finditer(text):
        money = whole_amount(m.group("figure"))
        if money is None:
            continue
        before = text[previous_end : m.start()] if previous_end is not None else None
        if before is not None:
            glue = _list_glue().match(before)
            title = _list_opener().sub("", before[glue.end() :].strip()) if glue else ""
            if not glue or not title or len(title.split()) > 8 or not title[0].isalpha():
                break
        else:
            title = _lead_title(text[: m.start()]) or _introduced_title(text[: m.start()])
            if not title:
                continue
        items.append(_Item(title, money, "listed"))
        previous_end = m.end()
    return items


@cache
def _list_glue() -> re.Pattern[str]:
    """What joins an item "Title (amount)" to the one before it (``[parenthesised]``)."""
    glue = _alternatives(_funding_rules()["parenthesised"]["glue"])
    return re.compile(rf"^\s*(?:,\s*(?:(?:{glue})\s+)?|;\s*|(?:{glue})\s+)", re.IGNORECASE)


@cache
def _list_opener() -> re.Pattern[str]:
    """A word introducing an item of a list, repeated before a later item ("for basic needs
    ($32.3 million) and for health care ($24 million)"): not part of its title."""
    openers = _alternatives(_funding_rules()["parenthesised"]["openers"])
    return re.compile(rf"^(?:{openers})\s+", re.IGNORECASE)


def _introduced_title(before: str) -> str:
    """The words of a first item in lower case back to the word introducing it: "the biggest
    request was for basic assistance" -> "basic assistance", or "" when no such word is near
    or the words name people, an actor or the whole appeal."""
    data = _funding_rules()["parenthesised"]
    words = before[-_named().look_back :].split()[-(int(data["max_words"]) + 1) :]
    openers = [i for i, w in enumerate(words) if w.lower() in data["openers"]]
    if not openers:
        return ""
    return _named().accept(" ".join(words[openers[-1] + 1 :]).rstrip(","))


def _lead_title(before: str) -> str:
    """The name right before a first list item's amount: its capitalised words (with "and",
    "&", "of" inside), or failing that its last words back to the word introducing the list."""
    words = before.split()
    taken: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(",")
        if word.endswith(":") or bare.lower() in _ITEM_STOP or len(taken) >= 8:
            break
        if not (bare[:1].isupper() or bare.lower() in _ITEM_JOIN):
            break
        taken.insert(0, word)
    while taken and taken[0].lower() in _ITEM_JOIN:
        taken.pop(0)
    return " ".join(taken).rstrip(",")


_LEADERS = re.compile(r"\s*(?:\.{3,}|…+)\s*$")
"""Dot leaders between a funding line's title and its amount."""


def _leader_items(text: str) -> list[_Item]:
    """Funding lines with dot leaders run together into one line ("USAID/OFDA Assistance
    to Georgia ...... $5,100,043 State/PRM Assistance to Georgia ...... $5,750,000"): each
    title is the words between the previous amount and the leaders before its own; a title
    of other money or the whole ("Total ...") is none."""
    items: list[_Item] = []
    previous = 0
    for m in AMOUNT.finditer(text):
        leaders = _LEADERS.search(text, previous, m.start())
        title = text[previous : leaders.start()].strip(" -,;") if leaders else ""
        previous = m.end()
        if title and _labels().names_programme(title):
            items.append(_Item(title, amount(m), "leaders"))
    return items


def _unlinked(link: re.Match[str] | None) -> bool:
    """Whether no "for <title>" right after an amount says what it pays for, leaving the name
    before the verb to say it: "the region needs $3 million for food security" is food
    security, not the region."""
    if link is None or not link.group("listed") or link.group("listed").lower() != "for":
        return True
    title = _prose().title(link.group("title"))
    return not title or not _prose().pays_for(link, title)


def _amount_items(text: str, about: str = "") -> list[_Item]:
    """Items "amount <phrase> title" or "title <verb> amount" in one line (``about``: the
    sector the page is about, for "the cluster").  A part named before its whole says what it
    pays for after the whole: "$3,75 million of the $7,2 million will go towards shelter"."""
    prose = _prose()
    items: list[_Item] = []
    matches = list(AMOUNT.finditer(text))
    i = 0
    while i < len(matches):
        part, after = matches[i], matches[i].end()
        if i + 1 < len(matches) and _PART_OF.fullmatch(text, after, matches[i + 1].start()):
            i += 1
            after = matches[i].end()
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        link = prose.link.match(text, after, end)
        if _unlinked(link) and (named := _named().title(text, part.start(), about)):
            items.append(_Item(named, amount(part), "named"))
        elif purpose := prose.purpose_title(text, link, end):
            items.append(_Item(purpose, amount(part), "recipient"))
        elif spent := prose.spent_title(text, part, end):
            items.append(_Item(spent, amount(part), "spent"))
        elif fronted := _named().fronted_title(text, part):
            items.append(_Item(fronted, amount(part), "fronted"))
        elif (
            link is not None
            and (title := prose.title(link.group("title")))
            and prose.pays_for(link, title)
        ):
            rule = "allocated" if link.group("allocated") else "listed"
            given = (link.group("listed") or "").lower() == "to"
            items.append(_Item(title, amount(part), rule, given))
        i += 1
    return items
