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


# Portuguese commissions: each text, and the members of BODY_PT it names (worked out by hand)
_PORTUGUESE = [
    pytest.param(
        "Notícias\n\nFoi criada a Comissão Nacional de Socorro.\n\n"
        "Completam a comissão os ministros das Estradas, da Cultura e do Mar, e a Cruz Azul "
        "Lagunar.\n",
        {"Ministro das Estradas", "Ministro da Cultura", "Ministro do Mar", "Cruz Azul Lagunar"},
        id="after a verb, the commission it completes",
    ),
    pytest.param(
        "Notícias\n\n"
        "Foi criada a Comissão Nacional de Socorro, coordenada pelo Ministério do Mar.\n\n"
        "Dela são igualmente membros os ministros das Estradas e da Cultura.\n",
        {"Ministro das Estradas", "Ministro da Cultura"},
        id="after a pronoun standing for the commission",
    ),
    # "o comandante da X": the organisation the post is held in is the member (C1); an "e"
    # before an article parts two items, one before a capital word stays inside a name
    pytest.param(
        "Notícias\n\nFoi criada a Comissão Nacional de Socorro.\n\n"
        "Completam a comissão os ministros das Estradas e do Mar, bem como o comandante-geral da "
        "Guarda Costeira Lagunar, o comandante do Serviço de Socorro e Bombeiros e o director do "
        "Instituto Nacional de Marés.\n",
        {
            "Ministro das Estradas",
            "Ministro do Mar",
            "Guarda Costeira Lagunar",
            "Serviço de Socorro e Bombeiros",
            "Instituto Nacional de Marés",
        },
        id="a post before its organisation, the article after 'e'",
    ),
    # the headline names the commission short; "a comissão" is the one the text then names
    # in full, as the gold writes it
    pytest.param(
        "Governo actualiza Comissão de Socorro\n\n"
        "Foi actualizada a Comissão Nacional de Socorro, segundo o despacho.\n\n"
        "Completam a comissão os ministros das Estradas e do Mar.\n",
        {"Ministro das Estradas", "Ministro do Mar"},
        id="the fuller name the text gives after a headline",
    ),
    # "e o PAM" shows the list's language: "e a OIM" opens an item of its own as well
    pytest.param(
        "Notícias\n\nFazem parte da Comissão Nacional de Socorro o UNICEF e o PAM e a OIM.\n",
        {
            "United Nations Children's Fund",
            "World Food Programme",
            "International Organization for Migration",
        },
        id="a feminine article after 'e' once the list has articles",
    ),
]


@pytest.mark.parametrize(("text", "holders"), _PORTUGUESE)
def test_portuguese_members_of_the_commission(text: str, holders: set[str]) -> None:
    assert members(text) == {(h, "member", BODY_PT) for h in holders}


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


def test_a_post_before_one_word_names_a_portfolio_and_no_organisation() -> None:
    text = (
        "Noticias\n\n"
        "Integran la Mesa Técnica de Lluvias el Ministerio de Pesca, el director de Caminos y "
        "la OPS.\n"
    )
    assert ("Caminos", "member", BODY_ES) not in members(text)


def test_a_post_with_its_function_before_its_organisation() -> None:
    # round 30: the post's function words are languages.toml's post_functions ("técnico")
    text = (
        "Noticias\n\n"
        "Integran la Mesa Técnica de Lluvias el Ministerio de Pesca y el director técnico del "
        "Instituto Nacional de Mareas.\n"
    )
    assert ("Instituto Nacional de Mareas", "member", BODY_ES) in members(text)
