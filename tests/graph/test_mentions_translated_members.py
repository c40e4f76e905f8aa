"""Countries and international organisations named in French, Spanish or Portuguese (a
country's name from pycountry's translations, an acronym of another language in title case)
are the same members as their English names.  Texts written here."""

from __future__ import annotations

from snippets import read


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.name) for m in read(text).mentions]


def test_a_country_named_in_french_or_portuguese_is_the_country() -> None:
    names = _names("Le forum réunit la Mauritanie et le Sénégal; o Brasil e a Argélia também.")
    assert ("Mauritanie", "Mauritania") in names
    assert ("Sénégal", "Senegal") in names
    assert ("Argélia", "Algeria") in names


def test_an_organisation_named_in_another_language_is_the_organisation() -> None:
    names = _names("Le forum réunit la Cedeao et l'Union africaine.")
    assert ("Cedeao", "Economic Community of West African States") in names
    assert ("Union africaine", "African Union") in names


def test_a_translation_that_is_a_given_name_or_a_city_is_no_country() -> None:
    names = _names("Maurice Dubois parla à Salvador avec Mauricio Ruiz, puis la Mauritanie.")
    assert [entity for _, entity in names if entity in ("Mauritius", "El Salvador")] == []
    assert ("Mauritanie", "Mauritania") in names
