"""Round 29's wrong rows (h-prec29): a body named after "and" with a passive role of its own
opens a clause, no agent of the passive before; a category word before "members of" says
what kind of members, no holder.

Each expected set is worked out by hand from the sentence."""

from __future__ import annotations

from snippets import roles


def test_a_body_with_its_own_passive_after_and_is_no_agent_of_the_first() -> None:
    text = (
        "The Relief Task Force is headed by his deputy and three District Committees led by "
        "the district officers."
    )
    assert roles(text) == set()


def test_a_category_word_before_members_of_is_no_holder() -> None:
    text = "NGO members of the Protection Forum are elected each year."
    assert roles(text) == set()


def test_organisations_that_are_members_of_a_body_still_hold() -> None:
    text = "Oxfam and CARE are members of the Protection Forum."
    assert roles(text) == {
        ("Oxfam", "member", "Protection Forum", ""),
        ("CARE", "member", "Protection Forum", ""),
    }
