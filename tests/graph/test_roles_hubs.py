"""Role rules for hubs (a body at a place), contrasted clauses, acronyms that do not spell
their long form, government bodies reused by acronym and names introduced by an apposition."""

from __future__ import annotations

from snippets import roles


def test_hubs_a_body_runs_are_that_body_at_their_places() -> None:
    assert roles(
        "Under the leadership of UNICEF, the Water, Sanitation and Hygiene (WASH) Cluster runs "
        "five regional hubs; IOM co-leads two of the five regional hubs, in Wau and Malakal."
    ) == {
        ("UNICEF", "lead", "WASH Cluster", ""),
        ("IOM", "co-lead", "WASH Cluster", "Wau"),
        ("IOM", "co-lead", "WASH Cluster", "Malakal"),
    }


def test_a_named_hub_is_its_body_at_the_place_before_or_after_it() -> None:
    assert roles(
        "At the sub-national level, the CCCM hub in Malakal is coordinated by IOM, while the "
        "Bentiu CCCM hub is jointly coordinated by IOM and the Danish Refugee Council (DRC)."
    ) == {
        ("IOM", "coordinator", "CCCM Cluster", "Malakal"),
        ("IOM", "co-coordinator", "CCCM Cluster", "Bentiu"),
        ("DRC", "co-coordinator", "CCCM Cluster", "Bentiu"),
    }


def test_a_hub_named_by_a_body_the_document_defined() -> None:
    assert roles(
        "The Emergency Telecommunications Working Group (ETWG) meets monthly. The ETWG hub in "
        "Gbarnga is coordinated by WFP."
    ) == {("WFP", "coordinator", "ETWG", "Gbarnga")}


def test_while_starts_a_clause_with_its_own_subject_or_body() -> None:
    assert roles("IOM leads the Health Cluster, while UNHCR leads the Protection Cluster.") == {
        ("IOM", "lead", "Health Cluster", ""),
        ("UNHCR", "lead", "Protection Cluster", ""),
    }
    assert roles(
        "The Health Cluster is led by WHO, while the Protection Cluster is led by UNHCR."
    ) == {("WHO", "lead", "Health Cluster", ""), ("UNHCR", "lead", "Protection Cluster", "")}
    assert roles("IOM leads the Health Cluster, while also chairing the Protection Cluster.") == {
        ("IOM", "lead", "Health Cluster", ""),
        ("IOM", "chair", "Protection Cluster", ""),
    }


def test_an_acronym_that_does_not_spell_its_name_stays_in_the_list() -> None:
    assert roles(
        "The GBV Sub-Cluster is co-chaired by the United Nations Population Fund (UNFPA) and the "
        "Danish Refugee Council (DRC) at the national level."
    ) == {
        ("UNFPA", "co-chair", "GBV Sub-Cluster", "national"),
        ("DRC", "co-chair", "GBV Sub-Cluster", "national"),
    }
    assert roles(
        "The GBV Sub-Cluster is chaired by the United Nations Population Fund (UNFPA) and "
        "co-chaired by ACTED."
    ) == {("UNFPA", "chair", "GBV Sub-Cluster", ""), ("ACTED", "co-chair", "GBV Sub-Cluster", "")}


def test_a_government_body_reused_by_its_acronym() -> None:
    assert roles(
        "The Relief and Rehabilitation Commission (RRC) is a member of the HCT. The Health "
        "Cluster is co-led by WHO and RRC."
    ) == {
        ("RRC", "member", "HCT", ""),
        ("WHO", "co-lead", "Health Cluster", ""),
        ("RRC", "co-lead", "Health Cluster", ""),
    }
    assert roles(
        "The National Commission for Refugees and Returnees (NCRR) is a member of the HCT. "
        "NCRR is a member of the Gender Task Force."
    ) == {("NCRR", "member", "HCT", ""), ("NCRR", "member", "Gender Task Force", "")}


def test_a_name_without_head_noun_after_an_apposition() -> None:
    assert roles(
        "UNICEF and the national NGO Paths of Tomorrow (PoT) are members of the WASH Cluster."
    ) == {("UNICEF", "member", "WASH Cluster", ""), ("PoT", "member", "WASH Cluster", "")}


def test_a_hub_without_its_place_is_no_role_in_the_whole_body() -> None:
    assert (
        roles(
            "The Shelter Cluster has five regional hubs. IOM co-leads two of the five regional hubs."
        )
        == set()
    )
    assert (
        roles("The Shelter Cluster has five regional hubs. UNHCR serves as the Hub Coordinator.")
        == set()
    )


def test_places_after_a_hub_include_known_ones() -> None:
    assert roles(
        "Under the leadership of UNICEF, the Child Protection Sub-Cluster runs five regional "
        "hubs; IOM co-leads two of the five regional hubs, in Kabul and Jalalabad."
    ) == {
        ("UNICEF", "lead", "Child Protection Sub-Cluster", ""),
        ("IOM", "co-lead", "Child Protection Sub-Cluster", "Kabul"),
        ("IOM", "co-lead", "Child Protection Sub-Cluster", "Jalalabad"),
    }


def test_a_parenthesised_acronym_of_the_same_organisation_starts_a_list() -> None:
    assert roles(
        "The United Nations Human Settlements Programme (UN-Habitat) and NRC jointly chair the "
        "Housing, Land and Property (HLP) Technical Working Group."
    ) == {
        ("UN-Habitat", "co-chair", "HLP Technical Working Group", ""),
        ("NRC", "co-chair", "HLP Technical Working Group", ""),
    }
