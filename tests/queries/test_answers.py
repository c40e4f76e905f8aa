"""Answers kept at build time are the SPARQL engine's answers, used only while they are right."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from coordkg.graph.build import BuildSummary, add, build, bundled_documents, remove
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.queries.answers import Answer, load, save
from coordkg.queries.catalogue import catalogue, get
from coordkg.queries.precompute import keep_answers, precompute
from coordkg.queries.run import run_oxigraph, run_sparql, solve
from coordkg.queries.select import kept_answer
from coordkg.queries.table import Table

PLAN_2020, PLAN_2025 = (p.stem for p in bundled_documents())


def whole(answer: Answer | None) -> Table:
    assert answer is not None
    return answer.table(answer.names)


def test_every_question_is_kept_and_equals_the_engines_answer(graph: Snapshot) -> None:
    assert graph.derived is not None
    for name, query in catalogue().items():
        assert whole(load(graph.derived, query)) == solve(graph, query, {}), name
        assert run_oxigraph(graph, query, {}, graph.derived) == run_sparql(graph, query, {}), name


def test_a_kept_answer_is_what_questions_read(
    built: tuple[GraphStore, BuildSummary], tmp_path: Path
) -> None:
    """Shown by planting a different answer: questions with and without parameters see it,
    unless a parameter has no declared match."""
    planted = beside(built[0], tmp_path)
    query = get("plans")
    save(tmp_path, query, Table(("plan", "doc_id"), (("planted", "doc-1"),)))
    assert run_oxigraph(planted, query, {}, planted.derived).rows == (("planted",),)
    assert run_oxigraph(planted, query, {"plan": ""}, planted.derived).rows == (
        ("planted",),
    )  # = default
    assert run_oxigraph(planted, query, {"plan": "doc-1"}, planted.derived).rows == (("planted",),)
    assert run_oxigraph(planted, query, {"plan": "2025"}, planted.derived).rows == ()
    unmatched = dataclasses.replace(query, matches=())
    asked = run_oxigraph(planted, unmatched, {"plan": "2025"}, planted.derived)
    assert [r[0] for r in asked.rows] == ["2025"]  # the engine answers


def beside(store: GraphStore, answers: Path) -> Snapshot:
    """The live graph of ``store`` read with the answers kept in ``answers``."""
    live = store.current()
    assert live is not None
    return Snapshot(ox.Store.read_only(str(live)), answers)


def _head(edit: Callable[[dict[str, object]], object]) -> Callable[[bytes], bytes]:
    """Damage to the JSON line of a kept answer, leaving its columns."""

    def damage(data: bytes) -> bytes:
        head, _, body = data.partition(b"\n")
        return json.dumps(edit(json.loads(head))).encode() + b"\n" + body

    return damage


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"\x00\x01 not json",
        _head(lambda h: {**h, "digest": "0" * 64}),  # older query text
        _head(lambda h: {**h, "rows": 99}),  # counts disagree with the columns
        _head(lambda h: {**h, "strings": []}),  # indices out of range
        _head(lambda h: {**h, "strings": list(range(len(h["strings"])))}),  # type: ignore[arg-type]
        _head(lambda h: [1, 2, 3]),
    ],
)
def test_a_damaged_or_stale_answer_is_not_used(
    built: tuple[GraphStore, BuildSummary],
    graph: Snapshot,
    tmp_path: Path,
    damage: Callable[[bytes], bytes],
) -> None:
    assert graph.derived is not None
    query = get("documents")
    data = (graph.derived / "documents.kept").read_bytes()
    (tmp_path / "documents.kept").write_bytes(damage(data))
    assert kept_answer(tmp_path, query, {}) is None
    assert kept_answer(tmp_path, query, {"plan": "2020"}) is None
    assert run_oxigraph(beside(built[0], tmp_path), query, {}) == run_sparql(graph, query, {})


def test_a_changed_query_does_not_read_the_old_answer(graph: Snapshot) -> None:
    assert graph.derived is not None
    query = get("plans")
    changed = dataclasses.replace(query, text=query.text + "\n# edited\n")
    assert load(graph.derived, query) is not None
    assert load(graph.derived, changed) is None


@pytest.mark.parametrize("rows", [(), (("Ninewa", "نينوى"),), (("a", ""), ("", "a"), ("a", "a"))])
def test_answers_of_any_length_round_trip(
    tmp_path: Path, rows: tuple[tuple[str, ...], ...]
) -> None:
    query = get("plans")
    save(tmp_path, query, Table(("x", "y"), rows))
    assert whole(load(tmp_path, query)) == Table(("x", "y"), rows)


def documents(store: GraphStore) -> list[str]:
    with store.reader() as s:
        return [r[0] for r in run_oxigraph(s, get("documents"), {}, s.derived).rows]


def test_every_new_graph_gets_its_own_answers(tmp_path: Path) -> None:
    """add and remove write a new generation: its answers are its own, the old ones go."""
    first, second = bundled_documents()
    store = GraphStore(tmp_path / "store")
    build([first], store, 10**8)
    keep_answers(store)
    assert documents(store) == [PLAN_2020]
    add([second], store, 10**8)
    keep_answers(store)
    assert documents(store) == [PLAN_2020, PLAN_2025]
    remove(PLAN_2020, store)
    keep_answers(store)
    assert documents(store) == [PLAN_2025]
    live = store.current()
    assert live is not None
    assert sorted(p.name for p in (tmp_path / "store").iterdir() if p.is_dir()) == [
        live.name,
        live.name + ".derived",
    ]


def test_answers_cut_short_are_never_read_and_are_redone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(generation: Path, folder: Path) -> None:
        (folder / "plans.kept").write_text("{")
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C while answers were computed

    store = GraphStore(tmp_path / "store")
    build(bundled_documents()[:1], store, 10**8)
    with monkeypatch.context() as patched:
        patched.setattr("coordkg.queries.precompute.precompute", broken)
        with pytest.raises(KeyboardInterrupt):
            keep_answers(store)
    with store.reader() as s:
        assert s.derived is None  # the half-written folder is not read: the engine answers
        assert [r[0] for r in run_oxigraph(s, get("documents"), {}, s.derived).rows] == [PLAN_2020]
    keep_answers(store)
    with store.reader() as s:
        assert s.derived is not None
        assert load(s.derived, get("plans")) is not None  # the half-written file was replaced


def test_answers_computed_on_several_processes_are_the_same(
    built: tuple[GraphStore, BuildSummary],
    graph: Snapshot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A large graph is answered by worker processes: their answers are the engine's too."""
    monkeypatch.setattr("coordkg.queries.precompute.PARALLEL_FROM", 0)  # any graph is large
    live = built[0].current()
    assert live is not None
    precompute(live, tmp_path, jobs=2)
    for name, query in catalogue().items():
        assert whole(load(tmp_path, query)) == solve(graph, query, {}), name
