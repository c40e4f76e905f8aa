"""Round 35, enumerations that stopped early: a plural head's portfolios "de A, B, C y de la D"
(only the last with its own "of": the commas part single portfolios, as a portfolio listing
its own remits ends them with its own "and"), a bracket after an item naming the unit under it
("Salud (Seguro Integral)"), and "as well as" adding to a list its "and" had closed, after a
comma or a semicolon ("A y B; así como la C y el D").  Texts written here, with invented
bodies; rows worked out by hand."""

from __future__ import annotations

import pytest
from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver

MESA = "Mesa de Trabajo Interinstitucional sobre Sequías"


def _names(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text, Resolver())]


def test_the_last_portfolio_with_its_own_of_ends_a_comma_list_of_single_ones() -> None:
    text = "Asisten los Ministerios de Agricultura, Comercio Exterior, Energía y de la Producción."
    assert _names(text) == [
        "Ministerio de Agricultura",
        "Ministerio de Comercio Exterior",
        "Ministerio de Energía",
        "Ministerio de la Producción",
    ]


def test_a_portfolio_listing_its_own_remits_ends_them_with_its_own_and() -> None:
    # "Agricultura, Pesca y Alimentación" is one portfolio: its "y" follows its last comma
    text = "Asisten los Ministerios de Agricultura, Pesca y Alimentación y de la Producción."
    assert _names(text) == [
        "Ministerio de Agricultura, Pesca y Alimentación",
        "Ministerio de la Producción",
    ]


def test_a_bracket_after_a_portfolio_is_no_part_of_it_and_the_list_goes_on() -> None:
    text = (
        "Asisten los Ministerios de Agricultura, Energía (Oficina de Minas), Transporte "
        "(Fondo Vial) y Turismo."
    )
    # the units in brackets are no part of the portfolios, nor bodies of their own here
    assert _names(text) == [
        "Ministerio de Agricultura",
        "Ministerio de Energía",
        "Ministerio de Transporte",
        "Ministerio de Turismo",
    ]


def test_a_list_of_members_goes_on_past_a_bracket_and_a_semicolon_with_asi_como() -> None:
    text = (
        f"La {MESA} está integrada por los Ministerios de Agricultura, Energía (Oficina de "
        "Minas), Transporte y de la Producción; así como la Defensoría del Pueblo y el "
        "Instituto Nacional de Defensa Civil."
    )
    assert roles(text) == {
        (member, "member", MESA, "")
        for member in (
            "Ministerio de Agricultura",
            "Ministerio de Energía",
            "Ministerio de Transporte",
            "Ministerio de la Producción",
            "Defensoría del Pueblo",
            "Instituto Nacional de Defensa Civil",
        )
    }


def test_as_well_as_after_a_semicolon_adds_to_an_english_list() -> None:
    text = (
        "The Drought Working Group is composed of the Ministry of Agriculture and the Ministry "
        "of Energy; as well as UNICEF and WFP."
    )
    assert roles(text) == {
        (member, "member", "Drought Working Group", "")
        for member in ("Ministry of Agriculture", "Ministry of Energy", "UNICEF", "WFP")
    }


def test_a_semicolon_without_as_well_as_still_ends_the_list() -> None:
    text = (
        "The Drought Working Group is composed of the Ministry of Agriculture and the Ministry "
        "of Energy; UNICEF and WFP attend its meetings."
    )
    assert roles(text) == {
        (member, "member", "Drought Working Group", "")
        for member in ("Ministry of Agriculture", "Ministry of Energy")
    }


def test_the_first_portfolios_article_is_its_own_and_a_persons_name_in_brackets_no_part() -> None:
    # "de la Presidencia" shares its "de" with the next items, not its "la"
    text = (
        "Asisten los ministros de la Presidencia (Ana Pérez), Turismo (Luis Gómez) y "
        "Desarrollo Agropecuario (Marta Ruiz)."
    )
    assert _names(text) == [
        "Ministro de la Presidencia",
        "Ministro de Turismo",
        "Ministro de Desarrollo Agropecuario",
    ]


def test_a_unit_of_the_next_name_by_a_common_noun_is_that_names_item() -> None:
    # "del Destacamento de la B", "de la oficina regional del C": B's and C's seats (C1)
    body = "Comisión Regional de Emergencias"
    text = (
        f"La {body} tendrá como integrantes a un delegado del Ministerio de Salud, del "
        "Destacamento de la Dirección Nacional de Bomberos, de la oficina regional del "
        "Ministerio de Turismo y del Instituto Nacional de Defensa Civil."
    )
    assert roles(text) == {
        (member, "member", body, "")
        for member in (
            "Ministerio de Salud",
            "Dirección Nacional de Bomberos",
            "Ministerio de Turismo",
            "Instituto Nacional de Defensa Civil",
        )
    }


@pytest.mark.parametrize(
    "listed",
    [
        "the Ministry of Agriculture, the staff of the Ministry of Energy and UNICEF",
        "the Ministry of Agriculture, UNICEF and the staff of the Ministry of Energy",
        "the Ministry of Agriculture, the personnel of the Ministry of Energy and UNICEF",
    ],
)
def test_an_english_list_after_a_staff_phrase_reads_its_organisations(listed: str) -> None:
    # the staff stand for their organisation (round 36, labels.toml `representative`), and the
    # list after "the staff of" goes on to UNICEF, as after "representatives of"
    body = "Drought Working Group"
    assert roles(f"The {body} is composed of {listed}.") == {
        ("Ministry of Agriculture", "member", body, ""),
        ("Ministry of Energy", "member", body, ""),
        ("UNICEF", "member", body, ""),
    }
