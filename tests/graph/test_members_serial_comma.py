"""Round 24 (seen20): the last item of a list after a serial comma (", and KSR") is an item like
the others, an unknown acronym among known ones an organisation; a line of a list that is only a
seat's name ("Chairman", "Other Members") is no member.  Invented lists."""

from __future__ import annotations

from snippets import roles


def test_the_item_after_a_serial_comma_is_a_member() -> None:
    text = "Strategic Advisory Group agencies: UNHCR, IOM, NRC, QRCS, ECHO, and KSR.\n"
    assert ("KSR", "member", "Strategic Advisory Group", "") in roles(text)


def test_the_same_list_without_the_serial_comma() -> None:
    text = "Strategic Advisory Group agencies: UNHCR, IOM, NRC, QRCS, ECHO and KSR.\n"
    assert ("KSR", "member", "Strategic Advisory Group", "") in roles(text)


def test_a_seat_heading_line_in_a_list_is_no_member() -> None:
    # "Chairman" and "Other Members" head the names below them (seen20's committee report)
    text = "Members of the Flood Committee:\nChairman\nUNICEF\nOther Members\nWFP\nIOM\n"
    found = roles(text)
    assert ("Chairman", "member", "Flood Committee", "") not in found
    assert {
        ("UNICEF", "chair", "Flood Committee", ""),
        ("WFP", "member", "Flood Committee", ""),
    } <= found
