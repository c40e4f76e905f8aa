"""Query results as a small ``Table`` value, and the renderers that print it.

Renderers are separate functions (text, CSV, JSON, Markdown), so each output format is tested
on its own and a new one is one function.
"""

from __future__ import annotations

import csv
import io
import json
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


def to_text(table: Table, width: int | None = None) -> str:
    """An aligned table for the terminal.

    Columns whose values run long (an evidence sentence) are printed under their row, wrapped
    to the terminal and indented, so the short columns stay readable on one line.
    """
    if not table.rows:
        return "(no rows)\n"
    table = table.shown()
    width = width or shutil.get_terminal_size((120, 24)).columns
    natural = [max([len(c)] + [len(r[i]) for r in table.rows]) for i, c in enumerate(table.columns)]
    long = {i for i in range(len(table.columns)) if _is_long([r[i] for r in table.rows])}
    short = [i for i in range(len(table.columns)) if i not in long]
    head = "  ".join(table.columns[i].ljust(natural[i]) for i in short).rstrip()
    lines = [head, "  ".join("-" * natural[i] for i in short)]
    wrapped: dict[str, list[str]] = {}  # one evidence sentence backs many rows: wrap it once
    for row in table.rows:
        lines.append("  ".join(row[i].ljust(natural[i]) for i in short).rstrip())
        for i in sorted(long):
            if row[i] and row[i] not in wrapped:
                wrapped[row[i]] = textwrap.wrap(
                    row[i], max(40, width - 4), initial_indent="    ", subsequent_indent="    "
                )
            lines += wrapped.get(row[i], [])
    return "\n".join(lines) + "\n"


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
