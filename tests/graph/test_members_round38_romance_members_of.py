"""Membership lead-ins read across splits in round 38: the Spanish, French and Portuguese "the
members of the X are" ("Los miembros permanentes del Comité serán: A, B", "Les membres du Comité
sont A et B", "Os membros do Conselho são A e B", "Sont membres du Comité : A, B"), with or
without a colon, the body named in full or referred back to by its head noun ("du Comité", as
Spanish "del Comité" already was). Sentences written here after the constructions counted on
a state gazette's committee rules and press on a national steering committee."""

from __future__ import annotations

import pytest
from snippets import roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los miembros del Comité Nacional de Crisis son el Ministerio de Salud, el Ministerio "
            "de Defensa y la Cruz Roja.",
            {
                ("Ministerio de Salud", "member", "Comité Nacional de Crisis", ""),
                ("Ministerio de Defensa", "member", "Comité Nacional de Crisis", ""),
                ("Cruz Roja", "member", "Comité Nacional de Crisis", ""),
            },
        ),
        (
            "Les membres du Comité national de crise sont le Ministère de la Santé, le Ministère "
            "de l'Intérieur et la Croix-Rouge.",
            {
                ("Ministère de la Santé", "member", "Comité national de crise", ""),
                ("Ministère de l'Intérieur", "member", "Comité national de crise", ""),
                ("Croix-Rouge", "member", "Comité national de crise", ""),
            },
        ),
        (
            "Os membros do Comitê Nacional de Crise são o Ministério da Saúde, o Ministério da "
            "Defesa e a Cruz Vermelha.",
            {
                ("Ministério da Saúde", "member", "Comitê Nacional de Crise", ""),
                ("Ministério da Defesa", "member", "Comitê Nacional de Crise", ""),
                ("Cruz Vermelha", "member", "Comitê Nacional de Crise", ""),
            },
        ),
        # before a colon, a qualifier of the members and a future verb
        (
            "Los miembros permanentes del Comité Técnico de Emergencias serán: el Secretario de "
            "Finanzas, el Secretario de Turismo y el Secretario de Obras.",
            {
                ("Secretario de Finanzas", "member", "Comité Técnico de Emergencias", ""),
                ("Secretario de Turismo", "member", "Comité Técnico de Emergencias", ""),
                ("Secretario de Obras", "member", "Comité Técnico de Emergencias", ""),
            },
        ),
        (
            "Sont membres du Comité national de crise : le Ministère de la Santé et la Croix-Rouge.",
            {
                ("Ministère de la Santé", "member", "Comité national de crise", ""),
                ("Croix-Rouge", "member", "Comité national de crise", ""),
            },
        ),
        # the verb and its members on the lines below the colon
        (
            "Los miembros del Comité Nacional de Crisis:\n- el Ministerio de Salud;\n"
            "- el Ministerio de Defensa.",
            {
                ("Ministerio de Salud", "member", "Comité Nacional de Crisis", ""),
                ("Ministerio de Defensa", "member", "Comité Nacional de Crisis", ""),
            },
        ),
    ],
)
def test_romance_members_of_a_body_are(text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French "du Comité" refers back as Spanish "del Comité" does; a person after an
        # office's comma is the office's holder, no member of their own
        (
            "Le chef de l'État a signé le décret portant création du Comité National de Pilotage "
            "de la Réforme. Les membres du comité sont : le ministre de la Santé, Jean Dupont ; "
            "le ministre des Finances, Paul Martin ; et le ministre de l'Intérieur, Marc Durand.",
            {
                ("ministre de la Santé", "member", "Comité National de Pilotage de la Réforme", ""),
                (
                    "ministre des Finances",
                    "member",
                    "Comité National de Pilotage de la Réforme",
                    "",
                ),
                (
                    "ministre de l'Intérieur",
                    "member",
                    "Comité National de Pilotage de la Réforme",
                    "",
                ),
            },
        ),
        (
            "El Comité Municipal de Emergencias se reúne cada mes. Los miembros del Comité son el "
            "Ministerio de Salud y el Ministerio de Obras.",
            {
                ("Ministerio de Salud", "member", "Comité Municipal de Emergencias", ""),
                ("Ministerio de Obras", "member", "Comité Municipal de Emergencias", ""),
            },
        ),
        (
            "Le Comité Régional de Gestion des Crises se réunit chaque mois. Sont membres du "
            "Comité : le Ministère de la Santé et la Croix-Rouge.",
            {
                ("Ministère de la Santé", "member", "Comité Régional de Gestion des Crises", ""),
                ("Croix-Rouge", "member", "Comité Régional de Gestion des Crises", ""),
            },
        ),
    ],
)
def test_romance_members_of_a_body_referred_back_to(
    text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no verb of being after the members, or one that says what befell them: no list
        "Los miembros del Comité Nacional de Crisis se reunieron con el Ministerio de Salud.",
        "Les membres du Comité national de crise sont arrivés hier à Dakar.",
        "Les membres du Comité national de crise sont nommés par le Ministère de la Santé.",
        "Os membros do Comitê Nacional de Crise são nomeados pelo Ministério da Saúde.",
    ],
)
def test_romance_members_of_a_body_without_a_list(text: str) -> None:
    assert roles(text) == set()
