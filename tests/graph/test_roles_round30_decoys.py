"""Decoy constructions counted in round 30 (h-prec30) on the tunable splits' pages: each gives no
role row, and its true-role twin still gives its row (sentences written for these tests)."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.roles import role_rules
from coordkg.graph.extract.rulefiles import language_words


def test_a_denied_role_gives_no_row() -> None:
    # seen13's cash group minutes ("does not chair ... but provides ... support"), seen15's NGO
    # forum page ("does not lead any of the ..."): the negation right before the role word
    for text in (
        "The agency explained that it does not chair the Cash Working Group but helps it.",
        "The Logistics Cluster is not led by WFP in this country.",
        "UNICEF no longer chairs the Education Cluster.",
        "WHO has never chaired the Health Cluster.",
        "IOM is not the lead of the Shelter Cluster.",
        "IOM is not a member of the Shelter Cluster.",
        "IOM doesn't co-lead the Shelter Cluster.",
    ):
        assert roles(text) == set(), text


def test_the_twins_of_a_denied_role_keep_their_rows() -> None:
    assert roles("UNICEF chairs the Education Cluster.") == {
        ("UNICEF", "chair", "Education Cluster", "")
    }
    assert roles("IOM is the lead of the Shelter Cluster.") == {
        ("IOM", "lead", "Shelter Cluster", "")
    }
    # "not only" states the role and one more
    assert ("IOM", "member", "Shelter Cluster", "") in roles(
        "IOM is not only a member of the Shelter Cluster but also its co-lead."
    )


def test_taking_part_in_one_sitting_is_attendance_not_membership() -> None:
    # seen13's mission report and seen10's structure page: a body's one meeting taken part in
    for text in (
        "CARE took part in the Food Security Cluster meeting on 12 June.",
        "Plan, CARE and Oxfam participated in the Food Security Cluster meeting.",
    ):
        assert roles(text) == set(), text
    # the twin: its meetings in the plural are its standing work
    assert roles("CARE takes part in the weekly Food Security Cluster meetings.") == {
        ("CARE", "member", "FSC", "")
    }
    assert roles("CARE participates in the Food Security Cluster.") == {
        ("CARE", "member", "FSC", "")
    }


def test_an_observer_after_the_body_is_no_member() -> None:
    # the parser's reading of "participates in" now checks for the observer too
    for text in (
        "MSF participates in the Health Cluster as an observer.",
        "MSF participates in the Health Cluster meetings as an observer.",
    ):
        assert roles(text) == set(), text


def test_a_bodys_one_meeting_chaired_in_the_past_is_an_event() -> None:
    # C12's "The meeting was chaired by A" with the body named before its meeting word
    for text in (
        "The Nutrition Working Group meeting was chaired by UNICEF.",
        "The Nutrition Working Group meeting of 9 October was led by UNICEF.",
        "The Nutrition Working Group meeting held in Lilongwe was co-chaired by UNICEF and WFP.",
    ):
        assert roles(text) == set(), text
    # the twin: its meeting in the present is the standing rule (seen5's HCT page)
    assert roles("The monthly Nutrition Working Group meeting is chaired by UNICEF.") == {
        ("UNICEF", "chair", "Nutrition Working Group", "")
    }


def test_chairing_a_bodys_one_meeting_gives_no_role() -> None:
    # C12's "IOM chaired the meeting" with the body named before its meeting word
    for text in (
        "Mercy Corps chaired the Cash Working Group meeting on 12 June.",
        "Mercy Corps co-chaired the Cash Working Group meeting.",
        "Mercy Corps led the Cash Working Group meeting.",
    ):
        assert roles(text) == set(), text
    # the twins: the present and the plural are the standing arrangement
    assert roles("Mercy Corps co-chairs the monthly Cash Working Group meetings.") == {
        ("Mercy Corps", "co-chair", "Cash Working Group", "")
    }
    assert roles("Mercy Corps chairs the Cash Working Group.") == {
        ("Mercy Corps", "chair", "Cash Working Group", "")
    }


def test_a_kind_of_people_in_a_list_of_members_is_no_member() -> None:
    # seen16's Sierra Leone news ("made up of MoHS officials, ... leaders, ... groups") and
    # real task-force pages listing officials and staff beside other kinds of people
    assert roles(
        "The Flood Taskforce, made up of MoWR officials, chiefs, women's groups and partners, "
        "met the mission."
    ) <= {("MoWR", "member", "Flood Taskforce", "")}
    assert (
        roles(
            "The Flood Taskforce comprises district officials, project staff and community elders."
        )
        == set()
    )
    # the twin: the organisations themselves are members
    assert roles("The Flood Taskforce is made up of the Ministry of Water, WHO and UNICEF.") == {
        ("Ministry of Water", "member", "Flood Taskforce", ""),
        ("WHO", "member", "Flood Taskforce", ""),
        ("UNICEF", "member", "Flood Taskforce", ""),
    }


def test_co_leads_in_apposition_after_a_past_meetings_chairs_keep_their_role() -> None:
    """A past sitting's chairs hold no role of the body, but an apposition naming their role in
    it ("its co-leads") still gives them that role."""
    text = "The Nutrition Cluster meeting was chaired by UNICEF and ACF, its co-leads."
    assert roles(text) == {
        ("UNICEF", "co-lead", "Nutrition Cluster", ""),
        ("ACF", "co-lead", "Nutrition Cluster", ""),
    }


def test_the_sitting_words_are_one_list_in_languages_toml() -> None:
    """The words of one sitting are listed once, in languages.toml, and every sitting rule of
    roles.toml is written out from that list."""
    assert set(language_words("sitting")) >= {"meeting", "session", "sitting"}
    rules = role_rules()
    for pattern in (rules.past_sitting.pattern, rules.one_sitting.pattern):
        assert "{words:" not in pattern and "session" in pattern
    assert roles("WFP took part in the Logistics Cluster session on 3 May.") == set()
