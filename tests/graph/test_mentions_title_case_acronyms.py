"""A known acronym of four letters or more written in title case ("Unicef") is that acronym,
unless it is a word of a longer name ("Child Care and Protection Agency") or the document
writes the word in lower case too ("Care" beside "health care") (mentions._reference_mentions)."""

from __future__ import annotations

from snippets import read, roles


def test_a_known_acronym_in_title_case_is_the_acronym() -> None:
    assert roles("The Protection Cluster is co-led by Unhcr and NRC.") == {
        ("UNHCR", "co-lead", "Protection Cluster", ""),
        ("NRC", "co-lead", "Protection Cluster", ""),
    }
    assert roles("Care is also a member of the Health Cluster.") == {
        ("CARE", "member", "Health Cluster", "")
    }


def test_a_word_the_document_writes_in_lower_case_is_no_acronym() -> None:
    text = "Care is also a member of the Health Cluster. Primary health care is free."
    assert roles(text) == set()


def test_a_word_of_a_longer_name_is_no_acronym() -> None:
    mentions = read("The Child Care and Protection Agency joined, and Care too.").mentions
    assert [(m.surface, m.entity.acronym) for m in mentions] == [
        ("Child Care and Protection Agency", None),
        ("Care", "CARE"),
    ]


def test_an_address_in_lower_case_is_no_word() -> None:
    mentions = read("See www.unicef.org for more. Unicef leads the WASH Cluster.").mentions
    assert (mentions[0].surface, mentions[0].entity.acronym) == ("Unicef", "UNICEF")


def test_a_short_acronym_in_title_case_is_a_word() -> None:
    # "Iom", "Who": three letters in title case are read as no acronym
    assert not any(m.entity.acronym == "IOM" for m in read("Iom and Who met in May.").mentions)


def test_a_function_word_opening_the_sentence_is_no_word_of_a_name() -> None:
    assert roles("The Unicef representative chairs the Health Cluster.") == {
        ("UNICEF", "chair", "Health Cluster", "")
    }
    assert roles("In Somaliland, Unicef leads the Nutrition Cluster.") == {
        ("UNICEF", "lead", "Nutrition Cluster", "Somaliland")
    }
