"""Role frames counted on several real pages in round 4 (tests/generalisation/dev/
CONSTRUCTIONS-r4-frames.md): a holder's own role in a side clause after "with", members after
"X, which comprises", members represented "through" a forum, observers among members, and a
role word closing an agent's apposition (sentences written for these tests)."""

from __future__ import annotations

from snippets import read, roles


def test_a_secretariat_in_a_with_clause_is_no_second_chair() -> None:
    assert roles(
        "The Community Engagement Working Group was set up in 2015. The group is chaired by "
        "UNICEF, with OCHA providing a secretariat role."
    ) == {
        ("UNICEF", "chair", "Community Engagement Working Group", ""),
        ("OCHA", "secretariat", "Community Engagement Working Group", ""),
    }
    assert roles(
        "The Health Cluster is chaired by WHO, with IOM playing the secretariat role."
    ) == {
        ("WHO", "chair", "Health Cluster", ""),
        ("IOM", "secretariat", "Health Cluster", ""),
    }


def test_a_verb_of_taking_on_without_a_role_word_opens_no_clause_of_its_own() -> None:
    ex = read("IOM co-leads the Shelter Cluster with UNHCR providing technical support.")
    assert {(c.holder.acronym, c.role) for c in ex.roles} == {
        ("IOM", "co-lead"),
        ("UNHCR", "co-lead"),
    }


def test_a_name_with_commas_before_acting_as() -> None:
    assert (
        "Ministry of Health, Water and Sanitation",
        "secretariat",
        "Health Cluster",
        "",
    ) in roles(
        "The Health Cluster is chaired by WHO, with the Ministry of Health, Water and Sanitation "
        "acting as secretariat."
    )


def test_a_relative_clause_lists_the_members_of_its_antecedent() -> None:
    assert roles("UNHCR leads the Protection Working Group, which includes IOM and UNICEF.") == {
        ("UNHCR", "lead", "Protection Working Group", ""),
        ("IOM", "member", "Protection Working Group", ""),
        ("UNICEF", "member", "Protection Working Group", ""),
    }


def test_members_represented_through_a_forum_and_observers_apart() -> None:
    assert roles(
        "The HC leads the HCT, which comprises UN agencies, international NGOs through the "
        "Pakistan Humanitarian Forum (PHF), national NGOs through the National Humanitarian "
        "Network (NHN), and the Red Cross as observers."
    ) == {
        ("HC", "lead", "HCT", ""),
        ("PHF", "member", "HCT", ""),
        ("NHN", "member", "HCT", ""),
    }


def test_an_inline_member_list_ends_where_a_new_clause_starts() -> None:
    got = roles(
        "The National Disaster Committee was set up in May. Other members include the "
        "Ministry of Health, UNICEF and the Red Cross, with WFP acting as secretariat."
    )
    assert ("Red Cross", "member", "National Disaster Committee", "") in got
    assert ("WFP", "secretariat", "National Disaster Committee", "") in got
    assert not any(holder.endswith("Red Cross, with WFP") for holder, *_ in got)


def test_a_role_word_closing_an_agents_apposition() -> None:
    assert roles(
        "The Nutrition Cluster is chaired by the Ministry of Health and co-chaired by Mr. Hari "
        "Rai, Nutrition Specialist at UNICEF and cluster co-lead."
    ) == {
        ("Ministry of Health", "chair", "Nutrition Cluster", ""),
        ("UNICEF", "co-chair", "Nutrition Cluster", ""),
        ("UNICEF", "co-lead", "Nutrition Cluster", ""),
    }


def test_a_bare_body_word_stands_for_the_body_named_before() -> None:
    assert roles(
        "The Development Partnership Forum meets twice a year. The platform is currently "
        "chaired by UNDP and co-chaired by the World Bank."
    ) == {
        ("UNDP", "chair", "Development Partnership Forum", ""),
        ("World Bank", "co-chair", "Development Partnership Forum", ""),
    }
    assert roles("The National Nutrition Committee meets monthly. UNICEF chairs the group.") == {
        ("UNICEF", "chair", "National Nutrition Committee", "")
    }
    assert roles("The Health Cluster met. The group agreed a plan led by WHO.") == set()


def test_a_second_passive_after_a_comma_and_keeps_the_body() -> None:
    assert roles("The Health Cluster is chaired by WHO, and co-chaired by IOM.") == {
        ("WHO", "chair", "Health Cluster", ""),
        ("IOM", "co-chair", "Health Cluster", ""),
    }


def test_joining_a_body_makes_a_member_not_joining_its_meeting() -> None:
    assert roles("UNICEF joined the Health Cluster and WFP the Logistics Cluster.") == {
        ("UNICEF", "member", "Health Cluster", ""),
        ("WFP", "member", "Logistics Cluster", ""),
    }
    assert roles("UNICEF joined the Health Cluster meeting in May.") == set()
    assert roles("UNICEF joined forces with WFP to feed children.") == set()


def test_members_in_an_apposition_after_a_comma() -> None:
    assert roles("The Emergency Working Group, made up of UNICEF and WFP, met on Monday.") == {
        ("UNICEF", "member", "Emergency Working Group", ""),
        ("WFP", "member", "Emergency Working Group", ""),
    }
