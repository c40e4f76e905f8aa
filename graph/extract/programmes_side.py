"""A side column of figures run into the ends of body lines.

An appeal's PDF page sets a box of key figures beside its prose ("IOM APPEAL (USD)", then
"Shelter/NFI  $ 3,750,000", "CCCM  $ 300,000").  Where the column reader (``read/columns``)
cannot split the page (the box's lines hold two gaps, or too few lines split at one column),
each box line stays at the end of a body line, after a run of spaces:

    relying on support from host communities. Many people ...      Shelter/NFI     $ 3,750,000
    ... more vulnera-                                               Displacement    $ 700,000
                                                                    Tracking

Read apart from the prose, the box's cells are label lines: two or more in a row are
programmes, a title wrapped onto the next cell of the column included.  A cell the column
reader split off is a line of its own, read by the other readers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from coordkg.graph.extract.programmes_blocks import Reading, _Label
from coordkg.graph.extract.programmes_lines import _stack_title
from coordkg.graph.extract.programmes_phrases import _labels

_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_BODY = 25
"""Fewest characters of prose before a side cell: a table row's title is shorter."""
_WORDS = 6
"""Fewest words of prose before a side cell: a table header's first label has fewer."""
_TOLERANCE = 2
"""PDF text shifts a column by a character or two."""


class _Cell(NamedTuple):
    """A piece of the side column: where it starts in the raw text and in its line, its
    text with single spaces, and whether body text stands before it on its line."""

    start: int
    column: int
    text: str
    beside: bool


def side_cells(raw: str) -> list[_Cell]:
    """The side column's cells, in order: the part of a raw line after its first run of
    spaces when prose comes before it (a table's first cell and a header's first label are
    shorter), or a line indented as far alone."""
    cells: list[_Cell] = []
    pos = 0
    for line in raw.split("\n"):
        body = line.rstrip()
        lead = len(body) - len(body.lstrip())
        gap = _GAP.search(body, lead)
        prose = body[lead : gap.start()] if gap is not None else ""
        if gap is not None and len(prose) >= _BODY and len(prose.split()) >= _WORDS:
            cell = " ".join(body[gap.end() :].split())
            cells.append(_Cell(pos + gap.end(), gap.end(), cell, True))
        elif body and lead >= _BODY:
            cells.append(_Cell(pos + lead, lead, " ".join(body.split()), False))
        pos += len(line) + 1
    return cells


def beside_prose(layout: str) -> bool:
    """Whether a line as the file spaces it ends in a side cell after prose: a currency
    there heads the side box, not a table under the line."""
    return any(cell.beside for cell in side_cells(layout))


class _SideReading(Reading):
    """Reads label cells of a side column that stayed beside the prose."""

    def read_side(self) -> None:
        """Runs of two or more label cells in the side column, each a programme, a title
        cell under a label cell in the same column finishing its title ("Displacement $
        700,000" / "Tracking"); cells the column reader set on lines of their own, and
        titles the resolver knows (an agency, a donor), are left to the other readers."""
        cells = side_cells(self.doc.raw)
        if not any(cell.beside for cell in cells):
            return
        cleaned = {raw: i for i, raw in enumerate(self.doc.origin)}
        starts = [ln.start for ln in self.lines]
        run: list[_Label] = []
        k = 0
        while k < len(cells):
            cell, at = cells[k], cleaned.get(cells[k].start)
            line = self.lines[bisect_right(starts, at) - 1] if at is not None else None
            item = _labels().item(cell.text) if cell.beside else None
            if line is None or line.start == at or item is None or self._known(item[0]):
                self.add_labels(run)  # a cell on a line of its own is read as a line
                run, k = [], k + 1
                continue
            title, last = item[0], line
            below = cells[k + 1] if k + 1 < len(cells) else None
            if below is not None and self._title_tail(cell, below) and below.start in cleaned:
                title = f"{title} {below.text}"
                last = self.lines[bisect_right(starts, cleaned[below.start]) - 1]
                k += 1
            run.append(_Label(last, line, title, item[1], "side"))
            k += 1
        self.add_labels(run)
        self.blocks.sort(key=lambda b: b.money_line.index)

    def _title_tail(self, cell: _Cell, below: _Cell) -> bool:
        """Whether ``below`` ends the title of the label ``cell``: words alone in the same
        column, not a label of its own."""
        return (
            abs(below.column - cell.column) <= _TOLERANCE
            and _stack_title(below.text)
            and len(below.text.split()) <= 3
            and _labels().item(below.text) is None
        )
