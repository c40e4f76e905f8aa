"""Reference names that hold in one country are read only in documents about that country."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str, country: str | None = None) -> dict[str, str]:
    return {m.surface: m.entity.key for m in find_mentions(text, Resolver(), country)}


IRAQI = "In Iraq, the GoI and IOM Iraq met in Baghdad. Iraq's returns continue."
INDONESIAN = "In Indonesia, the GoI asked partners for tents. Indonesia was hit by floods."


def test_a_local_acronym_holds_in_its_country() -> None:
    found = _named(IRAQI)
    assert found["GoI"] == "iq-goi"
    assert found["IOM Iraq"] == "iom"


def test_a_local_acronym_does_not_leak_into_another_country() -> None:
    assert "iq-goi" not in _named(INDONESIAN).values()


def test_the_country_given_by_the_metadata_decides() -> None:
    text = "The GoI and partners met."  # names no country: only the metadata tells
    assert _named(text, "IQ").get("GoI") == "iq-goi"
    assert "iq-goi" not in _named(text).values()
    assert "iq-goi" not in _named(text, "ID").values()


def test_the_resolver_learns_local_names_only_for_the_country() -> None:
    resolver = Resolver()
    assert resolver.known("IOM Iraq") is None
    resolver.localise("IQ")
    found = resolver.known("IOM Iraq")
    assert found is not None and found.key == "iom"
