"""The editor's examples send the engine what `coordkg ask` sends it, so their rows come in the
order the command gives, on any store (web/editor.py, queries/run.unsent)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from period_plans import SHARED_PERIOD

from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.queries.catalogue import catalogue, get
from coordkg.queries.run import run_sparql, sort_lists
from coordkg.queries.sparql import run_text
from coordkg.web.editor import example


@pytest.fixture(scope="module")
def period(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Snapshot]:
    folder = tmp_path_factory.mktemp("period")
    paths: list[Path] = []
    for name, text in SHARED_PERIOD.items():
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    store = GraphStore(folder / "store")
    build(paths, store, 10**8)
    with store.reader() as snapshot:
        yield snapshot


def test_a_distinct_example_selects_the_columns_its_rows_are_ordered_by(period: Snapshot) -> None:
    """Worked out by hand: the bodies of 2036 by document, the Shelter Working Group in each;
    without the document, once, where the northern plan has it, as `coordkg ask bodies` says."""
    query = get("bodies")
    answer = run_text(period, example(query))
    assert not isinstance(answer, str)
    rows = [(r["body"], r["role"], r["doc_id"]) for r in answer.as_dicts()]
    assert rows == [
        ("Protection Working Group", "chair", "north-plan-2036"),
        ("Shelter Working Group", "co-lead", "north-plan-2036"),
        ("Education Working Group", "lead", "south-plan-2036"),
        ("Shelter Working Group", "co-lead", "south-plan-2036"),
    ]
    asked = run_sparql(period, query, {})
    assert [(r["body"], r["role"]) for r in asked.as_dicts()] == [
        ("Protection Working Group", "chair"),
        ("Shelter Working Group", "co-lead"),
        ("Education Working Group", "lead"),
    ]


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_an_example_answers_as_coordkg_ask_does(period: Snapshot, name: str) -> None:
    """Less the columns `coordkg ask` leaves out and the rows that then repeat, an example's
    answer is the command's (list cells sorted, as the command sorts them)."""
    query = get(name)
    answer = run_text(period, example(query))
    assert not isinstance(answer, str)
    assert sort_lists(query, answer).without(query.hidden, query.distinct) == run_sparql(
        period, query, {}
    )
