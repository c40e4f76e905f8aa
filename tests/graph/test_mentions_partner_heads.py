"""Development partners and standing bodies named the way real pages name them (round 4,
``tests/generalisation/dev/CONSTRUCTIONS-r4-holders.md``): embassies and delegations by whose
they are, an organisation's delegation as the organisation, capitalised heads "Partnership",
"Team", "Mechanism" with modifiers, "the Partnership" referring back only to a
partnership, and the everyday nouns ("vulnerable groups", "a partnership with", "the team")
left out.  Sentences written here after those pages."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> list[tuple[str, str, str]]:
    """(surface, entity name, kind) of every mention, in text order."""
    return [(m.surface, m.entity.name, m.entity.kind) for m in find_mentions(text, Resolver())]


def test_an_embassy_and_a_delegation_are_named_by_whose_they_are() -> None:
    found = _named("Co-Chairs: Embassy of Norway / Delegation of the European Union")
    assert found == [
        ("Embassy of Norway", "Embassy of Norway", "Donor"),
        (
            "Delegation of the European Union",
            "Delegation of the European Union",
            "InternationalOrganization",
        ),
    ]


def test_an_embassy_written_after_its_country_is_one_name() -> None:
    assert _named("Officials of the Japan Embassy attended.") == [
        ("Japan Embassy", "Japan Embassy", "Donor")
    ]


def test_an_organisations_delegation_is_the_organisation() -> None:
    found = _named("The EU Delegation chairs the donor group.")
    assert found[0][:2] == ("EU Delegation", "European Union")


def test_a_capitalised_partnership_team_or_mechanism_is_a_body() -> None:
    found = _named(
        "The Disaster Preparedness Partnership and the Regional Humanitarian Partnership Team "
        "met the Regional Humanitarian Mechanism."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("Disaster Preparedness Partnership", "CoordinationGroup"),
        ("Regional Humanitarian Partnership Team", "CoordinationGroup"),
        ("Regional Humanitarian Mechanism", "CoordinationGroup"),
    ]


def test_everyday_group_team_and_partnership_name_no_body() -> None:
    found = _named(
        "Vulnerable groups and target groups were discussed; the team visited the district in "
        "partnership with local groups."
    )
    assert found == []


def test_the_capitalised_partnership_refers_back_to_the_partnership_only() -> None:
    found = _named(
        "The Flood Response Partnership met the Strategic Advisory Group. The Partnership is "
        "co-chaired by WFP. Our partnership with the Red Cross goes on."
    )
    back = [f for f in found if f[0] == "The Partnership"]
    assert back == [("The Partnership", "Flood Response Partnership", "CoordinationGroup")]
    assert not any(f[0].lower() == "partnership" for f in found)
