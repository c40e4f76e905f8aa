"""An acronym written before its explanation: "ACR (Long Form)"."""

from __future__ import annotations

from coordkg.graph.extract.acronyms import find_definitions
from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def test_an_explanation_spelling_the_acronym_defines_it() -> None:
    text = "Minutes of the FSCG (Food Security Coordination Group), March."
    [d] = find_definitions(text)
    assert (d.acronym, d.long, d.explained_after) == (
        "FSCG",
        "Food Security Coordination Group",
        True,
    )
    assert (d.paren_start, d.paren_end) == (20, 54)


def test_a_foreign_acronym_explained_by_a_headed_name_defines_it() -> None:
    [d] = find_definitions("the MSAN (Nutrition Platform) and others")
    assert (d.acronym, d.long) == ("MSAN", "Nutrition Platform")


def test_an_explanation_neither_spelling_nor_naming_defines_nothing() -> None:
    assert find_definitions("WFP (since March) and the ABC (see annex) met") == []


def test_the_acronym_is_the_body_there_and_later() -> None:
    text = "The LDMC (Lakeside District Management Committee) met. OCHA chairs the LDMC."
    found = [(m.surface, m.entity.name) for m in find_mentions(text, Resolver(), "KE")]
    assert found == [
        ("LDMC (Lakeside District Management Committee)", "Lakeside District Management Committee"),
        ("OCHA", "United Nations Office for the Coordination of Humanitarian Affairs"),
        ("LDMC", "Lakeside District Management Committee"),
    ]


def test_a_known_acronym_keeps_its_parenthesis_to_be_read() -> None:
    text = "UNHCR (Lead Agency) reported."
    assert find_mentions(text, Resolver(), "KE")[0].surface == "UNHCR"


def test_a_title_case_compound_before_a_headed_name_defines_nothing() -> None:
    """ "2 Co-Chairs (Mercy Corps and Public Aid Organisation)" names the co-chairs; "Co-Chairs"
    has two capitals but is a word, as "Sub-Sector" is."""
    text = "NERF | 2 Co-Chairs (Mercy Corps and Public Aid Organisation) | Monthly"
    assert find_definitions(text) == []
    [d] = find_definitions("the MSAN-CI (Nutrition Platform) and others")
    assert d.acronym == "MSAN-CI"
