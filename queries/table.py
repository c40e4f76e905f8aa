"""Query results as a small ``Table`` value, and the renderers that print it.

Renderers are separate functions (text, CSV, JSON, Markdown), so each output format is tested
on its own and a new one is one function.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import textwrap
from collections.abc import Callable, Collection
from dataclasses import dataclass

from coordkg.queries.columns import json_value, shown


@dataclass(frozen=True)
class Table:
    """Column names and rows of strings ("" for no value)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def as_dicts(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def without(self, columns: Collection[str], distinct: bool = False) -> Table:
        """The table less ``columns``; with ``distinct``, less the rows that then repeat an
        earlier one (what SELECT DISTINCT gives when it never projected those columns)."""
        keep = [i for i, c in enumerate(self.columns) if c not in columns]
        if len(keep) == len(self.columns):
            return self
        rows = tuple(tuple(row[i] for i in keep) for row in self.rows)
        table = Table(tuple(self.columns[i] for i in keep), rows)
        return table.distinct() if distinct else table

    def shown(self) -> Table:
        """The table as a person reads it (grouped digits, per cents; see columns.py)."""
        rows = tuple(
            tuple(shown(c, v) for c, v in zip(self.columns, row, strict=True)) for row in self.rows
        )
        return Table(self.columns, rows)

    def distinct(self) -> Table:
        """The table without rows that repeat an earlier one, in order."""
        return Table(self.columns, tuple(dict.fromkeys(self.rows)))

    def sorted_lists(self, columns: tuple[str, ...], sep: str = ";") -> Table:
        """Sort the items of list columns (``sep``-separated), so output does not depend on
        the order a store aggregates in."""
        idx = [self.columns.index(c) for c in columns if c in self.columns]
        if not idx:
            return self
        rows = []
        for row in self.rows:
            cells = list(row)
            for i in idx:
                cells[i] = sep.join(sorted(x for x in cells[i].split(sep) if x))
            rows.append(tuple(cells))
        return Table(self.columns, tuple(rows))


def to_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return out.getvalue()


def to_json(table: Table) -> str:
    """Rows as objects; numbers as numbers, flags as booleans, no value as null (columns.py)."""
    rows = [
        {c: json_value(c, cell) for c, cell in zip(table.columns, row, strict=True)}
        for row in table.rows
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def to_markdown(table: Table) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(table.columns) + " |", "|" + "---|" * len(table.columns)]
    lines += [
        "| " + " | ".join(cell(shown(c, v)) for c, v in zip(table.columns, row, strict=True)) + " |"
        for row in table.rows
    ]
    return "\n".join(lines) + "\n"


def to_text(table: Table, width: int | None = None, fit: bool = False) -> str:
    """An aligned table for the terminal.

    Columns whose values run long (an evidence sentence) are printed under their row, wrapped
    to ``width`` (default: the terminal's) and indented, so the short columns stay readable on
    one line. With ``fit`` (a terminal, not a pipe), the short columns are also cut to the
    width, widest first, each cut cell ending in "…". Widths are the terminal's: a CJK
    character takes two columns, a combining mark none.
    """
    if not table.rows:
        return "(no rows)\n"
    table = table.shown()
    width = width or shutil.get_terminal_size((120, 24)).columns
    long = [i for i in range(len(table.columns)) if _is_long([r[i] for r in table.rows])]
    short = [i for i in range(len(table.columns)) if i not in long]
    # a column repeats few values (plans, roles, organisations): each is measured and padded once
    values = [{table.columns[i], *(r[i] for r in table.rows)} for i in short]
    natural = [max(map(_width, column)) for column in values]
    widths = _fit(natural, width) if fit else natural
    padded = [
        {v: _pad(_cut(v, w), w) for v in column} for column, w in zip(values, widths, strict=True)
    ]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join([cell[cells[i]] for i, cell in zip(short, padded, strict=True)]).rstrip()

    lines = [line(table.columns), "  ".join("-" * w for w in widths)]
    wrapped: dict[str, list[str]] = {}  # one evidence sentence backs many rows: wrap it once
    for row in table.rows:
        lines.append(line(row))
        for i in long:
            if row[i] and row[i] not in wrapped:
                wrapped[row[i]] = ["    " + part for part in _wrap(row[i], max(36, width - 8))]
            lines += wrapped.get(row[i], [])
    return "\n".join(lines) + "\n"


NARROWEST = 6
"""Columns are never cut narrower than this when a table is fitted to the terminal."""


def _fit(natural: list[int], width: int) -> list[int]:
    """Column widths within ``width`` (two spaces between columns): the widest are cut first,
    down to :data:`NARROWEST`; a table that cannot fit keeps that least."""
    budget = width - 2 * (len(natural) - 1)
    cap = max(natural)
    while cap > NARROWEST and sum(min(w, cap) for w in natural) > budget:
        cap -= 1
    return [min(w, cap) for w in natural]


_NARROW = re.compile("[\x00-\x7f\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e]*")
"""Text of ASCII, Latin letters and general punctuation (’, –, “), one column a character: the
width of most plans' text, found without loading wcwidth's tables (slow to import)."""


def _width(text: str) -> int:
    """The columns a terminal gives ``text``."""
    if text.isascii() or _NARROW.fullmatch(text):
        return len(text)
    from wcwidth import wcswidth

    found = wcswidth(text)
    return found if found >= 0 else len(text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _cut(text: str, width: int) -> str:
    """``text`` in at most ``width`` columns, ending in "…" when cut."""
    if _width(text) <= width:
        return text
    if _NARROW.fullmatch(text):
        return text[: max(width - 1, 0)] + "…"
    from wcwidth import wcwidth

    kept, used = [], 0
    for ch in text:
        used += max(wcwidth(ch), 0)
        if used > width - 1:
            break
        kept.append(ch)
    return "".join(kept) + "…"


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken at spaces where there are any
    (CJK text has none: it breaks between characters)."""
    if text.isascii():
        return _wrap_words(text, width) or textwrap.wrap(text, width)
    lines: list[str] = []
    current = ""
    for word in text.split():
        joined = f"{current} {word}" if current else word
        if _width(joined) <= width:
            current = joined
            continue
        if current:
            lines.append(current)
        while _width(word) > width:
            head = _cut(word, width + 1)[:-1]  # as many characters as fit, no ellipsis
            lines.append(head)
            word = word[len(head) :]
        current = word
    return [*lines, current] if current else lines


_WORDS = re.compile(r"\S+(?: \S+)*")
"""Words one space apart, with no other whitespace."""


def _wrap_words(text: str, width: int) -> list[str] | None:
    """The lines ``textwrap.wrap`` gives ASCII ``text`` of :data:`_WORDS`, each broken at its
    last space that fits, found without textwrap's chunking (the evidence column of a large
    answer holds thousands of sentences). None where textwrap would break elsewhere: other
    text, or a line's first word that does not fit holds a hyphen (textwrap may break after
    it) or is longer than a line (textwrap cuts it)."""
    if not _WORDS.fullmatch(text):
        return None
    lines: list[str] = []
    start = 0
    while len(text) - start > width:
        space = text.rfind(" ", start, start + width + 1)
        if space < 0:
            return None
        end = text.find(" ", space + 1)
        over = text[space + 1 : end if end >= 0 else len(text)]
        if "-" in over or len(over) > width:
            return None
        lines.append(text[start:space])
        start = space + 1
    return [*lines, text[start:]]


def _is_long(cells: list[str]) -> bool:
    """A column of sentences rather than names: typically over 50 characters, or some over 150."""
    lengths = sorted(len(c) for c in cells)
    return lengths[len(lengths) // 2] > 50 or lengths[-1] > 150


RENDERERS: dict[str, Callable[[Table], str]] = {
    "table": to_text,
    "csv": to_csv,
    "json": to_json,
    "markdown": to_markdown,
}
