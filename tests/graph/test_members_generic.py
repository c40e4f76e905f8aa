"""Members a list names generically ("the national police", "the armed forces (A, B)") and
lists opened by "It" after the body was named (memberitems.py, members.py).  Texts written here
after constructions of real pages (tests/generalisation/dev/CONSTRUCTIONS-r5-lists.md); rows
worked out by hand."""

from __future__ import annotations

from coordkg.graph.extract.memberitems import generic_actor, pronoun_lead
from tests.graph.test_members import members


def test_a_force_or_service_after_at_most_two_place_words_is_a_member_as_written() -> None:
    assert generic_actor("the national police") == "national police"
    assert generic_actor("national armed forces") == "national armed forces"
    assert generic_actor("the Red Cross society") == "Red Cross society"
    assert generic_actor("gendarmerie") == "gendarmerie"
    assert generic_actor("the district administration office") == "district administration office"
    assert generic_actor("the country office") is None
    assert generic_actor("vulnerable groups") is None
    assert generic_actor("the police reform process") is None


def test_it_opens_a_list_of_the_body_named_just_before() -> None:
    assert pronoun_lead("It brings together A and B.") is not None
    assert pronoun_lead("It is funded by A and B.") is None
    text = (
        "The Civil-Military Coordination Cell meets every week. It brings together "
        "UNDSS, the national police, the gendarmerie and OCHA."
    )
    body = "Civil-Military Coordination Cell"
    assert members(text) == {
        ("UNDSS", "member", body),
        ("national police", "member", body),
        ("gendarmerie", "member", body),
        ("United Nations Office for the Coordination of Humanitarian Affairs", "member", body),
    }


def test_a_category_with_its_members_in_a_bracket_lists_the_bracket() -> None:
    text = (
        "The Civil-Military Coordination Cell meets every week. It brings together the "
        "international forces (MINUSCA, the French Sangaris Forces), UNDSS and OCHA."
    )
    body = "Civil-Military Coordination Cell"
    assert members(text) == {
        ("MINUSCA", "member", body),
        ("French Sangaris Forces", "member", body),
        ("UNDSS", "member", body),
        ("United Nations Office for the Coordination of Humanitarian Affairs", "member", body),
    }


def test_observers_and_funders_are_no_members() -> None:
    text = (
        "The Civil-Military Coordination Cell meets every week. The ICRC and ECHO take "
        "part as observers. Donors such as ECHO fund the cell."
    )
    assert members(text) == set()


def test_the_team_stands_for_the_capitalised_team_named_just_before() -> None:
    text = (
        "The Northern Flood Assessment (NFA) Team was sent out by the regional centre last "
        "week. The team was made up of experts from UNICEF, CARE and the Ministry of Water."
    )
    body = "Northern Flood Assessment Team"
    assert members(text) == {
        ("United Nations Children's Fund", "member", body),
        ("CARE International", "member", body),
        ("Ministry of Water", "member", body),
    }
    # the team's own work, or a team no capitalised name gave, lists nobody
    assert members("The Northern Flood Assessment Team met UNICEF and CARE.") == set()
    assert members("A team went out. The team was made up of UNICEF and CARE staff.") == set()


def test_a_capitalised_team_with_no_coordination_word_is_a_firm_with_no_members() -> None:
    text = (
        "WHO contracted the Lakeside Catering Team in 2031. The team is made up of staff "
        "from UNICEF and CARE."
    )
    assert members(text) == set()
    # a word of coordination besides the head keeps it a body
    found = members(text.replace("Lakeside Catering", "Lakeside Cholera Task"))
    assert ("CARE International", "member", "Lakeside Cholera Task Team") in found


def test_taskforce_in_one_word_opens_its_members_as_task_force_does() -> None:
    text = (
        "The Cholera Response Task Force was set up in May. Taskforce members include UNICEF "
        "and CARE."
    )
    assert ("CARE International", "member", "Cholera Response Task Force") in members(text)
