"""Round 24 (seen20's regional update): a meeting named with "a" after a verb's past is one
sitting held, no standing body (C12); the same name after "the", or after a present verb of
chairing ("chairs a weekly ... Meeting"), is the standing meeting.  Invented sentences."""

from __future__ import annotations

from snippets import roles


def test_a_meeting_facilitated_once_gives_no_role() -> None:
    text = (
        "On 9 March, the World Food Programme (WFP) facilitated a Logistics Coordination Meeting "
        "with donors and partners at its office in the capital.\n"
    )
    assert roles(text) == set()


def test_a_meeting_coordinated_once_gives_no_role() -> None:
    assert (
        roles("Last week UNICEF coordinated an Inter-Agency Nutrition Meeting in Kisumu.\n")
        == set()
    )


def test_the_standing_meeting_keeps_its_chair() -> None:
    text = "The Inter-Agency Coordination Meeting is chaired by OCHA.\n"
    assert roles(text) == {("OCHA", "chair", "Inter-Agency Coordination Meeting", "")}


def test_a_weekly_meeting_chaired_in_the_present_keeps_its_chair() -> None:
    text = "OCHA chairs a weekly Inter-Agency Coordination Meeting.\n"
    assert roles(text) == {("OCHA", "chair", "Inter-Agency Coordination Meeting", "")}
