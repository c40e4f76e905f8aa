"""Another language's acronym of a known organisation ("OPS", "OIM") names it only on a page
written in that language: on an English page "OPS" is an operations room (language.in_english;
sentences invented for these tests, rows worked out by hand)."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.language import in_english


def test_a_pages_articles_tell_its_language() -> None:
    assert in_english("The cluster is led by the Ministry and co-led by the IOM.")
    assert not in_english("El clúster es liderado por la OPS y los socios de la mesa.")
    assert not in_english("Le cluster est piloté par le PAM et les partenaires du secteur.")
    assert not in_english("O grupo é coordenado pelo Ministério e os parceiros.")
    assert not in_english("Líder: ACNUR")  # no article either way: no English page


def test_a_translated_acronym_names_no_organisation_on_an_english_page() -> None:
    assert roles("OPS staff are members of the Logistics Cluster.\n") == set()


def test_a_translated_acronym_names_its_organisation_in_its_language() -> None:
    text = "El Clúster de Salud es liderado por la OPS a nivel nacional.\n"
    assert roles(text) == {("PAHO", "lead", "Clúster de Salud", "national")}


def test_a_translated_acronym_in_brackets_after_a_name_on_an_english_page_is_that_names() -> None:
    text = (
        "The chapter was drawn up by the Refugee and Migrant Working Group (GTRM), which is "
        "co-led by the UN Refugee Agency (ACNUR) and the International Organization for "
        "Migration (OIM) and brings together 80 organizations.\n"
    )
    body = "Refugee and Migrant Working Group"
    assert roles(text) == {("UNHCR", "co-lead", body, ""), ("IOM", "co-lead", body, "")}


def test_a_label_block_with_no_article_keeps_its_translated_acronyms() -> None:
    text = "Clúster de Protección\nLíder: ACNUR\nColíder: NRC\n"
    assert roles(text) == {
        ("UNHCR", "lead", "Clúster de Protección", ""),
        ("NRC", "co-lead", "Clúster de Protección", ""),
    }
