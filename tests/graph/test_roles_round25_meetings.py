"""Round 25 (seen5's refugee factsheet): a body's standing meetings, in the plural, between a
role verb and the body ("leads the regular coordination meetings for the A, B and C sectors",
"chairs the monthly meetings of the X"): the role is in the body; one sitting ("the second
meeting of the X was chaired by") stays an event (C12).  Invented sentences."""

from __future__ import annotations

from snippets import roles


def test_a_role_over_the_meetings_of_listed_sectors() -> None:
    text = (
        "UNHCR leads the weekly sector coordination meetings for the Protection, Shelter and "
        "Water sectors.\n"
    )
    assert roles(text) == {
        ("UNHCR", "lead", "Protection Sector", ""),
        ("UNHCR", "lead", "Shelter Sector", ""),
        ("UNHCR", "lead", "Water Sector", ""),
    }


def test_the_meetings_after_named_bodies_and_as_well_as() -> None:
    text = (
        "UNHCR leads the Camp Coordination Forum, as well as the regular coordination meetings "
        "for the Health and WASH sectors, and it participates in the Education sector "
        "coordination meetings.\n"
    )
    assert roles(text) == {
        ("UNHCR", "lead", "Camp Coordination Forum", ""),
        ("UNHCR", "lead", "Health Sector", ""),
        ("UNHCR", "lead", "WASH Sector", ""),
        ("UNHCR", "member", "Education Sector", ""),
    }


def test_one_meeting_is_still_an_event() -> None:
    text = "The second meeting of the Shelter Working Group was chaired by IOM.\n"
    assert roles(text) == set()
