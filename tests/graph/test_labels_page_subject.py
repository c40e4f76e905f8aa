"""A label line naming no body, on a page that names one body and no other: the role is held
in that body, the page's subject (texts written for these tests after a plan's sector annex
and a cluster's country page; rows worked out by hand)."""

from __future__ import annotations

from tests.graph.test_labels import rows

_ANNEX = (
    "ANNEX II: SECTOR RESPONSE PLANS\n\n"
    "LOGISTICS\n\n"
    "Lead agency: World Food Programme (WFP)\n"
    "Contact: Jane Roe\n\n"
    "PEOPLE IN NEED      REQUIREMENTS (US$)\n"
    "40,000              120,000\n\n"
)


def test_a_label_under_a_topic_heading_takes_the_one_body_the_page_names_below() -> None:
    text = _ANNEX + (
        "The Logistics Sector in Freedonia brings together the agencies that move relief goods. "
        "The sector will map storage and transport capacity before the rainy season.\n"
    )
    assert rows(text) == {("WFP", "lead", "Logistics Sector", "", ())}


def test_a_page_naming_two_bodies_has_no_subject_for_the_label() -> None:
    text = _ANNEX + (
        "The Logistics Sector in Freedonia works with the Emergency Telecommunications Sector, "
        "which shares its hub.\n"
    )
    assert rows(text) == set()


def test_a_label_key_is_no_second_body_of_the_page() -> None:
    # "Coordination mechanism" is the key of a fact line, not a body beside the sector the
    # contact card names
    text = (
        "Freedonia\n\n"
        "Coordination mechanism: sector\n"
        "Lead agency: UNICEF\n\n"
        "Key contacts\n"
        "John Doe\n"
        "Education Sector Coordinator\n\n"
        "The Education Sector reopened 40 schools this year.\n"
    )
    assert rows(text) == {("UNICEF", "lead", "Education Sector", "", ())}


def test_a_body_named_once_in_passing_is_no_subject_of_the_page() -> None:
    text = (
        "Freedonia\n\n"
        "Year of activation: 2019, formal IASC activation in 2020\n"
        "Coordination arrangement:\n"
        "- National level: Ministry of Health Lead, UNICEF Co-lead\n"
    )
    assert rows(text) == set()


def test_a_title_naming_the_pages_one_body_holds_past_a_headings_few_lines() -> None:
    filler = "".join(f"Paragraph {i} tells of something else entirely.\n" for i in range(14))
    filler += "The Health Cluster meets every month.\n"
    assert rows(f"## Health Cluster\n\n{filler}\nLead: WHO\n") == {
        ("WHO", "lead", "Health Cluster", "", ())
    }


def test_a_body_in_a_fact_lines_value_is_no_subject_of_the_page() -> None:
    assert rows("Coordination structure: Protection Cluster\n\nLead: UNHCR\n") == set()


def test_a_body_named_again_and_again_beside_others_named_once_is_the_subject() -> None:
    text = (
        "Freedonia\n\n"
        "Deputy: Oxfam\n"
        "The cluster works through a Strategic Advisory Group.\n"
        "Coordination arrangement:\n"
        "UNICEF Lead, WFP Co-lead\n\n"
        "Key contacts\n"
        "John Doe\n"
        "Nutrition Cluster Coordinator\n\n"
        "Current challenges\n"
        "The cluster met online during the lockdown.\n"
    )
    assert rows(text) == {
        ("UNICEF", "lead", "Nutrition Cluster", "", ()),
        ("WFP", "co-lead", "Nutrition Cluster", "", ()),
    }


def test_two_bodies_each_named_twice_leave_the_page_without_a_subject() -> None:
    text = (
        "Freedonia\n\n"
        "The Nutrition Cluster and the Health Cluster share a hub.\n"
        "Coordination arrangement:\n"
        "UNICEF Lead, WFP Co-lead\n\n"
        "The Nutrition Cluster and the Health Cluster met in May.\n"
    )
    assert rows(text) == set()


def test_a_fact_box_row_without_its_colon_is_a_label_line() -> None:
    text = (
        "# Freedonia\n\n"
        "## Health Cluster figures\n\n"
        "- 1.2 million people affected\n"
        "- 2015 year activated\n"
        "- Co-coordinators World Vision\n"
    )
    assert rows(text) == {("World Vision", "co-coordinator", "Health Cluster", "", ())}


def test_a_role_word_and_a_holder_inside_prose_is_no_fact_box_row() -> None:
    text = "## Health Cluster\n\nLead UNICEF staff visited the camps.\n"
    assert rows(text) == set()
