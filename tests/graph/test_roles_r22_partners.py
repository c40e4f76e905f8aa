"""Round 22's membership, passive and level wordings read from seen13's and seen15's misses: a
partner in a cluster or sector, a seat in a body ("represented in", "have seats on"), agents who
take turns ("co-chaired in rotation by"), a post written after a slash ("the EU Ambassador/Head of
Delegation") and "the capital-level".  Sentences invented after those constructions; each
expected set worked out by hand (a role's body as ``roles`` shows it: its acronym, else its
name)."""

from __future__ import annotations

from snippets import roles


def test_a_partner_in_a_sector_is_one_of_its_members() -> None:
    assert roles("IOM is an active partner in the Protection Sector.") == {
        ("IOM", "member", "Protection Sector", ""),
    }
    assert roles("IOM is an active partner in the Protection and Health sectors.") == {
        ("IOM", "member", "Protection Sector", ""),
        ("IOM", "member", "Health Sector", ""),
    }


def test_a_partner_in_a_response_or_a_programme_names_no_body() -> None:
    # C3: a response only joined or supported is no role; a programme is no body
    assert roles("WFP is a partner in the flood response in the north.") == set()
    assert roles("LWF has been a main partner in the repatriation programme in Zambia.") == set()


def test_a_seat_in_a_body_makes_a_member() -> None:
    assert roles("UNICEF is represented in the National Disaster Management Committee.") == {
        ("UNICEF", "member", "National Disaster Management Committee", ""),
    }
    assert roles("WFP and UNICEF have seats on the Inter-Agency Standing Committee.") == {
        ("WFP", "member", "IASC", ""),
        ("UNICEF", "member", "IASC", ""),
    }


def test_represented_in_a_country_is_no_seat() -> None:
    assert roles("The funds and programmes of the UN represented in Chile met.") == set()


def test_agents_taking_turns_each_hold_the_seat() -> None:
    assert roles("The Coordination Committee is co-chaired in rotation by UNDP and the EU.") == {
        ("UNDP", "co-chair", "Coordination Committee", ""),
        ("EU", "co-chair", "Coordination Committee", ""),
    }
    assert roles("The Steering Committee is chaired on a rotating basis by UNICEF and WHO.") == {
        ("UNICEF", "chair", "Steering Committee", ""),
        ("WHO", "chair", "Steering Committee", ""),
    }


def test_meeting_in_rotation_in_places_names_no_agent() -> None:
    text = "The Steering Committee meets in rotation in Amman and Irbid, with UNICEF and WHO."
    assert roles(text) == set()


def test_a_post_after_a_slash_is_no_organisation() -> None:
    # C1: "the EU Ambassador/Head of Delegation" holds for the EU alone
    text = "The Coordination Committee is chaired by the EU Ambassador/Head of Delegation."
    assert roles(text) == {("EU", "chair", "Coordination Committee", "")}
    assert roles("The Coordination Committee is chaired by the EU Delegation.") == {
        ("EU", "chair", "Coordination Committee", ""),
    }


def test_the_capital_level_is_the_national_one() -> None:
    text = "At the capital-level, UNHCR leads the Multi-Sector Operations Team."
    assert roles(text) == {("UNHCR", "lead", "Multi-Sector Operations Team", "national")}
    # the capital as a place is no level
    assert roles("UNHCR leads the Protection Working Group in the capital.") == {
        ("UNHCR", "lead", "Protection Working Group", ""),
    }
