"""A reference back to a body ("The Sector", "this group") is that body: the one of that head
noun the nearest heading above names, else the one the title names, else the last one named."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _anaphora(text: str) -> list[tuple[str, str]]:
    return [
        (m.surface, m.entity.name) for m in find_mentions(text, Resolver()) if m.rule == "anaphora"
    ]


def test_a_capitalised_reference_at_a_sentence_start() -> None:
    text = "About the Returns Working Group\n\nThe Working Group meets monthly. The Group reports."
    assert _anaphora(text) == [
        ("The Working Group", "Returns Working Group"),
        ("The Group", "Returns Working Group"),
    ]


def test_a_section_heading_naming_a_body_of_that_noun_wins_over_the_title() -> None:
    text = (
        "# Nutrition Cluster\n\nThe cluster is led by UNICEF.\n\n"
        "## Protection Sector\n\nThe sector is chaired by UNHCR. The cluster meets weekly.\n"
    )
    assert _anaphora(text) == [
        ("The cluster", "Nutrition Cluster"),
        ("The sector", "Protection Sector"),
        ("The cluster", "Nutrition Cluster"),
    ]


def test_this_group_and_no_reference_in_a_group_of() -> None:
    text = "The Cash Working Group was set up. This group and the group of donors met."
    assert _anaphora(text) == [("This group", "Cash Working Group")]


def test_a_sentence_opening_with_in_and_a_place_qualifies_the_body_after_it() -> None:
    text = "In Gaza the Shelter Cluster is led by NRC. Funds in Gaza the Health Cluster got."
    scoped = [
        (m.surface, m.qualifier.place.name if m.qualifier and m.qualifier.place else None)
        for m in find_mentions(text, Resolver(), "PS")
        if m.entity.kind == "Cluster"
    ]
    assert scoped == [("Shelter Cluster", "Gaza"), ("Health Cluster", None)]
