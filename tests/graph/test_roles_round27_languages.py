"""Round 27 (the non-English pages of the tunable splits): Spanish and Portuguese "to be part of"
written with the verb "be" ("la OIM es parte del Comité", "o Ministério é parte do Comitê"), as
"is part of" is in English; members as the subject of a relative clause after their body, the
verb before them ("el Comité, que integran A y B", "le Groupe, dont font partie A et B"); a
sub-committee named head first ("el Subcomité de ...", "o Subcomitê ...", "le Sous-comité ...").
Texts written here, with invented bodies; rows worked out by hand."""

from __future__ import annotations

import pytest
from snippets import roles


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("La OIM es parte del Comité Provincial de Sequías.", "Comité Provincial de Sequías"),
        ("La OIM y el PMA son parte de la Mesa Técnica de Sequías.", "Mesa Técnica de Sequías"),
        ("A OIM é parte do Comitê Estadual de Secas.", "Comitê Estadual de Secas"),
    ],
)
def test_part_of_written_with_the_verb_be(text: str, body: str) -> None:
    assert ("IOM", "member", body, "") in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "La Mesa Técnica de Sequías, que integran la OIM, el PMA y UNICEF, sesiona cada mes.",
        "La Mesa Técnica de Sequías, que la conforman la OIM, el PMA y UNICEF, sesiona cada mes.",
        "La Mesa Técnica de Sequías, de la que forman parte la OIM, el PMA y UNICEF, sesiona.",
    ],
)
def test_spanish_members_in_a_relative_clause_after_their_body(text: str) -> None:
    assert roles(text) == {
        ("IOM", "member", "Mesa Técnica de Sequías", ""),
        ("WFP", "member", "Mesa Técnica de Sequías", ""),
        ("UNICEF", "member", "Mesa Técnica de Sequías", ""),
    }


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Le Groupe de travail Sécheresse, dont font partie le HCR et le PAM, siège à Dosso.",
            "Groupe de travail Sécheresse",
        ),
        (
            "O Comitê Estadual de Secas, do qual fazem parte o ACNUR e o PMA, reuniu-se ontem.",
            "Comitê Estadual de Secas",
        ),
    ],
)
def test_french_and_portuguese_members_in_a_relative_clause(text: str, body: str) -> None:
    assert roles(text) == {("UNHCR", "member", body, ""), ("WFP", "member", body, "")}


def test_members_that_are_part_of_a_body_after_them_are_read_once() -> None:
    text = "La OIM y el PMA, que forman parte del Comité Provincial de Sequías, viajaron."
    assert roles(text) == {
        ("IOM", "member", "Comité Provincial de Sequías", ""),
        ("WFP", "member", "Comité Provincial de Sequías", ""),
    }


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("La OIM es miembro del Subcomité de Albergues.", "Subcomité de Albergues"),
        ("A OIM é membro do Subcomitê de Abrigos.", "Subcomitê de Abrigos"),
        ("L'OIM est membre du Sous-comité Abris.", "Sous-comité Abris"),
    ],
)
def test_a_sub_committee_named_head_first(text: str, body: str) -> None:
    assert roles(text) == {("IOM", "member", body, "")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Comissão Estadual de Secas conta com mais membros do que o ACNUR faz parte.", set()),
        (
            "A Comissão Estadual de Secas é coordenada pela OIM, mais do que o PMA faz parte.",
            {("IOM", "coordinator", "Comissão Estadual de Secas", "")},
        ),
        ("La Mesa Técnica de Sequías reúne más agencias de las que el PMA forma parte.", set()),
    ],
)
def test_a_comparisons_than_opens_no_relative_clause_nor_a_closing_members_subject(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    # round 30: "mais ... do que", "más ... de las que" compare; the words after them are no
    # relative clause, and the membership verb closing the sentence names no member
    assert roles(text) == expected


def test_a_comparison_in_an_earlier_clause_leaves_a_later_closing_member() -> None:
    """A comparison's "than" only takes the closing membership verb of its own clause: after a
    comma and "e"/"y", a relative clause's "forma parte" names a member again."""
    text = (
        "La Mesa Técnica de Sequías reúne más agencias de las que tenía en 2020, y el Grupo "
        "de Trabajo de Agua, del que el PMA es miembro."
    )
    assert ("WFP", "member", "Grupo de Trabajo de Agua", "") in roles(text)
    text = (
        "A Comissão Estadual de Secas reúne mais agências do que em 2020, e o Grupo de Trabalho "
        "de Água, do qual o PMA faz parte."
    )
    assert ("WFP", "member", "Grupo de Trabalho de Água", "") in roles(text)
