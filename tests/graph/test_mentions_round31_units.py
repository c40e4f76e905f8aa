"""Round 31 (seen27's misses): names of government units that no rule read whole.  A French,
Spanish or Portuguese unit with a second remit after "and" and its own "of" ("Ministère de A et
de la B"), Portuguese's "Secretaria" without the accent, an enumeration inside a name ended by
any language's "and", an agency named again by its tagline in another language, and a body read
by a phrase rule whose acronym, defined right after it, names it later.  Texts written here,
with invented names."""

from __future__ import annotations

from snippets import read

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _names(text: str) -> list[str]:
    return [m.surface for m in find_mentions(text, Resolver())]


def test_a_second_remit_after_and_of_goes_on_a_french_unit() -> None:
    text = (
        "Le groupe siège au Ministère de la Pêche et de la Solidarité sociale ; un représentant de "
        "la Direction des Routes et de la Signalisation y assiste."
    )
    assert _names(text) == [
        "Ministère de la Pêche et de la Solidarité sociale",
        "Direction des Routes et de la Signalisation",
    ]


def test_a_portuguese_unit_keeps_its_second_remit() -> None:
    text = "A Secretaria de Gestão do Território e da Habitação participa no comité."
    assert _names(text) == ["Secretaria de Gestão do Território e da Habitação"]


def test_an_and_before_another_unit_still_parts_two_names() -> None:
    text = "Il réunit la Direction de la Pêche et de la Direction des Forêts."
    assert _names(text) == ["Direction de la Pêche", "Direction des Forêts"]


def test_a_french_portfolio_may_end_in_generale() -> None:
    text = "Un représentant de la Direction de l'Administration générale siège au comité."
    assert _names(text) == ["Direction de l'Administration générale"]


def test_a_phrase_bodys_acronym_defined_right_after_it_names_it_later() -> None:
    text = (
        "The agency set up the Water Technical Consultative Group (WTCG), focused on standards. "
        "Since 2010 the WTCG, chaired by the agency, has met every month."
    )
    found = [(m.surface, m.entity.name) for m in find_mentions(text, Resolver())]
    assert ("WTCG", "Water Technical Consultative Group") in found


def test_an_enumeration_inside_a_name_ends_at_any_languages_and() -> None:
    text = (
        "Participa el Ministerio de Pesca, Bosques y Turismo; la mesa sectorial de Salud, "
        "Nutrición e Higiene se reúne."
    )
    assert _names(text) == [
        "Ministerio de Pesca, Bosques y Turismo",
        "mesa sectorial de Salud, Nutrición e Higiene",
    ]


def test_an_agency_named_again_by_its_tagline_keeps_a_list_of_holders_whole() -> None:
    text = (
        "La Mesa de Movilidad, coliderada por ACNUR, la Agencia de la ONU para los Refugiados, "
        "y la Organización Internacional para las Migraciones (OIM), se reúne cada mes.\n"
    )
    holders = {(c.holder.name, c.role) for c in read(text).roles}
    assert holders == {
        ("United Nations High Commissioner for Refugees", "co-lead"),
        ("International Organization for Migration", "co-lead"),
    }
