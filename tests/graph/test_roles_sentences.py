"""Role sentences whose holders and bodies are all named: what a parenthesis, a lost line break
or a relative clause does to them — sentences written for these tests, rows worked out by hand."""

from __future__ import annotations

from snippets import roles


def test_as_well_as_in_a_parenthesis_goes_on_with_the_list() -> None:
    # "with FAO (as well as ...)" is no "with FAO as co-chair": the list of bodies goes on
    assert roles(
        "WFP co-chairs two working groups, namely the Food Security Working Group with FAO (as "
        "well as the associated Nutrition Working Group with UNICEF) and the Cash Working Group "
        "with NRC."
    ) == {
        ("WFP", "co-chair", "Food Security Working Group", ""),
        ("FAO", "co-chair", "Food Security Working Group", ""),
        ("WFP", "co-chair", "Nutrition Working Group", ""),
        ("UNICEF", "co-chair", "Nutrition Working Group", ""),
        ("WFP", "co-chair", "Cash Working Group", ""),
        ("NRC", "co-chair", "Cash Working Group", ""),
    }


def test_a_capitalised_the_after_a_lost_line_break_starts_a_new_subject() -> None:
    # two lines run together: the actors ending the first line hold nothing in the second
    found = roles(
        "Water working group (WWG), IOM & IFRC The lead of the shelter cluster is UNHCR, as "
        "lead agency."
    )
    assert ("UNHCR", "lead", "Shelter-NFI Cluster", "") in found
    assert not {r for r in found if r[0] in ("IOM", "IFRC") and r[2] == "Shelter-NFI Cluster"}


def test_a_relative_clause_is_about_its_own_body_and_takes_its_own_level() -> None:
    assert roles(
        "In most districts the Local Coordination Forum is co-chaired by UNHCR and UNICEF, and it "
        "works under the Refugee Coordination Forum (RCF), which at the national level is chaired "
        "by UNHCR."
    ) == {
        ("UNHCR", "co-chair", "Local Coordination Forum", ""),
        ("UNICEF", "co-chair", "Local Coordination Forum", ""),
        ("UNHCR", "chair", "RCF", "national"),
    }
