"""Rank the graph's entities for a few typed words, as a person expects a search box to.

A name or acronym typed in full comes first, then names that start with the text, then names
holding every typed word, then anything that merely contains it.  Within a tier, the name
the words cover most wins ("migration" is most of "UN Migration", another name of IOM, and a
fifth of "Ministry of Migration and Displaced"), then the entity more plans name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

Row = TypeVar("Row", bound=Mapping[str, str])

EXACT, PREFIX, WORDS, CONTAINS = range(4)
"""The tiers, best first."""

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _labels(row: Mapping[str, str]) -> list[str]:
    """What an entity is called: its name, acronym and other names (an ``entities`` row)."""
    others = row.get("other_names", "").split(";")
    return [x for x in (row.get("name", ""), row.get("acronym", ""), *others) if x]


def _score(typed: str, label: str) -> tuple[int, float] | None:
    """(tier, share of the label's words typed) of one label; None when it does not match."""
    words = _words(label)
    said = " ".join(words)
    cover = len(typed.split()) / max(len(words), 1)
    if said == typed:
        return EXACT, cover
    if said.startswith(typed):
        return PREFIX, cover
    if all(any(w.startswith(t) for w in words) for t in typed.split()):
        return WORDS, cover
    if typed in said:
        return CONTAINS, cover
    return None


def rank(text: str, rows: Iterable[Row]) -> list[Row]:
    """The rows whose names match ``text``, best first (see the module); none for no words."""
    typed = " ".join(_words(text))
    if not typed:
        return []
    scored = []
    for row in rows:
        found = [s for s in (_score(typed, label) for label in _labels(row)) if s is not None]
        if found:
            tier, cover = min(found, key=lambda s: (s[0], -s[1]))
            plans = len([p for p in row.get("plans", "").split(";") if p])
            scored.append(((tier, -cover, -plans, row.get("name", "").casefold()), row))
    return [row for _, row in sorted(scored, key=lambda pair: pair[0])]
