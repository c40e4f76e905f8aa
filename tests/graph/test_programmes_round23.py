"""Round 23's programme shapes, in invented sentences: a quoted wording is no country's share,
and the allocations of a fund's story written with "a grant of", "which will use it to" and
"will be received by"; every expected title and amount worked out by hand (C2, C2a)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_quoted_split_by_country_is_an_example_not_a_share() -> None:
    # a notes page quoting a wording: the countries inside the quotation marks ask for nothing
    quoted = (
        'Notes\n| 3 | places, not sectors ("USD 2 million for Malawi, USD 4 million for '
        'Zambia") - no programmes |\n'
    )
    assert programmes(quoted) == {}
    # the same words said, not quoted, are the appeal's shares by country
    said = "Appeal\nIt asks USD 2 million for Malawi, USD 4 million for Zambia.\n"
    assert programmes(said) == {"Malawi": Decimal(2000000), "Zambia": Decimal(4000000)}
