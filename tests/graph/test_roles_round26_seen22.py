"""Round 26's constructions, read from the misses of seen22's English pages (minutes naming
each holder with a title, a government body's member list): an organisation in brackets after
a person and a comma is no acronym's long form, a co-coordinator's title after its body, an
inverted "Sitting on the X are A, B and C", and "representatives of" inside a list of members.

Each expected set is worked out by hand from the invented sentence."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.acronyms import find_definitions


def test_a_bracketed_organisation_after_a_person_and_a_comma_defines_no_acronym() -> None:
    text = "Food Security Cluster Co-Coordinator, Maria Lopo (FAO) spoke first."
    assert find_definitions(text) == []


def test_titles_after_a_label_give_each_holder_its_own_co_coordinator_seat() -> None:
    text = (
        "SHELTER COORDINATION MEETING MINUTES\nDATE: 3rd May 2021\n"
        "CHAIR: Omar Diallo (UNHCR) Shelter Cluster Co-Coordinator, Lena Moss (IOM) "
        "Shelter Cluster Co-Coordinator\n"
    )
    assert roles(text) == {
        ("UNHCR", "co-coordinator", "Shelter Cluster", ""),
        ("IOM", "co-coordinator", "Shelter Cluster", ""),
    }


def test_an_inverted_sitting_on_names_its_first_member_too() -> None:
    text = "Sitting on the Flood Response Committee are UNICEF, WHO and WFP."
    body = "Flood Response Committee"
    assert roles(text) == {
        ("UNICEF", "member", body, ""),
        ("WHO", "member", body, ""),
        ("WFP", "member", body, ""),
    }


def test_representatives_of_inside_a_list_of_members_go_on_with_it() -> None:
    text = (
        "Sitting on the Flood Response Committee as well will be UNICEF, and representatives "
        "of the Ministry of Water, Ministry of Energy, Ministry of Roads."
    )
    body = "Flood Response Committee"
    assert roles(text) == {
        ("UNICEF", "member", body, ""),
        ("Ministry of Water", "member", body, ""),
        ("Ministry of Energy", "member", body, ""),
        ("Ministry of Roads", "member", body, ""),
    }
