"""Bodies and holders named by head nouns of outbreak and refugee responses: a theme group of a
country team, a response or operations centre, an assessment and coordination team, a response
pillar (capitalised, or lower case next to a role word), and the head of an agency written as
a title ("the Executive Director of ...").  Sentences written here after those constructions."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> list[tuple[str, str, str]]:
    """(surface, entity name, kind) of every mention that is not a place, in text order."""
    return [
        (m.surface, m.entity.name, m.entity.kind)
        for m in find_mentions(text, Resolver())
        if not m.rule.startswith("place")
    ]


def test_a_theme_group_of_a_country_team_is_a_working_group() -> None:
    found = _named("WFP co-chairs the UN Country Team's Food Systems Theme Group.")
    name = "Food Systems Theme Group"
    assert (name, name, "WorkingGroup") in found


def test_a_response_centre_and_an_operations_center_are_coordination_centres() -> None:
    found = _named(
        "The National Cholera Response Centre (NCRC) reports to the Emergency Operations Center."
    )
    assert [f[1:] for f in found] == [
        ("National Cholera Response Centre", "GovernmentCoordinationCentre"),
        ("Emergency Operations Center", "GovernmentCoordinationCentre"),
    ]


def test_an_assessment_and_coordination_team_is_a_coordination_group() -> None:
    found = _named("The Flood Assessment and Coordination Team met in the capital.")
    name = "Flood Assessment and Coordination Team"
    assert found == [(name, name, "CoordinationGroup")]


def test_lower_case_pillars_after_a_role_word_are_one_workstream_each() -> None:
    found = _named("UNICEF co-led the burial and social mobilisation pillars in every district.")
    assert [f[1:] for f in found[1:]] == [
        ("Burial Pillar", "Workstream"),
        ("Social Mobilisation Pillar", "Workstream"),
    ]


def test_a_capitalised_pillar_is_a_workstream() -> None:
    found = _named("The Contact Tracing Pillar meets every morning.")
    assert found == [("Contact Tracing Pillar", "Contact Tracing Pillar", "Workstream")]


def test_pillars_of_a_plan_or_a_strategy_are_no_bodies() -> None:
    text = "The plan stands on three pillars; social cohesion is a pillar of the strategy."
    assert _named(text) == []


def test_the_executive_director_of_an_agency_holds_a_role_for_it() -> None:
    # convention C1: "Minister of Water" stands on its own; the Executive Director of an
    # authority stands for the authority
    assert roles(
        "The Drought Committee is co-chaired by the Minister of Water and the Executive "
        "Director of the Rivers Authority."
    ) == {
        ("Minister of Water", "co-chair", "Drought Committee", ""),
        ("Rivers Authority", "co-chair", "Drought Committee", ""),
    }


def test_a_capitalised_authority_is_a_government_body_and_local_authorities_are_none() -> None:
    found = _named("Local authorities met the Flood Management Authority (FMA) on Monday.")
    name = "Flood Management Authority"
    assert [f[1:] for f in found] == [(name, "GovernmentBody")]


def test_a_region_before_a_name_its_acronym_spells_is_where_the_body_sits() -> None:
    found = [
        (m.entity.name, m.qualifier.place.name if m.qualifier and m.qualifier.place else None)
        for m in find_mentions(
            "The Western Flood Assessment and Coordination Team (FACT) met. The National "
            "Relief Network (NRN) joined.",
            Resolver(),
        )
    ]
    assert found == [
        ("Flood Assessment and Coordination Team", "Western"),
        ("National Relief Network", None),
    ]


def test_this_forum_after_a_country_team_refers_to_it() -> None:
    found = roles(
        "Coordination in the east\n\nThe NGO Forum meets monthly. The Humanitarian Country Team "
        "(HCT) sets the strategy of the response. This forum is chaired by the Humanitarian "
        "Coordinator."
    )
    assert found == {("HC", "chair", "HCT", "")}  # the Humanitarian Coordinator, by acronym


def test_a_demonstrative_or_a_count_opening_a_sentence_names_no_body() -> None:
    text = "Eleven clusters were active. That platform grew. This network is new."
    assert [m for m in find_mentions(text, Resolver()) if m.rule.startswith("phrase.")] == []


def test_a_known_member_after_composed_of_counts_for_the_list() -> None:
    text = (
        "The Lakes Child Network is composed of Save the Children, KidsFirst, LCDF, World Vision "
        "and Terre des Hommes."
    )
    listed = [m.entity.name for m in find_mentions(text, Resolver()) if m.rule == "name.list-item"]
    assert listed == ["KidsFirst", "LCDF"]


def test_unknown_words_in_a_list_of_people_are_no_organisations() -> None:
    text = "Aid reached Oxfam staff, families, LCDF and others."
    assert [m for m in find_mentions(text, Resolver()) if m.rule == "name.list-item"] == []
