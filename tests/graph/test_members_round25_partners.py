"""Round 25 (seen11's regional plan): a plan's acronym defined after its name's tail ("... Plan
for the Horn of Africa and Yemen (RMRP)"), a heading "<ACRONYM> PARTNERS" over its partners, and
list lines labelled by a level or a country ("Regional: A, B", "YEMEN: C"), each line's partners
members of the plan there (C11).  Invented page."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.acronyms import find_definitions

PLAN = "Joint Response Plan for the Great Lakes Region and Rwanda"

PAGE = (
    "JOINT RESPONSE PLAN FOR THE GREAT LAKES REGION AND RWANDA\n\n"
    f"The {PLAN} (JRP) sets out how partners help people displaced in the region.\n\n"
    "JRP PARTNERS\n\n"
    "Regional: OCHA, UNHCR, IRC\n\n"
    "RWANDA: UNICEF, Plan International and WFP.\n\n"
    "BURUNDI: the Ministry of Health, the Civil Protection ...\n"
)


def test_the_acronym_spells_the_name_before_its_tail() -> None:
    (d,) = find_definitions(f"The {PLAN} (JRP) sets out ...")
    assert d.long == PLAN


def test_a_tail_in_lower_case_is_prose_no_long_form() -> None:
    assert not find_definitions("The Joint Response Plan for people who fled the region (JRP).")


def test_partners_under_level_and_country_labels() -> None:
    found = roles(PAGE)
    assert {
        ("OCHA", "member", "JRP", "regional"),
        ("UNHCR", "member", "JRP", "regional"),
        ("IRC", "member", "JRP", "regional"),
        ("UNICEF", "member", "JRP", "Rwanda"),
        ("WFP", "member", "JRP", "Rwanda"),
        ("Ministry of Health", "member", "JRP", "Burundi"),
    } <= found


def test_the_acronym_heading_is_the_plan_not_a_longer_name() -> None:
    bodies = {body for _, _, body, _ in roles(PAGE)}
    assert bodies == {"JRP"}


def test_a_label_that_is_no_place_gives_no_scope() -> None:
    text = PAGE.replace("RWANDA:", "Technical Advisor:")
    assert not any(scope == "Rwanda" for *_, scope in roles(text))


def test_a_place_label_after_a_blank_line_does_not_reopen_a_list_of_plain_lines() -> None:
    # round 26: only a place's or level's part of a list goes on past a blank line to the next
    # such part; a list of plain names ends at its blank line, a labelled line below it is
    # no part of it
    text = (
        "LAKESIDE NGO FORUM\n\n"
        "The members of the Lakeside NGO Forum (LNF) are:\n"
        "Oxfam\n"
        "CARE International\n\n"
        "RWANDA: UNICEF, WFP\n"
    )
    assert roles(text) == {("Oxfam", "member", "LNF", ""), ("CARE", "member", "LNF", "")}


def test_a_label_naming_any_level_word_of_the_languages_table() -> None:
    # round 30: the level labels take languages.toml's level words ("local" too)
    found = roles(PAGE.replace("Regional:", "Local level:"))
    assert {("OCHA", "member", "JRP", "local"), ("IRC", "member", "JRP", "local")} <= found


def test_a_country_or_capital_field_over_a_list_is_no_level_and_its_place_no_member() -> None:
    for field, place in (("Country", "Uganda"), ("Capital", "Juba")):
        text = f"Members of the Shelter Cluster:\n{field}: {place}\n- UNHCR\n- IOM\n"
        assert roles(text) == {
            ("UNHCR", "member", "Shelter Cluster", ""),
            ("IOM", "member", "Shelter Cluster", ""),
        }
    found = roles("Members of the Shelter Cluster:\nCountry level: UNHCR, IOM\n")
    assert ("IOM", "member", "Shelter Cluster", "national") in found
