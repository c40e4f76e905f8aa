"""Intergovernmental organisations, development banks, bilateral donor agencies and senior
officials are holders real pages name (round 4,
``tests/generalisation/dev/CONSTRUCTIONS-r4-holders.md``).  Sentences written here after those
pages."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> list[tuple[str, str, str]]:
    """(surface, entity name, kind) of every mention, in text order."""
    return [(m.surface, m.entity.name, m.entity.kind) for m in find_mentions(text, Resolver())]


def test_intergovernmental_organisations_are_known_by_acronym() -> None:
    found = _named("The group of partners, made up of ECOWAS, the AU, SADC and the EU, met.")
    assert [(f[0], f[2]) for f in found] == [
        ("ECOWAS", "InternationalOrganization"),
        ("AU", "InternationalOrganization"),
        ("SADC", "InternationalOrganization"),
        ("EU", "InternationalOrganization"),
    ]


def test_a_development_banks_office_holder_stands_for_the_bank() -> None:
    found = _named("The meeting was chaired by Ms. Ana Ruiz, ADB Country Director.")
    assert found == [
        (
            "Ms. Ana Ruiz, ADB Country Director",
            "Asian Development Bank",
            "InternationalOrganization",
        )
    ]


def test_a_person_named_before_an_office_is_that_office() -> None:
    found = _named(
        "It was chaired jointly by Ana Ruiz, Minister of Water, and Li Wei, Minister of Health."
    )
    assert [(f[0], f[1]) for f in found] == [
        ("Ana Ruiz, Minister of Water", "Minister of Water"),
        ("Li Wei, Minister of Health", "Minister of Health"),
    ]


def test_organisations_listed_before_an_office_keep_their_own_names() -> None:
    found = _named("IOM, UNHCR and WFP, the Resident Coordinator and UNICEF met.")
    assert [f[0] for f in found] == ["IOM", "UNHCR", "WFP", "Resident Coordinator", "UNICEF"]


def test_bilateral_donor_agencies_are_donors() -> None:
    found = _named("Members include KOICA, German Cooperation and the African Development Bank.")
    assert [(f[1], f[2]) for f in found] == [
        ("Korea International Cooperation Agency", "Donor"),
        ("German Cooperation", "Donor"),
        ("African Development Bank", "InternationalOrganization"),
    ]


def test_senior_officials_are_offices_or_stand_for_what_they_serve() -> None:
    """Convention C1: an office of a ministry is a mention of the ministry."""
    found = _named(
        "The National Security Adviser will serve as co-chairman, and the Permanent Secretary "
        "of the Ministry of Water will serve as the secretariat."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("National Security Adviser", "Office"),
        ("Permanent Secretary of the Ministry of Water", "Ministry"),
    ]
