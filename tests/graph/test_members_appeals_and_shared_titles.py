"""Members of an inter-agency appeal named sentences before its list, a fronted "Among its
members are", a plural title whose first item has an "and" of its own, an alliance named in
quotes after its head noun, and a numbered list of offices over their postal addresses (texts
written for these tests after constructions of real pages: an appeal's launch news, a WASH
coalition's page, an alliance's anniversary news, a planning commission's working-group order;
rows worked out by hand)."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.read.readers import document_from_text
from tests.graph.test_linear_reading import growth, read
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


def test_a_name_in_quotes_after_a_head_noun_is_the_body_a_counted_list_is_of() -> None:
    text = (
        'The alliance "Hilfe Jetzt Bund" is celebrating its tenth year.\n'
        "Set up in 2014, the alliance consists of 9 aid organisations, among them CARE, "
        "Oxfam and many other national charities."
    )
    body = "Hilfe Jetzt Bund"
    assert members(text) == {("CARE International", "member", body), ("Oxfam", "member", body)}


def test_a_name_in_quotes_after_a_word_that_is_no_head_names_nothing() -> None:
    text = (
        'The project "Hilfe Jetzt Bund" is celebrating its tenth year.\n'
        "Set up in 2014, the alliance consists of 9 aid organisations, among them CARE, "
        "Oxfam and many other national charities."
    )
    assert members(text) == set()


def test_a_numbered_list_of_offices_over_their_postal_addresses_names_each_ministry() -> None:
    text = (
        "A Working Group on Child Nutrition is being formed. Its membership is listed below:\n\n"
        "1. Secretary, Ministry of Labour Shram Bhavan New Delhi    Member\n"
        "2. Secretary, Department of Health and Family Welfare Nirman Bhavan New Delhi.    Member\n"
        "3. Secretary, Ministry of Rural Development Krishi Bhavan New Delhi    Member\n"
        "4. Secretary, Department of Social Welfare Government of Goa Room No. 12, Panaji    Member\n"
    )
    body = "Working Group on Child Nutrition"
    assert members(text) == {
        ("Ministry of Labour", "member", body),
        ("Department of Health and Family Welfare", "member", body),
        ("Ministry of Rural Development", "member", body),
        ("Department of Social Welfare Government of Goa", "member", body),
    }


def test_a_post_and_an_address_around_a_ministry_are_no_part_of_its_name() -> None:
    text = "1. Secretary Ministry of Labour Shram Bhavan New Delhi    Chairperson\n"
    doc = document_from_text(text, "members")
    names = {m.surface for m in find_mentions(doc.text, Resolver())}
    assert "Ministry of Labour" in names


def test_eight_times_quoted_names_and_address_lines_take_about_eight_times_as_long() -> None:
    # the quoted names are read by one regex pass; each address cut and seat cell is one line's
    def blocks(n: int) -> str:
        return "".join(
            f'The alliance "Hilfe {i} Bund" met. Its membership is listed below:\n\n'
            "1. Secretary, Ministry of Labour Shram Bhavan New Delhi.    Member\n"
            "2. Secretary Ministry of Rural Development Krishi Bhavan New Delhi    Member\n\n"
            for i in range(n)
        )

    small, large = blocks(500), blocks(4000)
    ratio = growth(read, small, large)
    assert ratio < 24, f"8x the blocks took {ratio:.1f}x as long (quadratic: 64x)"
