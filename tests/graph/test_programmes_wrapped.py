"""Round-4 constructions of appeal pages: a list of sector amounts hard-wrapped over lines, a
purpose word or a repeated "for" before a title, a list closed by "and other related
sectors", and an at-a-glance table printed with single spaces whose money column comes first.
Invented text in those constructions; figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_list_wrapped_over_lines_is_one_sentence() -> None:
    text = (
        "Lakeland drought appeal\n"
        "According to the coordinator, the region needs about $30 million for food security,\n"
        "$12 million for nutrition, $6 million for water, sanitation and hygiene and some\n"
        "$2 million for education and other related sectors.\n"
    )
    assert programmes(text) == {
        "food security": Decimal(30000000),
        "nutrition": Decimal(12000000),
        "water, sanitation and hygiene": Decimal(6000000),
        "education": Decimal(2000000),
    }


def test_a_heading_over_a_sentence_does_not_make_a_list_with_it() -> None:
    text = (
        "Fund gives $2 million for the Hillside floods\n"
        "About $500,000 is earmarked for emergency shelter.\n"
        "The rest of the fund was raised in 2023 for $1 million.\n"
    )
    assert programmes(text) == {"emergency shelter": Decimal(500000)}


def test_two_lone_amounts_of_two_sentences_stay_passing_mentions() -> None:
    text = "Update\nThe agency received $3 million for the year.\nIt spent $1 million for fuel.\n"
    assert programmes(text) == {}


def test_purpose_words_and_a_repeated_for_are_not_part_of_the_title() -> None:
    text = (
        "Refugee plan\n"
        "The largest share is planned for meeting basic needs (12.5 million dollars) and for "
        "health care and nutrition (8 million dollars).\n"
    )
    assert programmes(text) == {
        "basic needs": Decimal(12500000),
        "health care and nutrition": Decimal(8000000),
    }


def test_a_single_spaced_glance_table_reads_its_first_figure_as_money() -> None:
    text = (
        "FLOODS RESPONSE PLAN\n"
        "$90M 3.1M 1.2M\n"
        "FUNDING REQUIREMENTS (US$) PEOPLE IN NEED PEOPLE TARGETED\n"
        "\n"
        "Education 4.5M 0.3M 0.1M\n"
        "\n"
        "Food\n"
        "Security & 30.2M 1.9M 0.8M\n"
        "Agriculture\n"
        "\n"
        "Logistics 1.1M\n"
    )
    assert programmes(text) == {
        "Education": Decimal(4500000),
        "Food Security & Agriculture": Decimal(30200000),
        "Logistics": Decimal(1100000),
    }


def test_a_people_table_with_single_spaces_is_no_money() -> None:
    text = (
        "At a glance\n"
        "PEOPLE IN NEED PEOPLE TARGETED REQUIREMENTS (US$)\n"
        "Education 2.0M 0.7M\n"
        "Health 8.2M 6.4M\n"
    )
    assert programmes(text) == {}


def test_a_table_whose_columns_hold_words_reads_the_currency_column() -> None:
    text = (
        "Plan for the farming sector\n"
        "The ministry launched the plan in March.\n"
        "\n"
        "Components | Purpose | Period | Cost (in USD)\n"
        "'Cash for Work' Scheme | Rebuild small farms. | May - June | 1,250,000\n"
        "Seeds and Tools | Restore production. | June - July | 2,400,000\n"
        "Total | | | 3,650,000\n"
    )
    assert programmes(text) == {
        "'Cash for Work' Scheme": Decimal(1250000),
        "Seeds and Tools": Decimal(2400000),
    }


def test_a_table_of_words_without_a_currency_column_is_no_money() -> None:
    text = (
        "Who does what\n"
        "Sector | Lead | Partners | Districts\n"
        "Health | WHO | 12 | 9\n"
        "Shelter | IOM | 8 | 4\n"
    )
    assert programmes(text) == {}
