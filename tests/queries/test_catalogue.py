"""The query catalogue is read from the .rq headers; parameters are typed and bound, never pasted."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from coordkg.errors import InputError
from coordkg.graph.store.export import to_dataset
from coordkg.queries import run
from coordkg.queries.catalogue import catalogue, get, parse
from coordkg.queries.narrow import narrowed, unprojected
from coordkg.queries.run import run_oxigraph, run_rdflib, scope
from coordkg.queries.table import Table


def test_headers_give_names_summaries_and_parameters() -> None:
    q = get("roles")
    assert [p.name for p in q.parameters] == ["org", "body", "role", "plan"]
    assert all(p.type == "string" and p.doc for p in q.parameters)
    assert q.lists == ("with",) and q.summary.startswith("Who leads")
    assert q.sentences == ("evidence",) and q.hidden == ("doc_id", "o", "b")
    assert [(m.param, m.kind, m.columns) for m in q.matches] == [
        ("role", "text", ("role",)),
        ("plan", "exact", ("plan", "doc_id")),
        ("org", "names", ("o",)),
        ("body", "names", ("b",)),
    ]
    assert set(catalogue()) >= {"roles", "programmes"}


def test_list_and_sentence_columns_are_sorted() -> None:
    """GROUP_CONCAT joins in any order: a row reads the same from every store."""
    table = Table(("with", "evidence"), (("UNDP;IOM", "Zakho is … | Anbar is …"),))
    query = parse("#+ name: x\n#+ list: with\n#+ sentences: evidence\nSELECT * {}", "x.rq")
    assert run.sort_lists(query, table).rows == (("IOM;UNDP", "Anbar is … | Zakho is …"),)


def test_malformed_headers_are_refused() -> None:
    with pytest.raises(InputError, match="no `#\\+ name:`"):
        parse("#+ summary: x\nSELECT * {}", "x.rq")
    with pytest.raises(InputError, match="malformed parameter"):
        parse("#+ name: x\n#+ param: 9lives float\nSELECT * {}", "x.rq")
    with pytest.raises(InputError, match="malformed match"):
        parse("#+ name: x\n#+ param: org string\n#+ match: org like o\nSELECT * {}", "x.rq")
    with pytest.raises(InputError, match="no string parameter"):
        parse("#+ name: x\n#+ param: n integer\n#+ match: n exact n\nSELECT * {}", "x.rq")


def test_typed_parameters_are_checked() -> None:
    q = parse("#+ name: x\n#+ param: n integer -- a count\nSELECT ?p_n {}", "x.rq")
    with pytest.raises(InputError, match="whole number"):
        run_oxigraph(ox.Store(), q, {"n": "1; DROP ALL"})


def test_the_query_text_never_contains_the_value(graph: ox.Store) -> None:
    """The value reaches the store as a bound literal, first to find the entities it names
    (none here), then in the file's query with those entities put inside (see narrow.py)."""
    seen: list[str] = []

    class Spy:
        def query(self, text: str, **kwargs: object) -> object:
            seen.append(text)
            return graph.query(text, **kwargs)  # type: ignore[arg-type]

    run_oxigraph(Spy(), get("roles"), {"org": "UNDP-sentinel-value"})  # type: ignore[arg-type]
    assert len(seen) == 2 and not any("UNDP-sentinel-value" in text for text in seen)
    # the name's filter is decided by the VALUES, those of the parameters not given hold anyway;
    # the columns it hides are not asked for
    query = get("roles")
    assert seen[1] == unprojected(
        narrowed(graph, query, {"org": "UNDP-sentinel-value"}), query.hidden
    )
    assert "VALUES ?o {  }" in seen[1] and "FILTER" not in seen[1].split("GROUP BY")[1]


@pytest.fixture(scope="module")
def union(graph: ox.Store) -> Dataset:
    """The graph in rdflib, its default graph the union of the named ones."""
    ds: Dataset = to_dataset(graph)
    ds.default_union = True
    return ds


HOSTILE = "2020\" } ; DROP ALL ; SELECT * WHERE { ?s ?p \"\n'x' } #"
"""A value a user could type that closes the string, the group and the query, and opens an
update: bound as a value it is one more plan, period or name that nothing is called."""

STRING_PARAMETERS = sorted(
    (q.name, p.name) for q in catalogue().values() for p in q.parameters if p.type == "string"
)


@pytest.mark.parametrize(("name", "param"), STRING_PARAMETERS)
def test_a_hostile_value_is_an_ordinary_value_on_every_path(
    graph: ox.Store, union: Dataset, name: str, param: str
) -> None:
    """Kept answer, engine (the text narrowed or as written) and rdflib answer it alike, as
    a value that names nothing; no text sent to the engine holds any of it."""
    seen: list[str] = []

    class Spy:
        def query(self, text: str, **kwargs: object) -> object:
            seen.append(text)
            return graph.query(text, **kwargs)  # type: ignore[arg-type]

    query, params = get(name), {param: HOSTILE}
    kept = run_oxigraph(graph, query, params, graph.derived)
    assert kept.columns and kept.rows == ()
    assert run.run_sparql(Spy(), query, params) == kept  # type: ignore[arg-type]
    assert run.run_sparql(Spy(), query, params, narrow=False) == kept  # type: ignore[arg-type]
    assert run_rdflib(union, query, params) == kept
    assert seen and not any("DROP" in text or '"2020' in text for text in seen)


@pytest.mark.parametrize(
    "params", [{}, {"org": "iom", "role": "co-chair"}, {"body": "RWG"}, {"plan": "2020"}]
)
def test_same_answers_on_oxigraph_and_rdflib(graph: ox.Store, params: dict[str, str]) -> None:
    """Bindings behave differently across engines (rdflib issue #1772): both must agree here."""
    ds: Dataset = to_dataset(graph)
    ds.default_union = True
    for name in ("roles", "programmes"):
        if name == "programmes" and set(params) - {"plan"}:
            continue
        assert run_oxigraph(graph, get(name), params, graph.derived) == run_rdflib(
            ds, get(name), params
        ), (
            name,
            params,
        )


PLAN_QUESTIONS = sorted(
    n for n, q in catalogue().items() if any(p.name == "plan" for p in q.parameters)
)


@pytest.mark.parametrize("plan", ["2025", "iom-iraq-crp-2020", "1999"])
def test_a_question_about_one_plan_reads_only_its_graphs_and_answers_the_same(
    graph: ox.Store, plan: str
) -> None:
    """Scoping by plan (run.scope) is an optimisation: rdflib's engine, which reads every
    graph, must give the same rows for every question that takes --plan."""
    ds: Dataset = to_dataset(graph)
    ds.default_union = True
    assert len(PLAN_QUESTIONS) >= 10
    for name in PLAN_QUESTIONS:
        assert run_oxigraph(graph, get(name), {"plan": plan}, graph.derived) == run_rdflib(
            ds, get(name), {"plan": plan}
        ), name
    graphs = scope(graph, get("roles"), "2025")
    assert graphs is not None and "graph/iom-iraq-crp-2025" in str(graphs)
    assert "graph/iom-iraq-crp-2020" not in str(graphs)


def test_a_question_about_one_plan_is_run_over_that_plans_graphs(graph: ox.Store) -> None:
    asked: list[dict[str, object]] = []

    class Spy:
        def query(self, text: str, **kwargs: object) -> object:
            asked.append(kwargs)
            return graph.query(text, **kwargs)  # type: ignore[arg-type]

    run_oxigraph(Spy(), get("roles"), {"plan": "2025"})  # type: ignore[arg-type]
    run_oxigraph(Spy(), get("roles"), {})  # type: ignore[arg-type]
    scoped, whole = asked[-2], asked[-1]
    assert "graph/iom-iraq-crp-2025" in str(scoped["default_graph"])
    assert "graph/iom-iraq-crp-2020" not in str(scoped["default_graph"])
    assert scoped["named_graphs"] and whole == {
        "substitutions": whole["substitutions"],
        "use_default_graph_as_union": True,
    }


@pytest.mark.parametrize("name", sorted(n for n, q in catalogue().items() if q.distinct))
def test_a_distinct_question_is_ordered_by_every_column_it_selects(name: str) -> None:
    """Its rows then never tie, and no store orders them by a column it does not select: two
    plans of one period, whose rows DISTINCT merges, came back from Virtuoso in another order
    than from Oxigraph when ``?doc_id`` was ordered by but not sent."""
    query = catalogue()[name]
    head = re.search(
        r"^SELECT\b(.*?)\bWHERE\b", unprojected(query.text, run.unsent(query)), re.M | re.S
    )
    assert head is not None
    sent = {v for v in re.findall(r"\?(\w+)", head[1]) if not v.startswith("p_")}
    assert sent <= set(query.order), sorted(sent - set(query.order))
