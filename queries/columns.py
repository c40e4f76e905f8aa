"""What the answers' columns hold, so each output format can write a value as what it is.

Cells are plain strings everywhere (the engine's aggregates return strings, and kept answers
store strings), so the type of a value is a property of its column: a column name means the
same in every question (``funding_usd`` is US dollars in ``plans``, ``programmes`` and
``hxl``). JSON then writes numbers as numbers and flags as booleans, CSV keeps the plain
digits, and the terminal and web tables group digits for reading. ``tests/queries/
test_columns.py`` holds this list to the catalogue's answers.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

MONEY = frozenset(
    {"funding_usd", "programmes_total_usd", "amount_usd", "block_usd", "absolute_change"}
)
"""Number columns of US dollars: Decimal in Python, as the graph's xsd:decimal."""

NUMBERS = MONEY | frozenset(
    {
        # counts and measures
        "people_in_need",
        "people_targeted",
        "entities_targeted",
        "programmes",
        "roles",
        "triples",
        "number",
        "percent",
        "relative_change",
        "confidence",
        "degree",
        "betweenness",
        "bridges",
        "community",
        # character offsets of a passage in its document
        "start",
        "end",
    }
)
"""Columns whose values are numbers (a decimal point only where the value has a fraction)."""

DATES = frozenset({"updated"})
"""Columns of days (``2025-02-13``)."""

BOOLEANS = {"priority": ("yes", "no")}
"""Columns whose values are flags, with the words that stand for true and false."""

PERCENT = frozenset({"relative_change"})
"""Number columns in per cent: shown with a % sign, written as the number."""

SIGNED = frozenset({"absolute_change", "relative_change"})
"""Number columns of changes: shown with a + sign when they grow."""


def json_value(column: str, cell: str) -> object:
    """The cell as JSON should carry it: a number or a boolean (null when there is none) in
    their columns, else the text."""
    if cell == "" and (column in NUMBERS or column in BOOLEANS):
        return None
    if column in NUMBERS:
        number = _number(cell)
        if number is not None:
            return int(number) if number == number.to_integral_value() else float(number)
    if column in BOOLEANS:
        yes, no = BOOLEANS[column]
        if cell in (yes, no):
            return cell == yes
    return cell


def python_value(column: str, cell: str) -> object:
    """The cell as Python should carry it: Decimal for money, int or float for other numbers,
    a date for a day, a bool for a flag (None when there is none), else the text."""
    if column in DATES:
        try:
            return dt.date.fromisoformat(cell) if cell else None
        except ValueError:
            return cell
    if column in MONEY:
        return _number(cell) if cell else None
    return json_value(column, cell)


def shown(column: str, cell: str) -> str:
    """The cell as a person reads it: whole numbers with grouped digits, per cents with %,
    growth with +."""
    number = _number(cell) if column in NUMBERS else None
    if number is None:
        return cell
    sign = "+" if column in SIGNED and number > 0 else ""
    return f"{sign}{grouped(cell)}{'%' if column in PERCENT else ''}"


def grouped(cell: str) -> str:
    """A whole number with its digits grouped (``1,234,567``); anything else as it is."""
    number = _number(cell)
    if number is None or number != number.to_integral_value():
        return cell
    return f"{number:,}"


def _number(cell: str) -> Decimal | None:
    try:
        number = Decimal(cell)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
