"""A member "takes part in" a body, as one "participates in" it (sentences written for these
tests after UNHCR factsheets; rows worked out by hand)."""

from __future__ import annotations

from snippets import roles


def test_an_agency_takes_part_in_two_country_teams() -> None:
    assert roles(
        "UNICEF also takes part in the United Nations Country Team and the Humanitarian "
        "Country Team and works closely with national NGOs."
    ) == {
        ("UNICEF", "member", "UNCT", ""),
        ("UNICEF", "member", "HCT", ""),
    }


def test_taking_part_in_a_meeting_or_a_training_is_no_membership() -> None:
    assert roles("WFP took part in the training on cash transfers in Lusaka.") == set()


def test_taking_part_in_a_body_at_its_meetings_is_membership() -> None:
    """A sitting word after the body that only says when it takes part ("at each meeting",
    "during its monthly meetings") leaves the membership in the body."""
    text = "CARE participates in the Shelter Working Group at every meeting."
    assert ("CARE", "member", "Shelter Working Group", "") in roles(text)
    text = "CARE takes part in the Shelter Working Group during its weekly sessions."
    assert ("CARE", "member", "Shelter Working Group", "") in roles(text)
