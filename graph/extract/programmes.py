"""Read a plan's figures: the headline, its objectives and its programmes (activity areas).

Plans print their figures as short lines next to a label, in either order and in two layouts:

    Shelter, Settlements and Non-Food Items        Camp coordination and camp management  Priority
    Funding Required                               $3,500,000 Funding required
    $21,920,000                                    Related inter agency plans UNSDCF

A label takes the nearest unused value of its type (money for funding, a count for people),
before it or after it.  Each funding figure opens a block titled by the heading above it.  The
first block before any objective is the plan's headline; a block under an "Objective" marker is
an objective; others are programmes, under the last objective only when that objective's
funding can hold them (so a list of programmes printed after all objectives is not forced
under the last one).  Chart data (JSON arrays) gives funding shares.

Other plans put the figure on the label's line ("Funding required: $27,500,000",
"Requirements (US$): 12.4M"), in a table whose header names the currency ("Protection
3,000,000", "Shelter/NFI | 2.1 M", "Education  9.6M  650K  240K" under a header whose money
column names it; closed by a "Total" that is the plan's figure, never a programme), in a box
of two-column PDF text whose amounts come out stacked above their titles, or in prose: a list
of two or more items ("Health ($11,167,796), Education ($18,901,500)", "USD 15 million for
food security and USD 4 million for health") or an amount whose phrase says what it pays for
("$2 million will go towards early recovery"), or a programme named before the verb asking
for its amount ("Protection requires USD 12 million", "For shelter, $105 million is
required").  Factsheets list label lines ("Health: US$ 12.5 million", "$ 20.5 M Food
Security", a title over its amount), charts come out as titles and bare figures under a caption
naming the currency ("Funding requirements by sector (US$ million)") or stating their total
("(Total US$ 62 M)"), and cluster pages give the requirement under the cluster's heading or on
a dashboard tile ("US$ 47 million requested").  Any other lone amount in a sentence is a
passing mention.  The phrases are data (``rules/funding.toml``).  Nothing here knows a title or an
amount in advance.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from coordkg.graph.extract.money import (
    AMOUNT,
    BARE,
    HEADER_CURRENCY,
    amount,
    amount_scale,
    currency,
    header_multiplier,
    value,
    whole_amount,
)
from coordkg.graph.extract.resolve import Resolver, name_key
from coordkg.graph.model import Document, Entity, Evidence, Figure, FundingBlock, Money, Share

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
_TABLE_HEADER = re.compile(
    r"\b(?:programme|requirement|linked|plan|total|amount|sector|cluster|budget)s?\b",
    re.IGNORECASE,
)
_CELL = (
    r"(?:(?P<cur>US\s?\$|\$|USD|EUR|€)\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>million|mn|bn|billion|[MmBbKk])\b)?"
)
_CELLS = re.compile(_CELL)
"""One figure of a table row, in its own currency and scale or in its header's."""
_FILLER = r"[-+]?\d+(?:\.\d+)?%|[–—-](?!\S)"
"""A cell of another column that holds no money: a percentage ("-44%", "+6%") or a dash."""
_ROW_CELLS = re.compile(rf"(?P<filler>{_FILLER})|{_CELL}")
"""Every cell of a table row, fillers included, so that columns keep their places."""
_TABLE_ROW = re.compile(  # the cells without their group names, to repeat them
    r"^(?P<title>[A-Za-z][^$\d|:]*?[A-Za-z)&])"
    rf"(?P<cells>(?:\s+(?:{_FILLER}|{re.sub(r'[(][?]P<[a-z]+>', '(?:', _CELL)}))+)"
    r"(?:\s+(?P<related>[A-Z][A-Za-z0-9-]{1,12}))?$"
)
_COLUMNS = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_JOINED = re.compile(r"(?:&|,|/|-|\band|\bof)$", re.IGNORECASE)
"""A row title that ends like this goes on in the line under the row ("Security &")."""
_PAREN_ITEM = re.compile(r"\(\s*(?P<figure>[^()]{2,40}?)\s*\)")
_ITEM_STOP = frozenset(
    {"for", "including", "includes", "include", "are", "is", "as", "on", "to", "in", "across"}
    | {"with", "by", "covering", "covers", "seeks", "seeking", "requires", "needs"}
)
_ITEM_JOIN = frozenset(["and", "&", "of", "-"])
_PART_OF = re.compile(r"\s+of\s+(?:the|this|that)\s+", re.IGNORECASE)
"""Between a part and its whole: "$3,75 million of the $7,2 million will go towards ..."."""
_FOR_ITEM_END = re.compile(r",?\s+and\s*$|\s+sectors?$|\s+clusters?$")
_LISTED_WORDS = r"(?=(?:[A-Za-z][\w/'-]*\s+){0,2}?[A-Za-z][\w/'-]*,?\s+(?:and|&)\s)"
"""After a comma inside a title, the next member of a list of its words closed by "and":
"water, sanitation and hygiene" is one title, "clean water, while ..." ends at the comma."""
_TITLE = rf"(?P<title>[A-Za-z][^,;.()$:]*(?:,\s+{_LISTED_WORDS}[^,;.()$:]*)*)"
"""What an amount pays for after the phrase tying them, a list of words closed by "and"
included."""
_STACK_TITLE = re.compile(r"^[A-Za-z][^\d]{0,79}$")
"""A title line of a stacked box: words only, not a sentence."""


def _stack_title(text: str) -> bool:
    """A line that can title figures printed apart from it."""
    return _STACK_TITLE.match(text) is not None


def _bare(text: str) -> bool:
    """A figure alone on its line, money only under a header naming the currency."""
    return BARE.match(text) is not None


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


@dataclass(frozen=True)
class _Prose:
    """The phrases of ``rules/funding.toml`` that tie an amount to what it pays for."""

    link: re.Pattern[str]
    title_end: re.Pattern[str]
    not_programmes: frozenset[str]
    max_words: int
    not_after_to: frozenset[str]
    purpose: re.Pattern[str]
    spender: re.Pattern[str]
    spent_on: re.Pattern[str]
    purpose_words: re.Pattern[str]
    next_amount: re.Pattern[str]  # "and some" before the next item's amount: not the title's

    def purpose_title(self, text: str, link: re.Match[str] | None, end: int) -> str:
        """What a named recipient after ``link`` is to do with the money ("for the World
        Food Programme (WFP) to provide food assistance" -> food assistance), or "": the
        recipient is who gets the money, its purpose the programme."""
        if link is None:
            return ""
        m = self.purpose.match(text, link.start("title"), end)
        first = self.title(m.group("title")) if m else ""
        return _served_list(text, first, m.start("title") + len(first), end) if m and first else ""

    def spent_title(self, text: str, amount_: re.Match[str], end: int) -> str:
        """What an amount after a spending verb is spent on ("will spend $115,000 on
        reproductive health services"), or "" when no such verb comes right before it."""
        if self.spender.search(text, max(0, amount_.start() - 40), amount_.start()) is None:
            return ""
        m = self.spent_on.match(text, amount_.end(), end)
        return self.title(m.group("title")) if m else ""

    def title(self, raw: str) -> str:
        """The programme's name in the words after the phrase, or "" when they name the
        whole appeal or its people ("for some 200,000 people")."""
        title = self.purpose_words.sub("", raw.strip())
        title = self.next_amount.sub("", self.title_end.sub("", title).strip())
        title = _FOR_ITEM_END.sub("", title)
        words = title.split()
        members = _MEMBERS.split(title)
        if (
            not words
            or len(words) > 2 * self.max_words
            or max(len(m.split()) for m in members) > self.max_words
            or words[-1].lower() in self.not_programmes
            or any(ch.isdigit() for ch in title)
        ):
            return ""
        return title

    def pays_for(self, link: re.Match[str], title: str) -> bool:
        """Whether the title after ``link`` says what the money pays for: after a bare "to"
        it may say what the money does or who gets it ("to provide tents", "to national
        NGOs")."""
        if (link.group("listed") or "").lower() != "to":
            return True
        words = title.lower().split()
        return words[0] not in self.not_after_to and not any(w in _named().actors for w in words)


_SERVED = re.compile(
    r"\s+(?:for|to)\s+\d[\d,.]*(?:\s+[A-Za-z-]+){1,3}?(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?P<next>[a-z][a-z ]{0,60}?)(?=\s+(?:for|to)\s+\d)"
)
"""After a purpose and whom it serves, the next purpose of the list: "water supplies for
5,000 families, nutrition for 5,000 infants and protection for ..." -> ", nutrition"."""


def _served_list(text: str, first: str, pos: int, end: int) -> str:
    """``first`` with the purposes listed after it, each followed by whom it serves ("water
    supplies, nutrition and protection"), or ``first`` alone."""
    parts = [first]
    while (m := _SERVED.match(text, pos, end)) is not None and _prose().title(m.group("next")):
        parts.append(m.group("next"))
        pos = m.end()
    return first if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


_MEMBERS = re.compile(r",\s*|\s+and\s+", re.IGNORECASE)
"""Between the members of a title that lists several things."""
_DETERMINERS = re.compile(r"^(?:(?:the|a|an|this|that|its|their|our)\s+)+", re.IGNORECASE)
_CLAUSE_START = re.compile(
    r"[.!?]\s+|[;:]\s*|,\s+(?:while|whereas|and|but)\s+|\s+(?:while|whereas)\s+",
    re.IGNORECASE,
)
"""Where the clause naming a programme before its verb begins, within its sentence."""


@dataclass(frozen=True)
class _Named:
    """The words of ``rules/funding.toml`` [named]: a programme named before the verb that
    asks for its amount ("Protection requires USD 12 million")."""

    asks: re.Pattern[str]
    clause_end: re.Pattern[str]
    heads: re.Pattern[str]
    generic: frozenset[str]
    actors: frozenset[str]
    look_back: int
    intro: re.Pattern[str]
    fronted: re.Pattern[str]
    needed: re.Pattern[str]

    def title(self, text: str, amount_start: int, about: str = "") -> str:
        """The programme the clause before ``amount_start`` names, or "" when no verb asks
        for the amount or the clause names an actor, a place or the whole appeal; a clause
        that is a head alone ("The cluster requires ...") names ``about``, the sector the page
        is about, if any.  Reads at most ``look_back`` characters back, so a long line stays
        linear."""
        start = max(0, amount_start - self.look_back)
        window = text[start:amount_start]
        ask = self.asks.search(window)
        if ask is None:
            return ""
        before = window[: ask.start()]
        starts = list(_CLAUSE_START.finditer(before))
        if not starts and start > 0:
            return ""  # the clause began beyond the look-back: too long to be a name
        clause = before[starts[-1].end() :] if starts else before
        clause = self.intro.sub("", clause.strip().rstrip(",").strip(), count=1)
        words = _prose().title_end.sub("", clause)
        words = self.clause_end.sub("", words).strip()
        bare = _DETERMINERS.sub("", words)
        name = self.heads.sub("", bare).strip()
        if not name and bare:
            return about
        return self.accept(name)

    def accept(self, name: str) -> str:
        """``name`` as a programme's title, or "" when it names an actor, a place or the
        whole appeal."""
        lowered = name.lower().split()
        if all(w in self.generic for w in lowered) or any(w in self.actors for w in lowered):
            return ""
        return _prose().title(name)

    def fronted_title(self, text: str, amount_: re.Match[str]) -> str:
        """The programme a sentence puts before its amount ("For shelter, 105 million U.S.
        dollars is required ..."), or "" when no verb of need follows the amount."""
        start = max(0, amount_.start() - self.look_back)
        m = self.fronted.search(text, start, amount_.start())
        if m is None or self.needed.match(text, amount_.end()) is None:
            return ""
        name = _DETERMINERS.sub("", _prose().title_end.sub("", m.group("name").strip()))
        return self.accept(self.heads.sub("", name).strip())


def _alternatives(phrases: list[str]) -> str:
    """A regex matching any of ``phrases`` whole, longest first, any spaces for a space."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


@cache
def _funding_rules() -> dict[str, Any]:
    """``rules/funding.toml`` (cached: it ships with the package)."""
    path = resources.files("coordkg.graph.extract") / "rules" / "funding.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def _prose() -> _Prose:
    data = _funding_rules()["allocated"]
    link = re.compile(
        rf"\s+(?:(?P<allocated>{_alternatives(data['phrases'])})"
        rf"|(?P<listed>{_alternatives(data['listed'])}))\s+(?:the\s+)?{_TITLE}",
        re.IGNORECASE,
    )
    purpose = re.compile(  # a recipient in capitals, its acronym, then "to <verb> <purpose>"
        rf"[A-Z][^,;.()$:]{{0,80}}?\s*(?:\([^()]{{1,40}}\)\s*)?"
        rf"\s+to\s+(?i:{_alternatives(data['purpose_verbs'])})\s+(?i:the\s+)?(?i:{_TITLE})"
    )
    spender = re.compile(
        rf"\b(?:{_alternatives(data['spent_verbs'])})"
        rf"(?:\s+(?:{_alternatives(_funding_rules()['named']['modifiers'])}))?\s*$",
        re.IGNORECASE,
    )
    spent_on = re.compile(
        rf"\s+(?:{_alternatives(data['spent_links'])})\s+(?:the\s+)?{_TITLE}", re.IGNORECASE
    )
    title_end = re.compile(
        rf"\s+(?:{_alternatives(data['title_ends'])}"
        rf"|of\s+(?:the\s+)?(?:{_alternatives(data['whom'])}))\b.*$",
        re.IGNORECASE,
    )
    return _Prose(
        link,
        title_end,
        frozenset(data["not_programmes"] + data["whom"]),
        data["max_words"],
        frozenset(data["not_after_to"]),
        purpose,
        spender,
        spent_on,
        re.compile(rf"^(?:{_alternatives(data['purpose_words'])})\s+", re.IGNORECASE),
        re.compile(
            rf"(?:,|\s+and)?\s+(?:{_alternatives(_funding_rules()['named']['modifiers'])})$",
            re.IGNORECASE,
        ),
    )


@cache
def _named() -> _Named:
    data = _funding_rules()["named"]
    asks = re.compile(
        rf"(?:^|\s|,)(?:{_alternatives(data['verbs'])})"
        rf"(?:\s+(?:{_alternatives(data['modifiers'])}))?\s*$",
        re.IGNORECASE,
    )
    heads = re.compile(rf"(?:\s*\b(?:{_alternatives(data['heads'])}))+$", re.IGNORECASE)
    clause_end = re.compile(
        rf"\s+(?:{_alternatives(data['clause_ends'])})\b.*$", re.IGNORECASE | re.DOTALL
    )
    intro = re.compile(
        rf"^(?:{_alternatives(data['openers'])})\b"
        rf"(?:[^,]|,(?=\s+{_LISTED_WORDS}))*,(?!\s+{_LISTED_WORDS})\s*",
        re.IGNORECASE,
    )
    fronted = _funding_rules()["fronted"]
    return _Named(
        asks,
        clause_end,
        heads,
        frozenset(data["generic"]),
        frozenset(data["actors"]),
        int(data["look_back"]),
        intro,
        re.compile(
            rf"(?:^|[.!?;:]\s+)(?:{_alternatives(fronted['openers'])})\s+"
            rf"(?P<name>[A-Za-z][^,.;:$]{{0,80}}),\s*"
            rf"(?:(?:{_alternatives(data['modifiers'])})\s+)?$",
            re.IGNORECASE,
        ),
        re.compile(rf"\s+(?:{_alternatives(fronted['verbs'])})\b", re.IGNORECASE),
    )


_LABEL_ITEM = re.compile(
    r"^(?:[-•·▪*]\s*)?(?P<title>[A-Za-z][^\d$€£:–—|]*?)\s*(?:[:–—]|\s-|\.{3,}|…+)?\s*"
    r"(?P<amount>(?:US\s?\$|\$|€|£|USD|EUR|GBP|CHF|\d).*)$",
    re.IGNORECASE,
)
"""A label line: a title, a separator (dot leaders of a fact sheet's funding lines among
them) or none, then what should be an amount alone."""


@dataclass(frozen=True)
class _Labels:
    """The words of ``rules/funding.toml`` [labelled]."""

    min_run: int
    max_words: int
    not_requirements: frozenset[str]

    def item(self, text: str) -> tuple[str, Money] | None:
        """(title, amount) of a label line whose title may name a programme: the title
        first ("Health: US$ 12.5 million", other columns' percentages after it) or the amount
        first ("$ 20.5 M Food Security")."""
        m = _LABEL_ITEM.match(text)
        if m is not None:
            money = whole_amount(_FILLER_TAIL.sub("", m.group("amount")))
            title = m.group("title")
        else:
            money, title = _amount_first(text)
        if money is None or not self.names_programme(title.strip(" -,")):
            return None
        return title.strip(" -,"), money

    def names_programme(self, title: str) -> bool:
        """Whether a label's title may name a programme: not other money, the whole plan or
        its people."""
        words = [w.strip("(),").lower() for w in re.split(r"[\s/]+", title)]
        return (
            bool(title)
            and len(words) <= self.max_words
            and not any(w in self.not_requirements for w in words)
            and words[-1] not in _prose().not_programmes
        )


_FILLER_TAIL = re.compile(rf"(?:\s+(?:{_FILLER}))+$")
"""Cells of other columns after a label's amount: "Health  $10.1M  35%"."""
_BULLET = re.compile(r"^[-•·▪*]\s*")


def _amount_first(text: str) -> tuple[Money | None, str]:
    """(amount, title) of a line that gives its amount with its currency before a
    capitalised title ("$ 20.5 M Food Security"), or (None, "")."""
    start = m.end() if (m := _BULLET.match(text)) else 0
    amount_ = AMOUNT.match(text, start)
    title = text[amount_.end() :].strip() if amount_ else ""
    if amount_ is None or not title[:1].isupper() or not _stack_title(title):
        return None, ""
    return amount(amount_), title


@cache
def _labels() -> _Labels:
    data = _funding_rules()["labelled"]
    return _Labels(
        int(data["min_run"]), int(data["max_words"]), frozenset(data["not_requirements"])
    )


@dataclass(frozen=True)
class _Tiles:
    """The words of ``rules/funding.toml`` [tile]."""

    line: re.Pattern[str]
    max_words: int


@cache
def _tile_rules() -> _Tiles:
    data = _funding_rules()["tile"]
    line = re.compile(
        rf"^(?:[-•·▪*]\s*)?(?P<amount>.+?)\s+(?:{_alternatives(data['words'])})$", re.IGNORECASE
    )
    return _Tiles(line, int(data["max_words"]))


def _tile(text: str) -> Money | None:
    """The amount of a dashboard tile line ("- US$ 47 million requested"), or None."""
    m = _tile_rules().line.match(text)
    return whole_amount(m.group("amount")) if m else None


_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z/&-]{1,11}\)$")
"""A sector's acronym in brackets after its name in a heading: "... MANAGEMENT (CCCM)"."""
_CLUSTER_WORD = re.compile(r"\s(?:cluster|sector)\b", re.IGNORECASE)


def _stack_gap() -> int:
    """How many lines may stand between a currency header and the amounts stacked under it."""
    return int(_funding_rules()["stacked"]["max_gap"])


_TOTAL = re.compile(r"^(?:sub-?total|total|grand total)\b", re.IGNORECASE)
_RULE = re.compile(r"^[-=_]{5,}$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$")


@dataclass
class _Line:
    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class _Block:
    kind: str
    title: str
    title_line: _Line | None
    money_line: _Line
    funding: Money
    number: int | None = None
    priority: bool | None = None
    figures: dict[str, tuple[int, _Line]] = field(default_factory=dict)
    related: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    shares: list[tuple[str, Decimal, _Line]] = field(default_factory=list)
    last_line: int = 0
    under: str | None = None  # the objective a budget table puts this programme under
    itemised: bool = False  # a row of a table or an item of a list: never the plan's headline
    rule: str = ""  # the rule of funding.toml that read it, when one did


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        stripped = line.strip()
        out.append(_Line(i, pos + (len(line) - len(line.lstrip())), stripped))
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


@dataclass(frozen=True)
class _Unit:
    """What a table header says of the figures under it."""

    code: str
    multiplier: int
    column: int = 0  # which of the header's columns names the currency
    columns: int = 1  # how many columns the header names
    rule: str = ""  # "totalled" when the unit is that of the caption's total
    leads: bool = False  # the money column heads a header printed without column gaps

    def money_cell(self, cells: int) -> int | None:
        """Which of a row's ``cells`` figures stands under the currency's column, the row's
        figures aligned with the header's last columns (its first may head the titles), or
        the first figure under a single-spaced header that names the money column first."""
        if cells == 1 or self.leads:
            return 0  # a lone figure: the row leaves its other columns empty
        where = self.column - (self.columns - cells)
        return where if self.columns > 1 and 0 <= where < cells else None


_HEADER_TOTAL = re.compile(r"\(\s*total\s*:?\s*(?P<amount>[^()]+?)\s*\)", re.IGNORECASE)
"""A caption's total in brackets: "Planning Requirements by Sector (Total US $ 62 M)"."""


def _table_unit(line: str, layout: str = "") -> _Unit | None:
    """The currency and multiplier a table header gives its figures: "(USD)", "in US$",
    "Requirements US$ million", or the currency and scale of the total a caption gives in
    brackets ("Requirements by Sector (Total US$ 62 M)" over "Health 6"); a sentence that
    names a currency is not a header.  Its columns are those of ``layout``, the line as the
    file spaces it (cleaning closes up the spaces)."""
    text = line.strip("| ").replace(" | ", " ")
    if len(text) > 120 or text.endswith(".") or _labelled(text):
        return None
    if (total := _HEADER_TOTAL.search(text)) is not None:
        return _total_unit(text[: total.start()], total.group("amount"))
    if AMOUNT.search(text):
        return None
    for m in HEADER_CURRENCY.finditer(text):
        before = text[: m.start()].rstrip().lower()
        if _other_money(before):
            return None
        if before.endswith(("(", "( in", "(in", " in")) or _TABLE_HEADER.search(before):
            code, multiplier = currency(m.group("cur")), header_multiplier(m)
            labels = [c for c in _COLUMNS.split((layout or line).strip("| ")) if c.strip()]
            where = next((i for i, c in enumerate(labels) if HEADER_CURRENCY.search(c)), 0)
            leads = len(labels) == 1 and _leads(before, text[m.end() :])
            return _Unit(code, multiplier, where, max(len(labels), 1), leads=leads)
    return None


def _leads(before: str, after: str) -> bool:
    """Whether a header printed with single spaces ("FUNDING REQUIREMENTS (US$) PEOPLE IN
    NEED PEOPLE TARGETED", PDF text) names its money column first: a short label of
    requirements before the currency, other column labels after it."""
    needs, _ = _money_words()
    rest = after.strip(" )")
    label = before.strip(" (").split()
    return (
        bool(rest)
        and 0 < len(label) <= 3
        and bool(needs.search(before))
        and not AMOUNT.search(rest)
    )


def _total_unit(caption: str, total: str) -> _Unit | None:
    """The unit of figures under a caption naming requirements and their total in brackets:
    the total's currency and scale."""
    m = AMOUNT.fullmatch(total)
    if m is None or AMOUNT.search(caption) or _other_money(caption.lower()):
        return None
    needs, _ = _money_words()
    if not needs.search(caption):
        return None
    return _Unit(amount(m).currency, amount_scale(m), rule="totalled")


@cache
def _money_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words of requirements and words of other money in table headers (``[tables]``)."""
    data = _funding_rules()["tables"]
    needs = re.compile(rf"\b(?:{_alternatives(data['requirement_words'])})\b", re.IGNORECASE)
    other = re.compile(rf"\b(?:{_alternatives(data['other_money'])})\b", re.IGNORECASE)
    return needs, other


def _other_money(before: str) -> bool:
    """Whether the header words before a currency name money that is no requirement: a word
    of other money with no word of requirements after it."""
    needs, other = _money_words()
    last_other = max((m.end() for m in other.finditer(before)), default=-1)
    last_need = max((m.end() for m in needs.finditer(before)), default=-1)
    return last_other > last_need


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _under_header(text: str) -> bool:
    """A second header line before any row: a unit in brackets ("(in millions)") or words
    under the column labels, years at most ("since 2023  since 2023"), never a sentence."""
    words = _YEAR.sub("", text)
    return text.startswith("(") or (
        len(text) <= 160 and not text.endswith(".") and not any(ch.isdigit() for ch in words)
    )


def _title_piece(text: str) -> bool:
    """A short line of words that can be part of a row title wrapped over two lines."""
    return (
        bool(text)
        and len(text) <= 40
        and text[0].isalpha()
        and not any(ch.isdigit() for ch in text)
        and not text.endswith((".", ":", ";", ")"))
        and not _TABLE_HEADER.search(text)
    )


def _label(text: str) -> str | None:
    return _LABELS.get(" ".join(text.lower().split()))


def _heading(line: _Line) -> bool:
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


def _continues(previous: _Line, line: _Line) -> bool:
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


def _neighbours(lines: list[_Line], i: int, step: int) -> _Line | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].text and not _URL.match(lines[j].text):
            return lines[j]
        j += step
    return None


class _Label(NamedTuple):
    """A programme's title and amount printed as a label, on one line or two."""

    title_line: _Line
    money_line: _Line
    title: str
    money: Money
    rule: str  # "labelled" (one line) or "paired" (a title over its amount)


class _Reader:
    def __init__(self, doc: Document, resolver: Resolver) -> None:
        self.doc = doc
        self.resolver = resolver
        self.lines = _lines(doc.text)
        self.blocks: list[_Block] = []
        self.used: set[int] = set()

    def layout(self, line: _Line) -> str:
        """The line as the file spaces it."""
        start, end = self.doc.raw_span(line.start, line.end)
        return self.doc.raw[start:end]

    def evidence(self, first: _Line, last: _Line, rule: str, confidence: float) -> Evidence:
        start, end = self.doc.raw_span(first.start, last.end)
        quote = " | ".join(ln.text for ln in self.lines[first.index : last.index + 1] if ln.text)
        return Evidence(self.doc.id, start, end, quote, rule, confidence)

    def title_for(self, anchor: int) -> tuple[str, _Line | None, int | None, bool]:
        """The heading above line ``anchor``: (title, its line, objective number, objective?)."""
        above = _neighbours(self.lines, anchor, -1)
        if above is None or not _heading(above):
            return "", None, None, False
        marker = _OBJECTIVE.match(above.text)
        if marker and not marker.group("title"):
            return "", above, int(marker.group("n")) if marker.group("n") else None, True
        if marker:
            return marker.group("title").strip(), above, _int(marker.group("n")), True
        higher = _neighbours(self.lines, above.index, -1)
        if higher is not None and (m := _OBJECTIVE.match(higher.text)):
            return above.text, above, _int(m.group("n")), True
        return above.text, above, None, False

    def read_funding(self) -> None:
        for line in self.lines:
            money = _money(line.text)
            if money is not None and money[1]:
                self.open_block(line, money[0], line.index)
                continue
            if (labelled := _labelled(line.text)) is not None:
                if labelled[1]:
                    self.blocks.append(_total(line, labelled[0]))
                else:
                    self.open_block(line, labelled[0], line.index)
                continue
            if _label(line.text) != "funding":
                continue
            for step in (-1, 1):
                near = _neighbours(self.lines, line.index, step)
                if near is not None and near.index not in self.used and (m := _money(near.text)):
                    self.used.update({near.index, line.index})
                    self.open_block(near, m[0], min(near.index, line.index))
                    break

    def open_block(self, money_line: _Line, funding: Money, anchor: int) -> None:
        title, title_line, number, objective = self.title_for(anchor)
        priority: bool | None = None
        if title and _PRIORITY.search(title) and money_line.text.lower().endswith("required"):
            title, priority = _PRIORITY.sub("", title).strip(), True
        kind = "objective" if objective else "programme"
        sector = "" if objective else self.sector(title)
        self.blocks.append(
            _Block(
                kind,
                sector or title,
                title_line,
                money_line,
                funding,
                number,
                priority,
                last_line=money_line.index,
                itemised=bool(sector),  # a sector's requirement is never the plan's headline
                rule="sector" if sector else "",
            )
        )

    def block_at(self, index: int) -> _Block | None:
        """The block a line belongs to: the last one whose funding line comes before it."""
        found = None
        for b in self.blocks:
            if b.money_line.index <= index:
                found = b
        return found

    def read_details(self) -> None:
        """Counts, related plans, target groups and chart data, each to its block."""
        for line in self.lines:
            key = _label(line.text)
            if key and key != "funding":
                for step in (-1, 1):
                    near = _neighbours(self.lines, line.index, step)
                    if near is not None and near.index not in self.used and _COUNT.match(near.text):
                        block = self.block_at(min(near.index, line.index))
                        if block is not None and key not in block.figures:
                            block.figures[key] = (int(near.text.replace(",", "")), line)
                            block.last_line = max(block.last_line, line.index, near.index)
                        self.used.update({near.index, line.index})
                        break
            elif m := _RELATED.match(line.text):
                block = self.block_at(line.index)
                rest = m.group("rest").strip()
                if not rest and (nxt := _neighbours(self.lines, line.index, 1)):
                    rest = nxt.text
                if block is not None and rest:
                    block.related.extend(
                        p.strip() for p in re.split(r",|;|\band\b", rest) if p.strip()
                    )
            elif _GROUPS.match(line.text):
                block = self.block_at(line.index)
                j = line.index + 1
                while block is not None and j < len(self.lines) and self.lines[j].text:
                    block.groups.append(self.lines[j].text)
                    j += 1
            elif line.text.startswith("[") and (shares := _chart(line.text)):
                block = self.block_at(line.index)
                if block is not None:
                    block.shares.extend((n, p, line) for n, p in shares)

    def classify(self) -> None:
        """Headline, objectives merged by title, untitled chart repeats folded in."""
        headline = next((b for b in self.blocks if not b.itemised), None)
        if headline is not None and headline is self.blocks[0] and headline.kind != "objective":
            headline.kind, headline.title = "plan", ""
        totals = [b for b in self.blocks if b.kind == "total"]
        self.blocks = [b for b in self.blocks if b.kind != "total"]
        if totals and not any(b.kind == "plan" for b in self.blocks):
            # a "Total" is the plan's figure when nothing else gives it; never a programme
            totals[0].kind = "plan"
            self.blocks.insert(0, totals[0])
        objective_titles = {name_key(b.title): b for b in self.blocks if b.kind == "objective"}
        merged: list[_Block] = []
        for b in self.blocks:
            same = objective_titles.get(name_key(b.title)) if b.title else None
            if b.kind == "programme" and same is not None:
                b.kind, b.number = "objective", same.number
            twin = next(
                (
                    m
                    for m in merged
                    if m.kind == b.kind
                    and b.kind != "plan"
                    and (
                        (b.title and name_key(m.title) == name_key(b.title))
                        or (
                            not b.title
                            and not m.title
                            and m.funding == b.funding
                            and m is merged[-1]
                        )
                    )
                ),
                None,
            )
            if twin is not None and twin.funding == b.funding:
                twin.number = twin.number or b.number
                twin.figures = {**b.figures, **twin.figures}
                twin.related += [r for r in b.related if r not in twin.related]
                twin.groups += [g for g in b.groups if g not in twin.groups]
                twin.shares += b.shares
                continue
            merged.append(b)
        self.blocks = merged
        if any(b.priority for b in self.blocks):
            # Plans that flag priorities flag them on every titled programme line.
            for b in self.blocks:
                if b.kind == "programme" and b.priority is None and b.title:
                    b.priority = False

    def objectives_of_programmes(self) -> dict[int, str]:
        """Programme -> objective title, kept only where the objective's funding holds them."""
        current: _Block | None = None
        assigned: dict[int, _Block] = {}
        for i, b in enumerate(self.blocks):
            if b.kind == "objective":
                current = b
            elif b.kind == "programme" and current is not None:
                assigned[i] = current
        result: dict[int, str] = {}
        for objective in {id(o): o for o in assigned.values()}.values():
            members = [i for i, o in assigned.items() if o is objective]
            total = sum(self.blocks[i].funding.amount for i in members)
            if total <= objective.funding.amount:
                result.update({i: objective.title for i in members})
        return result

    def read_tables(self) -> None:
        """Budget tables: a header naming the currency ("(USD)", "US$ million"), rows
        "Title  38,400,000  MRP" or "Title | 2.1 M", a title wrapped onto the line above its
        row, groups under "Strategic Objective N: ..." closed by a "Subtotal" that is the
        objective's funding, and a "Total" that is not a programme.  Tables without a currency
        are not read as money (they may count people)."""
        unit: _Unit | None = None
        rows = 0
        group: list[_Block] = []
        marker: _Line | None = None
        tails: set[int] = set()
        for line in self.lines:
            text = line.text.strip("| ").replace(" | ", " ")
            if line.index in tails:
                continue
            if unit is None or (rows and _table_unit(line.text)):
                unit, rows = _table_unit(line.text, self.layout(line)), 0
                continue
            if not text or _RULE.match(re.sub(r"[|: ]", "", text)):
                continue
            objective = _OBJECTIVE.match(text)
            if objective and objective.group("title"):
                marker, group = line, []
                continue
            row = _TABLE_ROW.match(text)
            if row is None:
                heading = _TABLE_HEADER.search(text) or (not rows and _under_header(text))
                if not heading and not self._wraps_title(line):
                    unit = None
                continue
            amount_ = _row_money(row, unit)
            if amount_ is None:
                unit = None
                continue
            rows += 1
            title, first, tail = self._row_title(line, row.group("title").strip(), tails)
            if tail is not None:
                tails.add(tail.index)
            if _TOTAL.match(title):
                if not title.lower().startswith("sub"):
                    self.blocks.append(_total(line, amount_))
                elif marker is not None:
                    m = _OBJECTIVE.match(marker.text)
                    assert m is not None
                    self.blocks.append(
                        _Block(
                            "objective",
                            m.group("title").strip(),
                            marker,
                            line,
                            amount_,
                            _int(m.group("n")),
                            last_line=line.index,
                            itemised=True,
                        )
                    )
                    for b in group:
                        b.under = m.group("title").strip()
                marker, group = None, []
                continue
            block = _Block(
                "programme",
                title,
                first,
                line,
                amount_,
                last_line=tail.index if tail else line.index,
                itemised=True,
                rule=unit.rule if len(_ROW_CELLS.findall(row.group("cells"))) == 1 else "columns",
            )
            if row.group("related"):
                block.related.append(row.group("related"))
            self.blocks.append(block)
            group.append(block)
        self.blocks.sort(key=lambda b: b.money_line.index)

    def _row_title(
        self, line: _Line, title: str, tails: set[int]
    ) -> tuple[str, _Line, _Line | None]:
        """A row's whole title, with the line it starts on and the line under the row it
        ends on, if any: "Food" / "Security &  51.0M  1.9M" / "Agriculture".  A line that
        ended the row above (``tails``) does not start this one."""
        first = line
        above = line.index - 1
        if above >= 0 and above not in tails and self._wraps_title(self.lines[above]):
            first = self.lines[above]
            title = f"{first.text.strip('| ')} {title}"
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        if below is not None and _JOINED.search(title) and _title_piece(below.text.strip("| ")):
            return f"{title} {below.text.strip('| ')}", first, below
        return title, first, None

    def _wraps_title(self, line: _Line) -> bool:
        """Whether ``line`` is the first part of the title of the table row right under it
        ("Shelter and Non-Food" over "Items  2.1 M")."""
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        return (
            below is not None
            and _title_piece(line.text.strip("| "))
            and _TABLE_ROW.match(below.text.strip("| ").replace(" | ", " ")) is not None
        )

    def read_lists(self) -> None:
        """Amounts in prose: two or more in one sentence ("Health ($11,167,796), Education
        ($18,901,500) and Protection ($5,000,000)", "USD 63 million for health and USD 20
        million for shelter"), or one whose phrase says what it pays for ("$2 million will go
        towards early recovery").  Any other lone amount is a passing mention, not a block, and
        an amount given to an agency or a country ("$500,000 will go to FAO") is no programme.
        A sentence hard-wrapped over several lines is one list: "$58 million for food
        security," / "$41 million for nutrition and $7 million for education." lists three."""
        about, section = "", ""
        sentence: list[tuple[_Line, list[_Item]]] = []
        for line in self.lines:
            if sentence and not _continues(sentence[-1][0], line):
                self.add_sentence(sentence)
                sentence = []
            if (tile := _tile(line.text)) is not None:
                self.add_items([_Item(section, tile, "tile")] if section else [], line)
                continue
            if (_heading(line) or line.text.startswith("#")) and len(line.text) <= 80:
                about = self.sector(line.text) or about
                section = self.sector_within(line.text)
            items = (
                _parenthesised(line.text)
                or _leader_items(line.text)
                or _amount_items(line.text, about)
            )
            sentence.append((line, [i for i in items if not self._lists_known(i.title)]))
        self.add_sentence(sentence)
        self.blocks.sort(key=lambda b: b.money_line.index)

    def add_sentence(self, lines: list[tuple[_Line, list[_Item]]]) -> None:
        """The items of one sentence, line by line: all of them when it lists two or more,
        else only one whose phrase says what it pays for."""
        items = _sector_items([i for _, found in lines for i in found])
        for line, found in lines:
            kept = [i for i in found if i in items and (len(items) >= 2 or i.rule != "listed")]
            self.add_items(kept, line)

    def _lists_known(self, title: str) -> bool:
        """Whether the resolver knows the title or a member of the list it makes: money
        "requested for Burundi, DR Congo and the transit centre" goes to places."""
        members = [title, *_MEMBERS.split(title)]
        return any(self.resolver.known(_DETERMINERS.sub("", m.strip())) for m in members)

    def add_items(self, items: list[_Item], line: _Line) -> None:
        """A programme for each item read in ``line``."""
        for item in items:
            self.blocks.append(
                _Block(
                    "programme",
                    item.title,
                    line,
                    line,
                    item.money,
                    last_line=line.index,
                    itemised=True,
                    rule=item.rule,
                )
            )

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

    def read_labels(self) -> None:
        """Runs of label lines ("Health: US$ 12.5 million" / "- WASH – $3.2M"), each a
        programme; a lone label line, a line a table already read, or a title the resolver
        knows (an agency, a donor, a country) is not one."""
        taken = {b.money_line.index for b in self.blocks}
        run: list[_Label] = []
        paired = -1
        for line in self.lines:
            if not line.text or line.index == paired:
                continue
            label = self.label(line, taken)
            if label is not None and not self._known(label.title):
                paired = label.money_line.index
                run.append(label)
                continue
            self.add_labels(run)
            run = []
        self.add_labels(run)
        self.blocks.sort(key=lambda b: b.money_line.index)

    def label(self, line: _Line, taken: set[int]) -> _Label | None:
        """The label ``line`` starts: a label line, or a title line over a line holding only
        its amount with its currency ("Food Security" / "$ 20.5 M"), as charts flattened to
        text print them."""
        if line.index in taken:
            return None
        if (item := _labels().item(line.text)) is not None:
            return _Label(line, line, *item, "labelled")
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        if below is None or below.index in taken or not _stack_title(line.text):
            return None
        money = whole_amount(below.text)
        title = _BULLET.sub("", line.text).strip()
        if money is None or not _labels().names_programme(title):
            return None
        return _Label(line, below, title, money, "paired")

    def read_headed(self) -> None:
        """A sector's figures in columns under a sector's heading, the labels on one line and
        the figures on the next ("PEOPLE IN NEED  REQUIREMENTS (US$)  PEOPLE TARGETED" over
        "150,000  350,000  20,000"): the figure under the currency's label is the sector's
        requirement.  With no sector heading above, such figures are the whole plan's."""
        about = ""
        for line in self.lines:
            unit = _table_unit(line.text, self.layout(line))
            if unit is None and _heading(line) and ":" not in line.text:
                about = self.sector(line.text)  # a label line ("Lead agency: IOM") keeps it
            if not about or unit is None or unit.columns < 2:
                continue
            below = _neighbours(self.lines, line.index, 1)
            if below is None:
                continue
            cells = [c for c in _COLUMNS.split(self.layout(below).strip("| ")) if c.strip()]
            if len(cells) != unit.columns or not all(_bare(c.strip()) for c in cells):
                continue
            bare = BARE.match(cells[unit.column].strip())
            assert bare is not None
            multiplier = 1 if bare.group("scale") else unit.multiplier
            money = Money(value(bare.group("num"), bare.group("scale"), multiplier), unit.code)
            self.blocks.append(
                _Block(
                    "programme",
                    about,
                    line,
                    below,
                    money,
                    last_line=below.index,
                    itemised=True,
                    rule="headed",
                )
            )
        self.blocks.sort(key=lambda b: b.money_line.index)

    def sector(self, heading: str) -> str:
        """The sector or cluster a heading names ("3.7 Nutrition", "Protection Cluster",
        "NUTRITION (NUT)"), as the heading writes it without its numbering or acronym, or ""
        when it names none."""
        title = _ACRONYM_TAIL.sub("", _NUMBERING.sub("", heading)).strip()
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

    def add_labels(self, run: list[_Label]) -> None:
        """A programme for each label of ``run`` when the run is long enough."""
        if len(run) < _labels().min_run:
            return
        for label in run:
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

    def read_stacks(self) -> None:
        """Figures apart from their titles under a header naming the currency: two-column
        PDF text whose box ("IOM APPEAL (in USD)") comes out as a run of bare amounts ("32 M"
        / "36 M") then as many title lines, and charts flattened to text under their caption
        ("Funding requirements by sector (US$ million)"): titles then as many figures, or each
        title over its figure.  A run of figures with no currency header near above counts
        people."""
        unit: _Unit | None = None
        lead: list[tuple[_Line, _Line]] = []
        gap = 0
        i = 0
        while i < len(self.lines):
            text = self.lines[i].text
            if text and (found := _table_unit(text)) is not None:
                unit, gap, lead = found, 0, self._caption_lead(self.lines[i])
                i += 1 + len(lead)
                continue
            pairs, rule = self._apart(i) if unit is not None and gap <= _stack_gap() else ([], "")
            if unit is None or not pairs:
                gap += bool(text)
                i += 1
                continue
            self.add_stack(lead + pairs, unit, rule)
            unit, lead, i = None, [], max(ln.index for pair in pairs for ln in pair) + 1
        self.blocks.sort(key=lambda b: b.money_line.index)

    def _caption_lead(self, caption: _Line) -> list[tuple[_Line, _Line]]:
        """The chart's first title when the PDF text flattens it onto its caption's line
        ("Requirements by Cluster (million $) Food Security"), paired with the figure under
        it, or none."""
        close = caption.text.rfind(")")
        tail = caption.text[close + 1 :].strip() if close >= 0 else ""
        below = self.lines[caption.index + 1] if caption.index + 1 < len(self.lines) else None
        if below is None or not tail[:1].isupper() or not _stack_title(tail):
            return []
        if not _bare(below.text):
            return []
        offset = caption.text.index(tail, close)
        return [(below, _Line(caption.index, caption.start + offset, tail))]

    def _apart(self, i: int) -> tuple[list[tuple[_Line, _Line]], str]:
        """(amount line, title line) pairs of figures printed apart from their titles from
        line ``i`` on, with the rule that read them, or none."""
        amounts = self._run(i, _bare)
        if len(amounts) >= 2:
            titles = self._run(i + len(amounts), _stack_title)
            return (
                (list(zip(amounts, titles, strict=True)), "stacked")
                if len(titles) == len(amounts)
                else ([], "")
            )
        titles = self._run(i, _stack_title)
        if len(titles) >= 2:
            figures = self._run(i + len(titles), _bare)
            return (
                (list(zip(figures, titles, strict=True)), "charted")
                if len(figures) == len(titles)
                else ([], "")
            )
        pairs: list[tuple[_Line, _Line]] = []
        j = i
        while j + 1 < len(self.lines) and _stack_title(self.lines[j].text):
            if not _bare(self.lines[j + 1].text):
                break
            pairs.append((self.lines[j + 1], self.lines[j]))
            j += 2
        return (pairs, "charted") if len(pairs) >= 2 else ([], "")

    def _run(self, start: int, test: Callable[[str], bool]) -> list[_Line]:
        """The lines from ``start`` on that pass ``test``, up to the first that does not."""
        end = start
        while end < len(self.lines) and self.lines[end].text and test(self.lines[end].text):
            end += 1
        return self.lines[start:end]

    def add_stack(self, pairs: list[tuple[_Line, _Line]], unit: _Unit, rule: str) -> None:
        """A programme for each (amount line, title line) pair."""
        for money_line, title_line in pairs:
            cell = _CELLS.fullmatch(money_line.text)
            money = _cell_money(cell, unit) if cell else None
            if money is not None and not self._known(title_line.text):
                first, last = sorted((money_line, title_line), key=lambda ln: ln.index)
                self.blocks.append(
                    _Block(
                        "programme",
                        title_line.text,
                        first,
                        money_line,
                        money,
                        last_line=last.index,
                        itemised=True,
                        rule=rule,
                    )
                )

    def funding_blocks(self) -> list[FundingBlock]:
        self.read_funding()
        self.read_tables()
        self.read_stacks()
        self.read_headed()
        self.read_lists()
        self.read_labels()
        self.read_details()
        self.classify()
        under = self.objectives_of_programmes()
        objectives = [b for b in self.blocks if b.kind == "objective"]
        out: list[FundingBlock] = []
        for i, b in enumerate(self.blocks):
            first = b.title_line or b.money_line
            last = self.lines[max(b.last_line, b.money_line.index)]
            if first.index > last.index:
                first, last = last, first
            rule = f"figures.{b.kind}.{b.rule}" if b.rule else f"figures.{b.kind}"
            ev = self.evidence(first, last, rule, 0.9)
            title = b.title or ("" if b.kind == "plan" else _untitled(b, objectives))
            out.append(
                FundingBlock(
                    kind=b.kind,
                    title=title,
                    evidence=ev,
                    funding=Figure(b.funding, ev),
                    people_in_need=self._figure(b, "people_in_need"),
                    people_targeted=self._figure(b, "people_targeted"),
                    entities_targeted=self._figure(b, "entities_targeted"),
                    priority=b.priority,
                    related_plans=tuple(self._plan(r) for r in b.related),
                    target_groups=tuple(b.groups),
                    shares=tuple(
                        Share(n, p, self.evidence(ln, ln, "figures.chart", 0.9))
                        for n, p, ln in b.shares
                    ),
                    objective=b.under or under.get(i),
                    number=b.number,
                )
            )
        return out

    def _figure(self, b: _Block, key: str) -> Figure | None:
        if key not in b.figures:
            return None
        value, line = b.figures[key]
        return Figure(value, self.evidence(line, line, f"figures.{key}", 0.9))

    def _plan(self, name: str) -> Entity:
        return self.resolver.known(name) or self.resolver.resolve(name, "InterAgencyPlan")


def _total(line: _Line, money: Money) -> _Block:
    return _Block("total", "", line, line, money, itemised=True)


def _row_money(row: re.Match[str], unit: _Unit | None) -> Money | None:
    """A table row's figure: the one under the header's money column."""
    cells = list(_ROW_CELLS.finditer(row.group("cells")))
    where = unit.money_cell(len(cells)) if unit else (0 if len(cells) == 1 else None)
    if where is None or cells[where].group("filler"):
        return None
    return _cell_money(cells[where], unit)


def _cell_money(cell: re.Match[str], unit: _Unit | None) -> Money | None:
    """A figure in the currency and scale its header gives unless it says its own.  A small
    number left after that is a count or a code, not money."""
    code, multiplier = (unit.code, unit.multiplier) if unit else ("USD", 1)
    if cell.group("cur"):
        code, multiplier = currency(cell.group("cur")), 1
    figure = value(cell.group("num"), cell.group("scale"))
    if not cell.group("scale") and figure < 10**6:  # a figure written in full is not in millions
        figure = value(cell.group("num"), None, multiplier)
    if figure < 1000:
        return None
    return Money(figure, code)


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


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _chart(text: str) -> list[tuple[str, Decimal]] | None:
    """Chart data: ``[{"name": ..., "y": 60}, ...]`` or ``[["name", 40], ...]``."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    out: list[tuple[str, Decimal]] = []
    if not isinstance(data, list):
        return None
    for item in data:
        if isinstance(item, dict) and "name" in item and "y" in item:
            out.append((str(item["name"]), Decimal(str(item["y"]))))
        elif isinstance(item, list) and len(item) == 2 and isinstance(item[1], int | float):
            out.append((str(item[0]), Decimal(str(item[1]))))
        else:
            return None
    return out or None


def _untitled(b: _Block, objectives: list[_Block]) -> str:
    """A name for a block the plan prints without a heading, from what it is."""
    titles = [name_key(o.title) for o in objectives]
    spread = [s for s in b.shares if any(name_key(s[0]) in t for t in titles)]
    if len(spread) >= 2:
        return "Cross-cutting (untitled in the plan)"
    return "Untitled funding block"


def extract_blocks(doc: Document, resolver: Resolver) -> list[FundingBlock]:
    """The plan headline, objectives and programmes of a document, with their evidence."""
    return _Reader(doc, resolver).funding_blocks()
