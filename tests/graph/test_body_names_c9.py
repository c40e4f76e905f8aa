"""Round 22, convention C9: a level word written in a body's name stays in the name and is no
scope, a body's name's last words name it again ("The Policy Group"), and an area of a country
written bare before a body's own name is where that body works ("Kano Shelter Sector"), while a
country's name or an area with its head noun stays in the name (mentions.py, bodyphrases.py,
bodyshort.py, members.py).  Sentences written here after constructions of seen6, seen8, seen11,
seen13 and seen17; the rows are worked out by hand."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _bodies(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Surface -> (entity name, scope level, scope place) of every body-like mention."""
    return {
        m.surface: (
            m.entity.name,
            m.qualifier.level if m.qualifier else None,
            m.qualifier.place.name if m.qualifier and m.qualifier.place else None,
        )
        for m in find_mentions(text, Resolver())
        if m.entity.kind not in ("UNAgency", "InternationalNGO", "Country", "Office", "State")
    }


def test_a_capitalised_level_before_a_phrase_body_stays_in_its_name() -> None:
    # seen6's Cayman plan: the policy group is named with its level, and the gold keeps it
    found = _bodies("The National Hazard Management Policy Group takes policy decisions.")
    assert found == {
        "National Hazard Management Policy Group": (
            "National Hazard Management Policy Group",
            None,
            None,
        )
    }
    # beside it, a lower-case level word before the phrase is the level it works at
    assert roles("Save the Children leads the national education sector.") == {
        ("Save the Children", "lead", "Education Sector", "national")
    }


def test_the_last_words_of_a_body_named_before_name_that_body() -> None:
    text = (
        "The National Hazard Management Policy Group takes policy decisions. "
        "The Policy Group is led by the Deputy Governor."
    )
    assert roles(text) == {
        ("Deputy Governor", "lead", "National Hazard Management Policy Group", "")
    }


def test_last_words_before_the_full_name_name_nothing() -> None:
    text = (
        "The Policy Group is led by the Deputy Governor. "
        "The National Hazard Management Policy Group takes policy decisions."
    )
    assert roles(text) == set()


def test_a_known_name_that_ends_a_longer_one_stays_itself() -> None:
    # "the Protection Cluster" is a name of its own, not the last words of the national one
    text = "The National Protection Cluster met. The Protection Cluster is led by UNHCR."
    assert roles(text) == {("UNHCR", "lead", "Protection Cluster", "")}


def test_an_area_written_bare_before_a_body_is_its_scope() -> None:
    # seen13's Adamawa minutes: the state before the sector's own name is where it works
    assert roles("In Nigeria, the Kano Shelter Sector is led by IOM.") == {
        ("IOM", "lead", "Shelter Sector", "Kano")
    }


def test_an_area_with_its_head_noun_or_a_country_stays_in_the_name() -> None:
    # seen8 and seen11: "Borno State ..." names the state's own body; a country before a body
    # is a proper name (C9: "Kenya Humanitarian Partnership Team")
    assert roles("In Nigeria, the Kano State Shelter Sector is led by IOM.") == {
        ("IOM", "lead", "Kano State Shelter Sector", "")
    }
    assert roles("The Kenya Humanitarian Partnership Team is led by OCHA.") == {
        ("OCHA", "lead", "Kenya Humanitarian Partnership Team", "")
    }


def test_of_two_countries_named_as_often_the_one_whose_areas_are_named() -> None:
    text = "Returnees from Niger reached the camp. OCHA Nigeria counted them in Kano and Borno."
    places = {m.surface: m.entity.name for m in find_mentions(text, Resolver())}
    assert places.get("Kano") == "Kano" and places.get("Borno") == "Borno"
    # beside it, with Niger alone named, Nigeria's states are no areas of the document's country
    alone = "Returnees from Niger reached the camp. They were counted in Kano."
    assert "Kano" not in {m.surface for m in find_mentions(alone, Resolver())}


def test_a_member_list_under_a_placed_body_has_its_place() -> None:
    text = "Kano Shelter Sector meeting, Nigeria\n\nMember Agencies: IOM, UNHCR and NRC\n"
    assert roles(text) == {
        ("IOM", "member", "Shelter Sector", "Kano"),
        ("UNHCR", "member", "Shelter Sector", "Kano"),
        ("NRC", "member", "Shelter Sector", "Kano"),
    }


def test_a_level_tier_of_the_listing_body_is_no_member_of_it() -> None:
    # dev and seen5's Palestine cash group: the national tier keeps "National" in its name
    # (C9) and is a part of the group that is made up of it, not a member
    text = (
        "The Cash Working Group (CWG) coordinates cash assistance. "
        "The working group is made up of the National CWG, UNHCR and WFP."
    )
    assert roles(text) == {("UNHCR", "member", "CWG", ""), ("WFP", "member", "CWG", "")}
    # beside it, a body of another name with a level word in it is a member
    text = (
        "The Cash Working Group (CWG) coordinates cash assistance. "
        "The working group is made up of UNHCR, WFP and the National NGO Forum."
    )
    assert roles(text) == {
        ("UNHCR", "member", "CWG", ""),
        ("WFP", "member", "CWG", ""),
        ("National NGO Forum", "member", "CWG", ""),
    }


def test_a_lower_case_state_before_a_body_phrase_is_its_level() -> None:
    # round 30: the phrase modifiers take languages.toml's level words ("state" too)
    text = "Each province will set up a state emergency committee, under the chairmanship of the chief minister."
    assert roles(text) == {("chief minister", "chair", "Emergency Committee", "governorate")}


def test_global_written_before_a_known_body_stays_in_its_name() -> None:
    # seen22's Yemen page and seen15's Malawi page: the global cluster is another body than
    # the country's cluster of the same topic, and the gold names it with "Global"
    found = _bodies("WHO was appointed to co-lead the Global Nutrition Cluster in 2006.")
    assert found["Global Nutrition Cluster"][0] == "Global Nutrition Cluster"
    assert roles("UNICEF and WHO became Co-Leads of the Global Nutrition Cluster.") == {
        ("UNICEF", "co-lead", "Global Nutrition Cluster", ""),
        ("WHO", "co-lead", "Global Nutrition Cluster", ""),
    }
