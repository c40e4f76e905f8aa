"""The catalogue's questions answer what the two plans say, worked out by hand from their text
(`graph/documents/*.txt`, `tests/gold/*.csv`), and every question gives the same rows on
Oxigraph and on rdflib."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from goldmatch import label_index, read_csv, same
from rdflib import Dataset

from coordkg.graph.build import bundled_documents
from coordkg.graph.read.readers import read_document
from coordkg.graph.store.export import to_dataset
from coordkg.queries.catalogue import catalogue, get
from coordkg.queries.run import run_oxigraph, run_rdflib

GOLD_DIR = Path(__file__).parents[1] / "gold"
IOM = "International Organization for Migration"
MHPSS_TWG = "Mental Health and Psychosocial Support Technical Working Group"
RWG_2025 = "chairs the Returns Working Group (RWG)"


def ask(graph: ox.Store, name: str, **params: str) -> list[dict[str, str]]:
    return run_oxigraph(graph, get(name), params).as_dicts()


@pytest.fixture(scope="module")
def dataset(graph: ox.Store) -> Iterator[Dataset]:
    ds = to_dataset(graph)
    ds.default_union = True
    yield ds


@pytest.fixture(scope="module")
def labels(graph: ox.Store) -> dict[str, set[str]]:
    return label_index(graph)


# bodies ------------------------------------------------------------------------------------


def test_bodies_iom_holds_roles_in(graph: ox.Store) -> None:
    rows = ask(graph, "bodies", org="iom", plan="2025")
    held = {(r["body"], r["role"], r["scope"]) for r in rows}
    # "... and chairs the Returns Working Group (RWG) ..." (2025)
    assert ("Returns Working Group", "chair", "") in held
    # "IOM currently co-chairs the Mental Health and Psychosocial Support (MHPSS) technical
    # working group (TWG) at the national level and the governorate level in Anbar, ..."
    assert (MHPSS_TWG, "co-chair", "national") in held
    assert (MHPSS_TWG, "co-chair", "Duhok") in held
    # "IOM is a member of the Cash Working Group (CWG)."
    assert ("Cash Working Group", "member", "") in held
    rwg = next(r for r in rows if r["body"] == "Returns Working Group")
    assert rwg["body_acronym"] == "RWG" and rwg["kind"] == "working group"
    assert {r["plan"] for r in rows} == {"2025"}


def test_bodies_2020_by_full_name_any_case(graph: ox.Store) -> None:
    rows = ask(graph, "bodies", org=IOM.upper(), plan="2020")
    held = {(r["body"], r["role"], r["scope"]) for r in rows}
    # "co-lead of the Returns Working Group (RWG)" and "IOM's continued leadership of the RWG"
    assert {("Returns Working Group", "co-lead", ""), ("Returns Working Group", "lead", "")} <= held
    # "through its role as chair of the Working Committee on Capacity Building and HR
    # Management nationally"
    committee = "Working Committee on Capacity Building and HR Management"
    assert (committee, "chair", "national") in held
    assert next(r["kind"] for r in rows if r["body"] == committee) == "committee"
    # "co-lead of the sub-national Central/South Shelter-NFI Cluster"
    assert any(
        r["body_acronym"] == "Shelter-NFI Cluster" and r["scope"] == "Central/South" for r in rows
    )


def test_bodies_of_undp_are_the_two_durable_solutions_bodies(graph: ox.Store) -> None:
    rows = ask(graph, "bodies", org="United Nations Development Programme")
    assert {(r["plan"], r["body_acronym"], r["role"]) for r in rows} == {
        ("2025", "DSTF", "co-lead"),
        ("2025", "DSTWG", "co-lead"),
    }


# body --------------------------------------------------------------------------------------


def test_body_dstwg_co_leads(graph: ox.Store) -> None:
    # "IOM, along with UNDP, is a co-lead agency of the DSTF and, in collaboration with UNDP
    # and the Norwegian Refugee Council (NRC), the Durable Solutions Technical Working Group"
    rows = ask(graph, "body", body="dstwg", plan="2025")
    assert {(r["organization_acronym"], r["role"], r["with"]) for r in rows} == {
        ("IOM", "co-lead", "NRC;UNDP"),
        ("NRC", "co-lead", "IOM;UNDP"),
        ("UNDP", "co-lead", "IOM;NRC"),
    }


def test_body_rwg_across_plans(graph: ox.Store) -> None:
    rows = ask(graph, "body", body="Returns Working Group")
    assert {(r["plan"], r["organization_acronym"], r["role"]) for r in rows} == {
        ("2020", "IOM", "co-lead"),
        ("2020", "IOM", "lead"),
        ("2025", "IOM", "chair"),
    }


def test_body_mhpss_twg_co_chairs_per_scope(graph: ox.Store) -> None:
    # "... at the national level and the governorate level in Anbar, Salah Al-Din, and Dohuk,
    # together with the Directorates of Health (DoHs)"
    rows = ask(graph, "body", body="MHPSS TWG")
    scopes = {"national", "Al-Anbar", "Salah Al-Din", "Duhok"}
    assert {(r["organization_acronym"], r["scope"]) for r in rows} == {
        (who, scope) for who in ("IOM", "DoH") for scope in scopes
    }
    assert {r["role"] for r in rows} == {"co-chair"}
    assert {r["with"] for r in rows if r["organization_acronym"] == "IOM"} == {"DoH"}


# counterparts ------------------------------------------------------------------------------


def test_counterparts_of_iom_2020(graph: ox.Store) -> None:
    rows = ask(graph, "counterparts", org="IOM", plan="2020")
    by_name = {r["counterpart"]: r for r in rows}
    # "IOM works in close coordination with the Ministry of Migration and Displacement (MoMD)
    # of the GoI and the KRG Ministry of Planning (MoP)."
    momd = by_name["Ministry of Migration and Displacement"]
    assert (momd["counterpart_acronym"], momd["counterpart_kind"]) == ("MoMD", "ministry")
    assert "IOM works in close coordination with the Ministry of Migration" in momd["evidence"]
    assert by_name["KRG Ministry of Planning"]["counterpart_kind"] == "ministry"
    # "... the Government of Iraq (GoI) Joint Coordination and Monitoring Centre (JCMC) and the
    # Joint Crisis Coordination Centre (JCC) of the Kurdistan Regional Government (KRG)"
    assert by_name["Joint Coordination and Monitoring Centre"]["counterpart_acronym"] == "JCMC"
    assert by_name["Government of Iraq"]["counterpart_kind"] == "government"
    assert {r["organization"] for r in rows} == {IOM}
    assert "Office of National Security Advisor" not in by_name  # a 2025 counterpart


def test_counterparts_cover_the_gold(graph: ox.Store, labels: dict[str, set[str]]) -> None:
    """Every government counterpart of tests/gold/relations.csv, with its plan."""
    rows = ask(graph, "counterparts")
    gold = [
        g for g in read_csv(GOLD_DIR / "relations.csv") if g["predicate"] == "governmentCounterpart"
    ]
    assert len(gold) == 12  # six per plan
    missing = [
        g
        for g in gold
        if not any(
            r["plan"] == g["plan"]
            and same(g["subject"], r["organization"], labels)
            and same(g["object"], r["counterpart"], labels)
            for r in rows
        )
    ]
    assert not missing
    # 2025: "IOM has coordinated with the Government's Office of National Security Advisor (ONSA)"
    onsa = [r for r in rows if r["counterpart_acronym"] == "ONSA"]
    assert [(r["plan"], r["counterpart_kind"]) for r in onsa] == [("2025", "government office")]
    assert "Office of National Security Advisor (ONSA)" in onsa[0]["evidence"]


# funding_by_objective ----------------------------------------------------------------------


def test_funding_by_objective_2020_preparedness(graph: ox.Store) -> None:
    rows = ask(graph, "funding_by_objective", plan="2020")
    row = next(
        r for r in rows if r["objective"] == "Strengthen preparedness and reduce disaster risk"
    )
    # "$2,850,000 Funding Required / 2,000 Target Beneficiaries"; Emergency Preparedness
    # $350,000 + System Strengthening for MHPSS $2,500,000
    assert row == {
        "plan": "2020",
        "number": "",
        "objective": "Strengthen preparedness and reduce disaster risk",
        "funding_usd": "2850000",
        "people_targeted": "2000",
        "programmes": "2",
        "programmes_total_usd": "2850000",
    }


def test_funding_by_objective_matches_the_gold(graph: ox.Store) -> None:
    rows = ask(graph, "funding_by_objective")
    gold = read_csv(GOLD_DIR / "objectives.csv")
    programmes = read_csv(GOLD_DIR / "programmes.csv")
    objectives = [r for r in rows if r["objective"]]
    assert [(r["plan"], r["number"], r["objective"]) for r in objectives] == [
        (g["plan"], g["number"], g["objective"]) for g in gold
    ]
    for r, g in zip(objectives, gold, strict=True):
        under = [int(p["funding_usd"]) for p in programmes if p["objective"] == g["objective"]]
        assert (r["funding_usd"], r["people_targeted"]) == (g["funding_usd"], g["people_targeted"])
        assert (r["programmes"], r["programmes_total_usd"]) == (str(len(under)), str(sum(under)))
    # 2020: the programmes add up to each objective's requirement (45,704,000; 100,100,000)
    assert all(
        r["funding_usd"] == r["programmes_total_usd"] for r in objectives if r["plan"] == "2020"
    )
    # 2025 lists its 18 programmes (17 areas and the cross-cutting block) under no objective
    loose = [r for r in rows if not r["objective"]]
    unplaced = [
        int(p["funding_usd"]) for p in programmes if p["plan"] == "2025" and not p["objective"]
    ]
    assert [(r["plan"], r["programmes"], r["programmes_total_usd"]) for r in loose] == [
        ("2025", "18", str(sum(unplaced)))
    ]
    assert sum(unplaced) == 175260200  # the 2025 headline requirement


# funding_shares ----------------------------------------------------------------------------


def test_funding_shares_cross_cutting_block(graph: ox.Store) -> None:
    # "$1,000,000 Funding required / [["Saving lives",40],["Solutions to displacement",40],
    # ["Pathways for regular migration",20]]"
    rows = ask(graph, "funding_shares", plan="2025")
    spread = [r for r in rows if r["block"] == "Cross-cutting (untitled in the plan)"]
    assert [(r["objective"], r["percent"], r["amount_usd"]) for r in spread] == [
        ("Saving lives and protecting people on the move", "40", "400000"),
        ("Driving solutions to displacement", "40", "400000"),
        ("Facilitating pathways for regular migration", "20", "200000"),
    ]
    assert {r["block_usd"] for r in spread} == {"1000000"}


def test_funding_shares_outcomes_match_the_gold(graph: ox.Store) -> None:
    rows = ask(graph, "funding_shares")
    outcomes = {(r["objective"], r["share"]): r for r in rows if r["block"] == r["objective"]}
    expected = {}
    for g in read_csv(GOLD_DIR / "objectives.csv"):
        for item in filter(None, re.split(r";(?=[^;=]+=)", g["outcome_shares"])):
            name, percent = item.rsplit("=", 1)
            amount = Decimal(g["funding_usd"]) * Decimal(percent) / 100
            expected[(g["objective"], name)] = (percent, str(int(amount)))
    assert len(expected) == 9
    assert {k: (r["percent"], r["amount_usd"]) for k, r in outcomes.items()} == expected
    # 141,744,200 x 35 % = 49,610,470
    assert expected[
        ("Driving solutions to displacement", "Displaced people are resilient and self-reliant")
    ] == (
        "35",
        "49610470",
    )
    assert not ask(graph, "funding_shares", plan="2020")  # the 2020 plan prints no shares


# target_groups -----------------------------------------------------------------------------


def test_target_groups_of_objective_3(graph: ox.Store) -> None:
    # "Facilitating pathways for regular migration ... Primary target groups / Local population
    # / community / International migrant"
    rows = ask(graph, "target_groups", plan="2025")
    third = [r for r in rows if r["number"] == "3"]
    assert {r["target_group"] for r in third} == {
        "Local population / community",
        "International migrant",
    }
    assert {r["objective"] for r in third} == {"Facilitating pathways for regular migration"}


def test_target_groups_match_the_gold(graph: ox.Store) -> None:
    rows = ask(graph, "target_groups")
    expected = {
        (g["plan"], g["objective"], t)
        for g in read_csv(GOLD_DIR / "objectives.csv")
        for t in g["target_groups"].split(";")
        if t
    }
    assert {(r["plan"], r["objective"], r["target_group"]) for r in rows} == expected
    migrants = ask(graph, "target_groups", group="international MIGRANT")
    assert [(r["plan"], r["number"]) for r in migrants] == [("2025", "3")]


# by_place ----------------------------------------------------------------------------------


@pytest.mark.parametrize("place", ["IQG09", "iqg09", "Duhok", "dohuk", "IQ-DA"])
def test_by_place_duhok(graph: ox.Store, place: str) -> None:
    rows = ask(graph, "by_place", place=place)
    iom = [r for r in rows if r["organization"] == IOM]
    assert [
        (r["plan"], r["place"], r["pcode"], r["iso3166"], r["role"], r["body"]) for r in iom
    ] == [("2025", "Duhok", "IQG09", "IQ-DA", "co-chair", MHPSS_TWG)]
    assert "the governorate level in Anbar, Salah Al-Din, and Dohuk" in iom[0]["evidence"]
    assert {r["place"] for r in rows} == {"Duhok"}


def test_by_place_covers_the_gold(graph: ox.Store, labels: dict[str, set[str]]) -> None:
    """Every gold role whose scope is a place (not a level) is listed for that place."""
    rows = ask(graph, "by_place")
    gold = [g for g in read_csv(GOLD_DIR / "roles.csv") if g["scope"] and g["scope"] != "national"]
    assert len(gold) == 7  # Central/South (2020); Anbar, Salah Al-Din, Dohuk for IOM and DoH
    for g in gold:
        assert any(
            r["plan"] == g["plan"]
            and r["role"] == g["role"]
            and same(g["scope"], r["place"], labels)
            and same(g["organization"], r["organization"], labels)
            and same(g["body"], r["body"], labels)
            for r in rows
        ), g
    # a country gives the places in it; Central/South carries no country
    assert {r["place"] for r in ask(graph, "by_place", place="iraq")} == {
        "Al-Anbar",
        "Duhok",
        "Salah Al-Din",
    }
    assert [r["plan"] for r in ask(graph, "by_place", place="central/south")] == ["2020"]


# evidence ----------------------------------------------------------------------------------


def test_evidence_why_iom_chairs_the_rwg(graph: ox.Store) -> None:
    rows = ask(graph, "evidence", org="IOM", role="chair", body="RWG")
    assert len(rows) == 1
    row = rows[0]
    assert (row["plan"], row["document"]) == ("2025", "iom-iraq-crp-2025.txt")
    assert RWG_2025 in row["sentence"]
    assert row["rule"] and 0 < Decimal(row["confidence"]) <= 1
    raw = _raw(row["document"])
    span = raw[int(row["start"]) : int(row["end"])]
    assert row["sentence"] in span and RWG_2025 in span
    # the same answer by full names, any case, and by plan as a document id
    again = ask(
        graph,
        "evidence",
        org="international organization for migration",
        role="CHAIR",
        body="returns working group",
        plan="iom-iraq-crp-2025",
    )
    assert again == rows


def test_evidence_spans_are_the_sentences_in_the_raw_text(graph: ox.Store) -> None:
    """2020's sentences are wrapped over lines in the file: the span holds them all the same."""
    rows = ask(graph, "evidence", org="iom", body="rwg")
    assert [(r["plan"], r["document"]) for r in rows] == [
        ("2020", "iom-iraq-crp-2020.txt"),
        ("2020", "iom-iraq-crp-2020.txt"),
        ("2025", "iom-iraq-crp-2025.txt"),
    ]
    assert "co-lead of the Returns Working Group (RWG)" in rows[0]["sentence"]
    assert "continued leadership of the Returns Working Group (RWG)" in rows[1]["sentence"]
    for r in ask(graph, "evidence"):
        span = _raw(r["document"])[int(r["start"]) : int(r["end"])]
        assert re.sub(r"\s", "", span) == re.sub(r"\s", "", r["sentence"]), r


def _raw(file_name: str) -> str:
    path = next(p for p in bundled_documents() if p.name == file_name)
    return read_document(path)[0].raw


# every question ----------------------------------------------------------------------------

PARAMS: dict[str, list[dict[str, str]]] = {
    "bodies": [{"org": "IOM"}, {"org": "undp", "plan": "2025"}],
    "body": [{"body": "RWG"}, {"body": "mhpss twg", "plan": "iom-iraq-crp-2025"}],
    "counterparts": [{"org": "iom", "plan": "2020"}],
    "funding_by_objective": [{"plan": "2025"}],
    "funding_shares": [{"plan": "2025"}],
    "target_groups": [{"group": "Internally displaced person"}],
    "by_place": [{"place": "IQG09"}, {"place": "iq", "plan": "2025"}],
    "evidence": [{"org": "IOM", "role": "chair", "body": "RWG"}, {"plan": "2020"}],
}


def _cases() -> list[tuple[str, dict[str, str]]]:
    return [(name, p) for name in sorted(catalogue()) for p in [{}, *PARAMS.get(name, [])]]


@pytest.mark.parametrize(
    ("name", "params"),
    _cases(),
    ids=lambda v: v if isinstance(v, str) else "-".join(v.values()) or "all",
)
def test_same_rows_on_oxigraph_and_rdflib(
    graph: ox.Store, dataset: Dataset, name: str, params: dict[str, str]
) -> None:
    query = get(name)
    params = {k: v for k, v in params.items() if any(p.name == k for p in query.parameters)}
    assert run_oxigraph(graph, query, params) == run_rdflib(dataset, query, params)


INJECTION = 'IOM" } UNION { ?s ?p ?o } #'


@pytest.mark.parametrize(
    ("name", "param"),
    [(q.name, p.name) for q in catalogue().values() for p in q.parameters if p.type == "string"],
)
def test_sparql_in_a_parameter_is_only_a_value(graph: ox.Store, name: str, param: str) -> None:
    table = run_oxigraph(graph, get(name), {param: INJECTION})
    assert table.rows == ()
    assert table.columns and not any(c.startswith("p_") for c in table.columns)
