"""The Python API (``coordkg.open`` ...): what a notebook user gets, typed, from the same
functions the command line calls. Expected values come from tests/gold (written by hand from
the two plans)."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest

import coordkg
from coordkg.errors import InputError


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> coordkg.KnowledgeGraph:
    kg = coordkg.open(tmp_path_factory.mktemp("api") / "store")
    summary = kg.build()
    assert [doc_id for doc_id, _, _ in summary.documents] == [
        "iom-iraq-crp-2020",
        "iom-iraq-crp-2025",
    ]
    return kg


def test_the_package_root_documents_its_api() -> None:
    assert {"open", "KnowledgeGraph", "Result", "open_store"} <= set(coordkg.__all__)
    assert "coordkg.open()" in (coordkg.__doc__ or "")
    assert (Path(coordkg.__file__).parent / "py.typed").exists()


def test_who_co_leads_what(kg: coordkg.KnowledgeGraph) -> None:
    """tests/gold/roles.csv: the nine co-lead rows of the two plans."""
    rows = {
        (r["plan"], r["organization_acronym"], r["body_acronym"])
        for r in kg.ask("roles", role="co-lead")
    }
    assert rows == {
        ("2020", "IOM", "CCCM Cluster"),
        ("2020", "IOM", "RWG"),
        ("2020", "IOM", "Shelter-NFI Cluster"),
        ("2025", "IOM", "ABC Group"),
        ("2025", "IOM", "DSTF"),
        ("2025", "IOM", "DSTWG"),
        ("2025", "NRC", "DSTWG"),
        ("2025", "UNDP", "DSTF"),
        ("2025", "UNDP", "DSTWG"),
    }


def test_values_are_typed(kg: coordkg.KnowledgeGraph) -> None:
    """tests/gold/plans.csv: 2020 asks USD 148,654,000 for 4.1 million people in need; 2025
    was last updated on 13 February 2025 and names no people in need."""
    plans = {r["plan"]: r for r in kg.ask("plans")}
    assert plans["2020"]["funding_usd"] == Decimal("148654000")
    assert isinstance(plans["2020"]["funding_usd"], Decimal)
    assert plans["2020"]["people_in_need"] == 4_100_000
    assert plans["2025"]["people_in_need"] is None
    assert plans["2025"]["updated"] == dt.date(2025, 2, 13)
    assert plans["2020"]["updated"] is None


def test_a_dataframe_when_pandas_is_there(kg: coordkg.KnowledgeGraph) -> None:
    pytest.importorskip("pandas")
    frame = kg.ask("plans").to_dataframe()
    assert list(frame["plan"]) == ["2020", "2025"]
    assert frame.loc[frame["plan"] == "2025", "people_targeted"].item() == 426_700


def test_the_network_has_plain_attributes_graphml_takes(kg: coordkg.KnowledgeGraph) -> None:
    g = kg.network(plan="2025")
    out = io.BytesIO()
    nx.write_graphml(g, out)  # fails on the map model's dataclass attributes
    iom = "https://w3id.org/coordkg/id/iom"
    rwg = "https://w3id.org/coordkg/id/returns-working-group"
    assert [a["roles"] for a in g.get_edge_data(iom, rwg).values()] == ["chair"]
    for _, attrs in g.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values())


def test_the_graph_as_an_rdflib_dataset(kg: coordkg.KnowledgeGraph) -> None:
    names = {str(g.identifier) for g in kg.dataset().graphs()}
    assert "https://w3id.org/coordkg/graph/iom-iraq-crp-2025" in names


def test_sparql_rows_and_answers(kg: coordkg.KnowledgeGraph) -> None:
    result = kg.sparql(
        "PREFIX ckg: <https://w3id.org/coordkg/ontology#> "
        "SELECT ?funding_usd WHERE { ?p ckg:period '2020' ; ckg:fundingRequired/"
        "<https://schema.org/value> ?funding_usd }"
    )
    assert isinstance(result, coordkg.Result)
    assert result.rows == ((Decimal("148654000"),),)
    assert "true" in str(kg.sparql("ASK { ?s ?p ?o }")).lower()


def test_what_serve_asks_of_the_library(kg: coordkg.KnowledgeGraph) -> None:
    """The web app reads through the API: several questions of one held graph, and a SPARQL
    1.1 Protocol request with its own dataset, answered as HTTP status, type and body."""
    from coordkg.queries.dataset import Dataset
    from coordkg.queries.endpoint import Limits, Request

    with kg.reading() as graph:
        plans = graph.table("plans")
        evidence = graph.table("evidence", org="IOM", role="co-lead", body="RWG", plan="2020")
    assert [row[0] for row in plans.rows] == ["2020", "2025"]
    assert {r["document"] for r in evidence.as_dicts()} == {"iom-iraq-crp-2020.txt"}
    ask = 'ASK { ?p <https://w3id.org/coordkg/ontology#period> "2025" }'
    graph = "https://w3id.org/coordkg/graph/iom-iraq-crp-{}"
    for plan, expected in (("2020", b"false"), ("2025", b"true")):
        dataset = Dataset(default=(graph.format(plan),))
        answer = kg.protocol_answer(Request(ask, dataset=dataset), Limits(seconds=30))
        assert (answer.status, answer.media_type) == (200, "application/sparql-results+json")
        assert expected in answer.body


def test_mistakes_are_the_command_line_s_errors(kg: coordkg.KnowledgeGraph) -> None:
    with pytest.raises(InputError, match="did you mean `roles`"):
        kg.ask("role")
    with pytest.raises(InputError, match="known: chair, co-chair"):
        kg.ask("roles", role="colead")


def test_opening_a_store_imports_nothing_heavy(kg: coordkg.KnowledgeGraph) -> None:
    code = (
        "import sys, coordkg\n"
        f"kg = coordkg.open({str(kg.location)!r})\n"
        "kg.ask('roles', org='IOM')\n"
        "print(' '.join(m for m in ('rdflib', 'networkx', 'pandas', 'pyvis') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_the_build_summary_counts_the_time_its_answers_took(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The closing line's seconds are the whole command's: keeping the catalogue's answers
    (a third of a large build) included."""
    import time

    from coordkg.queries import precompute

    def slow(*args: object, **kwargs: object) -> None:
        time.sleep(1.0)

    monkeypatch.setattr(precompute, "keep_answers", slow)
    plan = tmp_path / "plan.txt"
    plan.write_text("The Shelter Cluster is led by UNHCR and co-led by IOM.\n", encoding="utf-8")
    assert coordkg.open(tmp_path / "store").build([plan]).seconds >= 1.0
