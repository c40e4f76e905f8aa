"""Round 26's constructions of the lowest tunable splits' English pages: a member "of" a name
whose head may be an organisation or a body, a seat's word before a body's name with no
article, two role verbs sharing their subject and object, "its membership includes", and a
country written before a body's spelled-out name (C9).

Each expected set is worked out by hand from the sentence."""

from __future__ import annotations

from snippets import read, roles


def test_is_a_member_of_a_commission_reads_it_as_the_body() -> None:
    text = (
        "The Malawi Red Cross Society is a member of the National Relief Commission and of "
        "the Humanitarian Country Team."
    )
    assert roles(text) == {
        ("Malawi Red Cross Society", "member", "National Relief Commission", ""),
        ("Malawi Red Cross Society", "member", "HCT", ""),
    }


def test_a_seat_before_for_is_no_word_of_the_body_name() -> None:
    text = "Oxfam was nominated as a Coordinator for Civil Society Working Group last week."
    assert roles(text) == {("Oxfam", "coordinator", "Civil Society Working Group", "")}


def test_secretary_of_a_defined_acronym_is_the_secretariat() -> None:
    text = (
        "The National Relief Coordination Committee (NRCC) was formed in May. The Director "
        "serves as Secretary of NRCC."
    )
    assert ("Director", "secretariat", "NRCC", "") in roles(text)


def test_two_role_verbs_of_one_subject_give_both_roles() -> None:
    text = "UNICEF chairs and coordinates the Nutrition Working Group in the capital."
    assert roles(text) == {
        ("UNICEF", "chair", "Nutrition Working Group", ""),
        ("UNICEF", "coordinator", "Nutrition Working Group", ""),
    }


def test_its_membership_includes_lists_the_members_of_the_body_before() -> None:
    text = (
        "The Food Security Group (FSG) meets every month. Its membership at present includes "
        "CARE, Oxfam and GOAL."
    )
    assert {r for r in roles(text) if r[1] == "member"} == {
        ("CARE", "member", "FSG", ""),
        ("Oxfam", "member", "FSG", ""),
        ("GOAL", "member", "FSG", ""),
    }


def test_a_country_before_a_spelled_out_body_name_is_written_with_it() -> None:
    text = "The Malawi Cash Working Group (CWG) is co-chaired by WFP and Concern."
    bodies = [m for m in read(text).mentions if m.entity.name == "Cash Working Group"]
    assert [m.surface for m in bodies] == ["Malawi Cash Working Group (CWG)"]


def test_a_paired_verb_gives_no_role_past_the_next_role_word() -> None:
    # "led" after UNICEF is a role word of its own: "chairs" of the first clause stops there
    text = (
        "Save the Children chairs and coordinates the Education Working Group, as well as the "
        "UNICEF led WASH Cluster."
    )
    unicef = {r for r in roles(text) if r[0] == "UNICEF"}
    assert unicef == {("UNICEF", "lead", "WASH Cluster", "")}
