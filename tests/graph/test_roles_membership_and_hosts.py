"""Second-round role constructions seen on several real pages (sentences written for these
tests; holders, roles and bodies worked out by hand): members a body "brings together" or lists
after "has the following members:", a host running a body's secretariat, "provides secretariat
functions for", holders named "as lead" and "as co-lead" after their body, and a role in a
body's regular meeting."""

from __future__ import annotations

import pytest
from snippets import roles


def test_an_event_that_brings_people_together_gives_no_membership() -> None:
    assert roles("The training brings together members of the WASH Cluster.") == set()


def test_a_host_holds_the_secretariat() -> None:
    assert roles("The INGO Forum is hosted by NRC.") == {("NRC", "secretariat", "INGO Forum", "")}
    assert roles("DRC hosts the Cash Working Group.") == {
        ("DRC", "secretariat", "Cash Working Group", "")
    }


def test_a_hosted_meeting_or_workshop_is_no_secretariat() -> None:
    assert roles("The Protection Working Group meeting was hosted by UNHCR.") == set()
    assert roles("The Food Security Sector met at a workshop hosted by FAO.") == set()
    assert roles("Lebanon hosts more than a million refugees.") == set()


def test_a_secretariat_hosted_by_an_organisation_is_held_by_it() -> None:
    """The secretariat as the subject of "hosted by": its host runs the secretariat of the body
    the sentence names, else of the body the text is about; a secretariat's meeting hosted by
    someone is one sitting."""
    assert roles("The Coastal Relief Network works through its secretariat, hosted by CARE.") == {
        ("CARE", "secretariat", "Coastal Relief Network", "")
    }
    text = (
        "The Riverside Shelter Forum brings NGOs together. Its secretariat is now hosted by CARE."
    )
    assert roles(text) == {("CARE", "secretariat", "Riverside Shelter Forum", "")}
    text = "The Riverside Shelter Forum met in May. The secretariat meeting was hosted by CARE."
    assert roles(text) == set()


def test_chairing_a_bodys_regular_meeting_is_chairing_the_body() -> None:
    assert roles("The Resident Coordinator chairs the monthly HCT meeting.") == {
        ("Resident Coordinator", "chair", "HCT", "")
    }
    assert roles("WFP attended the monthly Logistics Cluster meeting.") == set()


def test_a_members_heading_over_a_numbered_list_under_a_titled_body() -> None:
    text = (
        "About the Somali NGO Consortium\n\n"
        "The consortium speaks for NGOs working across the country.\n\n"
        "Members\n\n"
        "1. Oxfam\n"
        "2. CARE\n"
        "3. Save the Children\n\n"
        "Observers\n\n"
        "1. ICRC\n"
    )
    assert roles(text) == {
        ("Oxfam", "member", "Somali NGO Consortium", ""),
        ("CARE", "member", "Somali NGO Consortium", ""),
        ("Save the Children", "member", "Somali NGO Consortium", ""),
    }


def test_seat_lines_over_the_members_of_a_list_are_no_members() -> None:
    # round 30: "Chairman", "Vice Chairman" alone on a list's line head the names under them
    text = (
        "The members of the National Flood Committee are:\n"
        "Chairman\nMinistry of Water\nVice Chairman\nMinistry of Roads\nMembers\nUNICEF\n"
    )
    holders = {holder for holder, _, _, _ in roles(text)}
    assert holders == {"Ministry of Water", "Ministry of Roads", "UNICEF"}


def test_list_items_that_do_not_open_with_a_holder_name_none() -> None:
    text = (
        "The Jordan INGO Forum is hosted by DRC.\n\n"
        "Only INGOs that meet these conditions may become members of the Jordan INGO Forum:\n"
        "- the member is registered with the Government of Jordan;\n"
        "- the member works in Jordan full time.\n"
    )
    assert roles(text) == {("DRC", "secretariat", "Jordan INGO Forum", "")}


def test_the_leads_of_bodies_is_a_noun_not_a_verb() -> None:
    assert roles("UNHCR meets the leads of the Protection Sector every month.") == set()


def test_a_convener_chairs_and_a_focal_point_coordinates() -> None:
    assert roles("The Cash Working Group is convened by WFP and UNHCR.") == {
        ("WFP", "chair", "Cash Working Group", ""),
        ("UNHCR", "chair", "Cash Working Group", ""),
    }
    assert roles("The Cash Working Group meeting was convened by OCHA.") == set()
    assert roles("UNICEF is the focal point for the WASH Cluster.") == {
        ("UNICEF", "coordinator", "WASH Cluster", "")
    }


def test_a_title_naming_its_areas_gives_one_scope_per_area() -> None:
    assert roles("IOM serves as Sub-National Coordinator South for the Shelter Cluster.") == {
        ("IOM", "coordinator", "Shelter Cluster", "South")
    }
    assert roles("NRC serves as Education Cluster Sub-National Coordinator Centre and West.") == {
        ("NRC", "coordinator", "Education Cluster", "Centre"),
        ("NRC", "coordinator", "Education Cluster", "West"),
    }
    assert roles("The Education Cluster Coordinator opened the meeting.") == set()


def test_a_body_said_to_be_government_led_with_co_leads_named_after() -> None:
    assert roles(
        "The Government of Zimbabwe leads the response. The Education Cluster is "
        "government-led, with UNICEF and Save the Children as co-leads."
    ) == {
        ("Government of Zimbabwe", "lead", "Response", ""),  # gold convention C3
        ("Government of Zimbabwe", "lead", "Education Cluster", ""),
        ("UNICEF", "co-lead", "Education Cluster", ""),
        ("Save the Children", "co-lead", "Education Cluster", ""),
    }
    assert (
        roles(
            "The Government of Zimbabwe met the Education Cluster and said the response is "
            "government-led."
        )
        == set()
    )


def test_a_government_leading_through_one_of_its_ministries() -> None:
    assert roles(
        "The Food Security Working Group is led by the Government of Zimbabwe through the "
        "Ministry of Agriculture."
    ) == {
        ("Government of Zimbabwe", "lead", "Food Security Working Group", ""),
        ("Ministry of Agriculture", "lead", "Food Security Working Group", ""),
    }
    assert roles("The Cash Working Group is led by WFP through NRC.") == {
        ("WFP", "lead", "Cash Working Group", "")
    }


def test_members_named_after_the_sentence_about_their_body() -> None:
    assert roles(
        "The Shelter Working Group meets every month in Erbil. Members include IOM, NRC and "
        "ACTED (25 organisations in all)."
    ) == {
        ("IOM", "member", "Shelter Working Group", ""),
        ("NRC", "member", "Shelter Working Group", ""),
        ("ACTED", "member", "Shelter Working Group", ""),
    }
    assert (
        roles(
            "The Shelter Working Group met on Monday. Members are asked to send their figures "
            "to IOM by Friday."
        )
        == set()
    )


def test_a_count_of_members_then_some_of_them_and_a_participation() -> None:
    assert roles("The Logistics Cluster currently has 30 members, including WFP and IOM.") == {
        ("WFP", "member", "Logistics Cluster", ""),
        ("IOM", "member", "Logistics Cluster", ""),
    }
    assert roles(
        "The Education Working Group, with the participation of UNICEF and NRC, meets weekly."
    ) == {
        ("UNICEF", "member", "Education Working Group", ""),
        ("NRC", "member", "Education Working Group", ""),
    }
    assert (
        roles("The Education Working Group held a workshop with the participation of UNICEF.")
        == set()
    )


def test_areas_named_by_direction_scope_the_roles() -> None:
    assert roles("In the north-east, the Health Sector is chaired by WHO.") == {
        ("WHO", "chair", "Health Sector", "north-east")
    }
    assert roles(
        "WFP chairs the Logistics Sector in the south, and IOM chairs it in the west."
    ) == {
        ("WFP", "chair", "Logistics Sector", "south"),
        ("IOM", "chair", "Logistics Sector", "west"),
    }
    assert roles("WHO leads the Health Cluster, which works in the north.") == {
        ("WHO", "lead", "Health Cluster", "")
    }
    assert roles("WHO leads the Health Cluster, with much of its work in the north.") == {
        ("WHO", "lead", "Health Cluster", "")
    }


def test_a_secretariat_earlier_in_the_sentence_is_not_the_subject_of_hosted_by() -> None:
    """Only a secretariat that is the subject of "hosted by" itself gets a host: one named in an
    earlier clause of the sentence does not."""
    text = (
        "The Secretariat of the Dry Valley Forum drafted the minutes and the training was "
        "hosted by CARE."
    )
    assert ("CARE", "secretariat", "Dry Valley Forum", "") not in roles(text)
    text = "The Dry Valley Forum met in June. The secretariat is currently hosted by CARE."
    assert roles(text) == {("CARE", "secretariat", "Dry Valley Forum", "")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Education Working Group brings together UNICEF, NRC and Save the Children.",
            {
                ("UNICEF", "member", "Education Working Group", ""),
                ("NRC", "member", "Education Working Group", ""),
                ("Save the Children", "member", "Education Working Group", ""),
            },
            id="a body brings together its members",
        ),
        pytest.param(
            "The Logistics Cluster has the following members: WFP, IOM and Oxfam.",
            {
                ("WFP", "member", "Logistics Cluster", ""),
                ("IOM", "member", "Logistics Cluster", ""),
                ("Oxfam", "member", "Logistics Cluster", ""),
            },
            id="members listed after a colon",
        ),
        pytest.param(
            "OCHA provides secretariat functions for the Humanitarian Country Team.",
            {("OCHA", "secretariat", "HCT", "")},
            id="secretariat functions for a body",
        ),
        pytest.param(
            "The Education Cluster, with UNICEF as lead and Save the Children as co-lead, meets "
            "every week.",
            {
                ("UNICEF", "lead", "Education Cluster", ""),
                ("Save the Children", "co-lead", "Education Cluster", ""),
            },
            id="holders named as lead and as co-lead after their body",
        ),
        pytest.param(
            "The Humanitarian Coordination Forum is chaired by the Ministry of Interior, with OCHA "
            "as secretariat.",
            {
                ("Ministry of Interior", "chair", "Humanitarian Coordination Forum", ""),
                ("OCHA", "secretariat", "Humanitarian Coordination Forum", ""),
            },
            id="a co-holder named as secretariat",
        ),
    ],
)
def test_one_sentence_names_its_holders(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert roles(text) == expected
