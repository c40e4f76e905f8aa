"""Round 36, a French arrêté's composition of a project's steering committee: the committee named
in lower case after its head and the project it steers ("le comité de pilotage du projet de la
Mutuelle X"), "Secrétaire :" the seat that keeps its secretariat, "deux représentants du
Ministère X" a seat sent by one organisation; and a gazette's masthead or a title's dangling "du"
left by the place cut from it.  Texts written here, with invented bodies; rows worked out by
hand."""

from __future__ import annotations

from snippets import roles

BODY = "Comité de pilotage du projet de la Mutuelle africaine de Gestion des Sécheresses"


def test_a_steering_committee_named_by_its_project_with_its_seats() -> None:
    text = (
        "Art. 3. - La composition du Comité de pilotage du projet de la Mutuelle africaine de "
        "Gestion des Sécheresses est la suivante :\n"
        "- Président : le Représentant du Ministre de l'Hydraulique ;\n"
        "- Secrétaire : le Représentant du Ministre de l'Agriculture ;\n"
        "- Membres :\n"
        "- un représentant du Ministère des Mines ;\n"
        "- deux représentants du Ministère de la Pêche ;\n"
        "- un représentant du Ministère chargé du Commerce.\n"
    )
    assert roles(text) == {
        ("Ministre de l'Hydraulique", "chair", BODY, ""),
        ("Ministre de l'Hydraulique", "member", BODY, ""),
        ("Ministre de l'Agriculture", "secretariat", BODY, ""),
        ("Ministère des Mines", "member", BODY, ""),
        ("Ministère de la Pêche", "member", BODY, ""),
        ("Ministère chargé du Commerce", "member", BODY, ""),
    }


def test_a_programme_in_lower_case_then_its_acronym() -> None:
    text = (
        "La composition du Comité de pilotage du programme PASA est la suivante :\n"
        "- Président : le Représentant du Ministre de l'Hydraulique ;\n"
    )
    assert roles(text) >= {
        ("Ministre de l'Hydraulique", "chair", "Comité de pilotage du programme PASA", ""),
    }


def test_a_gazettes_masthead_is_no_body_of_the_composition_below() -> None:
    text = (
        "Journal officiel du Bénin\n\n"
        "Art. 3 — La composition du comité est la suivante :\n"
        "Secrétaire : Le Directeur de la Prévention ;\n"
    )
    assert roles(text) == set()


def test_a_titles_dangling_of_goes_with_its_place() -> None:
    text = (
        "Conseil Consultatif des Sinistrés du Niger\n\n"
        "Membres :\n"
        "- Ministère de l'Agriculture ;\n"
        "- Ministère de la Santé.\n"
    )
    assert roles(text) == {
        ("Ministère de l'Agriculture", "member", "Conseil Consultatif des Sinistrés", ""),
        ("Ministère de la Santé", "member", "Conseil Consultatif des Sinistrés", ""),
    }
