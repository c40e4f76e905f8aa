"""One reading of "the" right before a body's name, word-bounded (bodyphrases.the_before),
used by short generic names, lower-case tails and fronted places."""

from __future__ import annotations

import pytest
from snippets import read

from coordkg.graph.extract.bodyphrases import the_before


@pytest.mark.parametrize(
    ("text", "at", "start"),
    [
        ("the Advisory Board", 4, 0),
        ("met the\t\tSteering Committee", 9, 4),
        ("of The   Group", 9, 3),
        ("we bathe Advisory Board", 9, None),  # "bathe" is no "the"
        ("theAdvisory Board", 3, None),  # no space after it
        ("the\nBoard", 4, None),  # a line break is no space between words of a name
    ],
)
def test_the_before_a_position(text: str, at: int, start: int | None) -> None:
    assert the_before(text, at) == start


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.rule, m.entity.name) for m in read(text).mentions]


def test_a_short_generic_name_after_bathe_is_no_short_form() -> None:
    named = "The SSHF Advisory Board met in March. "
    assert _mentions(named + "Then the Advisory Board met.")[1] == (
        "Advisory Board",
        "body.short",
        "SSHF Advisory Board",
    )
    assert _mentions(named + "Then we bathe Advisory Board members.")[1] == (
        "Advisory Board",
        "head.board",
        "Advisory Board",
    )


def test_a_fronted_place_qualifies_the_body_after_the_not_after_bathe() -> None:
    fronted = read("In Gaza the Shelter Cluster is led by NRC.").mentions[1]
    assert fronted.qualifier is not None and fronted.qualifier.place is not None
    assert fronted.qualifier.place.name == "Gaza"
    assert read("In Gaza bathe Shelter Cluster is led by NRC.").mentions[1].qualifier is None


def test_a_body_named_again_without_its_country_is_the_one_named_in_full() -> None:
    """A page names its country's forum in full once, then "the NGO Forum": one body; a name
    that drops no country ("the Shelter Forum" after "the Malawi NGO Forum") stays its own."""
    named = "The Malawi NGO Forum was set up in 1995. "
    assert _mentions(named + "In 2001 the NGO Forum moved to Lilongwe.")[1] == (
        "NGO Forum",
        "body.short",
        "Malawi NGO Forum",
    )
    assert _mentions(named + "In 2001 the Shelter Forum met in Lilongwe.")[1][2] == "Shelter Forum"
    text = named + "In 2001 the NGO Forum moved to Lilongwe. Its secretariat is hosted by CARE."
    assert {(c.holder.acronym, c.role, c.body.name) for c in read(text).roles} == {
        ("CARE", "secretariat", "Malawi NGO Forum")
    }
