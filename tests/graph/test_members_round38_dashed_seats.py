"""Round 38, compositions whose lines close on a seat after a dash: a state committee "made up
of the members below" while its sentence goes on, in numbered table rows ("1 | X - Chairperson
(ex-officio) |", "2 | Y -Member |"); an act's "there shall be a X as follows:-" over lettered
items run together on one line ("(a) X - Chairman (b) Representative of Y - Member ..."), the
head of a society or an association standing for it (C1), a designated officer no member, and
the next paragraph "(2)" closing the list.  Texts written here, with invented bodies; rows
worked out by hand; and a post before a department no rule named ("Secretary, X Department")."""

from __future__ import annotations

import pytest
from snippets import roles

from coordkg.graph.extract.members import _dash_seat


def test_numbered_rows_under_members_below_in_a_sentence_that_goes_on() -> None:
    text = (
        "The Provincial Government has set up the Flood Response Committee, made up of the "
        "members below, to advise the governor on relief.\n"
        "1 | Principal Secretary - Chairperson (ex-officio) |\n"
        "2 | Relief Commissioner -Member |\n"
        "3 | Chief Engineer - Member |\n"
        "The Flood Response Committee meets every month.\n"
    )
    body = "Flood Response Committee"
    assert roles(text) == {
        ("Principal Secretary", "chair", body, ""),
        ("Principal Secretary", "member", body, ""),  # a chair in the list is a member (C8)
        ("Relief Commissioner", "member", body, ""),
        ("Chief Engineer", "member", body, ""),
    }


def test_lettered_items_run_together_under_there_shall_be_as_follows() -> None:
    text = (
        "Section 9\n"
        "Valley Relief Committee\n"
        ": (1) For relief work in the valley there shall be a Valley Relief Committee as "
        "follows:-\n"
        "(a) Chief Valley Officer - Chairman (b) Representative of the Valley Water Board - "
        "Member (c) District Head of Lakeside Red Cross Society -Member (d) Head of Valley "
        "Traders Association; -Member (e) Officer designated by Chief Valley Officer - Member "
        "Secretary (2) The duties of the Valley Relief Committee are as follows:-\n"
        "(a) To help the Council, Executive Board and others.\n"
    )
    body = "Valley Relief Committee"
    assert roles(text) == {
        ("Chief Valley Officer", "chair", body, ""),
        ("Chief Valley Officer", "member", body, ""),
        ("Valley Water Board", "member", body, ""),
        ("Lakeside Red Cross Society", "member", body, ""),  # its head stands for it (C1)
        ("Valley Traders Association", "member", body, ""),
    }


@pytest.mark.parametrize(
    ("line", "seat"),
    [
        ("Agriculture Commissioner -Member", "Member"),
        ("Head of Confederation of Trade and Commerce-Member", "Member"),
        ("Chief Secretary - Chairperson (ex-officio) |", "Chairperson"),
        ("Inter-Agency Standing Committee", None),  # a hyphen inside a name
        ("Officer designated by the Mayor - Member Secretary", None),  # no label word
        ("- Member", None),  # no name before the dash
        ("Government of Lakeland - Co-chair", None),  # a co-chair's word, read as the note
        ("UNICEF - Vice-Chair", None),  # a deputy's seat (C14), no chair
    ],
)
def test_a_seat_after_the_last_dash_of_a_line(line: str, seat: str | None) -> None:
    hit = _dash_seat(line)
    assert (hit.group("seat") if hit else None) == seat


def test_a_post_then_a_department_no_rule_named_after_its_comma() -> None:
    # the department the post is held in is the member (C1); a portfolio alone names none
    text = (
        "The Lakeland Relief Board is made up of the following members:\n"
        "1. Secretary, Public Works & Housing Department - Member\n"
        "2. Principal Secretary, Finance - Member\n"
    )
    assert roles(text) == {
        ("Public Works & Housing Department", "member", "Lakeland Relief Board", ""),
    }
