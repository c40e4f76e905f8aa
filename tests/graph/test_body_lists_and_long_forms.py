"""Lists of bodies that share a head noun, and names a document defines as one (mentions.py,
bodyphrases.py).  The sentences are written here after constructions of real plan pages."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import Mention


def _mentions(text: str) -> list[Mention]:
    return find_mentions(text, Resolver())


def _named(text: str) -> dict[str, tuple[str, str]]:
    """Surface -> (entity name, entity kind) of every mention."""
    return {m.surface: (m.entity.name, m.entity.kind) for m in _mentions(text)}


def test_a_defined_name_inside_a_list_of_clusters_is_one_item() -> None:
    text = (
        "UNICEF works within the Water, Sanitation and Hygiene (WASH), Coordination and "
        "Common Services, Nutrition and Education Clusters."
    )
    lists = {m.surface: m.entity.name for m in _mentions(text) if m.rule == "phrase.cluster.list"}
    assert lists == {
        "Water, Sanitation and Hygiene": "Water, Sanitation and Hygiene Cluster",
        "Coordination and Common Services": "Coordination and Common Services Cluster",
        "Nutrition": "Nutrition Cluster",
        "Education": "Education Cluster",
    }


def test_an_and_before_the_last_comma_stays_inside_a_name() -> None:
    text = "Partners of the Shelter and Household Items, Health and Protection clusters met."
    lists = {m.surface for m in _mentions(text) if m.rule == "phrase.cluster.list"}
    assert lists == {"Shelter and Household Items", "Health", "Protection"}


def test_a_known_place_inside_a_defined_long_form_stays_in_the_name() -> None:
    text = "Mercy Corps leads the Cash Consortium for Yemen (CCY) this year."
    # a consortium's name reads as an organisation's; the role word makes it the body here
    found = _named(text)
    assert found["Cash Consortium for Yemen (CCY)"] == ("Cash Consortium for Yemen", "NGO")
    assert roles(text) == {("Mercy Corps", "lead", "CCY", "")}
    assert "Yemen" not in found  # the country is part of the name, not a mention of its own


def test_a_body_name_goes_on_after_for_the() -> None:
    found = _named("The Donor Network for the Scaling Up Movement is chaired by Canada.")
    assert found["Donor Network for the Scaling Up Movement"] == (
        "Donor Network for the Scaling Up Movement",
        "Network",
    )


def test_an_agency_name_stops_before_for_the() -> None:
    found = _named("IOM acts as lead agency for the Site Planning Working Group.")
    assert found["Site Planning Working Group"] == ("Site Planning Working Group", "WorkingGroup")
    assert not [s for s in found if "agency" in s.lower()]


def test_a_lower_case_head_after_and_ends_no_name() -> None:
    text = "IOM is lead agency for the Migration Response in Sarajevo and sector lead on shelter."
    assert not [m for m in _mentions(text) if m.surface.endswith("sector")]


def test_an_acronym_of_a_listed_body_stands_for_it_alone_later() -> None:
    text = (
        "IOM works under the Site Management (SM), Health and Protection Clusters. IOM will "
        "keep serving as SM co-lead in the north."
    )
    alone = [m for m in _mentions(text) if m.rule == "acronym.body"]
    assert [(m.surface, m.entity.name) for m in alone] == [("SM", "Site Management Cluster")]


def test_an_acronym_of_no_body_stands_for_nothing_alone() -> None:
    text = "Post-distribution monitoring (PDM) went on; PDM showed that prices fell."
    assert not [m for m in _mentions(text) if m.rule == "acronym.body"]


def test_the_topic_after_sector_lead_on_names_the_sector() -> None:
    text = "As sector lead on Water, Sanitation and Hygiene (WaSH), UNICEF met the mayors."
    [topic] = [m for m in _mentions(text) if m.rule.endswith(".role-topic")]
    assert topic.surface == "Water, Sanitation and Hygiene (WaSH)"
    assert topic.entity.name == "Water, Sanitation and Hygiene Sector"


def test_a_topic_followed_by_its_own_body_word_is_that_body() -> None:
    text = "NRC is the task force lead for the Housing Rights group in the capital."
    assert not [m for m in _mentions(text) if m.rule.endswith(".role-topic")]


def test_names_after_a_plural_head_and_a_colon_are_one_body_each() -> None:
    text = (
        "The group gathers the coordinators of the six sectors: Camp Services (CS), Education, "
        "Food Security and Livelihoods (FSL), Health, Protection and Shelter and Household "
        "Items (SHI)."
    )
    lists = {m.surface: m.entity.name for m in _mentions(text) if m.rule == "phrase.sector.list"}
    assert lists == {
        "Camp Services (CS)": "Camp Services Sector",
        "Education": "Education Sector",
        "Food Security and Livelihoods (FSL)": "Food Security and Livelihoods Sector",
        "Health": "Health Sector",
        "Protection": "Protection Sector",
        "Shelter and Household Items (SHI)": "Shelter and Household Items Sector",
    }


def test_a_phrase_does_not_reach_back_over_a_full_stop() -> None:
    text = "Partners met in Juba and Wau (WASH). Sector working groups meet in each state."
    assert not [m for m in _mentions(text) if m.rule.startswith("phrase.")]


def test_a_level_adjective_and_a_coordination_word_name_no_body() -> None:
    text = "State-level coordination mechanisms include a forum in each state."
    assert not [m for m in _mentions(text) if m.rule.startswith("phrase.")]


def test_an_acronym_before_its_own_head_stays_a_topic_alone() -> None:
    text = (
        "The Prevention of Sexual Exploitation and Abuse (PSEA) Network met. Partners trained "
        "PSEA focal points."
    )
    assert not [m for m in _mentions(text) if m.rule == "acronym.body"]


def test_a_list_of_clusters_whose_last_item_is_a_name_with_a_slash_after_a_definition() -> None:
    text = (
        "In the IDP response, UNHCR leads the Protection, Camp Coordination and Camp "
        "Management (CCCM), and Shelter/Non-Food Items clusters."
    )
    assert roles(text) == {
        ("UNHCR", "lead", "Protection Cluster", ""),
        ("UNHCR", "lead", "CCCM Cluster", ""),
        ("UNHCR", "lead", "Shelter-NFI Cluster", ""),  # shown by its short name
    }
