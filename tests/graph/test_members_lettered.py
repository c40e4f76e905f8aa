"""Member lists of acts and decrees written with lettered items ("a. ...    Member"), the seat
in the last column, a body named again by one modifier and its head ("the National
Commission"), and a lettered item that is itself a lead-in over its own list ("c) Members of
the Committee, who are ...: A, B") (members.py, bodyshort.py, mentions.py).  Texts written here
after constructions of real pages (tests/generalisation/dev/SOURCES-r21-list21.md); rows worked
out by hand."""

from __future__ import annotations

from snippets import roles

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


def test_a_chair_after_a_comma_and_representatives_of_units_after_a_semicolon() -> None:
    text = (
        "The Central Committee for Flood Control is made up of:\n\n"
        "a) The Deputy Prime Minister, Chairman of the Committee\n\n"
        "b) Members of the Central Committee, who are leaders of ministries: Ministry of "
        "Transport, Ministry of Health; representatives of some units of Ministry of Health, "
        "National Committee for Mountain Rescue;\n"
    )
    body = "Central Committee for Flood Control"
    assert members(text) == {
        ("Deputy Prime Minister", "chair", body),
        ("Deputy Prime Minister", "member", body),  # listed among the members (C8)
        ("Ministry of Transport", "member", body),
        ("Ministry of Health", "member", body),
        ("National Committee for Mountain Rescue", "member", body),
    }


def test_offices_each_followed_by_the_name_of_the_person_holding_it() -> None:
    """An office written by its portfolio, then the minister's name (an initial, a nickname
    in quotes): the office is the member (C1), no name read as an organisation."""
    text = (
        "The Lakeside Platform for Flood Safety (LPFS) has been set up again. "
        "Its members include Water Minister J Banda, Trade Minister Mary Phiri 'Mapa' and "
        "Roads Minister Peter Mwale."
    )
    body = "Lakeside Platform for Flood Safety"
    assert members(text) == {
        ("Water Minister", "member", body),
        ("Trade Minister", "member", body),
        ("Roads Minister", "member", body),
    }


def test_offices_with_their_holders_as_its_members() -> None:
    text = (
        "The Lakeside Platform for Flood Safety (LPFS) has been set up again, with Home "
        "Minister Anna Tembo as its chairperson and, among others, Water Minister Jon Banda "
        "and Trade Minister Mary Phiri as its members."
    )
    assert roles(text) == {
        ("Home Minister", "chair", "LPFS", ""),
        ("Water Minister", "member", "LPFS", ""),
        ("Trade Minister", "member", "LPFS", ""),
    }


def lettered_act(n: int) -> str:
    """An act's lettered list of ``n`` offices each with its seat in the last column."""
    lines = "".join(
        f"{chr(97 + i % 26)}. Minister for Portfolio {i}    Member\n\n"
        f"{chr(97 + (i + 1) % 26)}. Chairman, Board {i} (B{i}) or his nominee    Member\n\n"
        for i in range(n)
    )
    return (
        "The Government may set up a National Flood Management Commission.\n\n"
        "The members of the National Commission shall be :-\n\n" + lines
    )


def test_eight_times_the_lettered_items_take_about_eight_times_as_long() -> None:
    from tests.graph.test_linear_reading import growth, read

    small, large = lettered_act(250), lettered_act(2000)
    ratio = growth(read, small, large, repeat=2)
    assert ratio < 24, f"8x the items took {ratio:.1f}x as long (quadratic: 64x)"
