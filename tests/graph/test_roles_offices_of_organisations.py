"""An office written with the organisation it belongs to holds the role as that organisation
(convention C1: "the Director General of the JCC" -> JCC), while a government's own office
keeps its name ("the Minister of ICT").  Sentences written here after the constructions of
dev's Nigeria coordination committee news, seen6's Seychelles committee page and seen10's Kenya
coordination overview; each expected row worked out by reading the sentence."""

from __future__ import annotations

from snippets import read, roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def test_a_ministry_named_with_its_officers_title_after_it_holds_the_role() -> None:
    """ "the Ministry of Health Director": the name read from "Ministry of" ends before the
    title of its officer; the ministry holds the chair."""
    assert roles(
        "The Crisis Consultative Forum is chaired by the Ministry of Health Director."
    ) == {("Ministry of Health", "chair", "Crisis Consultative Forum", "")}
    assert roles(
        "The Crisis Consultative Forum is chaired by the Ministry of Water Permanent Secretary."
    ) == {("Ministry of Water", "chair", "Crisis Consultative Forum", "")}


def test_an_office_unit_named_after_the_keeps_its_whole_name() -> None:
    """ "the Office of the Prime Minister" names the unit of an office: no title is cut off."""
    names = [
        m.entity.name
        for m in find_mentions("Chaired by the Office of the Prime Minister.", Resolver())
    ]
    assert names == ["Office of the Prime Minister"]
    office = "Advice came from the Office of National Security Advisor (ONSA)."
    assert [m.entity.name for m in find_mentions(office, Resolver())] == [
        "Office of National Security Advisor"
    ]


def test_the_head_of_an_organisation_known_by_its_acronym_stands_for_it() -> None:
    assert roles("The Vulnerability Committee is chaired by the Director General of DRMD.") == {
        ("DRMD", "chair", "Vulnerability Committee", "")
    }


def test_a_ministers_portfolio_written_as_an_acronym_stays_the_office() -> None:
    assert roles("The Steering Committee is chaired by the Minister of ICT.") == {
        ("Minister of ICT", "chair", "Steering Committee", "")
    }


def test_the_chairman_of_a_forum_in_a_member_list_is_the_forum() -> None:
    text = (
        "The National Humanitarian Coordination Committee comprises the Chairman of the "
        "Northern Governors' Forum, the Minister of Defence and the Chairman of the NGO Forum."
    )
    assert roles(text) == {
        ("Minister of Defence", "member", "National Humanitarian Coordination Committee", ""),
        ("Northern Governors' Forum", "member", "National Humanitarian Coordination Committee", ""),
        ("NGO Forum", "member", "National Humanitarian Coordination Committee", ""),
    }


def test_a_plural_possessive_stays_inside_a_name() -> None:
    names = [
        m.entity.name
        for m in read("The members are the Nigeria Governors' Forum and UNICEF.").mentions
    ]
    assert "Nigeria Governors' Forum" in names


def test_an_acronym_opening_a_parenthesis_before_a_comma_is_defined() -> None:
    """ "(MoSSP, under the Office of ...)": the acronym is the ministry's, so its Permanent
    Secretary later stands for the ministry."""
    text = (
        "The Ministry of State for Special Programmes (MoSSP, under the Office of the Prime "
        "Minister) set up the Crisis Response Centre. The Crisis Consultative Forum is chaired "
        "by the MoSSP Permanent Secretary."
    )
    assert roles(text) == {("MoSSP", "chair", "Crisis Consultative Forum", "")}
    holders = {c.holder.name for c in read(text).roles}
    assert holders == {"Ministry of State for Special Programmes"}


def test_a_bodys_possessive_before_its_seat_and_a_copula_gives_the_holder() -> None:
    """ "The HCF's chair is the JCC Director-General": the chair is the forum's own, and the
    Director-General of the centre stands for the centre (C1)."""
    text = (
        "The Joint Crisis Coordination Centre (JCC) opened the Humanitarian Coordination Forum "
        "(HCF). The HCF's chair is the JCC Director-General."
    )
    assert roles(text) == {("JCC", "chair", "HCF", "")}
    assert roles("The Protection Cluster's lead agency is UNHCR.") == {
        ("UNHCR", "lead", "Protection Cluster", "")
    }


def test_a_bodys_possessive_before_anything_else_gives_no_role_in_it() -> None:
    assert roles("The Logistics Cluster's work is led by WFP.") == set()


def test_a_person_after_an_office_bound_as_holder_holds_nothing() -> None:
    """Round 28 (h-prec28): "chaired by the Chairman of the X, Mr A": the office holds for X
    (C1) and the person named after it in apposition holds no second chair."""
    assert roles(
        "The Flood Task Force is chaired by the Chairman of the Water Users Forum, Mr. Jon Dale."
    ) == {("Water Users Forum", "chair", "Flood Task Force", "")}
