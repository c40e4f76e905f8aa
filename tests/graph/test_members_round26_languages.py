"""Round 26 (the non-English pages of dev, seen21 and seen22): members written after a verb that
puts its subject last in Spanish, Portuguese and French ("Completam a comissão os ministros da
A e da B", "Integran la Mesa A, B y C", "Son también miembros de la Mesa A y B"), and after a
pronoun standing for the body named before ("Dela são igualmente membros A e B"), as "It brings
together A and B" is read in English.  Texts written here, with invented bodies, portfolios and
organisations; rows worked out by hand."""

from __future__ import annotations

import pytest

from tests.graph.test_members import members

BODY_PT = "Comissão Nacional de Socorro"
BODY_ES = "Mesa Técnica de Lluvias"


def test_portuguese_members_after_a_verb_and_the_commission_it_completes() -> None:
    text = (
        "Notícias\n\n"
        "Foi criada a Comissão Nacional de Socorro.\n\n"
        "Completam a comissão os ministros das Estradas, da Cultura e do Mar, e a Cruz Azul "
        "Lagunar.\n"
    )
    assert members(text) == {
        ("Ministro das Estradas", "member", BODY_PT),
        ("Ministro da Cultura", "member", BODY_PT),
        ("Ministro do Mar", "member", BODY_PT),
        ("Cruz Azul Lagunar", "member", BODY_PT),
    }


@pytest.mark.parametrize("verb", ["Integran", "Conforman", "Son también miembros de"])
def test_spanish_members_after_a_verb_and_the_body(verb: str) -> None:
    text = (
        f"Noticias\n\n{verb} la Mesa Técnica de Lluvias el Ministerio de Pesca, la OPS y el PMA.\n"
    )
    assert members(text) == {
        ("Ministerio de Pesca", "member", BODY_ES),
        ("Pan American Health Organization", "member", BODY_ES),
        ("World Food Programme", "member", BODY_ES),
    }


def test_members_before_such_a_verb_are_no_list_after_the_body() -> None:
    # the members stand first: the role rules read them, the list after the body is empty
    text = "Noticias\n\nEl Ministerio de Pesca y la OPS integran la Mesa Técnica de Lluvias.\n"
    assert members(text) == set()


def test_portuguese_members_after_a_pronoun_standing_for_the_commission() -> None:
    text = (
        "Notícias\n\n"
        "Foi criada a Comissão Nacional de Socorro, coordenada pelo Ministério do Mar.\n\n"
        "Dela são igualmente membros os ministros das Estradas e da Cultura.\n"
    )
    assert members(text) == {
        ("Ministro das Estradas", "member", BODY_PT),
        ("Ministro da Cultura", "member", BODY_PT),
    }


def test_a_post_before_its_organisation_and_the_article_after_and_part_the_items() -> None:
    # "o comandante da X": the organisation the post is held in is the member (C1); an "e"
    # before an article parts two items, one before a capital word stays inside a name
    text = (
        "Notícias\n\n"
        "Foi criada a Comissão Nacional de Socorro.\n\n"
        "Completam a comissão os ministros das Estradas e do Mar, bem como o comandante-geral da "
        "Guarda Costeira Lagunar, o comandante do Serviço de Socorro e Bombeiros e o director do "
        "Instituto Nacional de Marés.\n"
    )
    assert members(text) == {
        ("Ministro das Estradas", "member", BODY_PT),
        ("Ministro do Mar", "member", BODY_PT),
        ("Guarda Costeira Lagunar", "member", BODY_PT),
        ("Serviço de Socorro e Bombeiros", "member", BODY_PT),
        ("Instituto Nacional de Marés", "member", BODY_PT),
    }


def test_a_post_before_one_word_names_a_portfolio_and_no_organisation() -> None:
    text = (
        "Noticias\n\n"
        "Integran la Mesa Técnica de Lluvias el Ministerio de Pesca, el director de Caminos y "
        "la OPS.\n"
    )
    assert ("Caminos", "member", BODY_ES) not in members(text)


def test_the_commission_refers_to_the_fuller_name_the_text_gives_after_a_headline() -> None:
    # the headline names the commission short; "a comissão" is the one the text then names
    # in full, as the gold writes it
    text = (
        "Governo actualiza Comissão de Socorro\n\n"
        "Foi actualizada a Comissão Nacional de Socorro, segundo o despacho.\n\n"
        "Completam a comissão os ministros das Estradas e do Mar.\n"
    )
    assert members(text) == {
        ("Ministro das Estradas", "member", BODY_PT),
        ("Ministro do Mar", "member", BODY_PT),
    }


def test_a_feminine_article_after_and_parts_an_item_too_once_the_list_has_articles() -> None:
    # "e o PAM" shows the list's language: "e a OIM" opens an item of its own as well
    text = "Notícias\n\nFazem parte da Comissão Nacional de Socorro o UNICEF e o PAM e a OIM.\n"
    assert members(text) == {
        ("United Nations Children's Fund", "member", BODY_PT),
        ("World Food Programme", "member", BODY_PT),
        ("International Organization for Migration", "member", BODY_PT),
    }
