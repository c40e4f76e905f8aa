"""Which columns hold numbers and flags is said once (queries/columns.py): held here to what the
answers of the bundled plans hold, and each output format checked to write them as such."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

import pytest

from coordkg.queries.catalogue import catalogue
from coordkg.queries.columns import BOOLEANS, NUMBERS, json_value, shown
from coordkg.queries.diff import diff
from coordkg.queries.run import Source
from coordkg.queries.table import Table, to_csv, to_json, to_text
from coordkg.visualize.stats import network_stats

IDENTIFIERS = {"plan", "period", "year", "before", "after"}
"""Columns of digits that name rather than count: a plan's period, a year, or diff's before and
after (a year, a figure or a role, by row)."""


def _is_number(cell: str) -> bool:
    try:
        Decimal(cell)
    except InvalidOperation:
        return False
    return True


def _answers(source: Source) -> list[Table]:
    return [
        *(source.ask(q, {}) for q in catalogue().values()),
        diff(source, "2020", "2025"),
        network_stats(source, top=10),
    ]


def test_number_columns_hold_numbers_and_flag_columns_flags(source: Source) -> None:
    seen = set()
    for table in _answers(source):
        for i, column in enumerate(table.columns):
            cells = {row[i] for row in table.rows} - {""}
            if column in NUMBERS:
                seen.add(column)
                assert all(map(_is_number, cells)), (column, sorted(cells)[:5])
            if column in BOOLEANS:
                seen.add(column)
                assert cells <= set(BOOLEANS[column]), (column, cells)
    assert seen >= {"funding_usd", "people_in_need", "absolute_change", "degree", "priority"}


def test_every_column_of_numbers_is_declared(source: Source) -> None:
    for table in _answers(source):
        for i, column in enumerate(table.columns):
            cells = {row[i] for row in table.rows} - {""}
            if cells and all(map(_is_number, cells)) and column not in IDENTIFIERS:
                assert column in NUMBERS, f"{column} holds numbers: add it to NUMBERS"


@pytest.mark.parametrize(
    ("column", "cell", "value", "text"),
    [
        ("funding_usd", "148654000", 148654000, "148,654,000"),
        ("funding_usd", "", None, ""),
        ("absolute_change", "-379300", -379300, "-379,300"),
        ("absolute_change", "26606200", 26606200, "+26,606,200"),
        ("relative_change", "-47.1", -47.1, "-47.1%"),
        ("confidence", "0.85", 0.85, "0.85"),
        ("priority", "yes", True, "yes"),
        ("priority", "no", False, "no"),
        ("plan", "2025", "2025", "2025"),
        ("scope", "", "", ""),
    ],
)
def test_values_as_json_carries_them_and_as_a_person_reads_them(
    column: str, cell: str, value: object, text: str
) -> None:
    assert json_value(column, cell) == value and type(json_value(column, cell)) is type(value)
    assert shown(column, cell) == text


def test_the_formats_write_one_row_each_its_way() -> None:
    table = Table(("plan", "funding_usd", "priority"), (("2020", "148654000", "no"),))
    assert json.loads(to_json(table)) == [
        {"plan": "2020", "funding_usd": 148654000, "priority": False}
    ]
    assert to_csv(table).splitlines()[1] == "2020,148654000,no"
    assert to_text(table, 80).splitlines()[2].split() == ["2020", "148,654,000", "no"]
