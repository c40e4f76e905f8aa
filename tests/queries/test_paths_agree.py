"""Across several plans, a question about one plan gets one answer on every path.

Issue 14: an entity's spellings were kept only in the graph of the document that wrote them,
so a question asked of one plan by a name another plan used found it in the kept answer (which
reads every graph's names) and not in the engine (which reads that plan's graphs), nor on a
SPARQL server. Here several plans, each writing some names the others do not, are built into
one store; every catalogue question is asked with every name-like parameter combined with every
plan, on the kept answer and on the engine.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from benchmarks.synthetic import generate
from not_ascii import AUSTRIAN, NOT_ASCII, named
from rdflib import Dataset

from coordkg.graph.build import add, build, bundled_documents
from coordkg.graph.store.export import to_dataset
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.queries import incremental
from coordkg.queries.answers import load
from coordkg.queries.catalogue import Query, catalogue
from coordkg.queries.precompute import keep_answers
from coordkg.queries.run import asked, run_rdflib, run_sparql
from coordkg.queries.select import LABELS, kept_answer

pytestmark = pytest.mark.slow

SAMPLE = 5
"""Entities sampled per question and parameter; every label any plan wrote for them is asked."""

#: Short plans of our own: the first writes NRC's name with its acronym, the second only
#: the acronym, so "Norwegian Refugee Council (NRC)" is written in one plan only; and two
#: whose names are not ASCII (not_ascii.py).
OWN = {
    "shelter-plan-2031.txt": "Shelter coordination plan 2031\n\nThe Shelter Working Group is "
    "co-led by the Norwegian Refugee Council (NRC) and UNHCR.\n",
    "protection-plan-2032.txt": "Protection coordination plan 2032\n\nThe Protection Working "
    "Group is chaired by NRC at national level.\n",
    **AUSTRIAN,
}


@pytest.fixture(scope="module", params=["built", "added"])
def plans(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Snapshot]:
    """The plans built into one store with their answers computed; or built but the last,
    which is then added with the answers carried over (queries/incremental.py)."""
    folder = tmp_path_factory.mktemp("plans")
    paths = [*bundled_documents(), *generate(4, folder / "synthetic", seed=14)]
    for name, text in OWN.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    store = GraphStore(folder / "store")
    last = paths.pop() if request.param == "added" else None
    build(paths, store, 10**8)
    keep_answers(store)
    if last is not None:
        with pytest.MonkeyPatch.context() as patch, store.reader() as before:
            patch.setattr(incremental, "MAX_SHARE", 1.0)  # carried over whatever the share
            said: list[str] = []
            keep_answers(
                store, said.append, before, [d for d, _, _ in add([last], store, 10**8).documents]
            )
            assert said[0].startswith("updating"), said
    with store.reader() as graph:
        yield graph


def name_values(graph: Snapshot, query: Query, param: str) -> list[str]:
    """Every label of a few entities the question's answer names, in any plan."""
    match = query.match(param)
    assert match is not None and graph.derived is not None
    answer = load(graph.derived, query)
    labels_answer = load(graph.derived, LABELS)
    assert answer is not None and labels_answer is not None
    ids = sorted({c for col in match.columns for (c,) in answer.table([col]).rows if c})
    sample = set(ids[:: max(1, len(ids) // SAMPLE)])
    labels = labels_answer.table(("id", "kind", "label")).rows
    # and every entity with a name that is not ASCII, in upper case too (lower-cased by each
    # store its own way, it would find a different key)
    sample |= {iri for iri, kind, label in labels if not label.isascii() and iri in ids}
    found = {label for iri, kind, label in labels if iri in sample and kind == match.kind}
    return sorted(found | {label.upper() for label in found if not label.isascii()})


def plan_values(graph: Snapshot) -> list[str]:
    rows = run_sparql(graph, catalogue()["documents"], {}).as_dicts()
    return sorted({r["document"] for r in rows})


def cases() -> Iterator[tuple[str, str]]:
    for name, query in sorted(catalogue().items()):
        if query.match("plan") is None:
            continue
        for match in query.matches:
            if match.kind in ("names", "places"):
                yield name, match.param


@pytest.mark.parametrize(("name", "param"), list(cases()))
def test_a_name_from_any_plan_selects_the_same_rows_on_every_path(
    plans: Snapshot, name: str, param: str
) -> None:
    query = catalogue()[name]
    assert plans.derived is not None
    differ, found = [], 0
    for value in name_values(plans, query, param):
        for plan in plan_values(plans):
            params = {param: value, "plan": plan}
            kept = kept_answer(plans.derived, query, asked(query, params))
            assert kept is not None, params  # really read from the kept answer
            engine = run_sparql(plans, query, params)
            if kept != engine:
                differ.append((params, len(kept.rows), len(engine.rows)))
            found += bool(engine.rows)
    assert not differ, differ[:5]
    assert found, name  # the values chosen do select rows


def test_the_spelling_one_plan_wrote_finds_the_holder_in_the_other(plans: Snapshot) -> None:
    """Worked out by hand from OWN: NRC chairs the Protection Working Group in 2032, and the
    2032 plan never writes "Norwegian Refugee Council (NRC)"."""
    query = catalogue()["roles"]
    params = {"org": "Norwegian Refugee Council (NRC)", "plan": "2032"}
    rows = run_sparql(plans, query, params).as_dicts()
    assert [(r["organization"], r["role"], r["body"], r["scope"]) for r in rows] == [
        ("Norwegian Refugee Council", "chair", "Protection Working Group", "national")
    ]
    assert plans.derived is not None
    kept = kept_answer(plans.derived, query, asked(query, params))
    assert kept is not None and kept.as_dicts() == rows


@pytest.fixture(scope="module")
def dataset(plans: Snapshot) -> Dataset:
    """The plans in rdflib, every named graph also read as the default graph."""
    found = to_dataset(plans)
    found.default_union = True
    return found


@pytest.mark.parametrize(("name", "params", "expected"), NOT_ASCII)
def test_names_that_are_not_ascii_select_alike_on_every_path(
    plans: Snapshot,
    dataset: Dataset,
    name: str,
    params: dict[str, str],
    expected: list[tuple[str, ...]],
) -> None:
    """The kept answer, the engine with the names inside the query, the query as written and
    rdflib's engine: the same rows, those worked out by hand."""
    query = catalogue()[name]
    engine = run_sparql(plans, query, params)
    assert [named(name, r) for r in engine.as_dicts()] == expected
    assert plans.derived is not None
    assert kept_answer(plans.derived, query, asked(query, params)) == engine
    assert run_sparql(plans, query, params, narrow=False) == engine
    assert run_rdflib(dataset, query, params) == engine
