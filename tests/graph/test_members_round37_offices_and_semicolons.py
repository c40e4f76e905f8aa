"""Compositions read across splits in round 37: a Spanish cabinet secretary named by the
portfolio after the word ("el Secretario de Finanzas") holds as an office, as "el Ministro de
Salud" does; a composition listing its members one to a clause between semicolons ("integrado
por A, quien lo preside; B; C"); a council or committee referred back to by its head noun alone
in Spanish ("Hoy el Consejo está integrado por ...", "del Comité"). Sentences written here after
the constructions counted on state decrees, press on national councils and committee acts."""

from __future__ import annotations

import pytest
from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _offices(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text, Resolver()) if m.entity.kind == "Office"]


@pytest.mark.parametrize(
    ("text", "offices"),
    [
        (
            "Asistieron el Secretario de Turismo y el Secretario del Medio Ambiente.",
            ["Secretario de Turismo", "Secretario del Medio Ambiente"],
        ),
        (
            "Lo convocó el Secretario General de Gobierno del estado.",
            ["Secretario General de Gobierno"],
        ),
        # a body's own seat or a lower-case noun: no office
        ("Firmó el acta el Secretario Técnico de la Junta.", []),
        ("El secretario de la junta leyó el acta.", []),
    ],
)
def test_a_spanish_cabinet_secretary_is_an_office(text: str, offices: list[str]) -> None:
    assert _offices(text) == offices


def test_a_secretary_chairs_a_committee() -> None:
    assert roles(
        "El Comité Estatal de Emergencias será presidido por el Secretario de Gobierno."
    ) == {("Secretario de Gobierno", "chair", "Comité Estatal de Emergencias", "")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Consejo Nacional de Protección Civil está integrado por el Secretario de Salud, "
            "quien lo preside; el Secretario de Obras; el Secretario de Turismo.",
            {
                ("Secretario de Salud", "chair", "Consejo Nacional de Protección Civil", ""),
                ("Secretario de Salud", "member", "Consejo Nacional de Protección Civil", ""),
                ("Secretario de Obras", "member", "Consejo Nacional de Protección Civil", ""),
                ("Secretario de Turismo", "member", "Consejo Nacional de Protección Civil", ""),
            },
        ),
        (
            "The Island Relief Committee is composed of the Ministry of Works; the Ministry of "
            "Fisheries; the Ministry of Lands.",
            {
                ("Ministry of Works", "member", "Island Relief Committee", ""),
                ("Ministry of Fisheries", "member", "Island Relief Committee", ""),
                ("Ministry of Lands", "member", "Island Relief Committee", ""),
            },
        ),
        # a list an "and" closed ends at its semicolon: the next clause is a sentence of its own
        (
            "The Island Relief Committee comprises UNICEF and WHO; IOM chairs it.",
            {
                ("UNICEF", "member", "Island Relief Committee", ""),
                ("WHO", "member", "Island Relief Committee", ""),
                ("IOM", "chair", "Island Relief Committee", ""),
            },
        ),
        # only a composition's list goes on: a chair's agents end at the semicolon
        (
            "The Island Relief Committee is chaired by the Ministry of Works; the Ministry of "
            "Lands hosts its meetings.",
            {("Ministry of Works", "chair", "Island Relief Committee", "")},
        ),
    ],
)
def test_members_between_semicolons(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Consejo Nacional de Salud Escolar se creó en 1990. Hoy el Consejo está integrado por el "
            "Ministro de Salud y el Ministro de Educación.",
            {
                ("Ministro de Salud", "member", "Consejo Nacional de Salud Escolar", ""),
                ("Ministro de Educación", "member", "Consejo Nacional de Salud Escolar", ""),
            },
        ),
        (
            "El Comité Municipal de Emergencias se reúne cada mes. El Comité está integrado por "
            "el Ministro de Obras y el Ministro de Salud.",
            {
                ("Ministro de Obras", "member", "Comité Municipal de Emergencias", ""),
                ("Ministro de Salud", "member", "Comité Municipal de Emergencias", ""),
            },
        ),
        # two committees named: which one "el Comité" is, the text does not say
        (
            "El Comité Municipal de Emergencias y el Comité Escolar de Salud se reúnen cada mes. "
            "El Comité está integrado por el Ministro de Obras y el Ministro de Salud.",
            set(),
        ),
    ],
)
def test_a_spanish_council_or_committee_referred_back_to(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert roles(text) == expected
