"""A question's rows sorted here rather than by the engine, where that gives the engine's order.

Oxigraph's ``ORDER BY`` fetches the string of every value it compares; Python sorts the
strings it holds already. The engine's sort is unstable, though: rows equal in every key come
out in an order only it knows. So the rows are sorted here only when no two rows that differ
are equal in every key, and the question is otherwise left to the engine, as written. A
``SELECT DISTINCT`` question is left to the engine from the start: it keeps rows that differ
only in columns it does not sort by (several holders of one body's role), so its keys tie.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pyoxigraph as ox

from coordkg.graph.store.local import Readable
from coordkg.queries.catalogue import ORDER, Query
from coordkg.queries.run import solve, terms_table
from coordkg.queries.table import Table

HEAD = re.compile(r"^SELECT\b(?P<head>.*?)\bWHERE\b", re.MULTILINE | re.DOTALL)
_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


class Unordered(Exception):
    """The rows cannot be put in the engine's order here."""


def keys(query: Query) -> tuple[str, ...] | None:
    """The variables a question's rows are sorted by, when they might be sorted here: an
    ``ORDER BY`` of plain variables that ends the text and that its (unindented) ``SELECT``
    projects, of a question that is not DISTINCT. (The engine answers before its rows are
    read, so a question found not to fit only then would be answered twice.)"""
    head, last = HEAD.search(query.text), ORDER.search(query.text)
    if last is None or query.text[last.end() :].strip() or head is None or query.distinct:
        return None
    order = query.order
    projected = set(re.findall(r"\?(\w+)", head["head"]))
    return order if projected.issuperset(order) else None


def presorted(store: Readable, query: Query) -> Table | None:
    """The question's answer with no parameters, as :func:`run.solve` gives it, its rows
    sorted here; None when they cannot be (see the module's description)."""
    order = keys(query)
    if order is None:
        return None

    def unordered(text: str) -> str:
        return ORDER.sub("", text)

    try:
        return solve(store, query, {}, edit=unordered, tabulate=_sorting(order))
    except Unordered:
        return None


def _sorting(order: tuple[str, ...]) -> Callable[[object], Table]:
    def tabulate(result: object) -> Table:
        if not isinstance(result, ox.QuerySolutions):
            raise Unordered
        columns = tuple(v.value for v in result.variables)
        if not set(order) <= set(columns):
            raise Unordered  # sorted by a value it does not project
        rows = [tuple(solution) for solution in result]  # its values, in the columns' order
        return ordered(columns, rows, order)

    return tabulate


def ordered(
    columns: tuple[str, ...],
    rows: Sequence[tuple[object, ...]],
    order: Sequence[str],
    equal_ties: bool = True,
) -> Table:
    """``rows`` (values in the order of ``columns``) as the engine sorts them by the columns
    of ``order``. Rows equal in every column may tie (their order shows nowhere), unless
    ``equal_ties`` is False: rows put together outside the engine, which a ``DISTINCT`` of the
    engine's would have merged.

    Raises:
        Unordered: that order is not known here: a key holds IRIs and strings, or two rows
            tie on every key that may not (the engine's sort is unstable).
    """
    at = [columns.index(k) for k in order]
    kinds: list[set[int]] = [set() for _ in at]
    keyed = []
    for row in rows:
        key = tuple(order_key(row[i]) for i in at)
        for seen, (kind, _) in zip(kinds, key, strict=True):
            seen.add(kind)
        keyed.append((key, row))
    if any(len(seen - {0}) > 1 for seen in kinds):
        raise Unordered  # IRIs and strings in one key: ordered by kind first, not here
    keyed.sort(key=lambda pair: pair[0])
    table = terms_table(columns, [row for _, row in keyed])
    for (first, _), (second, _), a, b in zip(
        keyed, keyed[1:], table.rows, table.rows[1:], strict=False
    ):
        if first == second and (a != b or not equal_ties):
            raise Unordered  # a tie the engine's sort orders its own way
    return table


def order_key(term: object) -> tuple[int, str]:
    """A value as the engine orders it: unbound first, then IRIs, then plain strings (by
    code point, as the engine compares their UTF-8 bytes); anything else is not sorted here."""
    if term is None:
        return (0, "")
    if isinstance(term, ox.NamedNode):
        return (1, term.value)
    if isinstance(term, ox.Literal) and term.datatype == _STRING and term.language is None:
        return (2, term.value)
    raise Unordered
