"""Round 24 (seen20's cluster strategy table): the last item of a list after a serial comma
(", and KSR") is an item like the others, an unknown acronym among known ones an organisation.
Invented list."""

from __future__ import annotations

from snippets import roles


def test_the_item_after_a_serial_comma_is_a_member() -> None:
    text = "Strategic Advisory Group agencies: UNHCR, IOM, NRC, QRCS, ECHO, and KSR.\n"
    assert ("KSR", "member", "Strategic Advisory Group", "") in roles(text)


def test_the_same_list_without_the_serial_comma() -> None:
    text = "Strategic Advisory Group agencies: UNHCR, IOM, NRC, QRCS, ECHO and KSR.\n"
    assert ("KSR", "member", "Strategic Advisory Group", "") in roles(text)
