"""Round 18's constructions, read from the misses of seen14 (a food security cluster page, a
disaster management team report, an NGO forum's history, a book chapter on drought
coordination): a gathering verb before categories of organisations each with its members in a
bracket, "the following X members:" after a clause of the sentence's own, the past chairs of a
body named after "have come from", and a plural subject of two bodies before a passive.

Each expected set is worked out by hand from the invented sentence."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.acronyms import find_definitions


def test_a_gathering_verb_before_bracketed_categories_lists_the_members() -> None:
    text = (
        "The Shelter Cluster meets monthly in Dili. The Cluster gathers UN agencies (IOM, "
        "UNHCR), International NGOs (CARE, Oxfam) and other partners working on shelter."
    )
    body = "Shelter Cluster"
    assert roles(text) == {
        ("IOM", "member", body, ""),
        ("UNHCR", "member", body, ""),
        ("CARE", "member", body, ""),
        ("Oxfam", "member", body, ""),
    }


def test_a_gathering_verb_before_a_category_without_a_bracket_lists_no_one() -> None:
    text = (
        "The Shelter Cluster meets monthly in Dili. The Cluster gathers UN agencies, "
        "International NGOs and other partners working on shelter."
    )
    assert roles(text) == set()


def test_the_following_members_after_a_clause_of_the_sentence_are_members() -> None:
    text = (
        "The Disaster Management Team (DMT) was set up in 2004. Blankets and tents were handed "
        "out by the following DMT members: CARE, Oxfam and World Vision."
    )
    body = "DMT"
    assert roles(text) == {
        ("CARE", "member", body, ""),
        ("Oxfam", "member", body, ""),
        ("World Vision", "member", body, ""),
    }


def test_the_following_partners_after_a_clause_are_no_members() -> None:
    text = (
        "The Disaster Management Team (DMT) met in May. Blankets were handed out by the "
        "following partners: CARE, Oxfam and World Vision."
    )
    assert roles(text) == set()


def test_past_chairpersons_of_a_forum_are_its_chairs() -> None:
    text = (
        "The Nepal NGO Forum (NNF) was formed in 2005. Past NNF Chairpersons have come from "
        "CARE, Oxfam and World Vision."
    )
    body = "NNF"
    assert roles(text) == {
        ("CARE", "chair", body, ""),
        ("Oxfam", "chair", body, ""),
        ("World Vision", "chair", body, ""),
    }


def test_past_chairpersons_with_another_verb_name_no_chairs() -> None:
    text = (
        "The Nepal NGO Forum (NNF) was formed in 2005. Past NNF Chairpersons have visited "
        "CARE and Oxfam."
    )
    assert roles(text) == set()


def test_two_bodies_as_the_plural_subject_of_a_passive_share_its_roles() -> None:
    text = (
        "Both the Drought Coordination Meeting and its technical wing, the Drought Steering "
        "Group, continue to be chaired by the NDMA and co-chaired by UNICEF."
    )
    assert roles(text) == {
        ("NDMA", "chair", "Drought Coordination Meeting", ""),
        ("NDMA", "chair", "Drought Steering Group", ""),
        ("UNICEF", "co-chair", "Drought Coordination Meeting", ""),
        ("UNICEF", "co-chair", "Drought Steering Group", ""),
    }


def test_a_singular_passive_after_two_bodies_is_about_the_last_one() -> None:
    text = "The Nutrition Cluster meets monthly and the Drought Steering Group is chaired by WFP."
    assert roles(text) == {("WFP", "chair", "Drought Steering Group", "")}


def test_a_slide_heading_wrapped_over_two_lines_names_the_body_of_its_labels() -> None:
    text = (
        "Structure of the system\n"
        "\n"
        "Provincial Relief Coordination\n"
        "Committee (PRCC)\n"
        "• Chairperson :\n"
        "Secretary, Ministry of Social Welfare\n"
        "• How often it meets :\n"
        "Every month\n"
    )
    assert roles(text) == {("Ministry of Social Welfare", "chair", "PRCC", "")}


def test_a_chair_label_over_its_item_keeps_its_holder_when_a_members_label_follows() -> None:
    text = (
        "Structure of the system\n"
        "\n"
        "Provincial Relief Coordination Committee (PRCC)\n"
        "• Chair:\n"
        "Ministry of Social Welfare\n"
        "• Members:\n"
        "UNICEF\n"
    )
    assert roles(text) == {
        ("Ministry of Social Welfare", "chair", "PRCC", ""),
        ("UNICEF", "member", "PRCC", ""),
    }


def test_a_wrapped_long_form_is_defined_only_when_the_line_above_is_all_name() -> None:
    wrapped = "Provincial Relief\nCoordination Committee (PRCC)\n"
    assert [(d.acronym, " ".join(d.long.split())) for d in find_definitions(wrapped)] == [
        ("PRCC", "Provincial Relief Coordination Committee")
    ]
    prose = "The committee met on the provincial relief plan.\nCoordination Committee (PRCC)\n"
    assert find_definitions(prose) == []


def test_a_membership_list_with_the_seat_in_its_last_column() -> None:
    text = (
        "The Donor Coordination Group (DCG) met on 3 May. After a long exchange it was agreed "
        "that from June the membership of the DCG is:\n"
        "\n"
        "   UNICEF                       Chair\n"
        "   WFP                          Vice Chair\n"
        "   Oxfam                        Member\n"
        "   Canada                       Member\n"
    )
    assert roles(text) == {
        ("UNICEF", "chair", "DCG", ""),
        ("UNICEF", "member", "DCG", ""),  # the chair listed among the members (C8)
        ("WFP", "member", "DCG", ""),  # a vice chair: no role of its own, a member (C14)
        ("Oxfam", "member", "DCG", ""),
        ("Canada", "member", "DCG", ""),
    }


def test_a_country_without_a_seat_column_still_ends_a_membership_list() -> None:
    text = (
        "The Donor Coordination Group (DCG) met on 3 May. It was agreed that from June the "
        "membership of the DCG is:\n"
        "\n"
        "UNICEF\n"
        "Canada\n"
        "Oxfam\n"
    )
    assert roles(text) == {("UNICEF", "member", "DCG", "")}


def test_a_members_heading_with_its_date_in_a_bracket_opens_the_list_below() -> None:
    text = (
        "The Fund Advisory Board (FAB) advises the Humanitarian Coordinator.\n"
        "\n"
        "FAB Members (As of March 2024)\n"
        "\n"
        "Oxfam\n"
        "CARE\n"
        "UNICEF\n"
        "Yemen Joint Fund\n"
    )
    assert roles(text) == {
        ("Oxfam", "member", "FAB", ""),
        ("CARE", "member", "FAB", ""),
        ("UNICEF", "member", "FAB", ""),
        ("Yemen Joint Fund", "member", "FAB", ""),
    }


def test_whom_a_role_was_taken_at_the_request_of_holds_no_role() -> None:
    text = (
        "At the request of the Humanitarian Coordinator, UNHCR has agreed to coordinate the "
        "Protection Cluster."
    )
    assert roles(text) == {("UNHCR", "coordinator", "Protection Cluster", "")}


def test_two_holders_opening_a_sentence_both_hold_the_role() -> None:
    text = "The Humanitarian Coordinator and UNHCR coordinate the Protection Cluster."
    assert roles(text) == {
        ("HC", "coordinator", "Protection Cluster", ""),
        ("UNHCR", "coordinator", "Protection Cluster", ""),
    }


def test_a_name_before_the_request_phrase_is_no_holder_either() -> None:
    text = (
        "Relief News Service At the request of the Humanitarian Coordinator, UNHCR has agreed "
        "to coordinate the Protection Cluster."
    )
    assert roles(text) == {("UNHCR", "coordinator", "Protection Cluster", "")}
