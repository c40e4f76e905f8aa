"""Round 29 (roles stated in relative and appositive clauses, seen25's Paraguay and Cameroon
pages): a Spanish, French or Portuguese relative clause whose pronoun follows a preposition and
whose subject stands before a bare membership verb ("de la que A forma parte", "dont A est
membre", "da qual A faz parte"), a post's noun qualified before its "of" ("Coordinador Nacional
de", "Secretario Ejecutivo de"), a body placed under a holder's authority in French, an ad hoc
committee and an inter-institutional table named head first.  Texts written here, with invented
bodies; rows worked out by hand."""

from __future__ import annotations

import pytest
from snippets import roles


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "El plan salió de la Mesa Nacional de Agua, de la que el Ministerio de Salud forma "
            "parte.",
            "Ministerio de Salud",
            "Mesa Nacional de Agua",
        ),
        (
            "La Mesa Nacional de Agua, de la cual el Ministerio de Salud es miembro, se reunió.",
            "Ministerio de Salud",
            "Mesa Nacional de Agua",
        ),
        (
            "Le rapport vient du Groupe de travail Eau, dont le Ministère de la Santé est membre.",
            "Ministère de la Santé",
            "Groupe de travail Eau",
        ),
        (
            "O relatório vem da Comissão Nacional de Águas, da qual o Ministério da Saúde faz "
            "parte.",
            "Ministério da Saúde",
            "Comissão Nacional de Águas",
        ),
    ],
)
def test_a_relative_clause_s_subject_before_a_bare_membership_verb_is_a_member(
    text: str, holder: str, body: str
) -> None:
    assert roles(text) == {(holder, "member", body, "")}


def test_members_after_the_verb_of_such_a_clause_stay_members() -> None:
    assert roles(
        "La Mesa Nacional de Agua, de la que forman parte el Ministerio de Salud y la OPS, "
        "se reunió."
    ) == {
        ("Ministerio de Salud", "member", "Mesa Nacional de Agua", ""),
        ("PAHO", "member", "Mesa Nacional de Agua", ""),
    }


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        (
            "El Ministro de Salud, quien es a la vez Coordinador Nacional de la Mesa Nacional "
            "de Agua, habló ayer.",
            "Ministro de Salud",
            "Mesa Nacional de Agua",
        ),
        (
            "Le ministre de la Santé, qui est aussi coordonnateur national du Comité national "
            "de crise, a parlé hier.",
            "ministre de la Santé",
            "Comité national de crise",
        ),
    ],
)
def test_a_coordinator_s_post_qualified_before_its_of_is_a_coordinator(
    text: str, holder: str, body: str
) -> None:
    assert roles(text) == {(holder, "coordinator", body, "")}


def test_an_executive_secretary_of_a_body_holds_its_secretariat() -> None:
    assert roles("O Ministro da Saúde é Secretário Executivo da Comissão Nacional de Águas.") == {
        ("Ministro da Saúde", "secretariat", "Comissão Nacional de Águas", "")
    }


def test_a_french_body_placed_under_a_holder_s_authority_is_led_by_it() -> None:
    assert roles(
        "Un comité ad hoc placé sous l'autorité du ministre de la Santé suit la réponse."
    ) == {("ministre de la Santé", "lead", "comité ad hoc", "")}


def test_a_french_portfolio_keeps_its_adjective_in_lower_case() -> None:
    assert roles(
        "Un comité ad hoc placé sous l'autorité du ministre des Relations extérieures suit "
        "la réponse."
    ) == {("ministre des Relations extérieures", "lead", "comité ad hoc", "")}


def test_a_spanish_director_general_is_an_office_named_with_what_it_directs() -> None:
    assert roles(
        "La Directora General de Asuntos Migratorios, quien es Secretaria Ejecutiva de la "
        "Comisión Nacional de Asilo, habló ayer."
    ) == {
        (
            "Directora General de Asuntos Migratorios",
            "secretariat",
            "Comisión Nacional de Asilo",
            "",
        )
    }


def test_a_director_general_of_an_organisation_stands_for_it() -> None:
    assert roles(
        "El Comité Técnico de Lluvias es presidido por el Director General de la Cruz Roja "
        "Guatemalteca."
    ) == {("Cruz Roja Guatemalteca", "chair", "Comité Técnico de Lluvias", "")}
