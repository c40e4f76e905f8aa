"""A body can be a member of another body: clusters sit in the inter-cluster group, consortia
of agencies in working groups. Sentences written in our own words after real cluster pages and
plans; expected rows worked out by hand."""

from __future__ import annotations

from snippets import roles


def test_a_cluster_sits_as_a_member_of_the_inter_cluster_group() -> None:
    text = "The Health Cluster sits as a member of the Inter-Cluster Coordination Group (ICCG)."
    assert roles(text) == {("Health Cluster", "member", "ICCG", "")}


def test_a_consortium_is_a_member_of_a_working_group() -> None:
    text = (
        "The Riverside Shelter Consortium (RSC) is a member of the Mental Health and "
        "Psychosocial Support (MHPSS) Working Group."
    )
    assert roles(text) == {("RSC", "member", "MHPSS Working Group", "")}


def test_a_body_that_lists_its_members_is_not_a_member_of_the_next_body() -> None:
    text = (
        "The UN Country Team (UNCT) comprises the heads of UN agencies and IOM, whereas the "
        "Humanitarian Country Team (HCT) only includes the agencies in the response."
    )
    assert ("UNCT", "member", "HCT", "") not in roles(text)
    assert ("IOM", "member", "UNCT", "") in roles(text)


def test_a_body_does_not_lead_another_body_by_this_rule() -> None:
    text = "The Protection Cluster leads the Child Protection Area of Responsibility."
    assert roles(text) == set()
