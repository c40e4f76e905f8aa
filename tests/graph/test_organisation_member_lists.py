"""International NGOs and donors that member and partner lists on real pages name by short
acronyms or plain names (reference data, ``reference/organisations.toml``)."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.kind) for m in find_mentions(text, Resolver())]


def test_short_acronyms_of_a_member_list_are_organisations() -> None:
    found = _names("Members: ACF, INSO, IRC, NRC and SCI.")
    assert found == [
        ("ACF", "InternationalNGO"),
        ("INSO", "InternationalNGO"),
        ("IRC", "InternationalNGO"),
        ("NRC", "InternationalNGO"),
        ("SCI", "InternationalNGO"),
    ]


def test_donor_agencies_and_plain_named_ngos_are_organisations() -> None:
    found = dict(_names("DFAT and MFAT fund FHI360, Global Communities and Habitat for Humanity."))
    assert found == {
        "DFAT": "Donor",
        "MFAT": "Donor",
        "FHI360": "InternationalNGO",
        "Global Communities": "InternationalNGO",
        "Habitat for Humanity": "InternationalNGO",
    }


def test_the_deputy_humanitarian_coordinator_is_an_actor_of_its_own() -> None:
    [m] = find_mentions("The Deputy Humanitarian Coordinator chairs it.", Resolver())
    assert (m.entity.name, m.entity.kind) == ("Deputy Humanitarian Coordinator", "Actor")
