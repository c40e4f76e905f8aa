"""Programme amounts written on the label's line, in table rows and in prose lists, with a
currency sign or word; invented plans, figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from snippets import programmes, read

from coordkg.graph.extract.money import whole_amount
from coordkg.graph.model import Money


def plan(text: str) -> Decimal | None:
    return next(
        (b.funding.value.amount for b in read(text).blocks if b.kind == "plan"),  # type: ignore[union-attr]
        None,
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("$27,500,000", Money(Decimal(27500000))),
        ("US$ 12.4M", Money(Decimal(12400000))),
        ("USD 3 million", Money(Decimal(3000000))),
        ("4.5 million US dollars", Money(Decimal(4500000))),
        ("2 million U.S. dollars", Money(Decimal(2000000))),
        ("EUR 450,000", Money(Decimal(450000), "EUR")),
        ("CHF 98,000", Money(Decimal(98000), "CHF")),
        ("12 mln USD", Money(Decimal(12000000))),
        ("EUR 4,5 mln", Money(Decimal(4500000), "EUR")),
        ("85,000", None),
        ("2.1 M", None),
    ],
)
def test_an_amount_needs_a_currency_sign_or_word(written: str, expected: Money | None) -> None:
    assert whole_amount(written) == expected


def test_amounts_on_the_labels_line_open_blocks_under_their_headings() -> None:
    text = (
        "Flood Response Plan for the Lowlands\n\n"
        "Funding required: $9,750,000\n\n"
        "Emergency shelter\n"
        "Funding required: $4,250,000\n\n"
        "Clean water for displaced families\n"
        "Requirements (US$): 3.5M\n\n"
        "Psychosocial support\n"
        "Budget: USD 2 million\n"
    )
    assert plan(text) == Decimal(9750000)
    assert programmes(text) == {
        "Emergency shelter": Decimal(4250000),
        "Clean water for displaced families": Decimal(3500000),
        "Psychosocial support": Decimal(2000000),
    }


def test_a_table_with_its_currency_in_the_header_and_a_total_that_is_no_programme() -> None:
    text = (
        "Requirements by sector (US$ million)\n"
        "Sector                     Requirement\n"
        "Protection                 3.2\n"
        "Shelter/NFI                2.1 M\n"
        "Education                  1,500,000\n"
        "TOTAL                      6.8\n"
    )
    assert programmes(text) == {
        "Protection": Decimal(3200000),
        "Shelter/NFI": Decimal(2100000),
        "Education": Decimal(1500000),
    }
    assert plan(text) == Decimal(6800000)


def test_a_markdown_table_and_a_title_wrapped_above_its_row() -> None:
    text = (
        "Our appeal (USD)\n\n"
        "| Activity area | Amount |\n"
        "|---|---|\n"
        "| Camp management | 1,200,000 |\n"
        "| Livelihoods | 800,000 |\n\n"
        "Side box: appeal (USD)\n"
        "Water, Sanitation and\n"
        "Hygiene        650,000\n"
    )
    assert programmes(text) == {
        "Camp management": Decimal(1200000),
        "Livelihoods": Decimal(800000),
        "Water, Sanitation and Hygiene": Decimal(650000),
    }


def test_a_table_without_a_currency_counts_people_not_money() -> None:
    text = "People reached by sector\nProtection        3,000\nShelter         12,500\n"
    assert programmes(text) == {}


def test_sectors_listed_in_prose_with_amounts_in_parentheses() -> None:
    text = (
        "The appeal totals $40,000,000.\n"
        "It seeks funds for Food and Livelihoods ($12,000,000), Health and Nutrition "
        "($9,500,000), Education ($6,000,000) and Camp Coordination ($2,500,000).\n"
    )
    assert programmes(text) == {
        "Food and Livelihoods": Decimal(12000000),
        "Health and Nutrition": Decimal(9500000),
        "Education": Decimal(6000000),
        "Camp Coordination": Decimal(2500000),
    }


def test_amounts_for_named_sectors_listed_in_one_sentence() -> None:
    text = (
        "The partners launched their plan today.\n"
        "It includes USD 15 million for food security, USD 4.2 million for health and "
        "USD 1 million for protection.\n"
    )
    assert programmes(text) == {
        "food security": Decimal(15000000),
        "health": Decimal(4200000),
        "protection": Decimal(1000000),
    }


def test_a_single_amount_in_a_sentence_is_a_passing_mention() -> None:
    text = (
        "Country Situation Report\n"
        "The national plan, appealing for USD 62.3 million for 442,000 people, was launched.\n"
        "Donors gave $1,500,000 (about half of it to NGOs) to the pooled fund.\n"
        "An earlier grant (USD 300,000) paid for the assessment.\n"
    )
    assert programmes(text) == {}
