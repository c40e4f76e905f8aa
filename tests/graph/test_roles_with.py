"""What "with" adds after a role is read: a co-holder only when a name follows it, and a role of
its own when that name is given one ("with X as co-coordinator") — sentences written for these
tests, holders worked out by hand."""

from __future__ import annotations

from snippets import roles


def test_with_a_name_and_its_own_role_starts_that_role() -> None:
    text = (
        "At state level the Food Security Cluster is coordinated as follows:\n"
        "- Galmudug: coordinated by the Galmudug Ministry of Agriculture (GMoA), with Oxfam "
        "International as co-coordinator;\n"
        "- Banadir: co-led by WFP and FAO."
    )
    assert roles(text) == {  # FSC: the reference data's acronym of the cluster
        ("GMoA", "coordinator", "FSC", "Galmudug"),
        ("Oxfam", "co-coordinator", "FSC", "Galmudug"),
        ("WFP", "co-lead", "FSC", "Banadir"),
        ("FAO", "co-lead", "FSC", "Banadir"),
    }


def test_support_after_with_is_no_shared_role() -> None:
    assert roles(
        "The Protection Cluster is coordinated by UNHCR, with technical support from the "
        "Danish Refugee Council (DRC)."
    ) == {("UNHCR", "coordinator", "Protection Cluster", "")}
