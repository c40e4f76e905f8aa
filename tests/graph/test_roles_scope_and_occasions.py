"""Scopes a body's name or its place in the sentence gives, and a body's meetings standing for
the body (sentences written for these tests, after constructions seen on real pages)."""

from __future__ import annotations

from snippets import roles


def test_a_place_people_come_from_is_no_scope() -> None:
    assert roles(
        "In Nairobi, the Working Group on Refugees from Somalia is co-led by UNHCR and NRC."
    ) == {  # the country is a word of the name, which "is" ends (bodytails.py), not a scope
        ("UNHCR", "co-lead", "Working Group on Refugees from Somalia", "Nairobi"),
        ("NRC", "co-lead", "Working Group on Refugees from Somalia", "Nairobi"),
    }


def test_a_place_after_in_is_still_a_scope() -> None:
    # decoy of the one above: "in Kisumu" is where the body works
    assert roles("The Protection Working Group in Kisumu is chaired by UNHCR.") == {
        ("UNHCR", "chair", "Protection Working Group", "Kisumu")
    }


def test_a_level_written_before_the_body_is_its_scope() -> None:
    assert roles("The national Protection Working Group is led by UNHCR.") == {
        ("UNHCR", "lead", "Protection Working Group", "national")
    }
    assert roles(
        "UNHCR leads the national Protection Working Group and the Education Cluster."
    ) == {
        ("UNHCR", "lead", "Protection Working Group", "national"),
        ("UNHCR", "lead", "Education Cluster", ""),
    }


def test_a_word_that_is_no_level_gives_no_scope() -> None:
    assert roles("The international Protection Working Group is led by UNHCR.") == {
        ("UNHCR", "lead", "Protection Working Group", "")
    }


def test_a_level_heading_body_keeps_its_level_in_its_name() -> None:
    """C9: a level written in the heading's name stays there and is no scope of the lines."""
    assert roles(
        "National Nutrition Cluster:\n- Lead: MoHP\n- Co-lead: UNICEF\n\n"
        "District Nutrition Cluster:\n- Lead: WFP\n"
    ) == {
        ("MoHP", "lead", "National Nutrition Cluster", ""),
        ("UNICEF", "co-lead", "National Nutrition Cluster", ""),
        ("WFP", "lead", "District Nutrition Cluster", ""),
    }
    # a level word outside the name (lower case, before it) and a region cut off a known body's
    # name still give the lines their scope
    assert roles("national Nutrition Cluster:\n- Lead: MoHP\n") == {
        ("MoHP", "lead", "Nutrition Cluster", "national")
    }
    assert roles("Central/South Nutrition Cluster:\n- Lead: WFP\n") == {
        ("WFP", "lead", "Nutrition Cluster", "Central/South")
    }


def test_who_chairs_a_bodys_meetings_chairs_the_body() -> None:
    # one meeting is an event: its chair holds no role in the body
    assert roles("The last meeting of the Education Working Group was chaired by UNICEF.") == set()
    assert roles(
        "The monthly meetings of the Inter-Sector Working Group (ISWG) are chaired by UNHCR."
    ) == {("UNHCR", "chair", "ISWG", "")}
    assert roles("UNICEF chairs the weekly meetings of the Education Working Group.") == {
        ("UNICEF", "chair", "Education Working Group", "")
    }


def test_a_passive_completing_another_verb_takes_that_verbs_subject() -> None:
    assert roles(
        "The meetings of the Inter-Sector Working Group (ISWG) went on being chaired by UNHCR."
    ) == {("UNHCR", "chair", "ISWG", "")}


def test_leading_an_activity_inside_a_body_is_no_role_in_it() -> None:
    assert roles("Within the Protection Working Group, UNHCR led a needs assessment.") == set()
    assert roles("UNHCR led a needs assessment within the Protection Working Group.") == set()
    assert roles("The meeting of the Protection Working Group was attended by UNHCR.") == set()


def test_a_forum_of_agencies_may_hold_a_role_in_another_body() -> None:
    assert roles("The NGO Forum chairs the Protection Working Group.") == {
        ("NGO Forum", "chair", "Protection Working Group", "")
    }
    assert roles(
        "The NGO Coordination Committee for Iraq (NCCI) leads the Advocacy Working Group."
    ) == {("NCCI", "lead", "Advocacy Working Group", "")}
    assert roles("The Cash Working Group is chaired by UNHCR and the NGO Forum.") == {
        ("UNHCR", "chair", "Cash Working Group", ""),
        ("NGO Forum", "chair", "Cash Working Group", ""),
    }


def test_a_cluster_or_country_team_holds_no_role_in_another_body() -> None:
    assert roles("The Protection Cluster leads the GBV Sub-Cluster.") == set()
    assert roles("The HCT leads the Inter-Cluster Coordination Group.") == set()
    assert roles("The NGO Forum leads advocacy on access.") == set()
