"""Membership stated by a count of organisations, by a table's key cell, or under a plan's own
title (texts written for these tests after constructions of real pages: consortia pages, a
contingency plan's summary table, an action plan's cover; rows worked out by hand)."""

from __future__ import annotations

from tests.graph.test_members import members


def test_a_pronoun_and_a_counted_set_of_organisations_list_the_members_of_the_body_before() -> None:
    text = (
        "The Kivu Relief Network was founded in 2004. We bring together 4 large humanitarian "
        "organisations: CARE, Oxfam, Caritas Goma and World Vision."
    )
    body = "Kivu Relief Network"
    assert members(text) == {
        ("CARE International", "member", body),
        ("Oxfam", "member", body),
        ("Caritas Goma", "member", body),
        ("World Vision", "member", body),
    }


def test_a_body_that_is_a_joint_initiative_of_counted_agencies_namely() -> None:
    text = (
        "The Rift Valley Emergency Coalition is a joint initiative of three United Nations "
        "agencies, namely FAO, WFP and UNICEF."
    )
    body = "Rift Valley Emergency Coalition"
    assert members(text) == {
        ("Food and Agriculture Organization of the United Nations", "member", body),
        ("World Food Programme", "member", body),
        ("United Nations Children's Fund", "member", body),
    }


def test_a_counted_set_among_them_ends_at_a_description_of_the_rest() -> None:
    text = (
        "The Lusaka Emergency Alliance held its meeting in May. Set up in 2001, the alliance "
        "consists of 13 aid organisations, among them CARE, Oxfam and many other national "
        "charities."
    )
    body = "Lusaka Emergency Alliance"
    assert members(text) == {("CARE International", "member", body), ("Oxfam", "member", body)}


def test_counted_target_groups_and_donors_are_no_members() -> None:
    text = (
        "The Tana Flood Response Plan was launched in May. The plan targets 3 vulnerable "
        "groups: children, women and the elderly. The plan is supported by 4 donors: ECHO, "
        "DFID, SIDA and USAID. 12 partners attended the meeting: UNICEF, WFP and CARE."
    )
    assert members(text) == set()


def test_a_count_before_participating_agencies_lists_members_of_the_title_below_a_heading() -> None:
    text = (
        "Malawi Humanitarian Country Team\n"
        "Action Plan on Floods and Cholera Responses\n"
        "January – June 2023\n"
        "\n"
        "Key Figures:\n"
        "2.1 million people targeted.\n"
        "18 Participating Agencies: CARE, FAO, Goal Malawi, UNDP and others.\n"
    )
    body = "Action Plan on Floods and Cholera Responses"
    assert members(text) == {
        ("CARE International", "member", body),
        ("Food and Agriculture Organization of the United Nations", "member", body),
        ("Goal Malawi", "member", body),
        ("United Nations Development Programme", "member", body),
    }


def test_a_key_cell_of_participating_partners_lists_members_of_the_documents_title() -> None:
    text = (
        "# Refugee Influx Contingency Plan\n"
        "\n"
        "### Key summary information\n"
        "\n"
        "| | |\n"
        "|---|---|\n"
        "| Time period covered | 1 March 2016 – 31 August 2016 |\n"
        "| Version | 2 |\n"
        "| Part of a regional plan? | No |\n"
        "| Participating partners – United Nations | UNICEF, WHO, WFP |\n"
        "| Participating partners – others | International and National NGOs; "
        "Community Based Organisations |\n"
    )
    body = "Refugee Influx Contingency Plan"
    assert members(text) == {
        ("United Nations Children's Fund", "member", body),
        ("World Health Organization", "member", body),
        ("World Food Programme", "member", body),
    }


def test_a_consortium_with_a_dutch_name_and_we_bring_together() -> None:
    text = (
        "The Vlaams Consortium voor Noodhulp was founded in 1979. We bring together 3 large "
        "Belgian humanitarian organisations: Oxfam België, Caritas Vlaanderen and UNICEF "
        "België. Our purpose is to raise funds."
    )
    body = "Vlaams Consortium voor Noodhulp"
    assert members(text) == {
        ("Oxfam België", "member", body),
        ("Caritas Vlaanderen", "member", body),
        ("UNICEF België", "member", body),
    }
