"""Funding blocks while they are read, and the reading state the readers of a document share
(its lines, the blocks found so far, how a heading names a sector)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from coordkg.graph.extract.programmes_lines import (
    _NUMBERING,
    _SECTOR_HEAD,
    Line,
    _lines,
)
from coordkg.graph.extract.programmes_phrases import (
    _BULLET,
    _labels,
    _tile_rules,
)
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import Document, Evidence, Money

_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z/&-]{1,11}\)$")
"""A sector's acronym in brackets after its name in a heading: "... MANAGEMENT (CCCM)"."""
_PLACE_DASH = re.compile(r"\s+[-–—]\s+")
"""Between a page's place and the sector it is about: "State of Palestine - Food Security
Sector"."""
_CLUSTER_WORD = re.compile(r"\s(?:cluster|sector)\b", re.IGNORECASE)


@dataclass
class _Block:
    """A figure read with its title: the plan's headline, an objective, a programme or a
    total, kept until the blocks are sorted into the plan (``programmes._Reader.classify``)."""

    kind: str
    title: str
    title_line: Line | None
    money_line: Line
    funding: Money
    number: int | None = None
    priority: bool | None = None
    figures: dict[str, tuple[int, Line]] = field(default_factory=dict)
    related: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    shares: list[tuple[str, Decimal, Line]] = field(default_factory=list)
    last_line: int = 0
    under: str | None = None  # the objective a budget table puts this programme under
    itemised: bool = False  # a row of a table or an item of a list: never the plan's headline
    rule: str = ""  # the rule of funding.toml that read it, when one did


def item_programme(
    title: str, title_line: Line | None, money_line: Line, money: Money, last: int, rule: str
) -> _Block:
    """A programme read as an item (a row, a list item, a heading's figure): never the
    plan's headline."""
    return _Block(
        "programme", title, title_line, money_line, money, last_line=last, itemised=True, rule=rule
    )


class _Label(NamedTuple):
    """A programme's title and amount printed as a label, on one line or two."""

    title_line: Line
    money_line: Line
    title: str
    money: Money
    rule: str  # "labelled" (one line), "needs" (one naming its need) or "paired" (two)


def _subtotals(run: list[_Label]) -> set[int]:
    """Indexes of the labels of ``run`` that are no bulleted item and whose amount is the sum
    of the bulleted items right after them: a budget line's subtotal over its breakdown
    ("CCCM - USD 3,000,000" over "• DTM - USD 400,000", ...), not a programme of its own."""
    out: set[int] = set()
    for i, label in enumerate(run):
        if _BULLET.match(label.title_line.text):
            continue
        items = []
        for item in run[i + 1 :]:
            if not _BULLET.match(item.title_line.text):
                break
            items.append(item.money)
        same = all(m.currency == label.money.currency for m in items)
        if items and same and sum(m.amount for m in items) == label.money.amount:
            out.add(i)
    return out


def _total(line: Line, money: Money) -> _Block:
    return _Block("total", "", line, line, money, itemised=True)


class Reading:
    """What every reader of a document's funding shares: its lines, the blocks read so far
    and the lines already used, and how headings name sectors."""

    def __init__(self, doc: Document, resolver: Resolver) -> None:
        self.doc = doc
        self.resolver = resolver
        self.lines = _lines(doc.text)
        self.blocks: list[_Block] = []
        self.used: set[int] = set()

    def layout(self, line: Line) -> str:
        """The line as the file spaces it."""
        start, end = self.doc.raw_span(line.start, line.end)
        return self.doc.raw[start:end]

    def evidence(self, first: Line, last: Line, rule: str, confidence: float) -> Evidence:
        start, end = self.doc.raw_span(first.start, last.end)
        quote = " | ".join(ln.text for ln in self.lines[first.index : last.index + 1] if ln.text)
        return Evidence(self.doc.id, start, end, quote, rule, confidence)

    def block_at(self, index: int) -> _Block | None:
        """The block a line belongs to: the last one whose funding line comes before it."""
        found = None
        for b in self.blocks:
            if b.money_line.index <= index:
                found = b
        return found

    def sector(self, heading: str) -> str:
        """The sector or cluster a heading names ("3.7 Nutrition", "Protection Cluster",
        "NUTRITION (NUT)"), as the heading writes it without its numbering or acronym, or ""
        when it names none."""
        title = _ACRONYM_TAIL.sub("", _NUMBERING.sub("", heading)).strip()
        parts = _PLACE_DASH.split(title, maxsplit=1)
        if len(parts) == 2 and (place := self.resolver.known(parts[0])) and place.kind == "Country":
            title = parts[1]  # "State of Palestine - Food Security Sector"
        if _SECTOR_HEAD.search(title):
            return title
        hit = self.resolver.known(f"{title} Cluster") if title else None
        return title if hit is not None and hit.kind == "Cluster" else ""

    def _known(self, title: str) -> bool:
        """Whether the resolver knows the title or each of its parts between slashes
        ("UNICEF/WHO"); "USAID/OFDA Assistance to Georgia" names what a donor gave."""
        parts = title.split("/")
        return self.resolver.known(title.strip()) is not None or all(
            self.resolver.known(p.strip()) for p in parts
        )

    def body_named(self, title: str) -> str:
        """C4: a sector's requirement titled by the body the page names for it, as the page
        writes it ("3.7 Nutrition" on a page saying "The Nutrition Cluster requires ..." ->
        Nutrition Cluster; "Camp Coordination and Camp Management (CCCM) sector" -> Camp
        Coordination and Camp Management sector), or ``title`` when the title names no
        sector or the page never writes its cluster or sector."""
        if not title or _CLUSTER_WORD.search(f" {title}") or self.sector(title) != title:
            return title
        words = r"\s+".join(re.escape(w) for w in title.split())
        body = re.compile(
            rf"(?<![\w-])(?P<name>{words})(?:\s*\([A-Z][A-Za-z/&-]{{1,11}}\))?"
            rf"(?P<word>\s+(?:cluster|sector))\b(?![\w-])",
            re.IGNORECASE,
        )
        m = body.search(self.doc.text)
        return f"{' '.join(m.group('name').split())}{m.group('word')}" if m else title

    def sector_within(self, heading: str) -> str:
        """The sector of a cluster a heading names among other words ("Formal Health Cluster
        System data as of June 2024" -> Health), the longest run of words before "Cluster"
        that the resolver knows as a cluster, or ""."""
        title = _NUMBERING.sub("", heading)
        m = _CLUSTER_WORD.search(title)
        if m is None:
            return ""
        words = title[: m.start()].split()[-_tile_rules().max_words :]
        for i in range(len(words)):
            name = " ".join(words[i:])
            hit = self.resolver.known(f"{name} Cluster")
            if hit is not None and hit.kind == "Cluster":
                return name
        return ""

    def add_labels(self, run: list[_Label]) -> None:
        """A programme for each label of ``run`` when the run is long enough."""
        if len(run) < _labels().min_run and not all(label.rule == "needs" for label in run):
            return
        subtotals = _subtotals(run)
        for label in (label for i, label in enumerate(run) if i not in subtotals):
            self.blocks.append(
                _Block(
                    "programme",
                    label.title,
                    label.title_line,
                    label.money_line,
                    label.money,
                    last_line=label.money_line.index,
                    itemised=True,
                    rule=label.rule,
                )
            )
