"""An organisation named with its office, the head of that office, its country or the word
"International" is that organisation; a name headed by "International" is an NGO."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.entity.name, m.rule) for m in find_mentions(text, Resolver(), "KE")]


def test_the_head_of_an_agencys_office_stands_for_the_agency() -> None:
    found = _named("At the meeting the UNHCR Representative and the IOM Chief of Mission spoke.")
    assert found == [
        ("UNHCR Representative", "United Nations High Commissioner for Refugees", "name.office"),
        ("IOM Chief of Mission", "International Organization for Migration", "name.office"),
    ]


def test_an_agency_with_its_country_or_country_office_is_the_agency() -> None:
    found = _named("Funds went to WFP Kenya and the UNICEF Country Office last year.")
    assert found == [
        ("WFP Kenya", "World Food Programme", "name.office"),
        ("UNICEF Country Office", "United Nations Children's Fund", "name.office"),
    ]


def test_a_government_keeps_the_country_after_it_apart() -> None:
    found = _named("The Ministry of Water Kenya signed.")
    assert [f[0] for f in found] == ["Ministry of Water", "Kenya"]


def test_international_after_a_known_ngo_or_heading_an_unknown_name() -> None:
    found = _named("Save the Children International and Rift Valley Mothers International met.")
    assert found == [
        ("Save the Children International", "Save the Children", "name.office"),
        (
            "Rift Valley Mothers International",
            "Rift Valley Mothers International",
            "head.international",
        ),
    ]


def test_an_office_before_of_or_after_the_possessive_joins_the_organisation() -> None:
    found = _named(
        "The Representative of UNHCR met the Ministry of Health's Director General and UNICEF's "
        "Deputy Representative."
    )
    assert found == [
        ("Representative of UNHCR", "United Nations High Commissioner for Refugees", "name.office"),
        ("Ministry of Health's Director General", "Ministry of Health", "name.office"),
        ("UNICEF's Deputy Representative", "United Nations Children's Fund", "name.office"),
    ]


def test_the_person_named_after_an_office_in_a_list_is_no_organisation() -> None:
    found = _named(
        "It was attended by the representative of OCHA, Ahmed Hadi, and the UNHCR representative."
    )
    assert [f[1] for f in found] == [
        "United Nations Office for the Coordination of Humanitarian Affairs",
        "United Nations High Commissioner for Refugees",
    ]


def test_a_minister_of_a_ministrys_acronym_stands_for_the_ministry() -> None:
    # "Mo..." is a ministry by its shape: the office is held in it (C1), no portfolio
    found = _named("The board is co-chaired by the Minister of MoWRD and the Minister of Energy.")
    assert ("Minister of MoWRD", "MoWRD", "name.office") in found
    assert ("Minister of Energy", "Minister of Energy", "head.minister-of") in found
