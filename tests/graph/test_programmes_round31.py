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
