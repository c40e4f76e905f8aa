"""Membership written inside prose: an appositive after the body ("X, comprising A and B,
did ..."), a sentence opening with its members and a verb ("Other members are A, B"),
people each with their organisation after a comma between semicolons (texts written for
these tests after constructions of real pages; rows worked out by hand)."""

from __future__ import annotations

import pytest

from tests.graph.test_members import members


def test_an_appositive_after_the_body_lists_its_members_up_to_the_prose() -> None:
    text = (
        "The Inter-Agency Working Group for Emergencies, comprising UNICEF, IOM, the UN "
        "Resident Coordinator and her Office, CARE and The Kenya Red Cross, also visited "
        "the flooded districts on 4 May."
    )
    body = "Inter-Agency Working Group for Emergencies"
    assert members(text) == {
        ("United Nations Children's Fund", "member", body),
        ("International Organization for Migration", "member", body),
        ("CARE International", "member", body),
        ("Kenya Red Cross", "member", body),
    }


def test_other_members_are_members_of_the_body_named_just_before() -> None:
    text = (
        "The Education Working Group meets every month. Other members are UNICEF, "
        "Save the Children and World Vision."
    )
    body = "Education Working Group"
    assert members(text) == {
        ("United Nations Children's Fund", "member", body),
        ("Save the Children", "member", body),
        ("World Vision", "member", body),
    }


@pytest.mark.parametrize(
    "lead", ["The other members are:", "The remaining members:", "Other members:"]
)
def test_other_or_remaining_members_before_a_colon_are_members_of_the_body_just_named(
    lead: str,
) -> None:
    text = (
        "The Lakeside Water Working Group is chaired by UNICEF. "
        f"{lead}\n\n- Oxfam\n- CARE International\n- World Vision\n"
    )
    body = "Lakeside Water Working Group"
    assert members(text) == {
        ("Oxfam", "member", body),
        ("CARE International", "member", body),
        ("World Vision", "member", body),
    }


def test_a_post_after_an_acronym_and_a_slash_between_places_stay_in_their_items() -> None:
    # an organisation's acronym and its unit's before a post stand for the organisation (C1);
    # a slash between two places is no "Name/ACR"
    text = (
        "The Lakeside Water Working Group is chaired by UNICEF. "
        "The other members of the Lakeside Water Working Group are:\n\n"
        "1. Oxfam\n2. KRA TU Representative\n3. Technical Officer from Rivertown/Lakeport\n"
    )
    body = "Lakeside Water Working Group"
    assert members(text) == {
        ("Oxfam", "member", body),
        ("KRA TU", "member", body),
        ("Technical Officer from Rivertown/Lakeport", "member", body),
    }


def test_members_drawn_from_a_list_naming_one_word_services() -> None:
    text = (
        "The Health Cluster was set up in Kampala.\n\n"
        "Members of the Health Cluster were drawn from WHO, the Police, the District "
        "Assembly and UNICEF.\n"
    )
    body = "Health Cluster"
    assert members(text) == {
        ("World Health Organization", "member", body),
        ("Police", "member", body),
        ("District Assembly", "member", body),
        ("United Nations Children's Fund", "member", body),
    }


def test_people_between_semicolons_stand_for_the_organisation_after_their_name() -> None:
    text = (
        "The Protection Working Group was formed in May. Its members are Jane Achieng, "
        "Ministry of the Interior; Paul Otieno, Director of NDMA; and Mary Wanjiru, "
        "UNHCR."
    )
    body = "Protection Working Group"
    assert members(text) == {
        ("Ministry of the Interior", "member", body),
        ("NDMA", "member", body),
        ("United Nations High Commissioner for Refugees", "member", body),
    }


def test_decoys_open_no_list() -> None:
    text = (
        "The WASH Cluster met in Juba. Members of the community are encouraged to join. "
        "The Health Cluster, involving communities in the planning, reached 2,000 people. "
        "Other members are welcome to attend."
    )
    assert members(text) == set()


def test_an_item_describing_members_is_passed_over_not_read_as_a_name() -> None:
    text = (
        "The Protection Working Group, involving all relevant line ministries, the "
        "National Refugee Commission and UNHCR, met on Monday."
    )
    body = "Protection Working Group"
    assert members(text) == {
        ("National Refugee Commission", "member", body),
        ("United Nations High Commissioner for Refugees", "member", body),
    }


def test_a_lower_case_body_is_named_by_the_subject_of_its_membership_verb() -> None:
    text = (
        "The Advisory committee of the Relief Vertical is made up of Oxfam "
        "and CARE. Other members are World Vision and IRC.\n\n"
        "The response is made up of Oxfam and CARE."
    )
    body = "Advisory Committee of the Relief Vertical"
    assert members(text) == {
        ("Oxfam", "member", body),
        ("CARE International", "member", body),
        ("World Vision", "member", body),
        ("International Rescue Committee", "member", body),
    }


def test_a_bracket_saying_what_a_body_is_made_up_of_ends_its_members() -> None:
    text = (
        "The forum was organised by the Refugee Engagement Task Force (made up of OPM, "
        "UNHCR, the Lutheran World Federation and NGO partners) and supported by Oxfam."
    )
    body = "Refugee Engagement Task Force"
    assert members(text) == {
        ("OPM", "member", body),
        ("United Nations High Commissioner for Refugees", "member", body),
        ("Lutheran World Federation", "member", body),
    }


def test_an_acronym_in_brackets_inside_the_bracket_does_not_end_its_members() -> None:
    text = (
        "The forum was organised by the Refugee Engagement Task Force (made up of the Office "
        "of the Prime Minister (OPM), UNHCR, the Lutheran World Federation and NGO partners)."
    )
    body = "Refugee Engagement Task Force"
    assert members(text) == {
        ("Office of the Prime Minister", "member", body),
        ("United Nations High Commissioner for Refugees", "member", body),
        ("Lutheran World Federation", "member", body),
    }
