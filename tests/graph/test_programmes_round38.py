"""Round 38's programme shapes, in invented text.  Every expected amount and title worked out by
hand from the conventions (C2, C2a)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from snippets import programmes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the activities started, named right before "worth" and their amount
            "News\n"
            "The forum of aid agencies has started flood relief activities worth $4.8 million "
            "across three provinces.\n",
            {"flood relief activities": Decimal(4800000)},
        ),
        (  # a year range in brackets and a comma between the name and "worth"; the name read
            # back to its article, past "the activities for"
            "News\n"
            "The group approved the activities for the GPE-funded program (2024-2028), worth "
            "$23.5 million in total.\n",
            {"GPE-funded program": Decimal(23500000)},
        ),
        (  # support named after a clause ending in a comma, then "worth some"
            "News\n"
            "For vulnerable communities, agriculture and sanitation support worth some $380,000 "
            "comes through the Ruritanian Relief Agency (RRA).\n",
            {"agriculture and sanitation support": Decimal(380000)},
        ),
        (  # a count before the projects sums many of them: no programme
            "News\n"
            "In the first half of the year 410 donor assistance projects worth $2.1 billion were "
            "carried out.\n",
            {},
        ),
        (  # a head alone names no programme
            "News\nThe ministry signed agreements to fund programmes worth EUR 12 million.\n",
            {},
        ),
        (  # goods delivered are no programme
            "News\nThe minister took delivery of cholera supplies worth $176,000 from a donor.\n",
            {},
        ),
    ],
)
def test_a_programme_named_before_worth_and_its_amount(
    text: str, expected: dict[str, Decimal]
) -> None:
    assert programmes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a donor's promise for a purpose, read as its other verbs of giving (C2)
            "News\n"
            "He said that donors had promised around $3.2 million for rescue and rehabilitation "
            "activities.\n",
            {"rescue and rehabilitation activities": Decimal(3200000)},
        ),
        (  # a pledge with a verb of the activity kept (C2)
            "News\nNorway has pledged $500,000 to repair water points.\n",
            {"repair water points": Decimal(500000)},
        ),
    ],
)
def test_a_promise_or_pledge_for_a_purpose(text: str, expected: dict[str, Decimal]) -> None:
    assert programmes(text) == expected


def test_throughout_a_place_is_cut_from_the_title() -> None:
    # C2: where the money is spent is cut, "throughout" like "across"; "provide" dropped (C2a)
    text = (
        "News\n"
        "The Borduria Humanitarian Fund has allocated US$7 million to provide critical "
        "life-saving activities throughout Borduria.\n"
    )
    assert programmes(text) == {"critical life-saving activities": Decimal(7000000)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "provide <whom> with <what>": what is given, whom and "provide" dropped (C2, C2a)
            "News\nUNHCR has been granted $1 million to provide 15,000 IDPs with fire retardant "
            "shelter.\n",
            {"fire retardant shelter": Decimal(1000000)},
        ),
        (  # "supply" the same
            "News\nUNHCR has been granted $1 million to supply 20,000 households with food "
            "rations and seeds.\n",
            {"food rations and seeds": Decimal(1000000)},
        ),
        (  # "support <whom> with" is not read so: the verb stays with whom (C2b)
            "News\nUNHCR has been granted $1 million to support 2,000 farmers with seeds.\n",
            {"support farmers": Decimal(1000000)},
        ),
    ],
)
def test_a_verb_of_providing_whom_with_what(text: str, expected: dict[str, Decimal]) -> None:
    assert programmes(text) == expected
