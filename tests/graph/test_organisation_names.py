"""Organisations written in another spelling, and the office holders who chair country bodies."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _keys(text: str) -> dict[str, str]:
    return {m.surface: m.entity.key for m in find_mentions(text, Resolver())}


def test_a_known_name_is_read_in_either_spelling() -> None:
    found = _keys("The United Nations Development Program and the World Health Organisation met.")
    assert found == {
        "United Nations Development Program": "undp",
        "World Health Organisation": "who",
    }


def test_the_un_office_holders_are_actors_of_their_own() -> None:
    found = find_mentions("The HC and the United Nations Resident Coordinator spoke.", Resolver())
    assert {(m.surface, m.entity.key, m.entity.kind) for m in found} == {
        ("HC", "humanitarian-coordinator", "Actor"),
        ("United Nations Resident Coordinator", "resident-coordinator", "Actor"),
    }
