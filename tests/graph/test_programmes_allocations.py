"""Per-agency allocations of a pooled fund stated in prose: the agency gets the money, what it
pays for is the programme.  Invented sentences in the constructions of CERF allocation pages;
amounts and titles worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_an_agency_named_with_its_acronym_then_for_and_the_purpose() -> None:
    text = (
        "The fund has allocated $3 million for the drought response. Some $250,000 has been "
        "allocated to the International Organization for Migration (IOM) for emergency "
        "shelter kits to displaced families in the north."
    )
    assert programmes(text) == {"emergency shelter kits": Decimal(250000)}


def test_a_verb_of_allocation_before_the_amount_its_subject_the_agency() -> None:
    text = (
        "The World Health Organization (WHO) has been allocated some $400,000 for disease "
        "surveillance in three districts. The Food and Agriculture Organization (FAO) will "
        "receive $650,000 to provide seeds and tools to farming households."
    )
    assert programmes(text) == {
        "disease surveillance": Decimal(400000),
        "seeds and tools": Decimal(650000),
    }


def test_money_received_the_whole_effort_or_a_bare_project_is_no_programme() -> None:
    # "allocated to the relief effort" names the work (seen6's and seen20's gold read it so:
    # funding.toml work_efforts); "the humanitarian effort" stays the whole
    for text in (
        "UNICEF has received $2 million for water and sanitation so far.",
        "US$1M has been allocated to the humanitarian effort through the fund.",
        "UNDP was given $300,000 for a project in the south.",
    ):
        assert programmes(text) == {}, text


def test_keep_up_names_what_the_recipient_goes_on_doing() -> None:
    text = (
        "Some $2 million will go to the World Food Programme (WFP) to keep up school meals "
        "in the camps."
    )
    assert programmes(text) == {"school meals": Decimal(2000000)}


def test_money_that_has_gone_to_a_named_agency_for_a_purpose() -> None:
    text = (
        "After the cold wave the fund released $2.4 million. Some $310,000 has gone to the "
        "United Nations Population Fund (UNFPA) for safe delivery kits for 4,000 pregnant "
        "women, and $95,000 has gone to the World Health Organization (WHO) to provide "
        "mobile clinics in the highlands."
    )
    assert programmes(text) == {
        "safe delivery kits": Decimal(310000),
        "mobile clinics": Decimal(95000),
    }


def test_money_that_has_gone_to_crises_or_a_bare_agency_is_no_programme() -> None:
    for text in (
        "Since it began, over $90 million of the fund has gone to chronically neglected crises.",
        "So far $120,000 has gone to UNICEF and $80,000 has gone to local partners.",
    ):
        assert programmes(text) == {}, text


def test_a_grant_given_to_a_named_agency_that_will_provide_its_purpose() -> None:
    text = (
        "A grant of $640,000 given to the International Organization for Migration (IOM) will "
        "provide emergency shelter repairs to 2,000 households. A CERF grant of $1.1 million "
        "given to the World Food Programme (WFP) will make sure that 20,000 people eat."
    )
    assert programmes(text) == {"emergency shelter repairs": Decimal(640000)}
