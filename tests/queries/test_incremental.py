"""Answers carried over after ``add`` and ``remove`` are the answers a full computation gives.

Several plans are built and their answers kept; then documents are added (one new, one
replacing a plan already there with other text) and one is removed, each time carrying the
answers over from the graph before. Every kept answer must equal the engine's answer for the new
graph: the rows as shown in the same order, and the same rows with their hidden columns (rows
that tie on everything shown may come in either order, as from the engine itself between two
graphs). Only the changed documents may be asked again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from benchmarks.synthetic import generate, write_plan

from coordkg.graph.build import add, build, bundled_documents, remove
from coordkg.graph.model import DocumentMetadata
from coordkg.graph.store.local import GraphStore
from coordkg.queries import incremental, rolejoin
from coordkg.queries.answers import Answer, keep, load, save
from coordkg.queries.catalogue import Query, get
from coordkg.queries.incremental import fresh_rows, grouping, keyed
from coordkg.queries.narrow import entity_restricted, restricted
from coordkg.queries.precompute import keep_answers, precompute, questions
from coordkg.queries.rolejoin import WRITTEN_FOR, RoleJoin
from coordkg.queries.run import solve
from coordkg.queries.select import LABELS
from coordkg.queries.table import Table

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


def carried_over(said: list[str]) -> int:
    """How many documents the answers were carried over for (what ``keep_answers`` said)."""
    [line] = said
    found = re.fullmatch(r"updating the catalogue's answers for (\d+) changed documents?", line)
    assert found is not None, line
    return int(found.group(1))


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
    # every question but those whose rows are entities, not each one document's, is carried over
    # by document; those by entity, but the labels (no order to merge in)
    assert {q.name for q in questions() if grouping(q) is None} == {"entities", "labels", "nodes"}
    assert {q.name: keyed(q) for q in questions() if keyed(q)} == {
        "entities": ("e", "id"),
        "nodes": ("e", "id"),
    }

    new = generate(4, tmp_path / "more", seed=8)[-1]
    own.write_text(REPLACING, encoding="utf-8")

    def add_two() -> list[str]:
        summary = add([new, own], store, 10**8)
        return [doc for doc, _, _ in summary.documents]

    # the two, and any naming an entity they describe anew: not all seven
    assert 2 <= carried_over(change(store, add_two)) < 7
    assert_kept_answers_are_full(store)

    assert 1 <= carried_over(change(store, lambda: [remove(paths[0].name, store)])) < 7
    assert_kept_answers_are_full(store)

    # a document of a plan another document describes too (2025, bundled): the other's rows
    # of that plan stay, the new one's come in among them
    (tmp_path / "shared").mkdir()
    shared = write_plan(8, 4, tmp_path / "shared")  # plan 4 of that seed: not in the store
    meta = DocumentMetadata(period="2025")
    added: list[str] = []

    def add_to_a_plan() -> list[str]:
        added.extend(doc for doc, _, _ in add([shared], store, 10**8, meta=meta).documents)
        return added

    assert 1 <= carried_over(change(store, add_to_a_plan)) < 7
    assert_kept_answers_are_full(store)
    with store.reader() as graph:
        plans = solve(graph, get("plans"), {}).as_dicts()
    of_2025 = {r["doc_id"] for r in plans if r["plan"] == "2025"}
    assert len(of_2025) >= 2 and added[0] in of_2025


def assert_join_answers_are_fresh(store: GraphStore, folder: Path) -> None:
    """The kept answers of the questions the role join answers, written again as a fresh
    answer is (``save``: a carried answer also keeps the strings of rows it dropped), are byte
    for byte the files computing every answer afresh for the same graph keeps."""
    fresh, carried = folder / "fresh", folder / "carried"
    fresh.mkdir(parents=True)
    carried.mkdir()
    with store.held() as generation:
        precompute(generation, fresh)
    with store.reader() as graph:
        assert graph.derived is not None
        for name in WRITTEN_FOR:
            query = get(name)
            answer = load(graph.derived, query)
            assert answer is not None, name
            save(carried, query, answer.table(answer.names))
            kept = (carried / f"{name}.kept").read_bytes()
            assert kept == (fresh / f"{name}.kept").read_bytes(), name


def test_the_role_join_carries_over_the_answers_computed_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``add`` and ``remove`` put the changed documents' rows of the questions that repeat the
    role join together from its parts, asked of their graphs once, and keep what computing
    every answer afresh keeps."""
    monkeypatch.setattr(incremental, "MAX_SHARE", 1.0)
    joins: list[tuple[str, frozenset[str] | None, bool]] = []

    def watched(join: RoleJoin, query: Query) -> Table | None:
        table = rolejoin.joined(join, query)
        if query.name in WRITTEN_FOR:  # the others: None, to the engine
            joins.append((query.name, join.documents, table is not None))
        return table

    monkeypatch.setattr(incremental, "joined", watched)
    paths = generate(5, tmp_path / "synthetic", seed=12)
    store = GraphStore(tmp_path / "store")
    build(paths[:4], store, 10**8)
    keep_answers(store)
    added = change(store, lambda: [doc for doc, _, _ in add(paths[4:], store, 10**8).documents])
    assert carried_over(added) >= 1
    assert_join_answers_are_fresh(store, tmp_path / "after-add")
    assert {(name, ok) for name, _, ok in joins} == {(name, True) for name in WRITTEN_FOR}
    assert paths[4].stem in next(iter({docs for _, docs, _ in joins if docs is not None}))
    joins.clear()
    assert carried_over(change(store, lambda: [remove(paths[0].name, store)])) >= 1
    assert_join_answers_are_fresh(store, tmp_path / "after-remove")
    assert {(name, ok) for name, _, ok in joins} == {(name, True) for name in WRITTEN_FOR}
    assert_kept_answers_are_full(store)


def test_a_kept_answer_out_of_order_is_answered_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Merging by document assumes each document's rows together and in order: when a kept
    answer breaks that, its question is answered afresh rather than merged wrongly."""
    monkeypatch.setattr(incremental, "MAX_SHARE", 1.0)
    paths = generate(3, tmp_path / "synthetic", seed=9)
    store = GraphStore(tmp_path / "store")
    build(paths[:2], store, 10**8)
    keep_answers(store)
    roles = get("roles")
    with store.reader() as graph:
        assert graph.derived is not None
        answer = load(graph.derived, roles)
        assert answer is not None and len({*answer.column("doc_id")}) == 2
        reversed_rows = tuple(c[::-1] for c in answer.columns)
        keep(graph.derived, roles, Answer(answer.names, answer.strings, reversed_rows))
    assert (
        carried_over(
            change(store, lambda: [doc for doc, _, _ in add(paths[2:], store, 10**8).documents])
        )
        >= 1
    )
    assert_kept_answers_are_full(store)


def test_a_change_to_many_of_the_documents_is_answered_afresh(tmp_path: Path) -> None:
    """One document of three changed is a third of them, over the share carrying over pays
    for."""
    paths = generate(3, tmp_path / "synthetic", seed=9)
    store = GraphStore(tmp_path / "store")
    build(paths[:2], store, 10**8)
    keep_answers(store)
    said = change(store, lambda: [doc for doc, _, _ in add(paths[2:], store, 10**8).documents])
    assert said == ["answering the catalogue's questions for the new graph"]
    assert_kept_answers_are_full(store)


def test_one_documents_rows_asked_alone_are_its_rows_in_the_whole_answer(
    tmp_path: Path,
) -> None:
    """Each document's rows, asked from its graph and coordkg's alone, are the rows the whole
    question gives that document (what carrying over rests on)."""
    paths = [*bundled_documents(), *generate(2, tmp_path / "synthetic", seed=11)]
    store = GraphStore(tmp_path / "store")
    build(paths, store, 10**8)
    with store.reader() as graph:
        for query in questions():
            key = grouping(query)
            if key is None:
                continue
            full = solve(graph, query, {})
            at = full.columns.index(key[-1])
            for doc in sorted({r[at] for r in full.rows}):
                alone = fresh_rows(query, graph, [doc])
                assert alone is not None, query.name
                order = [alone.columns.index(c) for c in full.columns]
                rows = sorted(tuple(r[i] for i in order) for r in alone.rows)
                assert rows == sorted(r for r in full.rows if r[at] == doc), (query.name, doc)


def test_each_branch_of_a_union_is_restricted_to_the_documents() -> None:
    hxl = restricted(get("hxl"), ["<https://example.org/doc/a>"])
    assert hxl is not None and hxl.count("VALUES ?doc { <https://example.org/doc/a> }") == 2
    assert restricted(LABELS, ["<https://example.org/doc/a>"]) is None  # reads no documents


def test_every_sub_select_of_an_entity_is_restricted_to_the_entities() -> None:
    """nodes.rq: the plans that name an entity (a sub-select, and the one of mentions inside
    it) and its description (another) each project ?e; the mentions' own ?g is left alone."""
    nodes = entity_restricted(get("nodes"), "e", ["<https://example.org/id/a>"])
    assert nodes is not None and nodes.count("VALUES ?e { <https://example.org/id/a> }") == 3
    assert entity_restricted(get("roles"), "e", ["<https://example.org/id/a>"]) is None
