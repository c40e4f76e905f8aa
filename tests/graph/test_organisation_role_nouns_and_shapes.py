"""Who a name is: a role noun ("the Cluster Lead Agency") is no actor, a ministry's acronym
("MoPHP") is one even undefined, and a name that is also an everyday phrase ("People in
Need") is read only as it is written."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str, country: str | None = None) -> list[tuple[str, str, str]]:
    return [
        (m.surface, m.entity.name, m.entity.kind) for m in find_mentions(text, Resolver(), country)
    ]


def test_a_lead_agency_is_a_role_noun_not_an_actor() -> None:
    found = _named("WFP is the Cluster Lead Agency; the Sector Lead Agency is FAO.")
    assert [f[0] for f in found] == ["WFP", "FAO"]


def test_an_agency_named_by_its_own_words_is_still_an_actor() -> None:
    found = _named("The National Disaster Management Agency met.")
    assert found == [
        (
            "National Disaster Management Agency",
            "National Disaster Management Agency",
            "GovernmentBody",
        )
    ]


def test_an_undefined_ministry_acronym_is_a_ministry_but_a_mou_is_not() -> None:
    found = _named("The group is co-chaired by the MoWRE and IOM under a MoU with MoH.")
    assert found[0] == ("MoWRE", "MoWRE", "Ministry")
    assert [f[0] for f in found] == ["MoWRE", "IOM"]


def test_an_organisation_that_is_also_a_phrase_keeps_its_capitals() -> None:
    found = _named("The hub is led by People in Need, as the people in need asked.")
    assert found == [("People in Need", "People in Need", "InternationalNGO")]


def test_an_acronym_that_names_a_local_body_only_in_its_country() -> None:
    text = "The survey committee is chaired by CSO."
    assert ("CSO", "Central Statistical Organization", "GovernmentBody") in _named(text, "YE")
    assert all(f[0] != "CSO" for f in _named(text, "JO"))


def test_a_topic_after_an_acronym_goes_on_the_body_name() -> None:
    found = _named(
        "Support came from the technical committee for the MICS surveys, chaired by WHO."
    )
    assert found[0][1] == "Technical Committee for MICS Surveys"


def test_a_known_name_takes_in_the_noun_that_introduces_it() -> None:
    text = "IRC and the Ukrainian NGO Right to Protection (R2P) are members of the group."
    found = [(m.surface, m.entity.name) for m in find_mentions(text, Resolver(), "UA")]
    assert found[:2] == [
        ("IRC", "International Rescue Committee"),
        ("Ukrainian NGO Right to Protection (R2P)", "Right to Protection"),
    ]


def test_a_topic_written_like_a_name_is_no_ngo() -> None:
    found = _named("It covers Mine Action and Legal Aid; Christian Aid works there.")
    assert found == [("Christian Aid", "Christian Aid", "NGO")]


def test_government_office_holders_are_actors() -> None:
    text = (
        "The task force is chaired by the Deputy Prime Minister and the Regional Commissioner; "
        "the County Health Director co-chairs."
    )
    assert _named(text) == [
        ("Deputy Prime Minister", "Deputy Prime Minister", "Office"),
        ("Regional Commissioner", "Regional Commissioner", "Office"),
        ("County Health Director", "County Health Director", "Office"),
    ]


def test_an_organisation_with_the_country_of_its_branch_after_a_dash() -> None:
    found = _named("The group is co-chaired by Save the Children - Norway and OCHA.")
    assert found[0] == ("Save the Children - Norway", "Save the Children", "InternationalNGO")


def test_a_known_organisations_name_with_a_body_head_is_an_organisation() -> None:
    found = _named("WASH is led by the Danish Refugee Committee and the Refugee Committee.")
    assert found[-2:] == [
        ("Danish Refugee Committee", "Danish Refugee Committee", "InternationalNGO"),
        ("Refugee Committee", "Refugee Committee", "Committee"),
    ]
