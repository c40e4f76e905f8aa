"""The letters a regular expression cannot match without, to skip it where they are absent.

Rules run dozens of case-insensitive patterns over every sentence, and most of them match
nowhere in it. Python's engine tries such a pattern (one that starts with ``\\b``, or a
look-behind) at every position; looking for the words it needs is one substring search. What
a pattern needs is read from its parsed form: in each branch, the longest run of literal
letters it must match (a group repeated at least once counts, one that may be skipped does
not), so a pattern is skipped only where it could not match: the answer is the same, only
cheaper.

The parsed form comes from the ``re`` module's own parser, which is private: where it is missing,
or no longer reads a known pattern as this module expects, nothing is screened (every pattern
runs everywhere, as it would without this module).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The characters outside ASCII that Python's case-insensitive matching takes for an ASCII
letter (dotted and dotless i, the long s, the kelvin sign); every other is another letter."""

Needs = frozenset[str]


def _private(name: str) -> Any:
    """A private module of ``re`` (``_parser``, ``_constants``), None where there is none."""
    try:
        return importlib.import_module(f"re.{name}")
    except ImportError:
        return None


_parser = _private("_parser")
sre = _private("_constants")


def folded(text: str) -> str:
    """``text`` as :class:`Screened` searches it: lower case, the characters of :data:`FOLD`
    as the letters they match."""
    return text.translate(FOLD).lower()


class Screened:
    """A pattern with the words it needs, looked for before the pattern runs."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = tuple(sorted(needed(pattern) or ()))

    def finditer(self, text: str, low: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, none where ``low`` (``folded(text)``) lacks the words."""
        if self.words and not any(map(low.__contains__, self.words)):
            return iter(())
        return self.pattern.finditer(text)


@cache
def needed(pattern: re.Pattern[str]) -> Needs | None:
    """Words (lower case) one of which every match of ``pattern`` holds; None when nothing
    is needed that way (or the pattern's form is not understood here)."""
    if not _understood():
        return None
    return _read(pattern)


def _read(pattern: re.Pattern[str]) -> Needs | None:
    """What ``pattern`` needs as its parsed form says; None where it cannot be read."""
    try:
        return _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    except (re.error, TypeError, ValueError, AttributeError):
        return None


_PROBE = (
    r"\bco-?chair(?:ed|s)?\s+by|\b(?:lead)+\s*(?-i:[Xx])y|a[bc]+",
    frozenset({"chair", "lead", "a"}),
)
"""A pattern and the words it needs, read to check that ``re``'s private parser is the one
this module knows."""


@cache
def _understood() -> bool:
    """Whether ``re``'s private parser is there and reads :data:`_PROBE` as expected."""
    if _parser is None or sre is None:
        return False
    pattern, words = _PROBE
    return _read(re.compile(pattern, re.IGNORECASE)) == words


def _sequence(items: list[tuple[Any, Any]]) -> Needs | None:
    """What a run of items needs: the best of what each needs, consecutive literal letters
    taken as one word."""
    found: list[Needs] = []
    word = ""
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            word += chr(av).lower()
            continue
        if word:
            found.append(frozenset({word}))
            word = ""
        needs = _item(op, av)
        if needs is not None:
            found.append(needs)
    if word:
        found.append(frozenset({word}))
    return max(found, key=lambda needs: min(map(len, needs)), default=None)


def _item(op: Any, av: Any) -> Needs | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, body = av
        return _sequence(list(body)) if least >= 1 else None
    if op is sre.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    return None  # a class, a position, a look-around: matches no given letters
