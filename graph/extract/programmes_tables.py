"""Budget tables and charts flattened to text: a header naming the currency and which column
holds the money ("Requirements (US$)", "FUNDING REQUIREMENTS (US$) PEOPLE IN NEED ..."), and
the figure of each row in that column, in the header's scale unless it writes its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coordkg.graph.extract.money import (
    AMOUNT,
    HEADER_CURRENCY,
    amount,
    amount_scale,
    currency,
    header_multiplier,
    value,
)
from coordkg.graph.extract.programmes_lines import (
    _labelled,
)
from coordkg.graph.extract.programmes_phrases import (
    _FILLER,
    _money_words,
    _other_money,
)
from coordkg.graph.model import Money

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
