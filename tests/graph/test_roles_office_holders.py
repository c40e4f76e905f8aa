"""Office holders standing for their organisation: the office written before "of" and the
organisation or after its possessive, and ministers named by their portfolio — sentences
written for these tests, rows worked out by hand."""

from __future__ import annotations

import pytest
from snippets import roles


def test_an_office_before_of_and_the_organisation_is_the_organisation() -> None:
    # both offices stand for their agencies, so the two co-chair the sector together
    assert roles(
        "The Representative of UNHCR and the Country Director of WFP co-chair the Food Security "
        "Sector."
    ) == {
        ("UNHCR", "co-chair", "Food Security Sector", ""),
        ("WFP", "co-chair", "Food Security Sector", ""),
    }


def test_an_office_after_the_possessive_is_the_organisation() -> None:
    assert roles(
        "UNHCR's Representative and WFP's Country Director co-chair the Food Security Sector."
    ) == {
        ("UNHCR", "co-chair", "Food Security Sector", ""),
        ("WFP", "co-chair", "Food Security Sector", ""),
    }


def test_a_ministrys_director_general_is_the_ministry_not_a_holder_of_its_own() -> None:
    # "Director General" alone would be an organisation-like holder named "Director General"
    assert roles(
        "The Ministry of Health's Director General co-chairs the Health Cluster with the WHO "
        "Representative."
    ) == {
        ("Ministry of Health", "co-chair", "Health Cluster", ""),
        ("WHO", "co-chair", "Health Cluster", ""),
    }


def test_a_longer_office_after_the_possessive_keeps_the_list_going() -> None:
    # "Head of Programme" is one office: the list goes on to the Director of the Department
    assert roles(
        "The Cash Working Group is co-chaired by WFP's Head of Programme and the Director of the "
        "Department of Social Welfare."
    ) == {
        ("WFP", "co-chair", "Cash Working Group", ""),
        ("Department of Social Welfare", "co-chair", "Cash Working Group", ""),
    }


def test_the_heads_of_a_list_of_agencies_are_members() -> None:
    assert roles("The Humanitarian Country Team comprises the heads of UNICEF, WFP and IOM.") == {
        ("UNICEF", "member", "HCT", ""),
        ("WFP", "member", "HCT", ""),
        ("IOM", "member", "HCT", ""),
    }


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # convention C1: a title rule's office followed by "of" and a ministry is the ministry's
        ("The Director General of the Ministry of Health chairs the Flood Platform.",
         "Ministry of Health"),
        # a title that took in what it serves: a head rule types that as a unit, or the
        # document defined it
        ("The Flood Platform is chaired by the Chief Executive of Lakeland Disaster Management "
         "Authority.", "Lakeland Disaster Management Authority"),
        ("The Lakeland Disaster Management Authority (LDMA) was set up in 2019. The Flood "
         "Platform is chaired by the Chief Executive of LDMA.", "LDMA"),
        # a portfolio, a whole government or a place: the office keeps its own name
        ("The Flood Platform is chaired by the Chief Executive of Planning.",
         "Chief Executive of Planning"),
        ("The Permanent Secretary of the Government of Kenya chairs the Flood Platform.",
         "Permanent Secretary of the Government of Kenya"),
        ("The Governor of Kigoma chairs the Flood Platform.", "Governor of Kigoma"),
    ],
)  # fmt: skip
def test_the_office_of_a_government_unit_stands_for_the_unit(text: str, holder: str) -> None:
    assert roles(text) == {(holder, "chair", "Flood Platform", "")}


def test_ministers_named_by_their_portfolio() -> None:
    assert roles(
        "The Home Minister will serve as Chair of the National Disaster Management "
        "Committee. The other members of the National Disaster Management Committee are the "
        "Finance Minister and the Health Minister."
    ) == {
        ("Home Minister", "chair", "National Disaster Management Committee", ""),
        ("Finance Minister", "member", "National Disaster Management Committee", ""),
        ("Health Minister", "member", "National Disaster Management Committee", ""),
    }


def test_an_attendance_list_of_offices_states_no_role() -> None:
    # offices of agencies attending a meeting hold nothing in it
    assert not roles(
        "The meeting was attended by the Representative of WFP, the Representative of UNICEF "
        "and the UNHCR Representative in Yemen."
    )
