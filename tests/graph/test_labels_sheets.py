"""Roles a cover sheet states by keys alone on their lines, each over its value ("CLUSTER LEAD
AGENCY" over "UNHCR"), a key naming a body and what it gathers ("SAG - Agencies"), and a
label whose value is a sentence (texts written for these tests after the cover sheets of
cluster strategies and the terms of an inter-cluster group; rows worked out by hand)."""

from __future__ import annotations

from snippets import roles

from tests.graph.test_labels import claims, rows


def test_keys_over_values_under_a_strategy_title_name_its_cluster() -> None:
    text = (
        "Shelter Somalia Response Strategy\n\n"
        "BASIC FACTS\n\n"
        "REGION\nSouth and Centre\n\n"
        "CLUSTER LEAD AGENCY\nUNHCR\n\n"
        "CO-LEADS\nn/a\n\n"
        "STRATEGIC ADVISORY GROUP (SAG) - AGENCIES\nCARE, IOM and NRC\n"
    )
    assert rows(text) == {
        ("UNHCR", "lead", "Shelter Cluster", "", ()),
        ("CARE", "member", "SAG", "", ()),
        ("IOM", "member", "SAG", "", ()),
        ("NRC", "member", "SAG", "", ()),
    }
    assert {c.evidence.rule for c in claims(text)} == {"label.lead", "label.member"}


def test_a_key_whose_next_line_is_prose_gives_nothing() -> None:
    text = (
        "Health Response Strategy\n\n"
        "CLUSTER LEAD AGENCY\n"
        "WHO has not yet named its coordinator for the response.\n"
    )
    assert rows(text) == set()


def test_a_key_naming_its_kind_without_a_plan_title_above_gives_nothing() -> None:
    assert rows("Annual report\n\nCLUSTER LEAD AGENCY\nUNHCR\n") == set()


def test_a_key_naming_a_body_and_its_partners_on_a_colon_line() -> None:
    assert rows("Nutrition Technical Working Group partners: ACF, UNICEF\n") == {
        ("ACF", "member", "Nutrition Technical Working Group", "", ()),
        ("UNICEF", "member", "Nutrition Technical Working Group", "", ()),
    }


def test_a_label_whose_value_is_a_sentence_is_left_to_the_sentence_rules() -> None:
    text = (
        "# Inter-Cluster Coordination Group\n\n"
        "Membership: The group is chaired by OCHA, and the Cluster Coordinators are its "
        "standing members.\n"
    )
    assert rows(text) == set()


def test_a_list_row_naming_its_body_before_the_holders_is_their_body() -> None:
    text = (
        "The Inter-Sector Working Group is chaired by UNHCR. UNHCR co-chairs these sector "
        "groups:\n\n"
        "- Education Sector: UNHCR, UNICEF (co-chair)\n"
        "- Livelihoods Sector: UNHCR, UNDP (co-chair)\n"
    )
    assert roles(text) == {
        ("UNHCR", "chair", "Inter-Sector Working Group", ""),
        ("UNHCR", "co-chair", "Education Sector", ""),
        ("UNICEF", "co-chair", "Education Sector", ""),
        ("UNHCR", "co-chair", "Livelihoods Sector", ""),
        ("UNDP", "co-chair", "Livelihoods Sector", ""),
    }
