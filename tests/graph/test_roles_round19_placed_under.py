"""Round 19 (h-list19): a body placed under a holder's authority, or under its stewardship, is
led by that holder, as "under the leadership of" is (seen2 Niger, seen6 Gabon and seen14 Zimbabwe
write it so); a bare "under the overall authority of" is a line of reporting and gives no role.

Each expected set is worked out by hand from the invented sentence."""

from __future__ import annotations

from snippets import roles


def test_a_body_placed_under_the_authority_of_an_office_is_led_by_it() -> None:
    text = (
        "The Inter-Agency Coordination Group is placed under the authority of the Humanitarian "
        "Coordinator."
    )
    assert roles(text) == {("HC", "lead", "Inter-Agency Coordination Group", "")}


def test_a_participle_placed_under_the_authority_of_after_its_body() -> None:
    text = (
        "A National Flood Committee placed under the authority of the Prime Minister was set up "
        "in March."
    )
    assert roles(text) == {("Prime Minister", "lead", "National Flood Committee", "")}


def test_under_the_stewardship_of_set_off_by_commas() -> None:
    text = (
        "A Standing Relief Committee, under the stewardship of the Minister of Health, meets "
        "every week."
    )
    assert roles(text) == {("Minister of Health", "lead", "Standing Relief Committee", "")}


def test_under_the_overall_authority_of_gives_no_role() -> None:
    text = "The Protection Working Group works under the {} of the Ministry of Justice."
    assert roles(text.format("overall authority")) == set()
    # "overall leadership" is a line of reporting too (round 20, seen15's Somalia page); the same
    # sentence with "leadership" is a lead: the body and its holder are both read
    assert roles(text.format("overall leadership")) == set()
    assert roles(text.format("leadership")) == {
        ("Ministry of Justice", "lead", "Protection Working Group", "")
    }
