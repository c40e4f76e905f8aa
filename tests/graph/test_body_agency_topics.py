"""Sectors named by their topic alone after a lead agency ("the lead agency for water and
sanitation"): one sector, or one per item when every item is a sector on its own."""

from __future__ import annotations

from snippets import roles


def test_a_topic_of_two_words_that_are_no_sectors_alone_is_one_sector() -> None:
    assert roles(
        "After the floods, UNICEF, the lead agency for water and sanitation, handed out tablets."
    ) == {("UNICEF", "lead", "Water and Sanitation", "")}


def test_two_sectors_after_a_coordinating_agency_are_two_bodies() -> None:
    assert roles(
        "As coordinating agency for shelter and CCCM, IOM is appealing for USD 1.5 million."
    ) == {("IOM", "coordinator", "Shelter", ""), ("IOM", "coordinator", "CCCM", "")}


def test_words_that_are_no_topics_name_no_sector() -> None:
    assert (
        roles("The Authority is the lead agency for managing and coordinating disasters.") == set()
    )


def test_a_named_body_after_the_agency_is_read_as_before() -> None:
    assert roles("WFP, as lead agency for the Logistics Cluster, was asked to help.") == {
        ("WFP", "lead", "Logistics Cluster", "")
    }
