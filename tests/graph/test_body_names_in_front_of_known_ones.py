"""Words written in front of a known body's name, and bodies named in Spanish or French
(mentions.py).  Sentences written here after constructions of real cluster pages."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> dict[str, tuple[str, str]]:
    """Surface -> (entity name, rule) of every mention."""
    return {m.surface: (m.entity.name, m.rule) for m in find_mentions(text, Resolver())}


def test_two_topics_joined_by_an_ampersand_are_one_body() -> None:
    found = _named("The Gender & Protection Cluster met the mayor.")
    assert found == {
        "Gender & Protection Cluster": ("Gender & Protection Cluster", "reference.extended")
    }


def test_a_topic_in_front_of_a_known_cluster_names_another_cluster() -> None:
    found = _named("UNICEF leads the Child Protection Cluster.")
    assert found["Child Protection Cluster"] == ("Child Protection Cluster", "reference.extended")


def test_an_operational_country_team_is_not_the_country_team() -> None:
    found = _named("The Operational Humanitarian Country Team meets weekly.")
    assert found == {
        "Operational Humanitarian Country Team": (
            "Operational Humanitarian Country Team",
            "reference.extended",
        )
    }


def test_a_level_in_front_stays_in_the_name_c9() -> None:
    """C9: "National" is part of the body's name as written, not a scope cut from it."""
    found = _named("The National Protection Cluster met.")
    assert found == {
        "National Protection Cluster": ("National Protection Cluster", "reference.extended")
    }
    found = _named("The Provincial Nutrition Cluster and the District Health Cluster met.")
    assert found == {
        "Provincial Nutrition Cluster": ("Provincial Nutrition Cluster", "reference.extended"),
        "District Health Cluster": ("District Health Cluster", "reference.extended"),
    }


def test_a_lower_case_level_before_a_known_body_is_no_part_of_its_name() -> None:
    found = _named("The national Protection Cluster met.")
    assert found == {"Protection Cluster": ("Protection Cluster", "reference")}


def test_the_government_of_a_country_is_one_name() -> None:
    found = _named("The district authorities and the Government of Malawi lead.")
    assert found == {"Government of Malawi": ("Government of Malawi", "head.government-of")}


def test_spanish_and_french_body_heads_come_first() -> None:
    found = _named(
        "The Mesa Técnica de Vivienda (a technical table on housing) reports to la Plateforme "
        "Nationale de Gestion des Risques."
    )
    assert found == {
        "Mesa Técnica de Vivienda": ("Mesa Técnica de Vivienda", "head.mesa-tecnica"),
        "Plateforme Nationale de Gestion des Risques": (
            "Plateforme Nationale de Gestion des Risques",
            "head.plateforme",
        ),
    }


def test_a_bare_group_word_after_a_named_topic_is_that_body() -> None:
    text = (
        "Two sub-working groups report to it: the Legal Aid sub-working group and the Housing "
        "Rights sub-working group. NRC leads the Legal Aid group and DRC the Housing Rights "
        "Core group."
    )
    variants = {
        m.surface: m.entity.name
        for m in find_mentions(text, Resolver())
        if m.rule == "body.variant"
    }
    assert variants == {
        "Legal Aid group": "Legal Aid Sub-Working Group",
        "Housing Rights Core group": "Housing Rights Sub-Working Group",
    }


def test_a_bare_group_word_after_an_unnamed_topic_is_no_body() -> None:
    text = "The Legal Aid sub-working group met. Aid reached the Youth group and Elders group."
    assert not [m for m in find_mentions(text, Resolver()) if m.rule == "body.variant"]


def test_a_head_written_after_an_acronym_of_a_body_is_that_body() -> None:
    text = "The Returns Working Group (RWG) met. Under the RWG cluster, IOM reported."
    [later] = [m for m in find_mentions(text, Resolver()) if m.surface == "RWG cluster"]
    assert later.entity.name == "Returns Working Group"
