"""Round 17 constructions of fund allocation stories (issue 13): a recipient pair, an amount set
off by commas before its phrase, a bare "allocated to", "roughly" before the amount received,
"a programme of" before the purpose, "caused by" inside a purpose.  Invented sentences in the
constructions of CERF press releases; titles worked out by hand after conventions C2 and C2a."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_two_recipients_with_acronyms_then_what_they_do() -> None:
    # the pair gets the money; "rebuild" is the activity itself, kept with its object (C2a)
    text = (
        "The fund released $4 million in all. Some $700,000 will go to the World Food "
        "Programme (WFP) and the United Nations Children's Fund (UNICEF) to rebuild storage "
        "depots in the east."
    )
    assert programmes(text) == {"rebuild storage depots": Decimal(700000)}


def test_an_amount_set_off_by_commas_before_will_go_to() -> None:
    text = (
        "The biggest part, about $2.5 million, will go to the World Food Programme (WFP) to "
        "feed herders who lost their animals."
    )
    assert programmes(text) == {"feed herders": Decimal(2500000)}


def test_a_bare_allocated_to_an_acronym_that_will_pay_for_two_things() -> None:
    # "pay for" only says the money pays (C2a): its objects are the title, the second "for"
    # joins them
    text = (
        "Besides, $640,000 allocated to UNICEF will pay for digging boreholes and for "
        "hygiene kits in the settlements."
    )
    assert programmes(text) == {"digging boreholes and hygiene kits": Decimal(640000)}


def test_a_bare_allocated_to_a_place_or_a_whole_names_no_programme() -> None:
    for text in (
        "About $900,000 allocated to Northern Province was spent quickly.",
        "The $1.5 million allocated to the response arrived in March.",
    ):
        assert programmes(text) == {}, text


def test_roughly_before_the_amount_a_recipient_will_receive() -> None:
    text = (
        "The World Health Organization (WHO) will receive roughly $820,000 to provide "
        "trauma care in the district hospitals."
    )
    assert programmes(text) == {"trauma care": Decimal(820000)}


def test_a_programme_of_before_the_purpose_is_dropped() -> None:
    text = (
        "The fund has given UNICEF $310,000 for a programme of school feeding and another "
        "$150,000 for child-friendly spaces."
    )
    assert programmes(text) == {
        "school feeding": Decimal(310000),
        "child-friendly spaces": Decimal(150000),
    }


def test_caused_by_goes_on_with_the_purpose_other_by_ends_it() -> None:
    text = (
        "UNICEF will receive $500,000 to help reduce diarrhoea caused by unsafe water in the "
        "camps. WHO will receive $200,000 to train nurses by the end of the year."
    )
    assert programmes(text) == {
        "reduce diarrhoea caused by unsafe water": Decimal(500000),
        "train nurses": Decimal(200000),
    }
