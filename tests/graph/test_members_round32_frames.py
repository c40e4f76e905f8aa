"""Round 32 (frames): a membership lead-in closed by how whole its list is ("Its membership
includes, among others:") or by the date the list is given at ("X Members (as of May 2030):")
before its colon still opens the list below, a chair listed there a member too (C8).  Texts
written here, with invented bodies; rows worked out by hand."""

from __future__ import annotations

from tests.graph.test_members import members

BODY = "National Flood Preparedness Committee"


def test_among_others_before_the_colon_opens_the_list_below() -> None:
    text = (
        "## Members of the National Flood Preparedness Committee\n\n"
        "The committee gathers line ministries and relief agencies. Its membership includes, "
        "among others:\n\n"
        "- Ministry of Water Resources – Chairperson\n"
        "- Ministry of Local Government\n"
        "- Malawi Red Cross Society\n"
    )
    assert members(text) == {
        ("Ministry of Water Resources", "chair", BODY),
        ("Ministry of Water Resources", "member", BODY),
        ("Ministry of Local Government", "member", BODY),
        ("Malawi Red Cross Society", "member", BODY),
    }


def test_a_dated_lead_in_with_its_colon_opens_the_list_below() -> None:
    text = (
        "National Flood Preparedness Committee Members (as of May 2030):\n\n"
        "- Ministry of Local Government\n"
        "- Malawi Red Cross Society\n"
    )
    assert members(text) == {
        ("Ministry of Local Government", "member", BODY),
        ("Malawi Red Cross Society", "member", BODY),
    }
