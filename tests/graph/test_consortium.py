"""A consortium of agencies holds roles in other bodies and is itself a body with a lead and
members: the sentence decides which (roles.toml's context_bodies). Sentences in our own words,
with invented consortia, in the shapes the synthetic plans and a real cash consortium report
use."""

from __future__ import annotations

from snippets import roles


def test_a_consortium_holds_a_role() -> None:
    text = (
        "The Lakeside Health Consortium (LHC) serves as NGO co-coordinator of the Health "
        "Cluster. WFP, along with the LHC, co-leads the Cash Working Group at national level."
    )
    assert roles(text) == {
        ("LHC", "co-coordinator", "Health Cluster", ""),
        ("WFP", "co-lead", "Cash Working Group", "national"),
        ("LHC", "co-lead", "Cash Working Group", "national"),
    }


def test_a_consortium_is_a_member_among_others() -> None:
    text = (
        "The Lakeside Health Consortium (LHC), the Ministry of Health and UNICEF are members of "
        "the Nutrition Working Group."
    )
    assert roles(text) == {
        ("LHC", "member", "Nutrition Working Group", ""),
        ("Ministry of Health", "member", "Nutrition Working Group", ""),
        ("UNICEF", "member", "Nutrition Working Group", ""),
    }


def test_a_consortium_is_the_body_its_lead_agency_leads() -> None:
    text = "Implementing partner:   Mercy Corps [lead agency, Lakeside Cash Consortium (LCC)]"
    assert roles(text) == {("Mercy Corps", "lead", "LCC", "")}
