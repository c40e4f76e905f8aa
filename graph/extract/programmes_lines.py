"""A plan's text as lines, and what one line says on its own: a figure and its label
("Funding required: $27,500,000"), a heading, an objective marker, or the continuation of the
sentence above it.  The other programme readers build on these."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coordkg.graph.extract.money import (
    BARE,
    HEADER_CURRENCY,
    currency,
    header_multiplier,
    value,
    whole_amount,
)
from coordkg.graph.model import Money

_FIGURE_LABEL = re.compile(r"\s+(?P<label>funding\s+required|required)$", re.IGNORECASE)
_COUNT = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)$")
_LABELS = {
    "funding required": "funding",
    "people in need": "people_in_need",
    "people targeted": "people_targeted",
    "target beneficiaries": "people_targeted",
    "targeted beneficiaries": "people_targeted",
    "entities targeted": "entities_targeted",
}
_OBJECTIVE = re.compile(
    r"^(?:strategic\s+)?objective(?:\s+(?P<n>\d+))?(?:\s*[-–:.]\s*(?P<title>.+))?$", re.IGNORECASE
)
_RELATED = re.compile(r"^related\s+inter[- ]?agency\s+plans?:?\s*(?P<rest>.*)$", re.IGNORECASE)
_GROUPS = re.compile(r"^(?:primary\s+)?target(?:ed)?\s+(?:population\s+)?groups:?$", re.IGNORECASE)
_PRIORITY = re.compile(r"\s+priority$", re.IGNORECASE)
_LABEL_LINE = re.compile(
    r"^(?P<label>(?:total\s+)?(?:(?:financial|funding)\s+)?requirements?|funding\s+required"
    r"|(?:total\s+)?budget|appeal(?:\s+target)?|(?:total|amount|funds?)\s+requested"
    r"|funding\s+(?:needed|sought))"
    r"(?:\s*\((?P<unit>[^)]{1,20})\)\s*:?|\s*:)\s*(?P<figure>\S.*)$",
    re.IGNORECASE,
)
"""A funding label with its figure on the same line ("Requirements (US$): 12.4M"), the colon
left out after a unit ("Requirements ($)$1.43 billion" on cluster pages)."""
_NUMBERING = re.compile(r"^(?:#+\s*)?(?:\d+(?:\.\d+)*\.?\s+)?")
_SECTOR_HEAD = re.compile(r"\s+(?:cluster|sector|area of responsibility|aor)$", re.IGNORECASE)
_STACK_TITLE = re.compile(r"^[A-Za-z][^\d]{0,79}$")
"""A title line of a stacked box: words only, not a sentence."""


def _stack_title(text: str) -> bool:
    """A line that can title figures printed apart from it."""
    return _STACK_TITLE.match(text) is not None


def _bare(text: str) -> bool:
    """A figure alone on its line, money only under a header naming the currency."""
    return BARE.match(text) is not None


TOTAL = re.compile(r"^(?:sub-?total|total|grand total)\b", re.IGNORECASE)
_RULE = re.compile(r"^[-=_]{5,}$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")


@dataclass
class Line:
    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        stripped = line.strip()
        out.append(Line(i, pos + (len(line) - len(line.lstrip())), stripped))
        pos += len(line) + 1
    return out


def _money(text: str) -> tuple[Money, bool] | None:
    """A line that is a figure alone, or a figure and "Funding required": (money, labelled)."""
    label = _FIGURE_LABEL.search(text)
    money = whole_amount(text[: label.start()] if label else text)
    return None if money is None else (money, label is not None)


def _labelled(text: str) -> tuple[Money, bool] | None:
    """A label and its figure on one line: (money, the label says it is a total)."""
    m = _LABEL_LINE.match(text)
    if m is None:
        return None
    money = whole_amount(m.group("figure"))
    unit = HEADER_CURRENCY.fullmatch(m.group("unit") or "")
    bare = BARE.match(m.group("figure").strip())
    if money is None and unit is not None and bare is not None:
        multiplier = 1 if bare.group("scale") else header_multiplier(unit)
        figure = value(bare.group("num"), bare.group("scale"), multiplier)
        money = Money(figure, currency(unit.group("cur")))
    return None if money is None else (money, m.group("label").lower().startswith("total"))


def _label(text: str) -> str | None:
    return _LABELS.get(" ".join(text.lower().split()))


def _heading(line: Line) -> bool:
    t = line.text
    return (
        bool(t)
        and len(t) <= 160
        and not t.endswith((".", ";", ","))
        and (t[0].isupper() or t[0].isdigit())
        and _label(t) is None
        and _money(t) is None
        and not _COUNT.match(t)
        and not _URL.match(t)
        and not t.startswith(("[", "{"))
    )


_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]*$")
_GOES_ON = re.compile(r"(?:,|\b(?:and|or|of|the|for|to|some|about|nearly|while))$", re.IGNORECASE)
"""The end of a line whose sentence goes on in the next line."""
_WRAPPED = re.compile(r"^(?:[a-z]|[$€£]|US\$|USD\b|\d)")
"""The start of a line that goes on with the sentence above it (a heading's next line starts
a new sentence with a capital)."""


def _continues(previous: Line, line: Line) -> bool:
    """Whether ``line`` goes on with the sentence of the line right above it: the one above
    does not end its sentence and ends on a comma or a joining word, or this one starts in
    lower case or with an amount."""
    return (
        line.index == previous.index + 1
        and bool(previous.text)
        and bool(line.text)
        and _SENTENCE_END.search(previous.text) is None
        and (_GOES_ON.search(previous.text) is not None or _WRAPPED.match(line.text) is not None)
    )


def _neighbours(lines: list[Line], i: int, step: int) -> Line | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].text and not _URL.match(lines[j].text):
            return lines[j]
        j += step
    return None


def _int(text: str | None) -> int | None:
    return int(text) if text else None
