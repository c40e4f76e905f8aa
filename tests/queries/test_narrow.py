"""Name parameters put inside the query as the entities they name change no answer.

Expected values worked out by hand from the bundled plans: IOM is named "IOM" and
"International Organization for Migration"; in 2020 it co-leads three bodies: the CCCM
Cluster, the Central/South Shelter-NFI Cluster and the Returns Working Group (tests/gold/roles.csv).
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox
import pytest

from coordkg.errors import InputError
from coordkg.graph.store.local import Snapshot
from coordkg.queries.catalogue import KEYS, Query, catalogue, parse
from coordkg.queries.narrow import (
    _SUBSELECT,
    _bare,
    _movable,
    entities,
    key_filter,
    narrowable,
    narrowed,
    parameter_filters,
    plan_narrowable,
)
from coordkg.queries.run import solutions_table, solve, sort_lists

IOM = "https://w3id.org/coordkg/id/iom"


def test_the_entity_columns_of_a_sub_select_are_narrowed_and_no_other() -> None:
    q = catalogue()
    assert [m.param for m in q["roles"].matches if narrowable(q["roles"], m)] == ["org", "body"]
    # "links" selects either end of a link, "by_place" a place or its country: two columns,
    # placed by their headers (see the tests of _targeted below)
    assert not any(narrowable(q["links"], m) for m in q["links"].matches)
    assert not any(narrowable(q["by_place"], m) for m in q["by_place"].matches)
    assert [(n.param, n.targets) for n in q["links"].narrows] == [("org", (("s", ""), ("o", "")))]
    assert [(n.param, n.targets) for n in q["by_place"].narrows] == [
        ("place", (("where", ""), ("where", "ckg:inCountry")))
    ]


MORE_THAN_ITS_HEADER = """#+ name: t
#+ param: org string -- organisation
#+ match: org names o
#+ narrow: org o
PREFIX ckg: <https://w3id.org/coordkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?o ?role ?p_org
WHERE {
  {
    SELECT DISTINCT ?o ?role WHERE { ?m org:member ?o ; org:role/skos:notation ?role . }
  }
  FILTER (STR(?p_org) = "" || EXISTS {
    ?o ckg:nameKey ?org_key .
    FILTER (?org_key = LCASE(STR(?p_org)))
  } && STR(?role) = "co-lead")
}
ORDER BY ?o ?role
"""
"""A filter that tests the organisation's key, as its header says, and the role besides."""


def test_a_filter_that_tests_more_than_its_header_says_stays(graph: Snapshot) -> None:
    """IOM holds roles other than co-lead (tests/gold/roles.csv): with the filter left out on
    the strength of the header alone they would come back; it stays, bound, and only IOM's
    co-lead row does (one: the sub-select keeps distinct (holder, role) pairs)."""
    query = parse(MORE_THAN_ITS_HEADER, "t.rq")
    match = query.match("org")
    assert match is not None and not narrowable(query, match)
    text = narrowed(graph, query, {"org": "IOM"})
    assert 'STR(?role) = "co-lead"' in text and "LCASE(STR(?p_org))" in text
    rows = solve(graph, query, {"org": "IOM"})
    assert rows == solve(graph, query, {"org": "IOM"}, narrow=False)
    assert rows.as_dicts() == [{"o": IOM, "role": "co-lead"}]
    # every name filter of the catalogue is what its header says (links: either end's IRI)
    for q in catalogue().values():
        for m in q.matches:
            assert key_filter(q, m) == (m.kind in KEYS), (q.name, m.param)


@pytest.mark.parametrize("name", sorted(n for n, q in catalogue().items() if q.narrows))
def test_every_narrow_line_names_variables_a_sub_select_projects_as_they_are(name: str) -> None:
    """Where a ``VALUES`` block binds them: projected by a sub-select (for one column, the
    first, where narrowed() puts it), never assigned by an expression (bound twice)."""
    query = catalogue()[name]
    subs = list(_SUBSELECT.finditer(query.text))
    for where in query.narrows:
        heads = [set(re.findall(r"\?(\w+)", _bare(s["head"]))) for s in subs]
        match = query.match(where.param)
        assert match is not None
        if narrowable(query, match):
            heads = heads[:1]
        assert any(set(where.variables) <= head for head in heads), where
        assert not any(re.search(rf"\bAS\s+\?{v}\b", query.text) for v in where.variables)


def test_a_name_in_any_case_resolves_to_its_entity(graph: Snapshot) -> None:
    assert [
        e.value for e in entities(graph, "names", "international organization for MIGRATION")
    ] == [IOM]
    assert entities(graph, "names", "no such agency") == []


class Recorder:
    """A store that keeps what it was sent: each query's text and its substitutions."""

    def __init__(self, store: Snapshot) -> None:
        self.store = store
        self.sent: list[tuple[str, object]] = []

    def query(self, text: str, **options: Any) -> Any:
        self.sent.append((text, options.get("substitutions")))
        return self.store.query(text, **options)


@pytest.mark.parametrize("value", ["Iom", 'IOM" } UNION { ?x ?y ?z } #'])
def test_a_name_is_looked_up_as_its_key_bound_as_a_value(graph: Snapshot, value: str) -> None:
    """An exact match of the value's lower case among the keys, on every store: the text is
    the same whatever the value, which only the binding carries."""
    store = Recorder(graph)
    found = entities(store, "names", value)  # type: ignore[arg-type]
    assert [e.value for e in found] == ([IOM] if value == "Iom" else [])
    [(text, bound)] = store.sent
    assert value not in text and "ckg:nameKey ?key" in text and "LCASE" not in text
    assert bound == {ox.Variable("key"): ox.Literal(value.lower())}


def test_one_entity_goes_in_as_a_constant_in_the_sub_select(graph: Snapshot) -> None:
    """The engine plans its joins from the patterns' constants, not from a VALUES block."""
    text = narrowed(graph, catalogue()["roles"], {"org": "IOM"})
    head = text.split("GROUP BY")[0]
    assert f"?m org:member <{IOM}> ." in head and f"BIND(<{IOM}> AS ?o)" in head


def test_two_constants_of_one_subject_go_in_as_sub_selects(graph: Snapshot) -> None:
    """Joined by a hash table over both scans, not by looking every membership of IOM up
    among the co-leads."""
    text = narrowed(graph, catalogue()["roles"], {"org": "IOM", "role": "co-lead"})
    head = text.split("GROUP BY")[0]
    role = "<https://w3id.org/coordkg/vocab/role-co-lead>"
    assert f"{{ SELECT ?m WHERE {{ ?m org:member <{IOM}> }} }}" in head
    assert f"{{ SELECT ?m WHERE {{ ?m org:role {role} }} }}" in head
    # the role's filter, moved in, is looked up first as the pairs of the pattern it tests
    assert f"BIND(<{IOM}> AS ?o)" in head and 'BIND("co-lead" AS ?role)' in head
    assert f'{role} skos:notation "co-lead" .' in head  # a subject of its own: as it is


@pytest.mark.parametrize("value", ["international organization for MIGRATION", 'IOM" } #'])
def test_either_end_of_a_link_is_decided_inside_each_branch(graph: Snapshot, value: str) -> None:
    """``#+ narrow: org s o``: each branch of the UNION that binds the ends, once with IOM as
    its source and once as its target but not its source (no link twice); outside, the
    columns are tested against IOM's IRI, so no store lower-cases the value."""
    text = narrowed(graph, catalogue()["links"], {"org": value})
    assert value not in text and "LCASE" not in text.split("FILTER (STR(?p_link)")[0]
    assert "?p_org" not in text and "nameKey" not in text
    found = value != 'IOM" } #'
    iom = f"<{IOM}>" if found else ""
    assert text.count(f"VALUES ?s {{ {iom} }}") == text.count(f"VALUES ?o {{ {iom} }}") == 4
    assert text.count(f"FILTER (?s NOT IN ({iom}))") == 4
    test = f'STR(?source_id) IN ("{IOM}") || STR(?target_id) IN ("{IOM}")'
    assert f"FILTER ({test if found else 'false'})" in text


def test_a_place_is_decided_as_itself_and_the_places_in_it(graph: Snapshot) -> None:
    """``#+ narrow: place where where/ckg:inCountry``: Iraq's roles are those at Iraq or at a
    place in it (Duhok among them: graph/extract/reference/places.toml)."""
    text = narrowed(graph, catalogue()["by_place"], {"place": "iraq"})
    head = re.search(r"VALUES \?where \{([^}]*)\}", text)
    assert head is not None and "placeKey" not in text and "LCASE" not in text
    places = head[1].split()
    assert "<https://w3id.org/coordkg/id/iq>" in places
    assert "<https://w3id.org/coordkg/id/iq-duhok>" in places


NAMED = [(n, m.param) for n, q in sorted(catalogue().items()) for m in q.matches if m.kind in KEYS]


@pytest.mark.parametrize(("name", "param"), NAMED)
def test_no_store_lower_cases_a_name_asked_for(graph: Snapshot, name: str, param: str) -> None:
    """Virtuoso's LCASE makes "i" of "İ", where Python's str.lower makes "i̇" (graph/keys.py):
    a name is looked up by its key, computed in Python, and the query a store then runs no
    longer holds the parameter at all."""
    assert f"?p_{param}" not in narrowed(graph, catalogue()[name], {param: "İSTANBUL"})


def test_a_malformed_narrow_header_is_refused() -> None:
    head = "#+ name: x\n#+ param: org string\n#+ match: org names o\n"
    with pytest.raises(InputError, match="malformed narrow"):
        parse(head + "#+ narrow: org o/\nSELECT * {}", "x.rq")
    with pytest.raises(InputError, match="no names or places match"):
        parse(head + "#+ narrow: plan o\nSELECT * {}", "x.rq")


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
    doc = "<https://w3id.org/coordkg/doc/iom-iraq-crp-2025>"  # one document: a constant
    assert f"?p ckg:describedIn {doc} ." in text and f"BIND({doc} AS ?doc)" in text
    # "entities" reads documents only inside a nested query: it is asked as written
    assert not plan_narrowable(catalogue()["entities"])


@pytest.mark.parametrize("name", sorted(n for n, q in catalogue().items() if q.match("plan")))
@pytest.mark.parametrize("plan", ["2020", "iom-iraq-crp-2025", "1999"])
def test_every_question_of_one_plan_gives_the_same_rows_narrowed(
    graph: Snapshot, name: str, plan: str
) -> None:
    query = catalogue()[name]
    assert solve(graph, query, {"plan": plan}) == solve(graph, query, {"plan": plan}, narrow=False)


def test_a_filter_of_a_parameter_not_asked_is_left_out() -> None:
    """Bound to "" such a filter holds for every row, but the engine still evaluates its EXISTS
    for each one."""
    query = catalogue()["roles"]
    text = narrowed(ox.Store(), query, {})
    assert "EXISTS" not in text and "?p_plan)" not in text
    assert set(parameter_filters(query.text)) == {"org", "body", "role", "plan"}


def test_a_text_filter_is_decided_inside_the_sub_select_by_the_pairs_it_accepts(
    graph: Snapshot,
) -> None:
    """The role's filter tests only ?role, which ``?r skos:notation ?role`` binds: the pairs
    of that pattern it accepts (one: the co-lead concept and the notation the graph writes)
    go in, and the filter with them."""
    query = catalogue()["roles"]
    text = narrowed(graph, query, {"role": "Co-Lead", "org": "IOM"})
    inner = text.split("GROUP BY")[0]
    assert 'BIND("co-lead" AS ?role)' in inner
    assert "Co-Lead" not in text and "FILTER" not in text


def test_a_filter_no_pattern_decides_stays_outside_its_parameter_bound(graph: Snapshot) -> None:
    """The plan's filter tests ?plan and ?doc_id, which no single pattern binds: it stays
    after the sub-select, testing its parameter, which the engine binds to the value; the
    plan's documents narrow the sub-select."""
    text = narrowed(graph, catalogue()["roles"], {"plan": "2020"})
    inner, outer = text.split("GROUP BY")
    assert "FILTER" not in inner and '"2020"' not in text
    assert (
        'FILTER (STR(?p_plan) = "" || STR(?plan) = STR(?p_plan) || ?doc_id = STR(?p_plan))' in outer
    )
    assert "?p_plan" in text.split("WHERE")[0]  # projected: what the engine's value binds


HOSTILE = ['co-lead")) || true || (("', "co-lead\\", "co-lead\n}"]
PLAN_HOSTILE = '2020" } ; DROP ALL ; SELECT * WHERE { "\n'


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_text_value_selects_no_pair_and_is_never_pasted(
    graph: Snapshot, value: str
) -> None:
    query = catalogue()["roles"]
    text = narrowed(graph, query, {"role": value})
    assert value not in text and "VALUES (?r ?role) {  }" in text and "FILTER" not in text
    assert solve(graph, query, {"role": value}).rows == ()


@pytest.mark.parametrize("value", [*HOSTILE, PLAN_HOSTILE])
def test_a_hostile_plan_is_never_in_the_text(graph: Snapshot, value: str) -> None:
    query = catalogue()["roles"]
    text = narrowed(graph, query, {"plan": value})
    assert narrowed(graph, query, {"plan": "1999"}) == text  # no document either: one text
    assert solve(graph, query, {"plan": value}).rows == ()


def test_only_filters_on_what_the_sub_select_groups_by_are_moved() -> None:
    q = catalogue()
    movable = {
        name: sorted(p for p, f in parameter_filters(query.text).items() if _movable(query, f))
        for name, query in q.items()
    }
    assert movable["roles"] == ["plan", "role"]  # org and body test labels: EXISTS
    assert movable["links"] == ["link", "plan"]
    # entities and nodes group in two sub-selects, hxl joins a UNION: left as written
    assert movable["entities"] == movable["nodes"] == movable["hxl"] == []


def _values(graph: Snapshot, query: Query, param: str) -> list[str]:
    """A few values of the parameter that select rows, in other cases too, and one that
    selects none."""
    match = query.match(param)
    assert match is not None
    table = solve(graph, query, {})
    cells = sorted({r[table.columns.index(c)] for r in table.rows for c in match.columns} - {""})
    if match.kind in ("names", "places"):
        cells = [
            str(label.value)
            for iri in cells[:: max(1, len(cells) // 4)]
            if iri.startswith("http")
            for (label,) in graph.query(
                f"SELECT ?l WHERE {{ <{iri}> ?p ?l FILTER(ISLITERAL(?l)) }} LIMIT 3",
                use_default_graph_as_union=True,
            )
        ]
    picked = cells[:: max(1, len(cells) // 4)]
    return [*picked, *(c.upper() for c in picked[:2]), "no such value"]


def _cases() -> list[tuple[str, str]]:
    return [(n, m.param) for n, q in sorted(catalogue().items()) for m in q.matches]


@pytest.mark.parametrize(("name", "param"), _cases())
def test_every_parameter_gives_the_same_rows_narrowed_as_written(
    graph: Snapshot, name: str, param: str
) -> None:
    query = catalogue()[name]
    found = 0
    for value in _values(graph, query, param):
        params = {param: value}
        got = solve(graph, query, params)
        assert got == solve(graph, query, params, narrow=False), params
        found += bool(got.rows)
    assert found, name


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("roles", {"org": "IOM", "role": "co-lead"}),
        ("roles", {"org": "iom", "role": "CO-LEAD", "plan": "2020"}),
        ("roles", {"body": "mhpss twg", "role": "Co-Chair", "plan": "2025"}),
        ("evidence", {"org": "DoH", "body": "MHPSS TWG"}),
        ("links", {"org": "IOM", "link": "co-lead", "plan": "2020"}),
        ("entities", {"name": "IOM", "class": "UNAgency"}),
        ("target_groups", {"group": "international MIGRANT", "plan": "2025"}),
    ],
)
def test_parameters_together_give_the_same_rows_narrowed_as_written(
    graph: Snapshot, name: str, params: dict[str, str]
) -> None:
    query = catalogue()[name]
    got = solve(graph, query, params)
    assert got.rows, params
    assert got == solve(graph, query, params, narrow=False)


def test_a_parameter_no_longer_tested_is_not_projected(graph: Snapshot) -> None:
    """A server would send the bound value back in every row."""
    roles = narrowed(graph, catalogue()["roles"], {"org": "IOM", "role": "co-lead"})
    assert re.findall(r"\?p_\w+", roles) == []
    entities = narrowed(graph, catalogue()["entities"], {"class": "UNAgency"})
    assert "?p_class" in entities.split("WHERE")[0]  # its filter, outside, still tests it
    assert "?p_name" not in entities
    classes = {
        r["class"] for r in solve(graph, catalogue()["entities"], {"class": "unagency"}).as_dicts()
    }
    assert classes == {"UNAgency"}
