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
    # "support" and "grants" alone say nothing of what is done: the clause goes on to say it,
    # up to a "for" and whom it serves (C2)
    text = (
        "Some $400,000 will go to the Global Relief Agency (GRA) to provide support for "
        "fishing crews hit by the storm. Another $300,000 went to the Children Aid Office (CAO) "
        "for grants to village clinics rebuilding their wards, with a focus on maternal care "
        "for families that lost their homes."
    )
    assert programmes(text) == {
        "support for fishing crews hit by the storm": Decimal(400000),
        "grants to village clinics rebuilding their wards, with a focus on maternal care": (
            Decimal(300000)
        ),
    }


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
