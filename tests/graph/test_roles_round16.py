"""Round 16's constructions, read from the wrong rows and misses of seen12 (UN country team and
disaster team pages, an IOM appeal page, an NGO news item, Resident Coordinator office pages):
the venue of one event is no scope, "among the members of" makes no member, a passive said of a
list item no rule reads is no role in the item before it, a predicate describing its subject
names no second body, the Resident Coordinator's Office is an organisation of its own, "takes
an active part in" is a membership, and a membership list after "these UN agencies:" or "ten
agencies make up the X:" lists the body's members.

Each expected set is worked out by hand from the invented sentence."""

from __future__ import annotations

from snippets import roles


def test_the_venue_of_an_event_is_no_scope_of_the_memberships_after_it() -> None:
    text = (
        "Held in Gao Region, the forum had the support of CARE, Oxfam and World Vision, all of "
        "them active members of the Resilience Working Group."
    )
    assert roles(text) == {
        ("CARE", "member", "Resilience Working Group", ""),
        ("Oxfam", "member", "Resilience Working Group", ""),
        ("World Vision", "member", "Resilience Working Group", ""),
    }


def test_a_fronted_place_without_an_event_still_scopes_the_memberships() -> None:
    text = "In Gao, CARE and Oxfam are members of the Resilience Working Group."
    assert roles(text) == {
        ("CARE", "member", "Resilience Working Group", "Gao"),
        ("Oxfam", "member", "Resilience Working Group", "Gao"),
    }


def test_among_the_members_of_a_body_names_others_not_the_subject() -> None:
    text = (
        "The Resident Coordinator shares early warnings among the various members of the "
        "Food Security Cluster."
    )
    assert roles(text) == set()


def test_being_among_the_members_of_a_body_still_makes_a_member() -> None:
    text = "IOM is among the members of the Humanitarian Country Team."
    assert roles(text) == {("IOM", "member", "HCT", "")}


def test_a_passive_said_of_a_list_item_is_no_role_in_the_item_before() -> None:
    # round 21: "the Inter-Cluster meetings" is read now (a standing meeting), so the passive is
    # its chair's role there and the list goes on after it (test_roles_round21_passives)
    text = (
        "WFP takes an active part in the Humanitarian Country Team (HCT), the Cash Working "
        "Group, the Inter-Cluster meetings chaired by OCHA, the Protection Cluster and the "
        "Health Cluster."
    )
    assert roles(text) == {
        ("WFP", "member", "HCT", ""),
        ("WFP", "member", "Cash Working Group", ""),
        ("WFP", "member", "Protection Cluster", ""),
        ("WFP", "member", "Health Cluster", ""),
        ("WFP", "member", "Inter-Cluster meetings", ""),
        ("OCHA", "chair", "Inter-Cluster meetings", ""),
    }


def test_a_passive_right_after_its_body_keeps_that_body() -> None:
    text = "The Protection Working Group (PWG), led by UNHCR, meets monthly."
    assert roles(text) == {("UNHCR", "lead", "PWG", "")}


def test_unnamed_agencies_taking_an_active_part_in_it_list_members_not_the_co_leads() -> None:
    text = (
        "Staff share information at the central level of the Inter-Agency Working Group on "
        "Mobility. The group is co-led by IOM and UNHCR, and agencies of the UN system "
        "currently take an active part in it, such as: UNDP, UNFPA and UNICEF."
    )
    body = "Inter-Agency Working Group on Mobility"
    assert roles(text) == {
        ("IOM", "co-lead", body, ""),
        ("UNHCR", "co-lead", body, ""),
        ("UNDP", "member", body, ""),
        ("UNFPA", "member", body, ""),
        ("UNICEF", "member", body, ""),
    }


def test_a_predicate_describing_its_subject_names_no_second_body() -> None:
    text = (
        "The UN Country Team is the country's main mechanism for inter-agency coordination. "
        "The Resident Coordinator leads it."
    )
    assert roles(text) == {("Resident Coordinator", "lead", "UNCT", "")}


def test_the_resident_coordinators_office_is_an_organisation_of_its_own() -> None:
    text = (
        "The UN Resident Coordinator's Office acts as the Secretariat of the Donor Coordination "
        "Group. The Resident Coordinator chairs the Humanitarian Country Team."
    )
    assert roles(text) == {
        ("RCO", "secretariat", "Donor Coordination Group", ""),
        ("Resident Coordinator", "chair", "HCT", ""),
    }


def test_the_office_of_the_resident_coordinator_is_the_same_office() -> None:
    text = "The Office of the Resident Coordinator chairs the Development Partners Group."
    assert roles(text) == {("RCO", "chair", "Development Partners Group", "")}


def test_these_agencies_after_a_membership_verb_are_the_bodys_members() -> None:
    text = (
        "Today the UN Country Team in Mali brings together these UN agencies: Food and "
        "Agriculture Organization (FAO), World Bank (WB) and World Health Organization (WHO)."
    )
    assert roles(text) == {
        ("FAO", "member", "UNCT", ""),
        ("World Bank", "member", "UNCT", ""),
        ("WHO", "member", "UNCT", ""),
    }


def test_these_groups_of_people_are_no_members() -> None:
    text = "The Protection Cluster brings together these groups: women, children and elders."
    assert roles(text) == set()


def test_counted_agencies_that_make_up_a_body_before_a_colon_are_its_members() -> None:
    text = (
        "In Mali, four agencies make up the Logistics Working Group (LWG): WFP (World Food "
        "Programme), IOM, UNICEF and UNHCR."
    )
    assert roles(text) == {
        ("WFP", "member", "LWG", ""),
        ("IOM", "member", "LWG", ""),
        ("UNICEF", "member", "LWG", ""),
        ("UNHCR", "member", "LWG", ""),
    }


def test_a_task_team_is_a_body_as_a_task_force_is() -> None:
    text = "UNHCR acts as co-lead of the Anti-Trafficking Task Team."
    assert roles(text) == {("UNHCR", "co-lead", "Anti-Trafficking Task Team", "")}


def test_countries_after_a_fronted_membership_are_its_members() -> None:
    text = (
        "As members of the MIRPS, Costa Rica, Honduras and Panama have pledged to respond to "
        "forced displacement."
    )
    assert roles(text) == {
        ("Costa Rica", "member", "MIRPS", ""),
        ("Honduras", "member", "MIRPS", ""),
        ("Panama", "member", "MIRPS", ""),
    }


def test_countries_after_organisations_holding_a_fronted_membership_stay_places() -> None:
    text = "As members of the MIRPS, UNHCR and IOM support Honduras and Panama."
    assert roles(text) == {("UNHCR", "member", "MIRPS", ""), ("IOM", "member", "MIRPS", "")}


def test_fronted_countries_without_a_fronted_role_stay_scopes() -> None:
    text = "In Kenya, Uganda and Somalia, UNHCR leads the Protection Cluster."
    assert roles(text) == {
        ("UNHCR", "lead", "Protection Cluster", "Kenya"),
        ("UNHCR", "lead", "Protection Cluster", "Uganda"),
        ("UNHCR", "lead", "Protection Cluster", "Somalia"),
    }
