"""Round 21: single role statements held by an office, a person with a post or a government
(conventions C1, C1a, C12) — sentences written for these tests, rows worked out by hand."""

from __future__ import annotations

from snippets import roles


def test_a_form_of_address_is_no_word_of_the_office() -> None:
    # "Rt." ends no sentence; "Hon'ble" is cut from the office as C1 writes it
    assert roles(
        "The Flood Council is chaired by the Rt. Hon'ble Prime Minister, while the Flood "
        "Executive Committee is chaired by the Hon'ble Home Minister."
    ) == {
        ("Prime Minister", "chair", "Flood Council", ""),
        ("Home Minister", "chair", "Flood Executive Committee", ""),
    }


def test_a_title_before_a_bare_name_is_the_holder() -> None:
    # a bare "Governor" before a name is no office of its own: the person holds (C15, round 30);
    # the county's office holds (C1); "Acting" before a county's office names no place
    assert roles(
        "The Drought Committee, chaired by Governor Amos Kariuki and co-chaired by the Acting "
        "County Commissioner Peter Wanjala, met on Monday."
    ) == {
        ("Amos Kariuki", "chair", "Drought Committee", ""),
        ("Acting County Commissioner", "co-chair", "Drought Committee", ""),
    }


def test_a_representative_of_a_government_stands_for_the_government() -> None:
    assert roles(
        "The Steering Committee is co-chaired by a Senior Representative of the Government of "
        "Oman and by the UN Resident Coordinator."
    ) == {
        ("Government of Oman", "co-chair", "Steering Committee", ""),
        ("Resident Coordinator", "co-chair", "Steering Committee", ""),
    }


def test_a_head_of_agency_names_no_organisation() -> None:
    assert roles("A Head of Agency who sits on the UNCT chairs the group.") == set()


def test_a_double_hatted_post_holds_as_the_coordinating_office() -> None:
    # C1a: "Resident Coordinator/UNDP Resident Representative" is one post, not UNDP too
    assert roles(
        "The Donor Coordination Group is co-chaired by the UN Resident Coordinator/UNDP Resident "
        "Representative and by the World Bank."
    ) == {
        ("Resident Coordinator", "co-chair", "Donor Coordination Group", ""),
        ("World Bank", "co-chair", "Donor Coordination Group", ""),
    }


def test_a_meetings_second_chair_holds_no_role_either() -> None:
    # C12: one sitting's chairs; the body after the second agent is the office's, not the role's
    text = (
        "The Joint Crisis Coordination Centre (JCC) and the NGO Coordination Committee for Iraq "
        "(NCCI) met the NGOs. The meeting was chaired by the JCC Director General Mr. Karim "
        "Salih and co-chaired by the Executive Director of the NCCI Mr. John Reed."
    )
    assert roles(text) == set()


def test_a_seats_holder_in_apposition_after_the_body() -> None:
    assert roles(
        "The Chair of the Joint Steering Committee, Union Secretary of Health, Mr A. B. Rao, "
        "opened the meeting."
    ) == {("Union Secretary of Health", "chair", "Joint Steering Committee", "")}


def test_a_list_after_the_body_is_no_seats_holder() -> None:
    assert roles("Members of the Nutrition Cluster, UNICEF, WFP and NRC met today.") == set()


def test_offices_with_their_holders_names_in_apposition() -> None:
    assert roles(
        "At the head of the structure are the Governor, Anne Palmer, and the Premier, Ewan "
        "McLeod, who co-chair the Nutrition Cluster."
    ) == {
        ("Governor", "co-chair", "Nutrition Cluster", ""),
        ("Premier", "co-chair", "Nutrition Cluster", ""),
    }


def test_names_after_another_name_are_no_seats_holder() -> None:
    # the seat's holder stands right after the body; items of a list further on hold nothing
    assert (
        roles(
            "The Shelter Adviser, who co-leads the shelter working group, works with agencies "
            "(UNDP, UNICEF, etc.), and reports on progress."
        )
        == set()
    )
    slide = (
        "Covers the Great Lakes Rotating chair Steering Committee (UNICEF, UNFPA, USAID, OCHA, "
        "UNHCR and the NGO Alliance) meets every 3 months"
    )
    assert roles(slide) == set()


def test_the_vice_president_is_the_chairperson_of_a_committee() -> None:
    assert roles(
        "As you know, in this country the Vice-President is the chairperson of the National "
        "Disaster Management Committee."
    ) == {("Vice-President", "chair", "National Disaster Management Committee", "")}


def test_an_office_in_lower_case_after_a_passive() -> None:
    # C1's office on its own, named as written; "the governor of ..." is left to the title rules
    assert roles(
        "The town will form its disaster management committee soon. The committee will be "
        "chaired by the mayor."
    ) == {("mayor", "chair", "Disaster Management Committee", "")}
