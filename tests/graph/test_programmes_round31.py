"""Round 31's programme shapes, in invented text: a donor's grant split into components, each
"Title (amount): the agency (ACRONYM)" it goes through.  Every expected title and amount worked
out by hand (C2: the agency cut)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_components_each_followed_by_the_agency_it_goes_through() -> None:
    text = (
        "The donor's grant of $3 million has three parts, as follows: Emergency Health "
        "($1.5 million): the Global Relief Agency (GRA), Clean water and latrines ($1.0 "
        "million): Water For All Network (WFAN); school kits ($0.5 million): the Children "
        "Aid Office (CAO)."
    )
    assert programmes(text) == {
        "Emergency Health": Decimal(1500000),
        "Clean water and latrines": Decimal(1000000),
        "school kits": Decimal(500000),
    }


def test_a_title_saying_only_that_something_is_given_keeps_its_clause() -> None:
    # "support" alone says nothing of what is done: the clause goes on to say it, up to a
    # "for" and whom it serves (C2); onward recipients and their own verb are cut (C16)
    text = (
        "Some $400,000 will go to the Global Relief Agency (GRA) to provide support for "
        "fishing crews hit by the storm. Another $300,000 went to the Children Aid Office (CAO) "
        "for grants to village clinics working on ward repairs, with a focus on maternal care "
        "for families that lost their homes."
    )
    assert programmes(text) == {
        "support for fishing crews hit by the storm": Decimal(400000),
        "ward repairs, with a focus on maternal care": Decimal(300000),
    }


def test_a_carrier_noun_goes_with_its_verb_of_providing() -> None:
    # C16: "priority actions to supply X" carries only the purpose, X is the programme
    text = (
        "The pooled fund gave $900,000 to the Water Office (WO) for priority interventions "
        "to supply drinking water, latrines and soap."
    )
    assert programmes(text) == {"drinking water, latrines and soap": Decimal(900000)}


def test_an_opened_title_ends_before_the_next_part_of_the_sentence() -> None:
    text = (
        "The fund allocated US$5 million for grants to district partners, and a further "
        "US$3 million for roof repairs."
    )
    titles = programmes(text)
    assert titles.get("grants to district partners") == Decimal(5000000)
    assert not any("roof" in t and "grants" in t for t in titles)


def test_an_amount_written_before_the_operation_or_project_it_pays_for() -> None:
    text = (
        "The relief agency will start a US$ 400,000 Emergency Relief Operation next week. Its "
        "partner is drawing up a $250,000 seed distribution project for the dry season."
    )
    assert programmes(text) == {
        "Emergency Relief Operation": Decimal(400000),
        "seed distribution project": Decimal(250000),
    }


def test_an_amount_before_a_bare_project_or_a_grant_names_no_programme() -> None:
    text = "The agency signed a $2 million project. A $3 million grant came from the bank."
    assert programmes(text) == {}


def test_an_amount_before_other_money_or_where_it_goes_names_no_programme() -> None:
    # the words after the amount are a gap, a gift or a revision, then where it goes
    text = (
        "The agency faces a US$ 4 million shortfall for the operation. A donor made a "
        "US$ 600,000 contribution to the project. The agency filed a US$ 1 million budget "
        "revision of its operation."
    )
    assert programmes(text) == {}
