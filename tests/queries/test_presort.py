"""Rows sorted in Python (queries/presort.py) come out in the engine's order, or not at all."""

from __future__ import annotations

import pyoxigraph as ox

from coordkg.graph.store.local import Snapshot
from coordkg.queries.catalogue import Query, catalogue, parse
from coordkg.queries.presort import keys, presorted
from coordkg.queries.run import solve

NAME = ox.NamedNode("http://example.org/name")


def question(order: str, select: str = "SELECT ?name ?id", hidden: str = "id") -> Query:
    text = f"#+ name: t\n#+ hidden: {hidden}\n{select}\nWHERE {{ ?id <{NAME.value}> ?name }}\n"
    return parse(text + order + "\n", "t.rq")


def store(*rows: tuple[str, ox.NamedNode | ox.Literal]) -> ox.Store:
    found = ox.Store()
    for subject, name in rows:
        found.add(ox.Quad(ox.NamedNode(f"http://example.org/{subject}"), NAME, name))
    return found


def test_the_keys_are_a_final_order_of_projected_variables_of_a_question_not_distinct() -> None:
    assert keys(question("ORDER BY ?name ?id")) == ("name", "id")
    assert keys(question("ORDER BY ?other")) is None  # not projected: not to be sorted here
    assert keys(question("ORDER BY DESC(?name)")) is None
    assert keys(question("ORDER BY ?name", select="SELECT DISTINCT ?name ?id")) is None
    assert keys(question("")) is None


def test_rows_sorted_here_are_in_the_engine_order() -> None:
    """Strings by code point ("Z" before "a" before "é"), the hidden column kept."""
    graph = Snapshot(
        store(("1", ox.Literal("é")), ("2", ox.Literal("a")), ("3", ox.Literal("Z"))), None
    )
    query = question("ORDER BY ?name")
    table = presorted(graph, query)
    assert table is not None
    assert [row[0] for row in table.rows] == ["Z", "a", "é"]
    assert table == solve(graph, query, {})


def test_rows_equal_in_every_key_are_left_to_the_engine() -> None:
    """Two subjects of one name: the engine's unstable sort orders them its own way."""
    graph = Snapshot(store(("1", ox.Literal("a")), ("2", ox.Literal("a"))), None)
    assert presorted(graph, question("ORDER BY ?name")) is None
    assert presorted(graph, question("ORDER BY ?name ?id")) is not None


def test_keys_of_iris_and_strings_together_or_of_numbers_are_left_to_the_engine() -> None:
    mixed = store(("1", ox.Literal("a")), ("2", ox.NamedNode("http://example.org/b")))
    assert presorted(Snapshot(mixed, None), question("ORDER BY ?name")) is None
    numbers = store(
        ("1", ox.Literal("10", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
        ("2", ox.Literal("9")),
    )
    assert presorted(Snapshot(numbers, None), question("ORDER BY ?name")) is None


def test_a_sub_selects_order_is_not_taken_for_the_questions() -> None:
    """A sub-select's unindented ``ORDER BY ?id`` before the question's own ``ORDER BY ?name``:
    by name the rows are a (id 2) then b (id 1), as the engine gives them."""
    graph = Snapshot(store(("1", ox.Literal("b")), ("2", ox.Literal("a"))), None)
    text = (
        f"#+ name: t\n#+ hidden: id\nSELECT ?name ?id\nWHERE {{\n"
        f"  {{ SELECT ?id ?name WHERE {{ ?id <{NAME.value}> ?name }}\nORDER BY ?id\n  }}\n}}\n"
        "ORDER BY ?name\n"
    )
    query = parse(text, "t.rq")
    assert [row[0] for row in solve(graph, query, {}).rows] == ["a", "b"]
    assert keys(query) is None  # left to the engine, whose order is the answer's
    assert presorted(graph, query) is None


def test_every_catalogue_question_sorted_here_is_the_engines_answer(graph: Snapshot) -> None:
    """On the bundled plans, row for row and in order."""
    tried = [q for q in catalogue().values() if keys(q) is not None]
    assert {"roles", "links", "hxl"} <= {q.name for q in tried}
    for query in tried:
        table = presorted(graph, query)
        assert table is None or table == solve(graph, query, {}), query.name
    assert presorted(graph, catalogue()["roles"]) is not None
