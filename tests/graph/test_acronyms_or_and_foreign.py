"""Acronyms defined after ", or" and the long forms of Spanish or French names, whose small
words ("de", "para", "y") take no letter.  Sentences written here after real refugee response
pages."""

from __future__ import annotations

from coordkg.graph.extract.acronyms import find_definitions


def _defined(text: str) -> list[tuple[str, str]]:
    return [(d.acronym, d.long) for d in find_definitions(text)]


def test_a_spanish_long_form_skips_its_small_words() -> None:
    text = "Partners joined the Mesa de Coordinación para Refugiados y Desplazados (MCRD) in May."
    assert _defined(text) == [("MCRD", "Mesa de Coordinación para Refugiados y Desplazados")]


def test_an_acronym_after_or_is_defined_by_the_name_before_it() -> None:
    text = "the national forum (the Red de Apoyo para Migrantes, or RAM in Spanish) was set up"
    [d] = find_definitions(text)
    assert (d.acronym, d.long) == ("RAM", "Red de Apoyo para Migrantes")
    assert text[d.paren_start : d.paren_end] == ", or RAM"


def test_an_organisation_or_another_defines_nothing() -> None:
    text = "Funds go to UNHCR, or IOM where it leads; the Health Cluster, or WHO, decides."
    assert _defined(text) == []


def test_a_doubled_initial_is_written_once_in_the_acronym() -> None:
    text = (
        "Partners launched the Regional Refugee Response Plan (RRP). The Regional Rapid Fund (RRF)"
    )
    assert _defined(text) == [
        ("RRP", "Regional Refugee Response Plan"),
        ("RRF", "Regional Rapid Fund"),
    ]


def test_a_capitalised_word_opening_a_name_is_no_doubled_initial() -> None:
    assert _defined("In Ramadi Returns Working Group (RWG) met.") == [
        ("RWG", "Returns Working Group")
    ]
