"""Answers carried over after ``add`` and ``remove`` are the answers a full computation gives.

Several plans are built and their answers kept; then documents are added (one new, one
replacing a plan already there with other text) and one is removed, each time carrying the
answers over from the graph before. Every kept answer must equal the engine's answer for the new
graph: the rows as shown in the same order, and the same rows with their hidden columns (rows
that tie on everything shown may come in either order, as from the engine itself between two
graphs). Only the changed plans may be asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from benchmarks.synthetic import generate

from coordkg.graph.build import add, build, bundled_documents, remove
from coordkg.graph.store.local import GraphStore
from coordkg.queries import incremental
from coordkg.queries.answers import load
from coordkg.queries.incremental import by_plan
from coordkg.queries.precompute import keep_answers, questions
from coordkg.queries.run import solve

pytestmark = pytest.mark.slow

REPLACED = """Shelter coordination plan 2031

The Shelter Working Group is co-led by the Norwegian Refugee Council (NRC) and UNHCR.
"""
REPLACING = """Shelter coordination plan 2031

The Shelter Working Group is chaired by UNHCR at national level, with CARE as co-chair.
"""


def assert_kept_answers_are_full(store: GraphStore) -> None:
    with store.reader() as graph:
        assert graph.derived is not None
        for query in questions():
            answer = load(graph.derived, query)
            assert answer is not None, query.name
            full = solve(graph, query, {})
            kept = answer.table(full.columns)
            assert sorted(kept.rows) == sorted(full.rows), query.name
            shown = (t.without(query.hidden, query.distinct) for t in (kept, full))
            assert next(shown) == next(shown), query.name


def change(store: GraphStore, run: Callable[[], list[str]]) -> list[str]:
    """Run a change holding the graph before it, carry the answers over; what was reported."""
    said: list[str] = []
    with store.reader() as before:
        documents = run()
        keep_answers(store, said.append, before, documents)
    return said


def test_answers_carried_over_equal_answers_computed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a handful of plans: carrying over would not pay, so let it happen whatever the share
    monkeypatch.setattr(incremental, "MAX_SHARE", 1.0)
    paths = [*bundled_documents(), *generate(3, tmp_path / "synthetic", seed=7)]
    own = tmp_path / "shelter-plan-2031.txt"
    own.write_text(REPLACED, encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    build([*paths, own], store, 10**8)
    keep_answers(store)
    assert_kept_answers_are_full(store)
    assert sum(map(by_plan, questions())) >= 12  # most questions are carried over

    new = generate(4, tmp_path / "more", seed=8)[-1]
    own.write_text(REPLACING, encoding="utf-8")

    def add_two() -> list[str]:
        summary = add([new, own], store, 10**8)
        return [doc for doc, _, _ in summary.documents]

    said = change(store, add_two)
    assert said == ["updating the catalogue's answers for 2 changed plans"]
    assert_kept_answers_are_full(store)

    said = change(store, lambda: [remove(paths[0].name, store)])
    assert said == ["updating the catalogue's answers for 1 changed plan"]
    assert_kept_answers_are_full(store)


def test_a_change_to_many_of_the_plans_is_answered_afresh(tmp_path: Path) -> None:
    """One plan of three changed is a third of them, over the share carrying over pays for."""
    paths = generate(3, tmp_path / "synthetic", seed=9)
    store = GraphStore(tmp_path / "store")
    build(paths[:2], store, 10**8)
    keep_answers(store)
    said = change(store, lambda: [doc for doc, _, _ in add(paths[2:], store, 10**8).documents])
    assert said == ["answering the catalogue's questions for the new graph"]
    assert_kept_answers_are_full(store)
