"""Round 33 (h-bodies): Romance bodies' names the name rules cut or missed: a committee named by
what it is for after its "of" ("le comité national de pilotage", "le Comité d'orientation du
Réseau"), and "in a state of" inside a Portuguese or Spanish name ("... Migrantes em Situação
de ..."). Sentences written for these tests, with invented bodies and places."""

from __future__ import annotations

from snippets import read


def names(text: str) -> list[str]:
    return [m.entity.name for m in read(text).mentions]


def test_a_committee_named_by_what_it_is_for_keeps_that_noun_and_its_complement() -> None:
    assert "Comité d'orientation du Réseau" in names(
        "Deux organisations co-président le Comité d'orientation du Réseau depuis 2019.\n"
    )
    assert "Comité local du suivi de la Réforme" in names(
        "Il rencontre les membres du Comité local du suivi de la Réforme à Kayes.\n"
    )
    assert "comité national de pilotage" in names(
        "Le décret crée un comité national de pilotage, qui réunit cinq ministres.\n"
    )
    assert "comisión de seguimiento" in names(
        "Se creó una comisión de seguimiento que integran tres ministerios.\n"
    )


def test_a_lower_case_noun_that_is_no_function_ends_the_committee_name() -> None:
    # "des recommandations" is what the committee follows, no function of the list
    found = names("Le comité de suivi des recommandations se réunit chaque mois.\n")
    assert "comité de suivi" in found
    assert not any("recommandations" in n for n in found)


def test_in_a_state_of_goes_on_a_romance_body_name() -> None:
    assert "Subcomitê Regional para Acolhimento de Migrantes em Situação de Vulnerabilidade" in (
        names(
            "O ministério integra o Subcomitê Regional para Acolhimento de Migrantes em Situação "
            "de Vulnerabilidade desde março.\n"
        )
    )


def test_in_before_a_place_still_ends_a_romance_body_name() -> None:
    assert "Comité de Emergencia" in names("El Comité de Emergencia en Lima se reunió ayer.\n")
