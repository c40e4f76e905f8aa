"""Round 39 (seen35, read after three rounds held out): a French decree's composition clause that
writes one plural title over portfolios in lower case ("réunira les ministres de la
communication, de la coopération et de l'intégration africaine, des mines"), its chair given in
a relative clause between the body and the verb ("Ce comité, dont la présidence reviendra au
ministre de la santé, réunira ..."); a Spanish body referred back to by a bare noun with its
object pronoun doubled ("El organismo lo compondrán A, B"); a name the stored page stops in
("el Ministerio de Econ...") and a contracted article opening a sentence ("Al Comité X le
corresponderá").  Sentences written here with invented portfolios and bodies; rows by hand."""

from __future__ import annotations

from snippets import roles

from tests.graph.test_mentions_round26_portfolios import names


def test_a_plural_title_over_lower_case_portfolios_and_a_chair_in_a_relative() -> None:
    text = (
        "Le gouvernement a créé un comité interministériel. Ce comité, dont la présidence "
        "reviendra au ministre de l'agriculture, réunira les ministres de la pêche, de "
        "l'élevage et des ressources animales, du commerce, des routes."
    )
    body = "comité interministériel"
    assert roles(text) == {
        ("ministre de l'agriculture", "chair", body, ""),
        ("Ministre de la pêche", "member", body, ""),
        # an "and" before an "of" the list goes on after joins two remits of one portfolio
        ("Ministre de l'élevage et des ressources animales", "member", body, ""),
        ("Ministre du commerce", "member", body, ""),
        ("Ministre des routes", "member", body, ""),
    }


def test_the_last_and_before_an_of_parts_the_last_two_portfolios() -> None:
    text = "Le comité réunira les ministres de la pêche, du commerce et des routes."
    assert names(text) == ["Ministre de la pêche", "Ministre du commerce", "Ministre des routes"]


def test_lower_case_words_after_a_plural_title_that_run_into_a_verb_are_no_portfolios() -> None:
    assert names("Les ministres de la pêche et du commerce ont décidé hier.") == []


def test_a_bare_noun_for_the_body_before_its_doubled_object_pronoun() -> None:
    text = (
        "El Gobierno creó el Comité Nacional de Aguas. El organismo lo integrarán el Ministerio "
        "de Obras, la Cruz Roja y la Secretaría de Riego."
    )
    body = "Comité Nacional de Aguas"
    assert roles(text) == {
        ("Ministerio de Obras", "member", body, ""),
        ("Cruz Roja", "member", body, ""),
        ("Secretaría de Riego", "member", body, ""),
    }


def test_a_name_cut_off_where_the_stored_text_stops_is_no_member() -> None:
    text = (
        "El Gobierno creó el Comité Nacional de Aguas. El organismo lo integrarán el Ministerio "
        "de Obras, la Cruz Roja y el Ministerio de Econ..."
    )
    body = "Comité Nacional de Aguas"
    assert roles(text) == {
        ("Ministerio de Obras", "member", body, ""),
        ("Cruz Roja", "member", body, ""),
    }


def test_a_contracted_article_opening_the_sentence_is_no_word_of_the_name() -> None:
    text = "Al Comité Nacional de Aguas le corresponderá también vigilar los embalses."
    assert names(text) == ["Comité Nacional de Aguas"]


def test_a_lower_case_office_before_an_or_keeps_its_title_alone() -> None:
    """ "o su delegado" is a stand-in, no word of the office's remit (seen24's reading kept)."""
    text = "El Comité Provincial de Riesgos es presidido por el Gobernador de la provincia o su delegado."
    assert roles(text) == {
        ("Gobernador de la provincia", "chair", "Comité Provincial de Riesgos", ""),
    }
