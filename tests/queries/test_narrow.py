"""Name parameters put inside the query as the entities they name change no answer.

Expected values worked out by hand from the bundled plans: IOM is named "IOM" and
"International Organization for Migration"; in 2020 it co-leads three bodies: the CCCM
Cluster, the Central/South Shelter-NFI Cluster and the Returns Working Group (tests/gold/roles.csv).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from coordkg.graph.store.local import Snapshot
from coordkg.queries.catalogue import catalogue
from coordkg.queries.narrow import entities, narrowable, narrowed, plan_narrowable
from coordkg.queries.run import solutions_table, solve, sort_lists

IOM = "https://w3id.org/coordkg/id/iom"


def test_the_entity_columns_of_a_sub_select_are_narrowed_and_no_other() -> None:
    q = catalogue()
    assert [m.param for m in q["roles"].matches if narrowable(q["roles"], m)] == ["org", "body"]
    # "links" selects either end of a link, "by_place" a place or its country: two columns.
    assert not any(narrowable(q["links"], m) for m in q["links"].matches)
    assert not any(narrowable(q["by_place"], m) for m in q["by_place"].matches)


def test_a_name_in_any_case_resolves_to_its_entity(graph: Snapshot) -> None:
    assert [
        e.value for e in entities(graph, "names", "international organization for MIGRATION")
    ] == [IOM]
    assert entities(graph, "names", "no such agency") == []


def test_the_values_go_at_the_head_of_the_sub_select(graph: Snapshot) -> None:
    text = narrowed(graph, catalogue()["roles"], {"org": "IOM", "role": "co-lead"})
    head, tail = text.split(f"VALUES ?o {{ <{IOM}> }}")
    assert head.rstrip().endswith("WHERE {") and head.count("SELECT") == 2
    assert "?m a ckg:RoleAssignment" in tail


def test_a_hostile_value_is_bound_never_pasted(graph: Snapshot) -> None:
    value = '" } } INSERT DATA { <x:a> <x:b> <x:c> } #'
    text = narrowed(graph, catalogue()["roles"], {"org": value})
    assert value not in text and "VALUES ?o {  }" in text


@pytest.mark.parametrize(
    ("params", "rows"),
    [
        ({"org": "IOM", "plan": "2020", "role": "co-lead"}, 3),
        ({"org": "no such agency"}, 0),
        ({"body": "CCCM Cluster", "plan": "2020"}, None),
    ],
)
def test_narrowed_and_plain_queries_give_the_same_rows(
    graph: Snapshot, params: dict[str, str], rows: int | None
) -> None:
    query = catalogue()["roles"]
    plain = solutions_table(
        graph.query(
            query.text,
            substitutions={
                ox.Variable(p.variable): ox.Literal(params.get(p.name, ""))
                for p in query.parameters
            },
            use_default_graph_as_union=True,
        )
    )
    plain = sort_lists(query, plain.without([c for c in plain.columns if c.startswith("p_")]))
    got = solve(graph, query, params)
    assert got == plain
    if rows is not None:
        assert len(got.rows) == rows


def test_a_plan_goes_in_as_its_documents(graph: Snapshot) -> None:
    text = narrowed(graph, catalogue()["roles"], {"plan": "2025"})
    assert "VALUES ?doc { <https://w3id.org/coordkg/doc/iom-iraq-crp-2025> }" in text
    # "entities" reads documents only inside a nested query: it is asked as written
    assert not plan_narrowable(catalogue()["entities"])


@pytest.mark.parametrize("name", sorted(n for n, q in catalogue().items() if q.match("plan")))
@pytest.mark.parametrize("plan", ["2020", "iom-iraq-crp-2025", "1999"])
def test_every_question_of_one_plan_gives_the_same_rows_narrowed(
    graph: Snapshot, name: str, plan: str
) -> None:
    query = catalogue()[name]
    assert solve(graph, query, {"plan": plan}) == solve(graph, query, {"plan": plan}, narrow=False)
