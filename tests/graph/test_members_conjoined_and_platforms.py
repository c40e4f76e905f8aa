"""A membership predicate joined to a role predicate of the same body ("X, which is chaired by
A and made up of B and C"), and a body's name followed by "members" and its members (texts
written for these tests after constructions of real pages: a legal-preparedness report, an
assessment mission's news, alliance news; invented bodies; rows worked out by hand)."""

from __future__ import annotations

from tests.graph.test_members import members


def test_members_after_the_chair_in_one_relative_clause() -> None:
    text = (
        "The report draws on the review of the Legal Preparedness Working Group, which is "
        "chaired by the Ministry of Interior and made up of the National Assembly, the "
        "Ministry of Foreign Affairs and the Ecuadorian Red Cross. It also reflects workshops."
    )
    body = "Legal Preparedness Working Group"
    assert members(text) == {
        ("National Assembly", "member", body),
        ("Ministry of Foreign Affairs", "member", body),
        ("Ecuadorian Red Cross", "member", body),
    }


def test_members_after_the_lead_joined_by_and_includes_representatives_of() -> None:
    text = (
        "The Protection Working Group is led by UNHCR and includes representatives of the "
        "Ministry of Health, UNICEF and NRC."
    )
    body = "Protection Working Group"
    assert members(text) == {
        ("Ministry of Health", "member", body),
        ("United Nations Children's Fund", "member", body),
        ("Norwegian Refugee Council", "member", body),
    }


def test_a_body_named_before_members_and_a_list() -> None:
    text = (
        "A group of Irish charities opened a joint appeal. Among those raising funds are "
        "Irish Emergency Alliance members Trócaire, Oxfam and Christian Aid. The alliance "
        "members said the need was great."
    )
    body = "Irish Emergency Alliance"
    assert members(text) == {
        ("Trócaire", "member", body),
        ("Oxfam", "member", body),
        ("Christian Aid", "member", body),
    }


def test_a_lead_after_other_words_names_no_members() -> None:
    text = "The Shelter Working Group is led by IFRC and comprises many agencies."
    assert members(text) == set()


def test_an_item_keeps_its_member_before_a_clause_or_a_purpose() -> None:
    text = (
        "The Civil-Military Coordination Cell meets weekly. It brings together the Police and the "
        "Gendarmes (where they are recognised and functioning), UNDSS for security matters, "
        "the Logistics Cluster for logistics and OCHA, which is in charge of coordination."
    )
    body = "Civil-Military Coordination Cell"
    assert members(text) == {
        ("Police", "member", body),
        ("Gendarmes", "member", body),
        ("UNDSS", "member", body),
        ("Logistics Cluster", "member", body),
        ("United Nations Office for the Coordination of Humanitarian Affairs", "member", body),
    }


def test_a_name_with_for_and_capitals_is_one_member() -> None:
    text = "The Water Forum brings together Nepal Water for Health and WaterAid."
    body = "Water Forum"
    assert members(text) == {
        ("Nepal Water for Health", "member", body),
        ("WaterAid", "member", body),
    }


def test_agencies_taking_part_in_the_body_named_before_such_as() -> None:
    text = (
        "The Lakeside Group on Human Mobility is co-led by IOM and UNHCR, and agencies of the "
        "UN system take an active part in it, such as: OCHA, UNDP and UNICEF. Donors such as "
        "ECHO take part in it too."
    )
    body = "Lakeside Group on Human Mobility"
    assert members(text) == {
        ("United Nations Office for the Coordination of Humanitarian Affairs", "member", body),
        ("United Nations Development Programme", "member", body),
        ("United Nations Children's Fund", "member", body),
    }
