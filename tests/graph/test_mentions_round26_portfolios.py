"""Round 26 (the non-English pages of dev, seen21 and seen22): one plural title shared by several
offices or units in Spanish, Portuguese or French, each portfolio after the language's "of" ("los
ministerios de A, de B y de C", "os ministros da A, das B e da C", "las direcciones regionales de
A, B y C"), read as one office or unit per portfolio with its title in the singular, as "the
Ministries of A, B and C" is in English.  Texts written here, with invented portfolios and
bodies; rows worked out by hand."""

from __future__ import annotations

from snippets import read

from coordkg.graph.extract.language import plurals, singular_after
from tests.graph.test_members import members


def names(text: str) -> list[str]:
    return [m.entity.name for m in read(text).mentions]


def test_each_portfolio_after_its_own_of_is_one_ministry_commas_inside_it_kept() -> None:
    text = (
        "El equipo lo integran los ministerios de Pesca, Caza y Bosques, de Obras Públicas y "
        "de Cultura, así como otras instituciones.\n"
    )
    assert names(text) == [
        "Ministerio de Pesca, Caza y Bosques",
        "Ministerio de Obras Públicas",
        "Ministerio de Cultura",
    ]


def test_portuguese_ministers_share_one_title_each_with_its_own_of() -> None:
    text = "O conselho integra os ministros do Mar e Lagos, das Estradas e da Cultura.\n"
    found = names(text)
    assert found[-3:] == [
        "Ministro do Mar e Lagos",
        "Ministro das Estradas",
        "Ministro da Cultura",
    ]


def test_one_of_for_all_portfolios_parts_them_at_commas_and_the_last_and() -> None:
    text = (
        "Forman parte de la Mesa Técnica de Lluvias las direcciones regionales de Pesca, "
        "Caminos, Comercio y Vivienda y Cultura.\n"
    )
    body = "Mesa Técnica de Lluvias"
    assert members(text) == {
        ("Dirección Regional de Pesca", "member", body),
        ("Dirección Regional de Caminos", "member", body),
        ("Dirección Regional de Comercio y Vivienda", "member", body),
        ("Dirección Regional de Cultura", "member", body),
    }


def test_a_plural_title_before_one_portfolio_names_no_list() -> None:
    # no comma: as in English ("the Ministries of Health and Education" is left as one)
    found = names("Los ministerios de Pesca y Caza apoyan la Mesa.\n")
    assert len(found) == 1 and found[0].endswith("de Pesca y Caza")


def test_another_languages_plurals_and_their_singular_after_an_article() -> None:
    assert "direcciones" in plurals("dirección")
    assert "direções" in plurals("direção")
    assert singular_after("regionales", "las") == "regional"
    assert singular_after("régionales", "les") == "régionale"
    assert singular_after("regionais", "os") == "regional"
    assert singular_after("regionais", "as") == "regional"  # Portuguese "as", not English
    assert singular_after("nacionales", "") == "nacionale"  # no article: a final "s" alone


def test_a_shared_title_whose_list_ends_in_lower_case_words_names_no_empty_office() -> None:
    # the list stops before "las regiones afectadas"; the "y de" before it was a cut left past
    # the list's end, which gave an item ending before it started
    found = names("Participan los ministerios de Salud, de Educación y de las regiones afectadas.")
    assert {"Ministerio de Salud", "Ministerio de Educación"} <= set(found)
    assert all(n.strip() and not n.endswith((" de", " y", " Ministerio")) for n in found)
