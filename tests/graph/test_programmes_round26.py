"""Round 26's programme shapes, in invented text: bare figures and their titles printed apart,
money because they add up to a total the page states; a recipient's clause "so that ... could";
a sum in a currency coordkg does not read with its dollar equivalent in brackets; Spanish
titles opened by an indefinite article or a verb of providing, counted without "de".  Every
expected title and amount worked out by hand (C2, C2a)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from snippets import programmes

FUND = "Drought\nThe Central Emergency Response Fund (CERF) has allocated $5 million to agencies.\n"


def test_bare_figures_apart_from_titles_add_up_to_the_stated_total() -> None:
    text = (
        "RESPONSE PLAN\n\n"
        "4,000,000\n2,500,000\n500,000\n\n"
        "Shelter\nWater and Sanitation\nLogistics\n\n"
        "TOTAL COST OF THE PLAN: $ 7,000,000\n"
    )
    assert programmes(text) == {
        "Shelter": Decimal(4000000),
        "Water and Sanitation": Decimal(2500000),
        "Logistics": Decimal(500000),
    }


def test_bare_figures_adding_up_to_no_stated_amount_are_no_money() -> None:
    # the same box whose total the page never writes may count people
    text = (
        "RESPONSE PLAN\n\n4,000,000\n2,500,000\n500,000\n\n"
        "Shelter\nWater and Sanitation\nLogistics\n\nTOTAL COST OF THE PLAN: $ 9,000,000\n"
    )
    assert programmes(text) == {}


def test_a_recipient_so_that_it_could_do_something() -> None:
    # the comma before "so that" and the past "could" read as "so that it can" (C2a drops
    # "provide", whom cut)
    text = (
        f"{FUND}The fund gave some $800,000 to the World Health Organization (WHO), so that "
        "it could provide mobile clinics to 9,000 herders.\n"
    )
    assert programmes(text) == {"mobile clinics": Decimal(800000)}


@pytest.mark.parametrize("sum_", ["SEK 30 million", "30 million kronor"])
def test_a_sum_in_another_currency_with_its_dollars_in_brackets(sum_: str) -> None:
    # the dollar amount stands where the sum stood: the verb before and the purpose after;
    # the currency by its code before the figure or its word after it (funding.toml [local])
    text = (
        f"Floods\nSweden has provided {sum_} (about US$ 2.9 million) to the World "
        "Food Programme (WFP) to distribute food to 20,000 households.\n"
    )
    assert programmes(text) == {"distribute food": Decimal(2900000)}


def test_a_count_before_a_bracketed_amount_is_no_sum() -> None:
    text = "Floods\nThe fund reached 12,000 households (US$ 2 million) for emergency shelter.\n"
    assert "emergency shelter" not in programmes(text)


def test_spanish_title_with_an_indefinite_article_and_many_de() -> None:
    # "un" dropped as "el" is; "de" not counted, so the long title is kept whole
    text = (
        "Donación\nLa agencia dijo que 900,000 dólares se destinarán a un proyecto de "
        "rehabilitación de pozos de agua y de reparación de caminos rurales.\n"
    )
    assert programmes(text) == {
        "proyecto de rehabilitación de pozos de agua y de reparación de caminos rurales": (
            Decimal(900000)
        )
    }


def test_spanish_verb_of_providing_after_servir_para_is_dropped() -> None:
    text = (
        "Donación\nOtros 150,000 dólares servirán para financiar un programa de huertos "
        "escolares.\n"
    )
    assert programmes(text) == {"programa de huertos escolares": Decimal(150000)}


def test_half_a_million_dollars_is_an_amount() -> None:
    text = (
        f"{FUND}Of the grant, $1.2 million is for emergency food, and just over half a million "
        "dollars is for school feeding.\n"
    )
    assert programmes(text) == {
        "emergency food": Decimal(1200000),
        "school feeding": Decimal(500000),
    }


def test_a_listed_title_ends_before_the_and_word_of_its_language() -> None:
    # "y", "et", "e" before the list's next amount close the item, as "and" does
    text = (
        "Plan\nEl plan pide 4 millones de dólares para salud y 2 millones de dólares para agua.\n"
    )
    assert programmes(text) == {"salud": Decimal(4000000), "agua": Decimal(2000000)}
    text = (
        "Plan\nLe plan demande 4 millions de dollars pour la santé et 2 millions de dollars "
        "pour l'eau.\n"
    )
    assert programmes(text)["santé"] == Decimal(4000000)


def test_a_count_of_things_before_a_bracketed_amount_is_no_sum() -> None:
    # "tents" names no currency (funding.toml [local]): no sum the dollars stand in for
    text = (
        "Floods\nSweden has provided 3 million tents (US$ 2 million) to the World Food "
        "Programme (WFP) to distribute food to 20,000 households.\n"
    )
    assert programmes(text) == {}
