"""A singular office or ministry whose remit joins two portfolios in French, Spanish or
Portuguese ("et de la", "y de", "e da", or "X, Y e Z") keeps the whole remit; a second head
after the join starts a name of its own, as it does after an English "and" ("Ministry of X and
Ministry of Y").  Texts written here."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_mentions(text, Resolver())]


def test_a_french_remit_goes_on_after_et_de_la() -> None:
    assert "Ministre de l'Agriculture et de la Pêche" in _surfaces(
        "La réunion est présidée par le Ministre de l'Agriculture et de la Pêche."
    )


def test_a_spanish_remit_goes_on_after_y_de() -> None:
    assert "Ministerio de Comercio y de Turismo" in _surfaces(
        "El Ministerio de Comercio y de Turismo coordina la mesa."
    )


def test_a_romance_enumeration_of_portfolios_is_one_name() -> None:
    found = _surfaces(
        "Integram a comissão o Ministério da Indústria, Comércio e Turismo e o Ministre de "
        "l'Économie, des Finances et du Budget."
    )
    assert "Ministério da Indústria, Comércio e Turismo" in found
    assert "Ministre de l'Économie, des Finances et du Budget" in found


def test_a_second_head_after_the_join_is_a_second_name() -> None:
    found = _surfaces("Les agents du Ministère de l'Eau et du Ministère de la Santé siègent.")
    assert found[:2] == ["Ministère de l'Eau", "Ministère de la Santé"]


def test_a_comma_list_ending_in_another_ministry_parts_the_names() -> None:
    found = _surfaces(
        "Étaient présents des délégués du Ministère de l'Éducation, de la Présidence et du "
        "Ministère du Commerce."
    )
    assert found[:2] == ["Ministère de l'Éducation", "Ministère du Commerce"]


def test_a_comma_list_of_forces_after_a_ministry_is_not_its_remit() -> None:
    found = _surfaces(
        "La sécurité relève du Ministère de la Défense, de la Police et de la Gendarmerie."
    )
    assert found[:1] == ["Ministère de la Défense"]


def test_a_spanish_comma_list_naming_another_body_parts_the_names() -> None:
    found = _surfaces(
        "Acuden técnicos del Ministerio de Educación, de la Cruz Roja y del Ejército."
    )
    assert found[0] == "Ministerio de Educación"


def test_a_remit_list_keeps_the_whole_ministry() -> None:
    found = _surfaces(
        "Le Ministre du Budget, des Finances et de la Planification ouvre la séance ; a "
        "Secretaria do Orçamento, Planejamento e Gestão participa."
    )
    assert "Ministre du Budget, des Finances et de la Planification" in found
    assert "Secretaria do Orçamento, Planejamento e Gestão" in found


def test_a_join_after_a_name_without_its_own_of_starts_a_second_body() -> None:
    found = _surfaces("Llegaron brigadas de la Cruz Roja Nacional y de la Defensa Civil al valle.")
    assert "Cruz Roja Nacional y de la Defensa Civil" not in found
    assert "Cruz Roja Nacional" in found


def test_a_force_joined_by_et_alone_stays_a_remit() -> None:
    assert "Ministère de l'Intérieur et de la Police" in _surfaces(
        "Le comité est présidé par le Ministère de l'Intérieur et de la Police."
    )


def test_an_english_and_before_a_second_ministry_parts_the_names() -> None:
    found = _surfaces("The Ministry of Fisheries and Ministry of Transport share the chair.")
    assert found[:2] == ["Ministry of Fisheries", "Ministry of Transport"]
    assert "Ministry of Fisheries and Marine Transport" in _surfaces(
        "The Ministry of Fisheries and Marine Transport shares the chair."
    )
