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
