"""Round 32's programme shapes, in invented text.  Every expected title and amount worked out
by hand from the conventions (C2, C2a, C13)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_each_before_the_verb_of_receiving_gives_every_recipient_the_amount() -> None:
    # C13: one purpose of two recipients keeps each recipient before it; C2a drops "improve"
    text = (
        "The Global Relief Agency (GRA) and the Children Aid Office (CAO) are each to receive "
        "some $250,000 to improve clean water supply for flood-hit villages."
    )
    assert programmes(text) == {
        "GRA: clean water supply": Decimal(250000),
        "CAO: clean water supply": Decimal(250000),
    }


def test_each_with_a_past_verb_of_receiving_and_bare_first_acronym() -> None:
    text = "WAVE and the Children Aid Office (CAO) were each given $40,000 to repair school roofs."
    assert programmes(text) == {
        "WAVE: repair school roofs": Decimal(40000),
        "CAO: repair school roofs": Decimal(40000),
    }


def test_a_response_named_by_a_sector_or_a_disease_is_a_programme() -> None:
    text = (
        "The donor has provided $640,000 to the Island Health Board for the measles response "
        "in the northern districts."
    )
    assert programmes(text) == {"measles response": Decimal(640000)}


def test_a_response_named_by_the_crisis_or_generic_stays_the_whole() -> None:
    assert programmes("The fund puts $2.4 million into the flood response in the delta.") == {}
    assert programmes("Some $900,000 is needed for the immediate response.") == {}


def test_an_amount_that_will_be_used_to_do_something_does_it() -> None:
    text = (
        "Of the new money, $2 million is for seeds, and the other $1 million will be used to "
        "rebuild irrigation canals in the valley."
    )
    assert programmes(text) == {
        "seeds": Decimal(2000000),
        "rebuild irrigation canals": Decimal(1000000),
    }


def test_an_amount_that_is_to_be_spent_to_do_something_does_it() -> None:
    # "is to be used/spent" is read as "will be used", not lost to the plain "is" before "to be"
    text = "The remaining $1 million is to be spent to repair village wells."
    assert programmes(text) == {"repair village wells": Decimal(1000000)}
