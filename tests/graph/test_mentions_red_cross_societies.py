"""A national Red Cross or Red Crescent society named by its country is an organisation."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.entity.kind, m.rule) for m in find_mentions(text, Resolver(), "KE")]


def test_a_society_named_by_its_country_or_nationality() -> None:
    text = "The Kenya Red Cross and the Somali Red Crescent shared one warehouse."
    assert _named(text) == [
        ("Kenya Red Cross", "NGO", "head.red-cross"),
        ("Somali Red Crescent", "NGO", "head.red-crescent"),
    ]


def test_the_movement_alone_names_no_society() -> None:
    assert _named("Help came from the Red Cross and the Red Crescent.") == []
