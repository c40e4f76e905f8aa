"""Round 24 (seen20's cluster strategy table): "the <country> cluster" refers back to the cluster
the document is about, and a lead-in "Partner members of the X cluster, UN agencies (4):" lists
its members, the category and count of those listed after the body.  Invented page."""

from __future__ import annotations

from snippets import roles

PAGE = (
    "Nutrition Cluster Strategy for Malawi 2024-2026\n\n"
    "Structure of the Nutrition Cluster\n"
    "Lead agency of the cluster: UNICEF\n"
    "Partner members of the Malawi cluster, UN agencies (3): World Food Programme, World Health "
    "Organization, Food and Agriculture Organization.\n"
)


def test_partner_members_of_the_country_cluster() -> None:
    found = roles(PAGE)
    body = "Nutrition Cluster"
    assert {
        ("WFP", "member", body, ""),
        ("WHO", "member", body, ""),
        ("FAO", "member", body, ""),
    } <= found


def test_a_topic_before_cluster_is_no_place() -> None:
    # "the Protection cluster" names another cluster, not the Nutrition Cluster in a place
    text = PAGE + "UNHCR leads the Protection cluster.\n"
    assert ("UNHCR", "lead", "Nutrition Cluster", "") not in roles(text)
