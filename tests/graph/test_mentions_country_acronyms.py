"""Letters that name an organisation in most plans and a country in that country's own
(reference ``local_aliases``): "DRC"."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _first(text: str, country: str | None = None) -> tuple[str, str]:
    m = find_mentions(text, Resolver(), country)[0]
    return m.surface, m.entity.kind


def test_drc_is_the_danish_refugee_council_outside_the_congo() -> None:
    assert _first("DRC co-leads the protection working group.", "JO") == ("DRC", "InternationalNGO")
    assert _first("DRC co-leads the protection working group.") == ("DRC", "InternationalNGO")


def test_drc_is_the_country_in_a_congolese_document() -> None:
    assert _first("DRC hosts many displaced people.", "CD") == ("DRC", "Country")


def test_the_democratic_republic_of_the_congo_is_not_the_congo() -> None:
    [m] = find_mentions("Floods hit the Democratic Republic of the Congo.", Resolver())
    assert dict(m.entity.identifiers)["iso3166"] == "CD"
