"""Round 35, a decree's composition with its seats as labels ("Président : le Ministre X ;
Rapporteur : le Directeur Y ; Membres : ..."): a rapporteur is a member with no role of its
own, and a post
before a portfolio that names no unit ("le Directeur de la Prévention") is the office as
written; and a Spanish government unit named "la Coordinación ..." holds its role as an office,
no person.  Texts written here, with invented bodies; rows worked out by hand."""

from __future__ import annotations

from snippets import roles

from tests.graph.test_members import members

BODY = "Comité de Pilotage du Fonds Rural"
TEXT = (
    "Art. 3. - Le Comité de Pilotage du Fonds Rural a la composition suivante :\n\n"
    "Président : le Ministre de la Santé ;\n\n"
    "Rapporteur : le Directeur de la Prévention ;\n\n"
    "Membres :\n\n"
    "- le représentant du Ministère chargé de l'Agriculture ;\n"
)


def test_a_chair_a_rapporteur_and_the_members_of_a_decrees_composition() -> None:
    assert roles(TEXT) == {
        ("Ministre de la Santé", "chair", BODY, ""),
        ("Ministre de la Santé", "member", BODY, ""),  # a seat in the list: a member (C8)
        ("Directeur de la Prévention", "member", BODY, ""),
        ("Ministère chargé de l'Agriculture", "member", BODY, ""),
    }


def test_a_post_before_a_unit_still_names_the_unit() -> None:
    # "Direction Régionale ..." opens with a unit's head: the unit is the member (C1)
    text = (
        "Le Comité Régional de Gestion des Crises se compose des membres suivants :\n\n"
        "- le Directeur de la Direction Régionale de la Santé ;\n\n"
        "- le Directeur de la Prévention.\n"
    )
    body = "Comité Régional de Gestion des Crises"
    assert members(text) == {
        ("Direction Régionale de la Santé", "member", body),
        ("Directeur de la Prévention", "member", body),
    }


def test_la_coordinacion_estatal_is_an_office_no_person() -> None:
    text = (
        "Se instalará el Comité Estatal para la Atención de Emergencias encabezado por la "
        "Coordinación Estatal de Protección Civil, con la participación de las secretarías."
    )
    assert roles(text) == {
        (
            "Coordinación Estatal de Protección Civil",
            "lead",
            "Comité Estatal para la Atención de Emergencias",
            "",
        )
    }


def test_coordinacion_in_lower_case_is_a_word_of_the_clause() -> None:
    text = (
        "La Mesa de Albergues Temporales está bajo la coordinación de la Coordinadora "
        "Nacional para la Reducción de Desastres."
    )
    assert roles(text) == {
        (
            "Coordinadora Nacional para la Reducción de Desastres",
            "coordinator",
            "Mesa de Albergues Temporales",
            "",
        )
    }
