"""Round 37 (h-seen33): a council named head first in a Romance language ("el Consejo Asesor
X", "le Conseil Consultatif"), a composition list of persons announced by a plural noun ("los
expertos A, B y C", "the experts A, B and C"), and a subject body with a participle placing it
inside another body before its passive ("El Consejo X, integrado en la Comisión Y, estará
compuesto por ...").  Texts written here, with invented bodies and persons; rows worked out by
hand."""

from __future__ import annotations

import pytest
from snippets import roles


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "El Consejo Asesor Externo está integrado por UNICEF, la OMS y el PMA.",
            "Consejo Asesor Externo",
        ),
        (
            "Le Conseil Consultatif est composé de l'OMS, de l'UNICEF et du PAM.",
            "Conseil Consultatif",
        ),
    ],
)
def test_a_council_named_head_first(text: str, body: str) -> None:
    assert roles(text) == {(m, "member", body, "") for m in ("UNICEF", "WHO", "WFP")}


def test_advice_in_lower_case_is_no_council() -> None:
    assert roles("Un consejo útil de la OMS: lavarse las manos.") == set()


@pytest.mark.parametrize(
    ("text", "body", "names"),
    [
        (
            "El Consejo Técnico estará compuesto por los expertos Lucía Ortega Ríos, Pablo "
            "Serrano, Inés Carvajal y Tomás Ibarra.",
            "Consejo Técnico",
            ["Lucía Ortega Ríos", "Pablo Serrano", "Inés Carvajal", "Tomás Ibarra"],
        ),
        (
            "The Health Committee is made up of the experts John Smith, Ana Lopez and Mary Jones.",
            "Health Committee",
            ["John Smith", "Ana Lopez", "Mary Jones"],
        ),
        (
            "La Mesa de Salud está integrada por la doctora Marta Quiroga y UNICEF.",
            "Mesa de Salud",
            ["Marta Quiroga", "UNICEF"],
        ),
    ],
)
def test_persons_listed_after_a_plural_noun(text: str, body: str, names: list[str]) -> None:
    assert roles(text) == {(n, "member", body, "") for n in names}


def test_one_named_chair_binds_no_name_after_a_comma() -> None:
    # a singular noun announces one person: the name after the comma is the speaker's
    assert roles(
        "The Health Committee is chaired by the biologist John Smith, Ana Lopez said."
    ) == {("John Smith", "chair", "Health Committee", "")}


def test_the_subject_past_a_body_it_is_placed_in() -> None:
    text = (
        "El Consejo Asesor, integrado en la Comisión Nacional de Salud, estará compuesto por "
        "UNICEF y la OMS."
    )
    assert roles(text) == {
        ("UNICEF", "member", "Consejo Asesor", ""),
        ("WHO", "member", "Consejo Asesor", ""),
    }
