"""Round 28 (seen24's committees): a committee's composition written one office a line with a
blank line between lines, an office whose portfolios end in a serial comma, a special envoy
as an office, people named by a category (no member), and a French committee "qui se compose
de représentants de A, de B et de C".  Texts written here, with invented bodies and portfolios;
rows worked out by hand."""

from __future__ import annotations

from tests.graph.test_members import members
from tests.snippets import read

BODY = "Flood Response Committee"


def test_a_spaced_list_of_offices_runs_past_its_blank_lines() -> None:
    text = (
        "The cabinet met on Monday.\n\n"
        "The members of the Flood Response Committee are:\n\n"
        "Minister of Roads\n\n"
        "Minister of Fisheries, Ports, and Shipping\n\n"
        "Special Envoy for Floods\n\n"
        "Coastal scholars\n\n"
        "Chamber of Trade and Crafts\n"
    )
    got = {h for h, role, body in members(text) if role == "member" and body == BODY}
    assert got == {
        "Minister of Roads",
        "Minister of Fisheries, Ports, and Shipping",
        "Special Envoy for Floods",
        "Chamber of Trade and Crafts",
    }


def test_a_list_of_plain_lines_still_ends_at_a_blank_line() -> None:
    text = (
        "The members of the Flood Response Committee are:\n"
        "Minister of Roads\n"
        "Minister of Fisheries\n\n"
        "Chamber of Trade and Crafts\n"
    )
    got = {h for h, _, body in members(text) if body == BODY}
    assert got == {"Minister of Roads", "Minister of Fisheries"}


def test_a_sentence_after_a_spaced_list_ends_it() -> None:
    text = (
        "The members of the Flood Response Committee are:\n\n"
        "Minister of Roads\n\n"
        "Minister of Fisheries\n\n"
        "UNICEF and WFP also support the cabinet.\n\n"
        "Save the Children\n"
    )
    got = {h for h, _, body in members(text) if body == BODY}
    assert got == {"Minister of Roads", "Minister of Fisheries"}


def test_a_heading_after_a_spaced_list_ends_it() -> None:
    text = (
        "The members of the Flood Response Committee are:\n\n"
        "Minister of Roads\n\n"
        "Minister of Fisheries\n\n"
        "## Partners\n\n"
        "Save the Children\n\n"
        "Oxfam\n"
    )
    got = {h for h, _, body in members(text) if body == BODY}
    assert got == {"Minister of Roads", "Minister of Fisheries"}


def test_a_name_ending_in_a_full_stop_stays_in_a_spaced_list() -> None:
    text = (
        "The members of the Flood Response Committee are:\n\n"
        "Minister of Roads\n\n"
        "Ministry of Finance and Economic Planning.\n\n"
        "Chamber of Trade and Crafts\n"
    )
    got = {h for h, _, body in members(text) if body == BODY}
    assert "Chamber of Trade and Crafts" in got


def test_a_serial_comma_closes_an_office_name_and_no_more() -> None:
    names = {
        m.surface for m in read("The Minister of Fisheries, Ports, and Shipping met.").mentions
    }
    assert "Minister of Fisheries, Ports, and Shipping" in names
    names = {
        m.surface
        for m in read("The Committee on Roads, Rail and Ports, and Governor Jane Doe met.").mentions
    }
    assert "Committee on Roads, Rail and Ports" in names


def test_a_french_committee_composed_of_representatives_of_offices() -> None:
    text = (
        "Le Comité National des Inondations, lequel se compose de représentants de certains "
        "ministères, de la Présidence de la République, de la Primature et de services "
        "techniques.\n"
    )
    got = {h for h, _, body in members(text) if body == "Comité National des Inondations"}
    assert got == {"Présidence de la République", "Primature"}
