"""Sets of spans answered by bisection, so that reading stays linear in a document's length.

The rules ask the same few questions over and over: which mentions start inside this
sentence, is this position covered by a mention, does this span overlap one already taken.
Scanning every mention for each question makes a document of n sentences cost n²; sorted
offsets answer each question in log n.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar


class Span(Protocol):
    """Anything with a start and an end offset (a mention, a sentence)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Span)


def starting_within(spans: Sequence[S], starts: Sequence[int], a: int, b: int) -> Sequence[S]:
    """The spans that start in ``[a, b)``, given ``spans`` sorted by start and their starts."""
    return spans[bisect_left(starts, a) : bisect_left(starts, b)]


def by_sentence(sentences: Iterable[Span], mentions: Sequence[S]) -> list[Sequence[S]]:
    """For each sentence, the mentions that start inside it (``mentions`` sorted by start)."""
    starts = [m.start for m in mentions]
    return [starting_within(mentions, starts, s.start, s.end) for s in sentences]


class Coverage:
    """The positions that a fixed set of spans covers, merged into disjoint runs."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in sorted(s for s in spans if s[0] < s[1]):
            if self._ends and a <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], b)
            else:
                self._starts.append(a)
                self._ends.append(b)

    def covers(self, pos: int) -> bool:
        """Whether a span holds ``pos`` (``start <= pos < end``)."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a span shares a position with the non-empty span ``[a, b)``."""
        i = bisect_left(self._starts, b) - 1
        return i >= 0 and a < self._ends[i]

    def holds(self, a: int, b: int) -> bool:
        """Whether one run holds the whole span ``[a, b)``."""
        i = bisect_right(self._starts, a) - 1
        return i >= 0 and b <= self._ends[i]


class Taken:
    """Positions of one text already claimed, growing as spans are claimed."""

    def __init__(self, length: int) -> None:
        self._marks = bytearray(length + 1)

    def free(self, a: int, b: int) -> bool:
        """Whether no claimed span shares a position with the non-empty span ``[a, b)``."""
        return self._marks.find(1, a, b) < 0

    def claim(self, a: int, b: int) -> None:
        self._marks[a:b] = b"\x01" * (b - a)


def longest_first(spans: Iterable[S]) -> list[S]:
    """Keep the longest of overlapping spans (the earlier on ties), in text order.

    Every span must be non-empty: an empty one would never collide.
    """
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    taken = Taken(max((s.end for s in ordered), default=0))
    chosen: list[S] = []
    for s in ordered:
        if taken.free(s.start, s.end):
            taken.claim(s.start, s.end)
            chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)


_CUT_OFF = re.compile(r"(?:\.\.\.|…)\s*\Z")


def cut_off(text: str, at: int) -> bool:
    """Whether ``text`` stops right at ``at``, a word's last letter before it, cut off by "..."
    ("el Ministerio de Econ...", a stored page's opening): a name ending there may be no whole
    name ("the Immigration Department ..." ends a word first)."""
    return at > 0 and text[at - 1].isalnum() and _CUT_OFF.match(text, at) is not None
