"""Roles whose holder or body is written elsewhere: a relative clause's antecedent, the
government or the publisher the document names, and inter-agency plans as the body."""

from __future__ import annotations

from snippets import read, roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.roles import extract_roles
from coordkg.graph.read.readers import document_from_text
from coordkg.graph.read.text import sentences


def test_a_plan_led_by_an_agency_and_an_agency_that_is_part_of_it() -> None:
    assert roles(
        "Host countries answer through the Regional Refugee and Resilience Plan (3RP), which UNHCR "
        "leads, and of which UNICEF is a member; UNICEF funds schools."
    ) == {("UNHCR", "lead", "3RP", ""), ("UNICEF", "member", "3RP", "")}


def test_a_relative_clause_that_goes_on_past_the_role_is_no_role_in_its_antecedent() -> None:
    assert (
        roles(
            "The Durable Solutions Task Force (DSTF), which UNICEF is part of a wider effort to "
            "support, meets monthly."
        )
        == set()
    )


def test_the_government_is_the_national_government_named_last() -> None:
    assert roles(
        "IOM works with the Government of Iraq (GoI). The government chairs the Durable Solutions "
        "Task Force (DSTF). Next year the Area-Based Coordination (ABC) groups will become "
        "government-led Joint Coordination Forums."
    ) == {("GoI", "chair", "DSTF", ""), ("GoI", "lead", "Joint Coordination Forum", "")}


def test_no_government_named_no_role_for_the_government() -> None:
    assert roles("The government chairs the Durable Solutions Task Force (DSTF).") == set()


def test_we_and_the_office_are_the_publisher() -> None:
    text = (
        "We co-lead the Protection Cluster with UNHCR. The Office also chairs the Cash Working "
        "Group (CWG). The office in Erbil is a member of the Gender Task Force."
    )
    resolver = Resolver()
    doc = document_from_text(text, "snippet")
    mentions = find_mentions(doc.text, resolver)
    ocha = resolver.resolve("Office for the Coordination of Humanitarian Affairs", "UNAgency")
    found, _ = extract_roles(doc, list(sentences(doc.text)), mentions, None, ocha)
    assert {
        (c.holder.name, c.role, c.body.name, tuple(e.acronym for e in c.co_holders)) for c in found
    } == {
        (ocha.name, "co-lead", "Protection Cluster", ("UNHCR",)),
        (
            "United Nations High Commissioner for Refugees",
            "co-lead",
            "Protection Cluster",
            ("OCHA",),
        ),
        (ocha.name, "chair", "Cash Working Group", ()),
    }


def test_co_holders_after_with_belong_to_the_body_before_them() -> None:
    ex = read(
        "UNICEF co-chairs the Nutrition Cluster with WFP and the Education Cluster with Save the "
        "Children."
    )
    got = {
        (
            c.holder.acronym or c.holder.name,
            c.body.name,
            tuple(e.acronym or e.name for e in c.co_holders),
        )
        for c in ex.roles
    }
    assert got == {
        ("UNICEF", "Nutrition Cluster", ("WFP",)),
        ("WFP", "Nutrition Cluster", ("UNICEF",)),
        ("UNICEF", "Education Cluster", ("Save the Children",)),
        ("Save the Children", "Education Cluster", ("UNICEF",)),
    }


def test_with_before_any_role_names_a_partner_not_a_co_holder() -> None:
    assert roles("IOM works with UNHCR and leads the Health Cluster.") == {
        ("IOM", "lead", "Health Cluster", "")
    }
