"""Round 17 (seen13): a body named by a whole title in quotes and later by the opening of that
title, the relative clause that names its chair, a sector sheet's "Coordinating agencies" label
over its value line, and donors who "have sat on" a body, a country among them (bodytails.py,
bodyshort.py, roles.py, rules/labels.toml, rules/roles.toml).  The sentences are written
here after constructions of real pages (seen13/README.md); the rows are worked out by hand."""

from __future__ import annotations

from snippets import roles

LONG = "Inter-Agency Task Force Resilient Livelihoods for Coastal Communities - Fisheries"


def test_a_quoted_title_opening_with_a_body_names_that_body_whole() -> None:
    # the head "Task Force" is followed by more title words, which no name finder reads: the
    # quotes say where the name ends, and the relative clause gives its chair
    text = f'The question went to the working group on "{LONG}", which UNDP chairs.'
    assert roles(text) == {("UNDP", "chair", LONG, "")}


def test_the_opening_of_a_quoted_title_up_to_its_head_is_that_body_again() -> None:
    # "the Inter Agency Task Force" (two words for "inter-agency") is the opening of the long
    # name up to its head: its members are the long-named body's, not a second task force's
    text = (
        f'The question went to the working group on "{LONG}", which UNDP chairs. '
        "The members of the Inter Agency Task Force include WFP, ILO and FAO."
    )
    assert roles(text) == {
        ("UNDP", "chair", LONG, ""),
        ("WFP", "member", LONG, ""),
        ("ILO", "member", LONG, ""),
        ("FAO", "member", LONG, ""),
    }


def test_a_relative_clause_joined_to_another_by_and_still_ends_after_its_role() -> None:
    # "which UNDP chairs and which ...": the second relative clause is about the same body, so
    # the first ended at "chairs"
    text = f'It went to the group on "{LONG}", which UNDP chairs and which meets monthly.'
    assert roles(text) == {("UNDP", "chair", LONG, "")}


def test_a_quoted_title_opening_with_a_document_word_names_no_body() -> None:
    # "Terms" comes before the body's head and "of" is a small word: the title is a document's,
    # so only the cluster inside it is a body, and it is the one UNICEF leads
    text = 'UNICEF leads the Nutrition Cluster and wrote "Terms of Reference of the Nutrition Cluster".'
    assert roles(text) == {("UNICEF", "lead", "Nutrition Cluster", "")}


def test_a_quoted_title_with_a_lower_case_word_is_no_name() -> None:
    # "meeting" is lower case and no joining word: the quotes hold a phrase, not a title
    text = 'WHO chairs the "Health Cluster meeting of partners" every month.'
    assert roles(text) == {("WHO", "chair", "Health Cluster", "")}


def test_coordinating_agencies_label_over_a_value_line_names_coordinators() -> None:
    # a sector sheet: the plural label alone on its line, its value on the next, under the
    # sector's heading (the people's names after the value are no holders)
    text = (
        "WATER SECTOR\n\n"
        "LEAD MINISTRY\n"
        "Ministry of Energy and Water (MoEW)\n\n"
        "COORDINATING AGENCIES\n"
        "UNICEF and ACF\n"
        "Jane Roe\n"
    )
    assert roles(text) == {
        ("MoEW", "lead", "WATER SECTOR", ""),
        ("UNICEF", "coordinator", "WATER SECTOR", ""),
        ("ACF", "coordinator", "WATER SECTOR", ""),
    }


def test_a_country_among_the_donors_who_have_sat_on_a_body_is_a_member() -> None:
    # "donors (" introduces the holders, so the country opening the list is one of them, not
    # the place the roles hold in
    text = "Since 2015 three donors (Norway, ECHO and DFID) have sat on the HCT as full members."
    assert roles(text) == {
        ("Norway", "member", "HCT", ""),
        ("ECHO", "member", "HCT", ""),
        ("DFID", "member", "HCT", ""),
    }


def test_a_country_without_a_holder_noun_before_it_holds_no_role() -> None:
    # "In Norway," names a place, no holder: only the two agencies sit on the cluster
    text = "In Norway, ECHO and DFID sit on the Shelter Cluster."
    assert roles(text) == {
        ("ECHO", "member", "Shelter Cluster", ""),
        ("DFID", "member", "Shelter Cluster", ""),
    }
