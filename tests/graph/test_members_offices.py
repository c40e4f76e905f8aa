"""Member lists of acts and terms of reference: numbered clauses after "made up of —" or
"shall consist of the following members-", offices named by their title and remit, one title
shared by several offices, members named after "such as", and a list's scoped row over a
sentence rule's unscoped one (memberitems.py, members.py, document.py).  Texts written here
after constructions of real pages (tests/generalisation/dev/SOURCES-r11-members.md); rows
worked out by hand."""

from __future__ import annotations

import pytest
from snippets import roles

from coordkg.graph.extract.document import _scoped_lists_win
from coordkg.graph.extract.memberitems import office_item, shared_offices
from coordkg.graph.model import Entity, Evidence, RoleClaim, Scope
from tests.graph.test_members import members


def test_an_office_is_its_title_and_what_it_is_responsible_for() -> None:
    assert office_item("Minister responsible for disaster management") == (
        "Minister responsible for disaster management",
        "Office",
    )
    assert office_item("the Ministry responsible for public works") == (
        "Ministry responsible for public works",
        "Ministry",
    )
    assert office_item("the Chief Fire Officer") == ("Chief Fire Officer", "Office")
    # a clause after the remit is no part of the office; a name with no title is none
    assert office_item("Minister responsible for the Interior who shall be the Chairman") is None
    assert office_item("the Special Service Unit") is None
    assert office_item("any other members whom the Minister may nominate") is None


@pytest.mark.parametrize(
    ("item", "member"),
    [
        ("The Superintendent of the Coastal Roads Department", "Coastal Roads Department"),
        ("Chief Executive Officer of the Lakeside Municipal Corporation", "Lakeside Municipal Corporation"),
        ("The Director of the Department of Water", "Department of Water"),
        ("A Representative of LRB", "LRB"),
        ("The Commissioner of Police", "Commissioner of Police"),
        ("The Medical Officer of the District Hospital", "Medical Officer of the District Hospital"),
        ("The Ministry responsible for the Roads Department", "Ministry responsible for the Roads Department"),
        ("National Co-ordinator of the Agency", "National Co-ordinator of the Agency"),
    ],
)  # fmt: skip
def test_an_office_of_an_organisation_is_that_organisation(item: str, member: str) -> None:
    """Convention C1: an item naming an office "of" an organisation is the organisation; an
    office of a portfolio, a place, a body or a bare head noun stays the office as written."""
    found = office_item(item)
    assert found is not None and found[0] == member


def test_one_plural_title_over_a_list_is_one_office_per_item() -> None:
    assert shared_offices("the Governors of Kano, Kaduna and Sokoto states") == [
        ("Governor of Kano", "Office"),
        ("Governor of Kaduna", "Office"),
        ("Governor of Sokoto", "Office"),
    ]
    assert shared_offices("the ministers of health, culture and information, and others") == [
        ("Minister of Health", "Office"),
        ("Minister of Culture and Information", "Office"),
    ]
    # the stop after the last item is no part of it: "others." is "others", no office
    assert shared_offices("the ministers of health, culture and information, and others.") == [
        ("Minister of Health", "Office"),
        ("Minister of Culture and Information", "Office"),
    ]
    assert shared_offices("the Ministries of Health and Education") == [
        ("Ministry of Health", "Ministry"),
        ("Ministry of Education", "Ministry"),
    ]
    assert shared_offices("the Permanent Secretaries of several ministries and agencies") is None
    assert shared_offices("the Ministry of Health and Sanitation") is None


def test_numbered_clauses_after_made_up_of_are_members_until_the_next_subsection() -> None:
    text = (
        "Part 4\n\n"
        "10. Emergency advisory committee\n\n"
        "    (1)   A National Emergency Advisory Committee is hereby set up, made up of —\n\n"
        "      (a)     the Minister responsible for civil protection as Chairperson;\n\n"
        "      (b)     a public officer whom the Minister names to act in the Minister's place;\n\n"
        "      (c)     other members the Minister may appoint to represent —\n\n"
        "        (i)     the Police Force;\n\n"
        "        (ii)     the Fire Service;\n\n"
        "        (iii)     the Ministry responsible for public works;\n\n"
        "        (iv)     any other Ministries, Departments of Government and bodies the Minister "
        "considers fit.\n\n"
        "    (2)   Members of the Committee shall be paid such fees as Cabinet decides.\n"
    )
    body = "National Emergency Advisory Committee"
    assert members(text) == {
        ("Minister responsible for civil protection", "chair", body),
        ("Minister responsible for civil protection", "member", body),  # listed: a member (C8)
        ("Police Force", "member", body),
        ("Fire Service", "member", body),
        ("Ministry responsible for public works", "member", body),
    }


def test_a_seat_written_in_a_clause_after_the_item() -> None:
    text = (
        "(2) The National Disaster Committee shall consist of the following members-\n\n"
        "(a) the Minister responsible for the Interior who shall be the Chairman;\n\n"
        "(b) Ministry of Finance; and\n\n"
        "(c) the National Co-ordinator of the Agency who shall be the secretary to the "
        "Committee.\n\n"
        "(3) The Committee shall meet at least twice a year.\n"
    )
    body = "National Disaster Committee"
    assert members(text) == {
        ("Minister responsible for the Interior", "chair", body),
        ("Minister responsible for the Interior", "member", body),  # listed: a member (C8)
        ("Ministry of Finance", "member", body),
        ("National Co-ordinator of the Agency", "secretariat", body),
    }


def test_a_shared_title_in_a_list_of_semicolons() -> None:
    text = (
        "The Humanitarian Coordination Committee will be chaired by the Minister of Defence. "
        "Its other members are the Minister of Justice; the Governors of Kano, Kaduna and "
        "Sokoto states; and the Chairman of the NGO Forum."
    )
    body = "Humanitarian Coordination Committee"
    assert members(text) == {
        ("Minister of Justice", "member", body),
        ("Governor of Kano", "member", body),
        ("Governor of Kaduna", "member", body),
        ("Governor of Sokoto", "member", body),
        ("NGO Forum", "member", body),  # the forum's chairman stands for it (C1, round 20)
    }


def test_members_named_after_such_as_in_a_clause_after_a_semicolon() -> None:
    text = (
        "The country set up a National Disaster Committee in 1998. The Committee is chaired by "
        "the Principal Secretary of the Vice-President's Office; its members include the "
        "heads of key ministries and the officers in charge of services such as the Met "
        "Office, Police and Defence Force, transport, etc."
    )
    body = "National Disaster Committee"
    assert members(text) == {
        ("Met Office", "member", body),
        ("Police", "member", body),
        ("Defence Force", "member", body),
    }


def test_a_body_that_takes_in_offices() -> None:
    text = (
        "Besides the Governor, the National Hazard Management Executive takes in the Deputy "
        "Governor, the Financial Secretary and the Commissioner of Police."
    )
    body = "National Hazard Management Executive"
    assert members(text) == {
        ("Deputy Governor", "member", body),
        ("Financial Secretary", "member", body),
        ("Commissioner of Police", "member", body),
    }


def _claim(
    holder: Entity, body: Entity, scope: Scope, rule: str, at: tuple[int, int] = (0, 1)
) -> RoleClaim:
    return RoleClaim(holder, "member", body, Evidence("d", *at, "q", rule, 0.7), scope)


def test_a_member_lists_scoped_row_wins_over_the_same_row_unscoped() -> None:
    police = Entity("police", "Police", "Actor")
    unit = Entity("unit", "Special Unit", "Actor")
    cell = Entity("cell", "Coordination Cell", "CoordinationBody")
    bangui = Scope(place=Entity("bangui", "Bangui", "City"))
    said = [
        _claim(police, cell, Scope(), "roles.member"),
        _claim(unit, cell, Scope(), "roles.member"),
    ]
    listed = [_claim(police, cell, bangui, "members.list")]
    assert _scoped_lists_win(said, listed) == [said[1]]


def test_a_membership_stated_without_scope_in_another_sentence_stays() -> None:
    """The list of the Bangui cell (characters 100-180) names the Police, and so does the
    sentence the list is in; a sentence before it (0-60) says on its own that the Police are
    a member: that statement is not the list's, and stays."""
    police = Entity("police", "Police", "Actor")
    cell = Entity("cell", "Coordination Cell", "CoordinationBody")
    bangui = Scope(place=Entity("bangui", "Bangui", "City"))
    said = [
        _claim(police, cell, Scope(), "roles.member", (0, 60)),
        _claim(police, cell, Scope(), "roles.member", (100, 180)),
    ]
    listed = [_claim(police, cell, bangui, "members.list", (100, 180))]
    assert _scoped_lists_win(said, listed) == [said[0]]


def test_a_list_under_a_place_and_a_sentence_of_its_own_are_two_statements() -> None:
    """The terms of reference of a cell in Bangui list UNICEF among its members (in Bangui, the
    heading's place); a later section says on its own, with no place, that UNICEF is a member:
    two rows, the second not taken for the list's."""
    text = (
        "Terms of reference of the Flood Coordination Cell\nBangui, Central African Republic\n\n"
        "1. Objectives\n\n"
        "The Flood Coordination Cell is a platform for the exchange of information. It brings "
        "together MINUSCA, UNICEF, UNDSS for security matters and OCHA.\n\n"
        "2. Members\n\nUNICEF is a member of the Flood Coordination Cell.\n"
    )
    cell = "Flood Coordination Cell"
    assert {r for r in roles(text) if r[0] == "UNICEF"} == {
        ("UNICEF", "member", cell, "Bangui"),
        ("UNICEF", "member", cell, ""),
    }


def test_among_them_lists_the_members_the_sentence_before_spoke_of() -> None:
    text = (
        "The National Disaster Council is the highest disaster planning body in the country.\n\n"
        "Several agencies are members of the National Disaster Council and work with the "
        "national office.\n"
        "Among them:\n\n"
        "- All line ministries\n"
        "- Relief organisations such as the Salvation Army and the Red Cross\n"
        "- Rescue services such as the Kenya Defence Forces, the National Police Service and "
        "the Nairobi Fire Brigade\n"
    )
    body = "National Disaster Council"
    assert members(text) == {
        ("Salvation Army", "member", body),
        ("Red Cross", "member", body),
        ("Kenya Defence Forces", "member", body),
        ("National Police Service", "member", body),
        ("Nairobi Fire Brigade", "member", body),
    }


def test_among_them_after_a_sentence_naming_no_members_opens_nothing() -> None:
    text = (
        "Several agencies support the National Disaster Council.\n"
        "Among them:\n\n"
        "- Relief organisations such as the Salvation Army and the Red Cross\n"
    )
    assert members(text) == set()


def test_who_appoints_a_listed_office_is_no_part_of_it() -> None:
    text = (
        "The Departmental Emergency Committee shall be made up of the following posts:\n\n"
        "- The Departmental Police Chief.\n"
        "- The Departmental Public Prosecutor designated for this purpose by the Office of the "
        "Attorney General.\n"
        "- A representative of the Ministry of Public Health.\n"
    )
    body = "Departmental Emergency Committee"
    assert members(text) == {
        ("Departmental Police Chief", "member", body),
        ("Departmental Public Prosecutor", "member", body),
        ("Ministry of Public Health", "member", body),
    }


def test_a_list_line_ending_in_its_seat_names_one_member_the_organisation_named_last() -> None:
    # "post, unit, organisation, seat": the post and the unit are held in the organisation
    text = (
        "Drought Steering Committee\n\nDrought Steering Committee Members\n"
        "- Under Secretary, Water Planning Division, MoWRI, Member\n"
        "- Chief Engineer, Hydrology Branch, Ministry of Rivers, Member\n"
        "- Programme Officer (WFP), UNICEF, Member\n"
    )
    body = "Drought Steering Committee"
    assert members(text) == {
        ("MoWRI", "member", body),
        ("Ministry of Rivers", "member", body),
        ("United Nations Children's Fund", "member", body),
    }
