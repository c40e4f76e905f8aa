"""Budget tables and charts flattened to text: a header naming the currency and which column
holds the money ("Requirements (US$)", "FUNDING REQUIREMENTS (US$) PEOPLE IN NEED ..."), and
the figure of each row in that column, in the header's scale unless it writes its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import NamedTuple

from coordkg.graph.extract.money import (
    AMOUNT,
    HEADER_CURRENCY,
    amount,
    amount_scale,
    currency,
    header_multiplier,
    value,
)
from coordkg.graph.extract.programmes_blocks import (
    Reading,
    _Block,
    _total,
)
from coordkg.graph.extract.programmes_lines import (
    _OBJECTIVE,
    _RULE,
    TOTAL,
    Line,
    _bare,
    _int,
    _labelled,
    _stack_title,
)
from coordkg.graph.extract.programmes_phrases import (
    _FILLER,
    _money_words,
    _other_money,
    _source_columns,
    _stack_gap,
    funding_rules,
)
from coordkg.graph.extract.programmes_side import beside_prose
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
    title: int = -1  # the column a title label heads ("Project title"), if any

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
            title = next((i for i, c in enumerate(labels) if _titles(c)), -1)
            return _Unit(code, multiplier, where, max(len(labels), 1), leads=leads, title=title)
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


class _Row(NamedTuple):
    """A table row read: its title, its figure under the money column, how it was read
    ("columns" when other figures stand beside it) and the plan it links to, if any."""

    title: str
    money: Money | None
    rule: str
    related: str


def _read_row(text: str, raw: str, unit: _Unit | None) -> _Row | None:
    """A row of a table whose columns are marked ("Seeds | Restore production | March - June |
    4,285,376" under "Components | Purpose | Period | Cost (in USD)"): its first cell is the
    title, the money the cell under the header's currency, whatever words the other cells
    hold; or else a row of figures after its title ("Health  3,000,000  MRP", "Health 2.1 M")."""
    cells = [c.strip() for c in _COLUMNS.split(raw.strip("| "))]
    while unit is not None and len(cells) > unit.columns and not _DIGIT.search(cells[-1]):
        cells.pop()  # a web table's link cell past the header's columns ("Read more")
    if unit is not None and unit.column > 0 and len(cells) == unit.columns >= 3:
        figure = _CELLS.fullmatch(cells[unit.column])
        title = cells[unit.title] if 0 <= unit.title < len(cells) else cells[0]
        if figure is not None and _CELL_TITLE.match(title):
            return _Row(title, _cell_money(figure, unit), "columns", "")
    if (row := _TABLE_ROW.match(text)) is None:
        return None
    figures = len(_ROW_CELLS.findall(row.group("cells")))
    rule = (unit.rule if unit else "") if figures == 1 else "columns"
    title = row.group("title").strip()
    return _Row(title, _row_money(row, unit), rule, row.group("related") or "")


_DIGIT = re.compile(r"\d")


def _titles(label: str) -> bool:
    """Whether a header's column label heads the rows' titles ([project] ``title_labels``:
    "Project title"): its cell titles the row as written, without the agency or the code
    in the cells beside it (C17)."""
    return " ".join(label.lower().split()) in funding_rules()["project"]["title_labels"]


def _labels(layout: str) -> list[str]:
    """The column labels of a header line as the file spaces it."""
    return [c.strip() for c in _COLUMNS.split(layout.strip().strip("| ")) if c.strip()]


def _sources(labels: list[str]) -> bool:
    """Whether a header's first column lists where money comes from ("Source | Amount",
    "Donor  Amount"): its rows are funders, never programmes."""
    return bool(labels) and labels[0].lower() in _source_columns()


def _placed(unit: _Unit, labels: list[str]) -> _Unit | None:
    """The unit of a caption naming the currency ("TABLE 2: FUNDING BY PROJECT (US$)") placed
    at the money column of the header under it ("Agency | Project Code | Sector | Amount"),
    or None when the header names no such column after its first."""
    if unit.columns > 1 or len(labels) < 3:
        return None
    where = next((i for i, c in enumerate(labels) if _money_column(c)), 0)
    title = next((i for i, c in enumerate(labels) if _titles(c)), -1)
    return replace(unit, column=where, columns=len(labels), title=title) if where > 0 else None


def _received(caption: str) -> bool:
    """Whether a caption line under a table's currency names money received or given, not
    required ("Breakdown of total response funding received by source"): its rows are funders
    or receipts, never programmes."""
    return _other_money(caption.lower()) and not _table_unit(caption)


def _money_column(label: str) -> bool:
    needs, _ = _money_words()
    return bool(needs.search(label)) or label.lower() in ("amount", "amounts")


def _project(raw: str, unit: _Unit | None) -> str:
    """The title of a row whose first cell names the agency it funds ("UNICEF | 12-CEF-127 |
    Water and Sanitation | 671,125"): the agency with the cells before the money that say
    which project (its code, its sector), since the agency alone names no programme."""
    cells = [c.strip() for c in _COLUMNS.split(raw.strip("| "))]
    end = unit.column if unit is not None and unit.column > 0 else len(cells) - 1
    words = [c for c in cells[:end] if c and not _CELLS.fullmatch(c) and not _NOT_GIVEN.match(c)]
    return " ".join(words)


_CODE_CELL = re.compile(r"(?:^|\s\s|\|)\s*[A-Z0-9]{2,}(?:-[A-Z0-9]+){2,}\s*(?:\s\s|\||$)")
"""A cell holding a project code ("16-RR-CEF-007"): its row names a project by its cells (C5),
whether or not the resolver knows the agency in its first cell ("UNCEF", as a page spelt it)."""


_NOT_GIVEN = re.compile(r"^(?:n/?a|[-–—]|none|nil)$", re.IGNORECASE)
"""A cell that gives nothing ("N/A", "-")."""


_CELL_TITLE = re.compile(r"^['‘\"“]?[A-Za-z][^\d$]{0,79}$")
"""A first cell that can title its row: words, perhaps quoted ("'Food for Work' Program")."""


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


class _TableReading(Reading):
    """Reads budget tables and boxes of figures printed apart from their titles."""

    def read_tables(self) -> None:
        """Budget tables: a header naming the currency ("(USD)", "US$ million"), rows
        "Title  38,400,000  MRP" or "Title | 2.1 M", a title wrapped onto the line above its
        row, groups under "Strategic Objective N: ..." closed by a "Subtotal" that is the
        objective's funding, and a "Total" that is not a programme.  Tables without a currency
        are not read as money (they may count people)."""
        unit: _Unit | None = None
        rows = 0
        group: list[_Block] = []
        marker: Line | None = None
        tails: set[int] = set()
        for line in self.lines:
            text = line.text.strip("| ").replace(" | ", " ")
            if line.index in tails:
                continue
            if unit is None or (rows and _table_unit(line.text)):
                unit, rows = _table_unit(line.text, self.layout(line)), 0
                if unit is not None and beside_prose(self.layout(line)):
                    unit = None  # a side box's caption at the end of a body line
                continue
            if not text or _RULE.match(re.sub(r"[|: ]", "", text)):
                continue
            objective = _OBJECTIVE.match(text)
            if objective and objective.group("title"):
                marker, group = line, []
                continue
            row = _read_row(text, self.layout(line) or line.text, unit)
            if row is None and not rows:
                labels = _labels(self.layout(line) or line.text)
                if _sources(labels) or _received(text):
                    unit = None  # a table of where the money comes from, not what it pays for
                    continue
                if (placed := _placed(unit, labels)) is not None:
                    unit = placed
                    continue
                if unit.columns == 1 and self._header_next(line, unit):
                    continue  # a second caption line ("Allocation 1 - submitted 5 November")
            if row is None:
                heading = _TABLE_HEADER.search(text) or (not rows and _under_header(text))
                if not heading and not self._wraps_title(line):
                    unit = None
                continue
            amount_ = row.money
            if amount_ is None:
                unit = None
                continue
            rows += 1
            title, first, tail = self._row_title(line, row.title, tails)
            if row.rule == "columns" and (unit is None or unit.title < 0):
                layout = self.layout(line) or line.text
                if self._known(title) or _CODE_CELL.search(layout):
                    title = _project(layout, unit)
            if tail is not None:
                tails.add(tail.index)
            if TOTAL.match(title):
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
                rule=row.rule,
            )
            if row.related:
                block.related.append(row.related)
            self.blocks.append(block)
            group.append(block)
        self.blocks.sort(key=lambda b: b.money_line.index)

    def _row_title(self, line: Line, title: str, tails: set[int]) -> tuple[str, Line, Line | None]:
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

    def _header_next(self, line: Line, unit: _Unit) -> bool:
        """Whether the next line with text is a header placing the caption's money column."""
        below = next((ln for ln in self.lines[line.index + 1 : line.index + 3] if ln.text), None)
        return below is not None and _placed(unit, _labels(self.layout(below))) is not None

    def _wraps_title(self, line: Line) -> bool:
        """Whether ``line`` is the first part of the title of the table row right under it
        ("Shelter and Non-Food" over "Items  2.1 M")."""
        below = self.lines[line.index + 1] if line.index + 1 < len(self.lines) else None
        return (
            below is not None
            and _title_piece(line.text.strip("| "))
            and _TABLE_ROW.match(below.text.strip("| ").replace(" | ", " ")) is not None
        )

    def read_stacks(self) -> None:
        """Figures apart from their titles under a header naming the currency: two-column
        PDF text whose box ("IOM APPEAL (in USD)") comes out as a run of bare amounts ("32 M"
        / "36 M") then as many title lines, and charts flattened to text under their caption
        ("Funding requirements by sector (US$ million)"): titles then as many figures, or each
        title over its figure.  A run of figures with no currency header near above counts
        people."""
        unit: _Unit | None = None
        lead: list[tuple[Line, Line]] = []
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

    def read_summed(self) -> None:
        """Bare figures printed apart from their titles with no currency header above them,
        a blank line between the two runs ("67,233,514" / "11,740,000" ... then "Food
        Security" / "Education" ...): money when they add up to an amount the page states
        ("TOTAL COST OF THE PLAN: $ 105,541,816"), in that amount's currency; figures that
        add up to no stated amount may count people."""
        taken = {b.money_line.index for b in self.blocks}
        stated: dict[Decimal, str] | None = None
        i = 0
        while i < len(self.lines):
            pairs = self._spaced(i)
            if len(pairs) < 2 or any(money.index in taken for money, _ in pairs):
                i += 1
                continue
            cells = [c for money, _ in pairs if (c := _CELLS.fullmatch(money.text))]
            total = sum((value(c.group("num"), c.group("scale")) for c in cells), Decimal(0))
            if len(cells) == len(pairs):
                stated = self._stated() if stated is None else stated
                if (code := stated.get(total)) is not None:
                    self.add_stack(pairs, _Unit(code, 1), "summed")
            i = max(ln.index for pair in pairs for ln in pair) + 1
        self.blocks.sort(key=lambda b: b.money_line.index)

    def _spaced(self, i: int) -> list[tuple[Line, Line]]:
        """(amount line, title line) pairs of a run of bare figures starting at line ``i``
        and as many title lines after it, or of titles then as many figures (a chart), at
        most one blank line between the runs; or none."""
        for first, second in ((_bare, _stack_title), (_stack_title, _bare)):
            if i > 0 and self.lines[i - 1].text and first(self.lines[i - 1].text):
                continue  # inside a run, not at its start
            lead = self._run(i, first)
            if len(lead) < 2:
                continue  # no run starts here: the next run is read from its own start
            after = i + len(lead)
            if after < len(self.lines) and not self.lines[after].text:
                after += 1
            rest = self._run(after, second)
            if len(rest) == len(lead):
                amounts, titles = (lead, rest) if first is _bare else (rest, lead)
                return list(zip(amounts, titles, strict=True))
        return []

    def _stated(self) -> dict[Decimal, str]:
        """Each amount the page writes, with the currency of its first mention: read once per
        page, not once per run of figures (linear in a long page)."""
        stated: dict[Decimal, str] = {}
        for m in AMOUNT.finditer(self.doc.text):
            money = amount(m)
            stated.setdefault(money.amount, money.currency)
        return stated

    def _caption_lead(self, caption: Line) -> list[tuple[Line, Line]]:
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
        return [(below, Line(caption.index, caption.start + offset, tail))]

    def _apart(self, i: int) -> tuple[list[tuple[Line, Line]], str]:
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
        pairs: list[tuple[Line, Line]] = []
        j = i
        while j + 1 < len(self.lines) and _stack_title(self.lines[j].text):
            if not _bare(self.lines[j + 1].text):
                break
            pairs.append((self.lines[j + 1], self.lines[j]))
            j += 2
        return (pairs, "charted") if len(pairs) >= 2 else ([], "")

    def _run(self, start: int, test: Callable[[str], bool]) -> list[Line]:
        """The lines from ``start`` on that pass ``test``, up to the first that does not."""
        end = start
        while end < len(self.lines) and self.lines[end].text and test(self.lines[end].text):
            end += 1
        return self.lines[start:end]

    def add_stack(self, pairs: list[tuple[Line, Line]], unit: _Unit, rule: str) -> None:
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
