"""Round 35, a decree's composition article with its verb first: "Integram o Comitê X:" or
"Comporão o CX representantes:" (Portuguese and Spanish put the subject last), the members on
the numbered lines below; and a body's acronym after a spaced dash ("o Comitê X - CX"), as
Brazilian decrees define it.  Texts written here, with invented bodies; rows worked out by
hand."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.acronyms import find_definitions
from tests.graph.test_members import members

BODY = "Comitê Estadual de Defesa Civil"


def test_a_verb_first_lead_in_names_the_body_whose_members_follow() -> None:
    text = (
        "Integram o Comitê Estadual de Defesa Civil:\n"
        "I - a Secretaria de Saúde;\n"
        "II - o Ministério da Defesa.\n"
    )
    assert members(text) == {
        ("Secretaria de Saúde", "member", BODY),
        ("Ministério da Defesa", "member", BODY),
    }


def test_representatives_after_the_body_and_a_chair_in_a_relative_clause() -> None:
    text = (
        "Art. 2º Comporão o Comitê Estadual de Defesa Civil representantes:\n"
        "I - do Ministério da Saúde, que o coordenará;\n"
        "II - do Ministério dos Transportes.\n"
    )
    assert roles(text) == {
        ("Ministério da Saúde", "coordinator", BODY, ""),
        ("Ministério da Saúde", "member", BODY, ""),
        ("Ministério dos Transportes", "member", BODY, ""),
    }


def test_a_spanish_verb_first_lead_in() -> None:
    text = (
        "Conforman la Mesa Departamental de Gestión de Riesgos:\n"
        "a) la Secretaría Departamental de Salud;\n"
        "b) el Ministerio de Salud.\n"
    )
    assert members(text) == {
        ("Secretaría Departamental de Salud", "member", "Mesa Departamental de Gestión de Riesgos"),
        ("Ministerio de Salud", "member", "Mesa Departamental de Gestión de Riesgos"),
    }


def test_an_acronym_after_a_spaced_dash_names_the_body_in_the_lead_in() -> None:
    text = (
        "Art. 1º Fica criado o Comitê Estadual de Defesa Civil - CEDEC e os comitês "
        "municipais.\n"
        "Art. 2º Comporão o CEDEC representantes:\n"
        "I - do Ministério da Saúde;\n"
        "II - do Ministério dos Transportes.\n"
    )
    assert members(text) == {
        ("Ministério da Saúde", "member", BODY),
        ("Ministério dos Transportes", "member", BODY),
    }


def test_a_dashed_acronym_starts_at_the_nearest_word_whose_letters_hold_it() -> None:
    # C-O-N-D-E-C in order in "Conselho Nacional de Defesa Civil", not in "Civil" alone
    found = find_definitions("O Presidente do Conselho Nacional de Defesa Civil - CONDEC, com base")
    assert [(d.acronym, d.long) for d in found] == [("CONDEC", "Conselho Nacional de Defesa Civil")]


def test_a_dash_between_two_names_defines_nothing() -> None:
    # "UNICEF" does not start with a "W"; "Oxfam, Save - SC" is no name of spaced words
    assert find_definitions("Partners: WHO - UNICEF. Donors: Oxfam, Save - SC.") == []
    assert find_definitions("Meeting at Health Office - 10 May") == []


def test_a_roman_figure_and_a_dot_are_the_items_number() -> None:
    text = (
        "The Provincial Health Council is composed of:\n\n"
        "I. the Ministry of Defence;\n\n"
        "II. the Ministry of Health.\n"
    )
    assert members(text) == {
        ("Ministry of Defence", "member", "Provincial Health Council"),
        ("Ministry of Health", "member", "Provincial Health Council"),
    }


def test_a_spanish_office_listed_by_its_title_and_portfolio_is_the_member_as_written() -> None:
    text = (
        "Integran el Consejo Nacional de Protección Civil:\n\n"
        "I - el Secretario de Marina;\n\n"
        "II - el Ministerio de Salud.\n"
    )
    body = "Consejo Nacional de Protección Civil"
    assert members(text) == {
        ("Secretario de Marina", "member", body),
        ("Ministerio de Salud", "member", body),
    }
