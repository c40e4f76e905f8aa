"""Members of an inter-agency appeal named sentences before its list, a fronted "Among its
members are", and a plural title whose first item has an "and" of its own (texts written for
these tests after constructions of real pages: an appeal's launch news, a WASH coalition's
page; rows worked out by hand)."""

from __future__ import annotations

from tests.graph.test_members import members


def test_the_appeal_named_by_its_head_word_sentences_after_its_name_lists_its_members() -> None:
    text = (
        "Aid agencies have launched the Regional Flash Appeal for the Sahel Floods. The plan "
        "asks for US$ 40 million. The Appeal covers food, health and shelter. It runs for six "
        "months. Donors were asked to respond quickly. The first funds arrived in May.\n\n"
        "The Appeal includes the planned actions of 12 aid organizations: CARE International, "
        "FAO, IOM and others."
    )
    body = "Regional Flash Appeal for the Sahel Floods"
    assert members(text) == {
        ("CARE International", "member", body),
        ("Food and Agriculture Organization of the United Nations", "member", body),
        ("International Organization for Migration", "member", body),
    }


def test_a_subject_naming_no_word_of_the_body_far_before_lists_nothing() -> None:
    text = (
        "Aid agencies have launched the Regional Flash Appeal for the Sahel Floods. The plan "
        "asks for US$ 40 million. The Appeal covers food, health and shelter. It runs for six "
        "months. Donors were asked to respond quickly. The first funds arrived in May.\n\n"
        "The network includes 12 aid organizations: CARE International, FAO, IOM and others."
    )
    assert members(text) == set()


def test_among_its_members_are_a_plural_title_over_names_with_an_and_of_their_own() -> None:
    text = (
        "The Kivu WASH Coalition came into being in 2010. Among its members and cooperating "
        "partners are the Ministries of Water and Energy, Public Health, and Basic Education."
    )
    body = "Kivu WASH Coalition"
    assert members(text) == {
        ("Ministry of Water and Energy", "member", body),
        ("Ministry of Public Health", "member", body),
        ("Ministry of Basic Education", "member", body),
    }


def test_a_plural_title_ending_the_list_is_still_one_office_an_item() -> None:
    text = (
        "The Tana Drought Committee was set up in June. Its members are the Governor of Tana "
        "and the Ministries of Health and Education."
    )
    body = "Tana Drought Committee"
    assert members(text) == {
        ("Governor of Tana", "member", body),
        ("Ministry of Health", "member", body),
        ("Ministry of Education", "member", body),
    }


def test_among_its_partners_names_no_members() -> None:
    text = (
        "The Kivu WASH Coalition came into being in 2010. Among its partners are UNICEF and "
        "the World Bank."
    )
    assert members(text) == set()
