"""Bodies written as common nouns, read from a body word and its context (bodyphrases.py)."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _bodies(text: str) -> dict[str, tuple[str, str]]:
    """Surface -> (entity name, rule) of every body mention."""
    return {
        m.surface: (m.entity.name, m.rule)
        for m in find_mentions(text, Resolver())
        if m.rule.startswith("phrase.")
    }


def test_a_lower_case_sector_next_to_a_role_word_is_a_body() -> None:
    found = _bodies("Oxfam co-chairs the inter-agency water sector in the valley.")
    assert found == {"inter-agency water sector": ("Water Sector", "phrase.sector")}


def test_a_sector_without_context_is_no_body() -> None:
    assert _bodies("Prices rose across the water sector this year.") == {}


def test_group_words_of_people_never_become_bodies() -> None:
    text = "Aid reached vulnerable groups, target groups and age groups; women's groups led by elders met."
    assert _bodies(text) == {}


def test_a_working_group_on_a_topic_keeps_the_topic() -> None:
    found = _bodies("NRC joined the technical working group on legal aid last year.")
    assert found == {
        "technical working group on legal aid": (
            "Technical Working Group on Legal Aid",
            "phrase.technical-working-group",
        )
    }


def test_an_acronym_defined_after_a_new_group_makes_it_a_body() -> None:
    found = _bodies("The Joint Oversight Group (JOG) meets monthly.")
    assert found == {"Joint Oversight Group (JOG)": ("Joint Oversight Group", "phrase.group")}


def test_an_acronym_defined_inside_the_phrase_gives_the_name() -> None:
    found = _bodies("UNHCR chairs the shelter and non-food items (S/NFI) cluster.")
    [(surface, (name, _))] = found.items()
    assert surface == "shelter and non-food items (S/NFI) cluster"
    assert name == "Shelter and Non-Food Items Cluster"  # the reference cluster


def test_a_plural_head_after_a_list_names_one_body_per_item() -> None:
    found = _bodies("Partners of the Food, Education and Nutrition clusters met.")
    assert found == {
        "Food": ("Food Cluster", "phrase.cluster.list"),
        "Education": ("Education Cluster", "phrase.cluster.list"),
        "Nutrition": ("Nutrition Cluster", "phrase.cluster.list"),
    }


def test_a_parenthesis_after_a_plural_head_lists_its_bodies() -> None:
    found = _bodies("WFP leads two sectors (Logistics and Emergency Telecoms) here.")
    assert found == {
        "Logistics": ("Logistics Sector", "phrase.sector.list"),
        "Emergency Telecoms": ("Emergency Telecoms Sector", "phrase.sector.list"),
    }


def test_a_singular_head_after_and_is_one_name() -> None:
    found = _bodies("UNFPA leads the health and nutrition sub-cluster.")
    assert list(found.values()) == [("Health and Nutrition Sub-Cluster", "phrase.sub-cluster")]


def test_a_level_before_the_phrase_is_its_qualifier() -> None:
    [m] = [
        m
        for m in find_mentions("Save the Children leads the national education sector.", Resolver())
        if m.rule == "phrase.sector"
    ]
    assert m.entity.name == "Education Sector"
    assert m.qualifier is not None and m.qualifier.level == "national"


def test_a_body_word_modifying_another_noun_names_no_body() -> None:
    assert _bodies("The cluster approach bans cluster munitions in a cluster of villages.") == {}


def test_a_coordination_modifier_alone_does_not_name_a_body() -> None:
    assert _bodies("UNICEF co-chairs the inter-agency network focused on safeguarding.") == {}


def test_a_body_described_with_an_indefinite_article_and_a_passive_role_is_a_body() -> None:
    found = _bodies(
        "Last year the ministry formed a disaster coordination committee chaired by FAO."
    )
    assert found == {
        "disaster coordination committee": ("Disaster Coordination Committee", "phrase.committee")
    }
    found = _bodies("An advisory committee, which will be led by WHO, reviews the bids.")
    assert found == {"advisory committee": ("Advisory Committee", "phrase.committee")}


def test_a_described_body_keeps_its_lower_case_words() -> None:
    found = _bodies("The mayor named an expert task force made up of engineers and doctors.")
    assert found == {"expert task force": ("Expert Task Force", "phrase.task-force")}
    found = _bodies("Each district has a working group composed of the local partners.")
    assert found == {"working group": ("Working Group", "phrase.working-group")}


def test_a_description_without_its_cue_or_a_bare_one_word_head_names_no_body() -> None:
    assert _bodies("She attended a coordination committee meeting on Monday.") == {}
    assert _bodies("The ministry wants a scientific committee soon.") == {}
    assert _bodies("A cluster is led by the relevant line department of the state.") == {}
    assert _bodies("The new committee led by FAO met.") == {}


def test_a_body_described_under_a_condition_or_a_duty_is_the_kind_not_a_body() -> None:
    assert _bodies("Where a working group is chaired by a line ministry, it reports monthly.") == {}
    assert _bodies("Each province should set up a relief committee chaired by its governor.") == {}
    found = _bodies(
        "Talks should end soon; since May they are backed by a review committee led by FAO."
    )
    assert found == {"review committee": ("Review Committee", "phrase.committee")}
