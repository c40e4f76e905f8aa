"""Member lists of acts and decrees written with lettered items ("a. ...    Member"), the seat
in the last column, a body named again by one modifier and its head ("the National
Commission"), and a lettered item that is itself a lead-in over its own list ("c) Members of
the Committee, who are ...: A, B") (members.py, bodyshort.py, mentions.py).  Texts written here
after constructions of real pages (tests/generalisation/dev/SOURCES-r21-list21.md); rows worked
out by hand."""

from __future__ import annotations

from tests.graph.test_members import members

ACT = (
    "Once this Act is in force, the Government may set up a National Flood Management "
    "Commission.\n\n"
    "The members of the National Commission shall be :-\n\n"
    "a. The Prime Minister    Chairman\n\n"
    "b. Minister for Water    Member\n\n"
    "c. Leaders of all the Parties    Member\n\n"
    "d. Premier, Government of the Northern Isles    Member\n\n"
    "e. Chairman, River Works Board or his nominee    Member\n"
)


def test_a_lettered_act_list_gives_each_office_its_seat_from_the_last_column() -> None:
    """The chair in the last column is a member too (convention C8); an item naming no member
    ("Leaders of all the Parties") is passed over, the list goes on; an office and, after a
    comma, what it is the office of stand for that organisation (C1)."""
    body = "National Flood Management Commission"
    assert members(ACT) == {
        ("Prime Minister", "chair", body),
        ("Prime Minister", "member", body),
        ("Minister for Water", "member", body),
        ("Government of the Northern Isles", "member", body),
        ("River Works Board", "member", body),
    }


def test_a_lettered_item_that_lists_the_members_itself() -> None:
    text = (
        "The Central Committee for Flood Control is made up of:\n\n"
        "a) The Deputy Prime Minister, Chairman of the Committee\n\n"
        "b) Members of the Central Committee, who are leaders of ministries and agencies: "
        "Ministry of Transport, Ministry of Health, Ministry of Culture, Sports and Tourism, "
        "National Television;\n\n"
        "c) As the work requires, the Head of the Committee may invite others.\n"
    )
    body = "Central Committee for Flood Control"
    found = members(text)
    assert {
        ("Ministry of Transport", "member", body),
        ("Ministry of Health", "member", body),
        ("Ministry of Culture, Sports and Tourism", "member", body),
    } <= found
    assert not any(h.startswith("Members of") for h, _, _ in found)
