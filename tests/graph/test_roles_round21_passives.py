"""Round 21 (h-pass21), passives and the bodies they are said of: a series of meetings named by a
capitalised word is a standing meeting ("Monthly Inter-Agency meetings chaired by A and B are
still held"; seen2 and seen12's Kenya factsheets, seen12's Burundi compendium), its chairs holding
a role in it as C12 keeps for meetings held as a rule, how often they meet no part of the name; a
participle touching the body it follows ("the Inter-Sector meetings led by OCHA"); "X (XC), which
is led by"; ", and the X is led by A" after an active role; "This is the ... forum ..., led by
A" under the body's heading; "headed by A as the ex-officio chairman".

Each expected set is worked out by hand from the invented sentence."""

from __future__ import annotations

from snippets import roles


def test_standing_meetings_chaired_by_two_holders() -> None:
    text = "Monthly Inter-Agency meetings chaired by UNICEF and WFP are still held in the camps."
    assert roles(text) == {
        ("UNICEF", "chair", "Inter-Agency meetings", ""),
        ("WFP", "chair", "Inter-Agency meetings", ""),
    }


def test_a_body_s_own_meetings_stay_the_body_s() -> None:
    text = "The Protection Cluster meetings are chaired by UNHCR."
    assert roles(text) == {("UNHCR", "chair", "Protection Cluster", "")}


def test_lower_case_meetings_name_no_body() -> None:
    text = "Monthly coordination meetings are chaired by UNHCR."
    assert roles(text) == set()


def test_a_participle_touching_a_listed_body() -> None:
    text = (
        "IOM takes an active part in the Humanitarian Country Team, the Inter-Sector meetings "
        "led by OCHA, the Protection Sector and the Health Sector."
    )
    assert roles(text) == {
        ("IOM", "member", "HCT", ""),
        ("IOM", "member", "Inter-Sector meetings", ""),
        ("OCHA", "lead", "Inter-Sector meetings", ""),
        ("IOM", "member", "Protection Sector", ""),  # the list goes on after the participle
        ("IOM", "member", "Health Sector", ""),
    }


def test_a_relative_passive_after_a_name_that_may_be_an_organisation() -> None:
    # "the X Commission (XC), which is led by A": the commission is the body (round 21, seen12)
    text = (
        "UNICEF supports the government through the Technical Water Commission (TWC), which is "
        "led by the Ministry of Energy."
    )
    assert roles(text) == {("Ministry of Energy", "lead", "TWC", "")}  # named by its acronym


def test_and_the_body_is_led_by_opens_a_clause_of_its_own() -> None:
    # "NRC is the Task Force lead for the Legal Aid group, and the Settler Violence Core group is
    # led by OHCHR" (seen5): the second body is the passive's subject, no object of the first role
    text = "UNICEF leads the Education Working Group, and the Youth Working Group is led by UNFPA."
    assert roles(text) == {
        ("UNICEF", "lead", "Education Working Group", ""),
        ("UNFPA", "lead", "Youth Working Group", ""),
    }


def test_a_list_of_bodies_after_an_active_role_stays_its_objects() -> None:
    text = "UNICEF leads the Education Working Group and the Youth Working Group."
    assert roles(text) == {
        ("UNICEF", "lead", "Education Working Group", ""),
        ("UNICEF", "lead", "Youth Working Group", ""),
    }


def test_this_is_the_forum_established_and_led_by_under_its_heading() -> None:
    # seen's Nigeria page: the sentence under the body's heading says what it is, then who leads it
    text = (
        "## Inter-Sector Working Group (ISWG)\n\n"
        "This is the main operational forum for sector leads in the country, set up and led by "
        "OCHA."
    )
    assert ("OCHA", "lead", "ISWG", "") in roles(text)


def test_this_is_a_report_prepared_by_gives_no_role() -> None:
    text = (
        "## Inter-Sector Working Group (ISWG)\n\nThis is a short report, written and led by OCHA."
    )
    assert roles(text) == set()


def test_a_response_centre_headed_by_an_office() -> None:
    # seen3's Sierra Leone page: a response centre may name a government unit or a body; headed
    # by an office right after it, it is the body
    text = (
        "The President set up a National Flood Response Centre, headed by the Minister of Defence."
    )
    assert roles(text) == {("Minister of Defence", "lead", "National Flood Response Centre", "")}


def test_headed_by_an_office_as_the_ex_officio_chairman_is_its_chair() -> None:
    # seen6's Barbados council: the seat the agent is given names the role
    text = (
        "The Flood Advisory Council is headed by the Minister of Water as the ex-officio chairman."
    )
    assert roles(text) == {("Minister of Water", "chair", "Flood Advisory Council", "")}


def test_headed_by_an_office_alone_is_its_lead() -> None:
    text = "The Flood Advisory Council is headed by the Minister of Water."
    assert roles(text) == {("Minister of Water", "lead", "Flood Advisory Council", "")}
