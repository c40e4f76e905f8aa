"""`links` over two plans with a programme of the same name: on the kept answer, the engine (with
and without its parameters narrowed into the text) and rdflib, the rows worked out by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from programme_plans import LINKS, PLANS, link
from rdflib import Dataset

from coordkg.graph.build import build
from coordkg.graph.store.export import to_dataset
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.queries.catalogue import catalogue
from coordkg.queries.precompute import keep_answers
from coordkg.queries.run import asked, run_rdflib, run_sparql
from coordkg.queries.select import kept_answer


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Snapshot]:
    folder = tmp_path_factory.mktemp("programme-plans")
    paths = []
    for name, text in PLANS.items():
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    store = GraphStore(folder / "store")
    build(paths, store, 10**8)
    keep_answers(store)
    with store.reader() as graph:
        yield graph


def _paths(graph: Snapshot, params: dict[str, str]) -> dict[str, list[tuple[str, ...]]]:
    query = catalogue()["links"]
    dataset: Dataset = to_dataset(graph)
    dataset.default_union = True
    assert graph.derived is not None
    kept = kept_answer(graph.derived, query, asked(query, params))
    assert kept is not None  # really read from the kept answer
    tables = {
        "kept": kept,
        "engine": run_sparql(graph, query, params),
        "as written": run_sparql(graph, query, params, narrow=False),
        "rdflib": run_rdflib(dataset, query, params),
    }
    return {path: [link(r) for r in table.as_dicts()] for path, table in tables.items()}


def test_each_plan_links_its_own_programmes_on_every_path(plans: Snapshot) -> None:
    for path, rows in _paths(plans, {}).items():
        assert rows == LINKS, path


@pytest.mark.parametrize(
    "params", [{"plan": "2032"}, {"org": "IOM"}, {"link": "hasProgramme", "plan": "2031"}]
)
def test_narrowed_the_same_rows_on_every_path(plans: Snapshot, params: dict[str, str]) -> None:
    expected = [
        row
        for row in LINKS
        if row[0] == params.get("plan", row[0])
        and row[2].lower() == params.get("link", row[2]).lower()
        and params.get("org", row[1]) in (row[1], row[3])
    ]
    assert expected
    for path, rows in _paths(plans, params).items():
        assert rows == expected, (path, params)
