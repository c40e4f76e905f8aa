"""Round 33's programme shapes, in invented text.  Every expected title and amount worked out
by hand from the conventions (C2, C2a, C4)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes

from coordkg.graph.extract.money import AMOUNT, amount
from coordkg.graph.model import Money


def test_an_allocation_made_from_a_fund_to_back_a_society_in_delivering_relief() -> None:
    # "An allocation of X has been made from <fund> to support <recipient> in delivering Y":
    # the recipient backed is cut, "delivering" dropped (C2a), whom it reaches cut (C2)
    text = (
        "An allocation of CHF 80,000 (USD 82,500 or EUR 70,100) has been made from the "
        "Disaster Relief Emergency Fund (DREF) to support the Lakeland Red Cross in "
        "delivering emergency shelter to some 2,000 people."
    )
    assert programmes(text) == {"emergency shelter": Decimal(82500)}


def test_an_allocation_made_to_a_named_recipient_for_what_it_does() -> None:
    text = (
        "A grant of $120,000 was made to the Island Health Board (IHB) to buy vaccines for "
        "the outer villages."
    )
    assert programmes(text) == {"buy vaccines": Decimal(120000)}
    assert programmes("A grant of $50,000 has been made to the Red Cross.") == {}


def test_a_dollar_sign_after_the_figure_as_french_pages_write_it() -> None:
    found = [amount(m) for m in AMOUNT.finditer("Il faut 19,1 M US$ et 3 millions $ US.")]
    assert found == [Money(Decimal(19100000), "USD"), Money(Decimal(3000000), "USD")]
    # a sign opening the next amount stays that amount's
    found = [amount(m) for m in AMOUNT.finditer("US$ 5 million US$ 2 million")]
    assert found == [Money(Decimal(5000000), "USD"), Money(Decimal(2000000), "USD")]


def test_a_dollar_sign_after_a_plain_whole_number_needs_a_scale_word() -> None:
    # a year or a table's number before "$" is no sum: the sign says dollars of what follows
    assert list(AMOUNT.finditer("In 1990 $ amounts fell.")) == []
    assert list(AMOUNT.finditer("See Table 7 $ per head.")) == []
    # a scale word, thousands grouped or decimals make the figure a sum
    found = [amount(m) for m in AMOUNT.finditer("4 millions $, 1 250 000 $ et 12,5 M $")]
    assert found == [
        Money(Decimal(4000000), "USD"),
        Money(Decimal(1250000), "USD"),
        Money(Decimal(12500000), "USD"),
    ]
    # two spaces between a sign and the figure after it: the sign is no currency of the
    # figure before it (and too far from the next one to open it)
    assert list(AMOUNT.finditer("2 million $  3 million")) == []


def test_a_dashboards_required_and_received_lines_are_no_programmes() -> None:
    # "REQUIS" says the figure is required, "RECUS" (the accent dropped in capitals) that it
    # came in: neither names what it pays for
    text = "FINANCEMENT (2019)\n4.2 M US$ REQUIS\n0.8 M US$ RECUS\n\n"
    assert programmes(text) == {}


def test_a_romance_donors_gift_to_a_country_for_what_it_does() -> None:
    # a donor's verb of giving, the amount (its dollar equivalent in brackets), whom it goes
    # to, then "para"/"pour" and the activity's verb with its object (C2: the verb is the
    # activity; the place after "en" cut)
    text = (
        "El Gobierno de Noruega dona 200.000 euros (216.000 dólares) a Guatemala para "
        "reconstruir escuelas en la costa sur."
    )
    assert programmes(text) == {"reconstruir escuelas": Decimal(216000)}
    text = "Le Canada a octroyé 2 millions de dollars au Mali pour creuser des puits."
    assert programmes(text) == {"creuser des puits": Decimal(2000000)}


def test_a_romance_purpose_named_by_a_noun_after_a_singular_article() -> None:
    text = "El PMA recibirá 3 millones de dólares para la compra de semillas en el sur."
    assert programmes(text) == {"compra de semillas": Decimal(3000000)}
    # a plural article opens whom the money serves: no purpose named
    assert programmes("El PMA recibirá 3 millones de dólares para las familias afectadas.") == {}


def test_a_sum_in_euros_given_again_with_its_dollars_is_one_programme() -> None:
    # the heading gives the euros alone, the text the euros with their dollar equivalent: the
    # same gift twice, kept once in dollars
    text = (
        "Noruega dona 200.000 euros a Guatemala para reconstruir escuelas\n\n"
        "El Gobierno de Noruega dona 200.000 euros (216.000 dólares) a Guatemala para "
        "reconstruir escuelas en la costa sur."
    )
    assert programmes(text) == {"reconstruir escuelas": Decimal(216000)}


def test_the_same_sum_in_euros_for_another_purpose_is_another_gift() -> None:
    # the euros converted in the second story are no reason to drop the first one's gift: its
    # title has no programme in dollars
    text = (
        "El Gobierno de Noruega dona 200.000 euros a Guatemala para reconstruir escuelas.\n\n"
        "El Gobierno de Noruega dona 200.000 euros (216.000 dólares) a Honduras para "
        "reparar puentes."
    )
    assert programmes(text) == {
        "reconstruir escuelas": Decimal(200000),
        "reparar puentes": Decimal(216000),
    }


def test_a_romance_gift_for_whom_it_serves_after_a_singular_article_names_no_purpose() -> None:
    # "para la población afectada" names whom the gift serves, not what it pays for
    text = "El Gobierno de Noruega dona 200.000 dólares a Guatemala para la población afectada."
    assert programmes(text) == {}
    text = "Le Canada a octroyé 2 millions de dollars au Mali pour la population déplacée."
    assert programmes(text) == {}
    # a noun of what is done stays the purpose
    text = "El Gobierno de Noruega dona 200.000 dólares a Guatemala para la compra de semillas."
    assert programmes(text) == {"compra de semillas": Decimal(200000)}


def test_a_labels_last_word_is_compared_without_its_accents() -> None:
    # "opérations" is "operations" of [prose] not_programmes, as "RECUS" is "reçus": the
    # operation's own costs, no programme; the other labels stay
    text = "Santé : 2,5 M US$\nNutrition : 1,2 M US$\nAppui aux opérations : 0,5 M US$\n"
    assert programmes(text) == {"Santé": Decimal(2500000), "Nutrition": Decimal(1200000)}
