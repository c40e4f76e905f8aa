"""Government units named in French, Spanish or Portuguese: the head first, the name going on
through "de", "la", "del" (``[[prefix]]`` rules of kinds.toml).  Sentences written here after
the coordination arrangements of real cluster pages."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> dict[str, tuple[str, str, str | None, str]]:
    """Surface -> (entity name, kind, acronym, rule) of every mention."""
    return {
        m.surface: (m.entity.name, m.entity.kind, m.entity.acronym, m.rule)
        for m in find_mentions(text, Resolver())
    }


def test_french_offices_and_directorates_are_read_through_de_la() -> None:
    text = (
        "At regional level the Direction Régionale de la Santé Publique (DRSP) co-leads with the "
        "Office National de Nutrition (ONN); the Service de District de la Santé Publique (SDSP) "
        "leads in districts."
    )
    found = _named(text)
    assert found["Direction Régionale de la Santé Publique (DRSP)"] == (
        "Direction Régionale de la Santé Publique",
        "Directorate",
        "DRSP",
        "head.direction",
    )
    assert found["Office National de Nutrition (ONN)"] == (
        "Office National de Nutrition",
        "GovernmentOffice",
        "ONN",
        "head.office-national",
    )
    assert found["Service de District de la Santé Publique (SDSP)"] == (
        "Service de District de la Santé Publique",
        "GovernmentOffice",
        "SDSP",
        "head.service-de",
    )


def test_a_spanish_ministry_is_a_ministry() -> None:
    found = _named("The Ministerio de Salud Pública chairs the health table.")
    assert found["Ministerio de Salud Pública"][:2] == ("Ministerio de Salud Pública", "Ministry")


def test_direction_as_an_english_word_names_nothing() -> None:
    assert _named("Direction matters: the strategic direction of the plan was agreed.") == {}


def test_a_minister_is_an_office_named_as_written() -> None:
    found = _named(
        "The Ministry of Water leads the sector; the Minister of Water, Sanitation and Irrigation "
        "chairs the national committee."
    )
    assert found["Ministry of Water"][:2] == ("Ministry of Water", "Ministry")
    minister = found["Minister of Water, Sanitation and Irrigation"]
    assert minister[:2] == ("Minister of Water, Sanitation and Irrigation", "Office")
    assert minister[3] == "head.minister-of"
