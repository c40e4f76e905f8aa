"""Round 20 (precision): rows the rules gave that the gold reads as no role, each a construction
of several pages (dev, seen2, seen3, seen4, seen6, seen16); the texts are invented, the constructions
the pages'."""

from __future__ import annotations

from snippets import roles

MINUTES = (
    "Lakeside Inter-Agency Working Group (LIAWG)\n"
    "Meeting minutes\n\n"
    "Date: 3 May 2016\n"
    "Chair: Ana Lind - UNHCR Senior Protection Officer\n"
    "Participants: UNICEF, WFP, IOM\n\n"
    "1. Welcome\n\n"
    "UNICEF leads the Lakeside Education Sector.\n"
)


def test_a_chair_label_in_minutes_names_that_meetings_chair() -> None:
    """C12: "Chair: A" in the header of a set of minutes (seen3 Egypt, seen4 Viet Nam)."""
    assert ("UNHCR", "chair", "LIAWG", "") not in roles(MINUTES)
    assert ("UNICEF", "lead", "Lakeside Education Sector", "") in roles(MINUTES)


def test_a_chair_label_outside_minutes_is_the_bodys_chair() -> None:
    text = MINUTES.replace("Meeting minutes", "Composition")
    assert ("UNHCR", "chair", "LIAWG", "") in roles(text)


def test_a_chair_label_naming_its_body_stays_in_minutes() -> None:
    text = MINUTES.replace("Chair: Ana Lind - ", "Chair of the LIAWG: ")
    assert ("UNHCR", "chair", "LIAWG", "") in roles(text)


def test_coordinated_after_a_determiner_is_an_adjective() -> None:
    """ "the HCT has stepped up its coordinated support" (seen4 Mongolia): no coordinator."""
    text = (
        "Led by Ana Lind, UN Resident Coordinator, the HCT has stepped up its coordinated "
        "support to herders, working closely with the State Emergency Commission."
    )
    assert roles(text) == {("Resident Coordinator", "lead", "HCT", "")}
    assert roles("UNICEF coordinated the Nutrition Cluster in 2019.") == {
        ("UNICEF", "coordinator", "Nutrition Cluster", "")
    }


def test_with_after_a_clause_of_its_own_names_a_partner() -> None:
    """ "Led by A, the X has stepped up its support, working closely with B" (seen4, seen6)."""
    text = (
        "Led by UNHCR, the Protection Sector has stepped up its support to refugees, working "
        "closely with the Ministry of Interior."
    )
    assert roles(text) == {("UNHCR", "lead", "Protection Sector", "")}
    assert roles("UNHCR co-leads the Protection Sector with NRC.") == {
        ("UNHCR", "co-lead", "Protection Sector", ""),
        ("NRC", "co-lead", "Protection Sector", ""),
    }


def test_a_level_before_coordination_and_a_name_is_its_scope() -> None:
    """ "the national coordination Forum on Gender, co-chaired by A and B" (seen16 Lesotho)."""
    text = (
        "UNDP backs the national coordination Forum on Gender, chaired by the Ministry of Gender."
    )
    assert roles(text) == {("Ministry of Gender", "chair", "Forum on Gender", "national")}


def test_an_occasion_before_a_passive_takes_its_agents() -> None:
    """ "Forums were set up after long discussions led by A" (dev's Iraq page): A led the talks."""
    text = (
        "Lakeside Coordination Forums (LCFs) were set up after long discussions led by the "
        "Resident Coordinator with the Ministry of Planning."
    )
    assert roles(text) == set()
    assert roles("The Lakeside Coordination Forum is led by the Resident Coordinator.") == {
        ("Resident Coordinator", "lead", "Lakeside Coordination Forum", "")
    }


def test_what_is_set_up_to_coordinate_is_the_coordinator() -> None:
    """ "the Prime Minister directed that a centre be set up to coordinate the response" (dev)."""
    text = (
        "The Prime Minister directed that a national centre be set up to coordinate the response."
    )
    assert roles(text) == set()
    assert roles("UNHCR has a mandate to coordinate the refugee response.") == {
        ("UNHCR", "coordinator", "Refugee Response", "")
    }


def test_a_body_before_lead_agencies_names_agencies() -> None:
    """ "together with OCHA and the UN cluster lead agencies" (seen14's Zimbabwe page)."""
    text = (
        "The Department of Civil Protection (DCP) coordinates the overall Government response "
        "together with OCHA and the UN cluster lead agencies."
    )
    assert {r[2] for r in roles(text)} == {"Overall Government Response"}


def test_a_place_past_the_roles_clause_is_no_scope() -> None:
    """ "..., made up of A and B, has done much to rid Ghana of Guinea worm" (seen16's Ghana
    report): Guinea is past the clause that gave the roles (the plan's own country between)."""
    text = (
        "Ghana Country Report. In Ghana, the Lakeside Worm Partnership, made up of the Ghana "
        "Health Service, UNICEF and WHO, has done much to rid Ghana of Guinea worm."
    )
    assert {r[3] for r in roles(text)} == {""}


def test_under_the_overall_leadership_is_a_line_of_reporting() -> None:
    """ "the Health Cluster ..., under the overall leadership of the HC" (seen15's Somalia page),
    as "under the overall coordination of UNHCR" on dev's Jordan page: no lead."""
    text = (
        "The Health Cluster sets up clear lines of accountability for the response in health, "
        "under the overall leadership of the UN Humanitarian Coordinator."
    )
    assert roles(text) == set()
    assert roles("The Health Cluster, under the leadership of the Ministry of Health, meets.") == {
        ("Ministry of Health", "lead", "Health Cluster", "")
    }
