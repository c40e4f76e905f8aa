"""Round 34 (Romance compositions): a body opening its sentence is the subject of a second verb
after "and" that has none of its own ("La Mesa X, creada en mayo, recibe el apoyo de A y está
integrada por B y C"), Spanish, French and Portuguese dropping a repeated subject; and a body
named again by the opening of its head-first name, cut before a capitalised modifier ("la Mesa
de Trabajo" after "la Mesa de Trabajo Interinstitucional sobre X"), is that body.  Texts written
here, with invented bodies; rows worked out by hand."""

from __future__ import annotations

import pytest
from snippets import roles

MESA = "Mesa de Trabajo Interinstitucional sobre Sequías"


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        (
            f"La {MESA}, instalada el 3 de marzo y que sesionará cada mes, recibe el apoyo de la "
            "Organización Panamericana de la Salud y está integrada por el Ministerio de "
            "Agricultura y el Ministerio de Salud.",
            MESA,
            ("Ministerio de Agricultura", "Ministerio de Salud"),
        ),
        (
            "Le Comité Régional de Veille Alimentaire, installé en avril, se réunit chaque "
            "trimestre et est composé du Ministère de la Santé et du Ministère de l'Agriculture.",
            "Comité Régional de Veille Alimentaire",
            ("Ministère de la Santé", "Ministère de l'Agriculture"),
        ),
    ],
    ids=["spanish-y", "french-et"],
)
def test_a_second_verb_after_and_shares_the_opening_body_as_its_subject(
    text: str, body: str, members: tuple[str, ...]
) -> None:
    assert roles(text) == {(member, "member", body, "") for member in members}


def test_a_relative_clause_after_a_name_makes_the_second_verb_that_names() -> None:
    # "que fue creado ... y está integrado": the verb after "y" is the relative clause's, about
    # the committee named after "con"; the opening body gets no members from it, and no rule
    # here reads the committee's
    text = (
        f"La {MESA} coordina con el Comité Nacional de Riego, que fue creado en 2010 y está "
        "integrado por el Ministerio de Agricultura y el Ministerio de Salud."
    )
    assert roles(text) == set()


def test_a_participle_after_and_is_not_read_as_a_second_verb() -> None:
    # "y conformada por": no finite verb, the participle may hang from any noun before it
    text = (
        f"La {MESA} recibe el apoyo de la Organización Panamericana de la Salud y conformada "
        "por expertos del Ministerio de Salud."
    )
    assert roles(text) == set()


def test_the_opening_of_a_head_first_name_before_its_capitalised_modifier_is_that_body() -> None:
    text = (
        f'El Ministerio de Agricultura instaló la "{MESA}" en marzo.\n\n'
        "La Mesa de Trabajo está integrada por el Ministerio de Agricultura y el Ministerio de "
        "Salud."
    )
    assert roles(text) == {
        ("Ministerio de Agricultura", "member", MESA, ""),
        ("Ministerio de Salud", "member", MESA, ""),
    }


def test_lequel_after_another_body_makes_the_second_verb_that_bodys() -> None:
    # "laquelle a été créée ... et est composée": the verb after "et" is the relative clause's,
    # about the commission named after "avec"; no rule here reads that commission's members
    text = (
        "Le Comité Régional de Veille Alimentaire travaille avec la Commission Nationale des "
        "Semences, laquelle a été créée en 2010 et est composée du Ministère de la Santé et du "
        "Ministère de l'Agriculture."
    )
    assert roles(text) == set()
