"""Role rules, one sentence shape at a time (the holder, body, scope and co-holders found)."""

from __future__ import annotations

import pytest
from snippets import read, roles


def test_active_nominal_roles_with_ellipsis_and_scope() -> None:
    assert roles(
        "IOM is the co-lead for the Camp Coordination and Camp Management Cluster (CCCM), "
        "co-lead of the sub-national Central/South Shelter-NFI Cluster, and co-lead of the "
        "Returns Working Group (RWG)."
    ) == {
        ("IOM", "co-lead", "CCCM Cluster", ""),
        ("IOM", "co-lead", "Shelter-NFI Cluster", "Central/South"),
        ("IOM", "co-lead", "RWG", ""),
    }


def test_one_trigger_for_several_bodies() -> None:
    assert roles(
        "IOM is a member of the UN Humanitarian Country Team (UNHCT) and the UN Country Team (UNCT)."
    ) == {("IOM", "member", "HCT", ""), ("IOM", "member", "UNCT", "")}


def test_governorate_scopes_and_co_holders_after_the_body() -> None:
    ex = read(
        "IOM co-chairs the Health Working Group at the national level and the governorate level "
        "in Anbar and Dohuk, together with the Directorates of Health (DoHs), and supports the GoI."
    )
    got = {
        (c.holder.acronym or c.holder.name, c.scope.label, tuple(e.acronym for e in c.co_holders))
        for c in ex.roles
    }
    assert got == {
        ("IOM", "national", ("DoH",)),
        ("IOM", "Al-Anbar", ("DoH",)),
        ("IOM", "Duhok", ("DoH",)),
        ("DoH", "national", ("IOM",)),
        ("DoH", "Al-Anbar", ("IOM",)),
        ("DoH", "Duhok", ("IOM",)),
    }


def test_co_holders_before_the_trigger_and_a_later_body_with_its_own() -> None:
    ex = read(
        "IOM, along with the United Nations Development Programme (UNDP), is a co-lead agency of "
        "the Durable Solutions Task Force (DSTF) and, in collaboration with UNDP and the Norwegian "
        "Refugee Council (NRC), the Durable Solutions Technical Working Group (DSTWG), and chairs "
        "the Returns Working Group (RWG)."
    )
    got = {
        (c.holder.acronym, c.role, c.body.acronym, tuple(sorted(e.acronym for e in c.co_holders)))
        for c in ex.roles
    }
    assert got == {
        ("IOM", "co-lead", "DSTF", ("UNDP",)),
        ("UNDP", "co-lead", "DSTF", ("IOM",)),
        ("IOM", "co-lead", "DSTWG", ("NRC", "UNDP")),
        ("UNDP", "co-lead", "DSTWG", ("IOM", "NRC")),
        ("NRC", "co-lead", "DSTWG", ("IOM", "UNDP")),
        ("IOM", "chair", "RWG", ()),
    }


def test_counts_of_bodies() -> None:
    ex = read(
        "IOM co-leads three of the eight Area-Based Coordination (ABC) groups and is a member "
        "of the other four ABCs."
    )
    assert {(c.role, c.count, c.out_of) for c in ex.roles} == {
        ("co-lead", 3, 8),
        ("member", 4, None),
    }


def test_passive_voice() -> None:
    assert roles(
        "The Water Sector Working Group is co-led by UNICEF and the Ministry of Water Resources."
    ) == {
        ("UNICEF", "co-lead", "Water Sector Working Group", ""),
        ("Ministry of Water Resources", "co-lead", "Water Sector Working Group", ""),
    }


def test_serves_as_and_postfix_roles() -> None:
    assert roles(
        "UNHCR serves as chair of the Protection Working Group. IOM will also provide "
        "support to the CCCM Cluster with co-coordination responsibilities."
    ) == {
        ("UNHCR", "chair", "Protection Working Group", ""),
        ("IOM", "co-coordinator", "CCCM Cluster", ""),
    }


def test_decoys_give_no_role() -> None:
    assert (
        roles(
            "IOM supports the development of the Durable Solutions Network (DSN). The Returns Working "
            "Group met twice. This has led to premature returns."
        )
        == set()
    )


def test_an_inter_agency_plan_has_a_lead_as_a_body_has() -> None:
    assert roles("UNHCR led the Regional Refugee and Resilience Plan (3RP).") == {
        ("UNHCR", "lead", "3RP", "")
    }


def test_part_of_from_under_and_within() -> None:
    ex = read(
        "IOM is the co-chair for the TiP Working Group under the UN Network for Migration. "
        "Within the Protection Platform, IOM is the lead on the Climate Change Workstream."
    )
    assert {
        (r.subject.name, r.predicate, r.object.name)
        for r in ex.relations
        if r.predicate == "subBodyOf"
    } == {
        ("TiP Working Group", "subBodyOf", "UN Network for Migration"),
        ("Climate Change Workstream", "subBodyOf", "Protection Platform"),
    }


def test_succession_and_deactivation() -> None:
    ex = read(
        "IOM is a member of the Protection Platform Core Group that succeeds National "
        "Protection Cluster that was deactivated in 2023."
    )
    assert {
        (r.subject.name, r.predicate, r.object.name)
        for r in ex.relations
        if r.predicate == "succeeds"
    } == {("Protection Platform Core Group", "succeeds", "National Protection Cluster")}
    assert [(s.body.name, s.status, s.year) for s in ex.statuses] == [
        ("National Protection Cluster", "deactivated", 2023)  # C9: the level stays in the name
    ]


def test_a_vice_chair_or_a_deputy_chair_holds_no_role_of_its_own() -> None:
    # C14: the deputy stands in for the chair; only the chair holds a role
    assert roles(
        "Oxfam will serve as vice-chair of the River Basin Shelter Group. The River Basin "
        "Shelter Group is chaired by UNHCR, with CARE as its deputy chair. NRC was elected "
        "vice president of the River Basin Shelter Group."
    ) == {("UNHCR", "chair", "River Basin Shelter Group", "")}


@pytest.mark.parametrize(
    "text",
    [
        "Save the Children is the vice co-chair of the Child Protection Sub-Cluster.",
        "Save the Children is the vice-co-chair of the Child Protection Sub-Cluster.",
        "Save the Children acts as deputy co-lead of the Child Protection Sub-Cluster.",
        "Save the Children is the vice co chair of the Child Protection Sub-Cluster.",
    ],
)
def test_a_co_seat_after_vice_or_deputy_is_no_role_either(text: str) -> None:
    # C14: "vice co-chair" is a deputy's seat; the "chair" inside "co-chair" is no chair
    assert roles(text) == set()


def test_a_vice_co_chair_beside_a_co_chair_leaves_the_co_chair_alone() -> None:
    text = (
        "The Child Protection Sub-Cluster meets monthly, with UNICEF as co-chair and Save "
        "the Children as vice co-chair."
    )
    assert roles(text) == {("UNICEF", "co-chair", "Child Protection Sub-Cluster", "")}
