"""A role verb with no object ("UNICEF and Save the Children co-lead, following ...", "A
co-leads with B."): the role is in the body the text is about; and names alongside a passive's
agent in its relative clause ("led by A, which works alongside B"), which are no co-holders."""

from __future__ import annotations

from snippets import roles


def test_two_holders_co_lead_the_body_the_text_is_about() -> None:
    assert roles(
        "The Education Cluster works at national and district levels. UNICEF and Save the "
        "Children co-lead, following the global arrangement."
    ) == {
        ("UNICEF", "co-lead", "Education Cluster", ""),
        ("Save the Children", "co-lead", "Education Cluster", ""),
    }


def test_a_holder_co_leads_with_another() -> None:
    assert roles("The Protection Working Group meets each month. UNHCR co-leads with NRC.") == {
        ("UNHCR", "co-lead", "Protection Working Group", ""),
        ("NRC", "co-lead", "Protection Working Group", ""),
    }


def test_an_object_after_an_aside_is_the_body() -> None:
    assert roles(
        "The Protection Working Group meets each month. UNHCR also co-leads, with WFP, the "
        "Cash Working Group."
    ) == {
        ("UNHCR", "co-lead", "Cash Working Group", ""),
        ("WFP", "co-lead", "Cash Working Group", ""),
    }


def test_a_role_noun_after_a_comma_or_in_a_name_is_no_verb() -> None:
    assert roles("The Protection Working Group meets each month. UNICEF: Jane Doe, chair.") == set()


def test_names_alongside_an_agent_in_its_relative_clause_are_no_co_holders() -> None:
    assert roles(
        "The Protection Working Group is led by UNHCR, which works alongside WFP, NRC and UNICEF."
    ) == {("UNHCR", "lead", "Protection Working Group", "")}


def test_a_co_holder_after_a_relative_clause_s_own_role_is_one() -> None:
    assert roles(
        "The Protection Cluster, which is co-led by UNHCR together with NRC, meets monthly."
    ) == {
        ("UNHCR", "co-lead", "Protection Cluster", ""),
        ("NRC", "co-lead", "Protection Cluster", ""),
    }
