"""Round 28 (the chairs and coordinators of seen24's French, Spanish and Portuguese pages): the
passive with no subject of its own ("Es presidido por", "Il est présidé par"), a governor named
head first with the unit it governs, the same office named again by its bare title, a post whose
holder comes after "est assurée par", a committee or commission named in lower case with its
level and remit, and a head-first name shortened by dropping its remit.  Texts written here, with
invented bodies; rows worked out by hand."""

from __future__ import annotations

import pytest
from snippets import read, roles


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        (
            "Comité Provincial de Alertas\n\nSe reúne cada mes. Es presidido por el Ministro "
            "de Salud.",
            "Ministro de Salud",
            "chair",
        ),
        (
            "Comité Provincial de Alertas\n\nSe reúne cada mes. Está coordinado por el "
            "Ministerio de Salud.",
            "Ministerio de Salud",
            "coordinator",
        ),
    ],
)
def test_a_spanish_passive_without_subject_is_said_of_the_text_s_body(
    text: str, holder: str, role: str
) -> None:
    assert roles(text) == {(holder, role, "Comité Provincial de Alertas", "")}


def test_a_french_passive_after_il_is_said_of_the_body_before() -> None:
    text = "Le Groupe de Travail Abris se réunit chaque mois. Il est présidé par le Ministre de l'Habitat."
    assert roles(text) == {("Ministre de l'Habitat", "chair", "Groupe de Travail Abris", "")}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Es presidido por el Gobernador de la provincia.", "Gobernador de la provincia"),
        (
            "O governador provincial de Huambo abriu a sessão. É coordenado pelo governador "
            "provincial.",
            "governador provincial de Huambo",
        ),
    ],
)
def test_a_governor_named_head_first_keeps_the_unit_it_governs(text: str, holder: str) -> None:
    body = (
        "Comité Provincial de Alertas" if text.startswith("Es") else "Comissão Provincial de Alerta"
    )
    assert roles(f"{body}\n\n{text}") == {
        (holder, "chair" if "presid" in text else "coordinator", body, "")
    }


def test_a_bare_title_is_not_taken_for_a_fuller_portfolio() -> None:
    text = (
        "The Minister of Health and Population opened the session. The National Nutrition "
        "Committee is chaired by the Minister of Health."
    )
    assert roles(text) == {("Minister of Health", "chair", "National Nutrition Committee", "")}


def test_a_bare_title_is_not_taken_for_another_country_s_office() -> None:
    # "the Prime Minister of Japan" is a foreign government's: the document's "Prime Minister"
    # is its own (a review of round 28 found the two joined)
    text = (
        "The Prime Minister of Japan visited the coast in May. The Prime Minister chairs the "
        "National Storm Committee."
    )
    assert roles(text) == {("Prime Minister", "chair", "National Storm Committee", "")}


@pytest.mark.parametrize(
    ("text", "holder", "role", "body"),
    [
        (
            "La présidence du Comité National de Veille est assurée par le Ministre du Plan.",
            "Ministre du Plan",
            "chair",
            "Comité National de Veille",
        ),
        (
            "Le Secrétariat du Comité National de Veille est assuré par la Direction de la "
            "Météorologie.",
            "Direction de la Météorologie",
            "secretariat",
            "Comité National de Veille",
        ),
        (
            "La coordinación de la Mesa Técnica de Refugios está a cargo del Ministerio de "
            "Vivienda.",
            "Ministerio de Vivienda",
            "coordinator",
            "Mesa Técnica de Refugios",
        ),
        (
            "A coordenação do Grupo de Trabalho de Abrigo é assegurada pelo Ministério da "
            "Habitação.",
            "Ministério da Habitação",
            "coordinator",
            "Grupo de Trabalho de Abrigo",
        ),
    ],
)
def test_a_post_assured_by_its_holder(text: str, holder: str, role: str, body: str) -> None:
    assert roles(text) == {(holder, role, body, "")}


def test_the_coordination_of_a_body_is_no_chair_though_a_presidency_is_named_before() -> None:
    text = (
        "Le Comité National de Veille siège à la présidence; la coordination du Groupe de "
        "Travail Abris est assurée par le Ministère de l'Habitat."
    )
    assert ("Ministère de l'Habitat", "coordinator", "Groupe de Travail Abris", "") in roles(text)
    assert not any(r[1] == "chair" for r in roles(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "L'État a institué une commission nationale présidée par le ministre de l'Habitat.",
            "commission nationale",
        ),
        (
            "Se creó un comité interinstitucional que será presidido por el Ministro de Vivienda.",
            "comité interinstitucional",
        ),
        (
            "L'État a institué un comité préfectoral présidé par le ministre de l'Habitat.",
            "comité préfectoral",
        ),
    ],
)
def test_a_body_named_in_lower_case_by_its_level(text: str, body: str) -> None:
    # any level word of languages.toml (kinds.toml [lower_names]): "préfectoral" too
    holder = "ministre de l'Habitat" if "Habitat" in text else "Ministro de Vivienda"
    assert roles(text) == {(holder, "chair", body, "")}


def test_a_head_first_name_shortened_before_its_remit_is_the_body_named_in_full() -> None:
    text = (
        "Le décret crée un Comité Interministériel de gestion des crises.\n\n"
        "Présidé par le Premier Ministre, le Comité Interministériel se réunit chaque année."
    )
    assert roles(text) == {
        ("Premier Ministre", "chair", "Comité Interministériel de gestion des crises", "")
    }


def test_a_name_shortened_after_two_fuller_ones_is_neither() -> None:
    # two committees open with the same words: the short name does not say which one it is
    text = (
        "Le décret crée un Comité National de Gestion des Crues et un Comité National des "
        "Déplacés.\n\nPrésidé par le Premier Ministre, le Comité National se réunit chaque année."
    )
    bodies = {body for _, _, body, _ in roles(text)}
    assert not bodies & {"Comité National de Gestion des Crues", "Comité National des Déplacés"}


def test_a_headline_s_participle_is_no_word_of_the_body_s_name() -> None:
    text = "Criada Comissão Provincial de Alerta do Huambo\n\nA comissão reúne-se todos os meses."
    names = {m.entity.name for m in read(text).mentions}
    assert "Comissão Provincial de Alerta do Huambo" in names


def test_west_african_organisations_lead_a_network_under_their_political_leadership() -> None:
    text = (
        "Le Réseau Régional de Veille est placé sous le leadership politique de la CEDEAO et "
        "de l'UEMOA."
    )
    assert roles(text) == {
        ("ECOWAS", "lead", "Réseau Régional de Veille", ""),
        ("WAEMU", "lead", "Réseau Régional de Veille", ""),
    }


def test_an_organisation_that_assures_the_overall_coordination_of_a_body() -> None:
    text = "Le CILSS assure la coordination d'ensemble du Comité Technique Régional."
    assert roles(text) == {("CILSS", "coordinator", "Comité Technique Régional", "")}


@pytest.mark.parametrize(
    "text",
    [
        "The Shelter Working Group is co-chaired by the UN Resident Coordinator for Malawi.",
        "The UN Resident Coordinator in Malawi co-chairs the Shelter Working Group.",
    ],
)
def test_the_place_of_an_international_post_is_the_scope_of_its_role(text: str) -> None:
    assert roles(text) == {("Resident Coordinator", "co-chair", "Shelter Working Group", "Malawi")}


def test_a_spanish_relative_after_an_office_gives_its_role() -> None:
    text = (
        "Ana Pérez, coordinadora residente de la ONU en Guatemala, quien lidera la Red "
        "Humanitaria, habló ayer."
    )
    assert roles(text) == {("Resident Coordinator", "lead", "Red Humanitaria", "Guatemala")}


def test_a_french_name_goes_on_after_an_elided_de() -> None:
    text = "Le Ministère du Plan préside le Comité d'Orientation du Fonds Régional."
    assert roles(text) == {
        ("Ministère du Plan", "chair", "Comité d'Orientation du Fonds Régional", "")
    }


def test_a_body_named_again_in_parentheses_in_another_language_is_one_body() -> None:
    text = (
        "UNICEF is a member of the National Platform for Flood Prevention (Plateforme nationale "
        "de prévention des crises), led by the Ministry of Water."
    )
    assert roles(text) == {
        ("UNICEF", "member", "National Platform for Flood Prevention", ""),
        ("Ministry of Water", "lead", "National Platform for Flood Prevention", ""),
    }
