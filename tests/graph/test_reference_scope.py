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


def test_wb_is_the_west_bank_in_a_palestinian_page_and_scopes_a_body() -> None:
    text = (
        "Cash coordination in Palestine: the Cash Working Group (CWG) works nationally; the WB "
        "CWG is chaired by OCHA."
    )
    found = find_mentions(text, Resolver())
    wb = next(m for m in found if m.surface == "CWG" and m.qualifier is not None)
    assert wb.qualifier is not None and wb.qualifier.place is not None
    assert wb.qualifier.place.name == "West Bank"


def test_wb_is_no_place_elsewhere() -> None:
    assert "ps-west-bank" not in _named("In Kenya the WB funds the programme.").values()


def test_the_documents_own_country_in_front_of_a_body_is_no_scope() -> None:
    text = "In the oPt, OHCHR is the lead agency of the oPt Protection Cluster."
    body = next(m for m in find_mentions(text, Resolver()) if m.entity.name == "Protection Cluster")
    assert body.qualifier is None


def test_another_country_in_front_of_a_body_stays_its_scope() -> None:
    text = "In Jordan and Jordan again, UNHCR leads the Lebanon Protection Cluster."
    body = next(m for m in find_mentions(text, Resolver()) if m.entity.name == "Protection Cluster")
    assert body.qualifier is not None and body.qualifier.place is not None
    assert body.qualifier.place.name == "Lebanon"
