"""A question with parameters, answered from the kept answer, is the engine's answer.

Each ``#+ match:`` header restates a SPARQL FILTER as data; these tests hold every restatement
to its FILTER, with the values a user would give: each plan and document id, each role, each
name, other name and acronym of the organisations and bodies, each place label and code, in
other cases too, and values that match nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coordkg.graph.store.local import Snapshot
from coordkg.queries.answers import Answer, load
from coordkg.queries.catalogue import Match, Query, catalogue, get
from coordkg.queries.run import asked, run_oxigraph, run_sparql
from coordkg.queries.select import LABELS, kept_answer

NOTHING = "no such name"
SAMPLE = 12
"""Entities sampled per column: the bundled plans name about 60 organisations; every label of
the sampled ones is asked."""


def kept(graph: Snapshot, query: Query) -> Answer:
    assert graph.derived is not None
    answer = load(graph.derived, query)
    assert answer is not None, query.name
    return answer


def values(graph: Snapshot, query: Query, match: Match) -> Iterator[str]:
    """What a user could ask for with this parameter, drawn from the graph."""
    answer = kept(graph, query)
    cells = sorted({cell for col in match.columns for (cell,) in answer.table([col]).rows})
    if match.kind in ("names", "places"):
        labels = kept(graph, LABELS).table(("id", "kind", "label")).rows
        sample = {c for c in cells[:: max(1, len(cells) // SAMPLE)] if c}
        cells = sorted(
            {label for iri, kind, label in labels if iri in sample and kind == match.kind}
        )
    if match.param == "plan":  # a plan by its document id too, whatever the columns declared
        cells += [r[0] for r in kept(graph, get("documents")).table(["document"]).rows]
    yield from cells
    yield from (c.upper() for c in cells[:3] if c.upper() != c)
    yield NOTHING


def cases() -> Iterator[tuple[str, str]]:
    for name, query in sorted(catalogue().items()):
        for match in query.matches:
            yield name, match.param


@pytest.mark.parametrize(("name", "param"), list(cases()))
def test_each_parameter_selects_what_its_filter_selects(
    graph: Snapshot, name: str, param: str
) -> None:
    query = get(name)
    match = query.match(param)
    assert match is not None and graph.derived is not None
    found = 0
    for value in values(graph, query, match):
        params = {param: value}
        from_kept = kept_answer(graph.derived, query, asked(query, params))
        assert from_kept is not None, (name, params)  # really read from the kept answer
        assert from_kept == run_sparql(graph, query, params), (name, params)
        found += bool(from_kept.rows)
    assert found, name  # the values chosen do select rows


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("roles", {"org": "IOM", "role": "co-lead"}),
        ("roles", {"org": "iom", "plan": "2025"}),
        ("roles", {"body": "mhpss twg", "role": "Co-Chair", "plan": "2025"}),
        ("evidence", {"org": "DoH", "body": "MHPSS TWG"}),
        ("links", {"org": "IOM", "link": "co-lead", "plan": "2020"}),
        ("by_place", {"place": "Iraq", "plan": "2025"}),
        ("entities", {"name": "IOM", "class": "UNAgency"}),
        ("target_groups", {"group": "international MIGRANT", "plan": "2025"}),
    ],
)
def test_parameters_together_select_what_all_their_filters_select(
    graph: Snapshot, name: str, params: dict[str, str]
) -> None:
    query = get(name)
    expected = run_sparql(graph, query, params)
    assert expected.rows, params  # a case that selects something
    assert graph.derived is not None
    assert kept_answer(graph.derived, query, asked(query, params)) == expected
    assert run_oxigraph(graph, query, params, graph.derived) == expected


def test_every_parameter_and_hidden_column_is_declared(graph: Snapshot) -> None:
    """A parameter without a match would send its questions to the engine; a match or hidden
    column the query does not project would fail."""
    for name, query in catalogue().items():
        names = kept(graph, query).names
        assert {p.name for p in query.parameters} == {m.param for m in query.matches}, name
        assert {c for m in query.matches for c in m.columns} <= set(names), name
        assert set(query.hidden) <= set(names), name
        assert not set(query.hidden) & set(run_sparql(graph, query, {}).columns), name
