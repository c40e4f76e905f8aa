"""Role constructions seen on real pages (sentences written for these tests; holders, bodies,
scopes and co-holders worked out by hand): lists of bodies announced by a plural noun, holders
listed after a role phrase, a co-holder named "as co-lead", back references, secretariat
support and membership words."""

from __future__ import annotations

from snippets import read, roles


def with_co_holders(text: str) -> set[tuple[str, str, str, tuple[str, ...]]]:
    return {
        (
            c.holder.acronym or c.holder.name,
            c.role,
            c.body.name,
            tuple(sorted(e.acronym or e.name for e in c.co_holders)),
        )
        for c in read(text).roles
    }


def test_one_verb_over_a_list_of_bodies_each_with_its_own_co_holder() -> None:
    assert with_co_holders(
        "UNHCR co-chairs several working groups, namely the Protection Working Group with NRC, "
        "the Shelter Working Group with IFRC and the Cash Working Group with WFP."
    ) == {
        ("UNHCR", "co-chair", "Protection Working Group", ("NRC",)),
        ("NRC", "co-chair", "Protection Working Group", ("UNHCR",)),
        ("UNHCR", "co-chair", "Shelter Working Group", ("IFRC",)),
        ("IFRC", "co-chair", "Shelter Working Group", ("UNHCR",)),
        ("UNHCR", "co-chair", "Cash Working Group", ("WFP",)),
        ("WFP", "co-chair", "Cash Working Group", ("UNHCR",)),
    }


def test_the_coordination_of_two_sectors_in_parentheses() -> None:
    assert roles("UNHCR co-leads the coordination of two sectors (Protection and Shelter).") == {
        ("UNHCR", "co-lead", "Protection Sector", ""),
        ("UNHCR", "co-lead", "Shelter Sector", ""),
    }


def test_holders_listed_after_a_role_phrase_without_holder() -> None:
    assert roles("Members of the Humanitarian Country Team include UNHCR, NRC and WFP.") == {
        ("UNHCR", "member", "HCT", ""),
        ("NRC", "member", "HCT", ""),
        ("WFP", "member", "HCT", ""),
    }
    assert roles("The co-chairs of the Cash Working Group are WFP and UNHCR.") == {
        ("WFP", "co-chair", "Cash Working Group", ""),
        ("UNHCR", "co-chair", "Cash Working Group", ""),
    }


def test_a_co_holder_named_as_co_lead_after_with() -> None:
    assert roles(
        "WHO is the lead agency of the Health Cluster, with Save the Children as co-lead."
    ) == {
        ("WHO", "lead", "Health Cluster", ""),
        ("Save the Children", "co-lead", "Health Cluster", ""),
    }


def test_a_role_without_body_gives_its_later_actor_to_the_next_role() -> None:
    # "the sector lead for child protection" names no body: NRC and OHCHR hold their own roles
    assert roles(
        "UNICEF is the sector lead for child protection, NRC is the lead for the Education "
        "Sector and OHCHR leads the Protection Sector."
    ) == {
        ("NRC", "lead", "Education Sector", ""),
        ("OHCHR", "lead", "Protection Sector", ""),
    }


def test_membership_of_the_body_it_stands_for() -> None:
    assert roles(
        "The Humanitarian Country Team meets monthly. It comprises representatives of UNHCR, "
        "WFP and NRC."
    ) == {
        ("UNHCR", "member", "HCT", ""),
        ("WFP", "member", "HCT", ""),
        ("NRC", "member", "HCT", ""),
    }


def test_a_passive_right_after_a_body_a_role_was_read_in() -> None:
    assert roles(
        "IOM is a key participant in the coordination mechanism of the Disaster Risk "
        "Reduction Platform (its name in French), led by the Ministry of Interior."
    ) == {
        ("IOM", "member", "Disaster Risk Reduction Platform", ""),
        ("Ministry of Interior", "lead", "Disaster Risk Reduction Platform", ""),
    }


def test_secretariat_support_to_the_body_it_refers_to() -> None:
    assert roles(
        "The Humanitarian Coordinator chairs the HCT, while OCHA provides the secretariat "
        "support it needs."
    ) == {
        ("HC", "chair", "HCT", ""),
        ("OCHA", "secretariat", "HCT", ""),
    }


def test_facilitated_by_and_part_of_a_plan() -> None:
    assert roles("The Cash Working Group is facilitated by WFP.") == {
        ("WFP", "coordinator", "Cash Working Group", "")
    }
    assert roles("UNHCR leads the 3RP, of which IOM is part.") == {
        ("UNHCR", "lead", "3RP", ""),
        ("IOM", "member", "3RP", ""),
    }


def test_decoys_give_no_role() -> None:
    assert (
        roles(
            "IOM leads efforts to support the Protection Cluster. IOM attended meetings of the "
            "Protection Cluster. The Protection Cluster reports to the Humanitarian Country "
            "Team. IOM is part of a wider effort."
        )
        == set()
    )


def test_co_holder_between_the_verb_and_its_body() -> None:
    assert with_co_holders(
        "UNHCR also co-leads with IOM the Refugee and Migrant Multi-Sector."
    ) == {
        ("UNHCR", "co-lead", "Refugee and Migrant Multi-Sector", ("IOM",)),
        ("IOM", "co-lead", "Refugee and Migrant Multi-Sector", ("UNHCR",)),
    }


def test_supported_by_a_co_holder_as_co_chair() -> None:
    assert roles("The Shelter Cluster is led by UNHCR, supported by IOM as a co-chair.") == {
        ("UNHCR", "lead", "Shelter Cluster", ""),
        ("IOM", "co-chair", "Shelter Cluster", ""),
    }
    # supported without a role: a partner, no row
    assert roles("The Shelter Cluster is led by UNHCR, supported by IOM.") == {
        ("UNHCR", "lead", "Shelter Cluster", "")
    }


def test_one_verb_for_several_holders_each_with_its_body() -> None:
    assert roles(
        "WHO leads the Health Cluster, UNICEF the Nutrition Cluster and WFP the Logistics Cluster."
    ) == {
        ("WHO", "lead", "Health Cluster", ""),
        ("UNICEF", "lead", "Nutrition Cluster", ""),
        ("WFP", "lead", "Logistics Cluster", ""),
    }
    assert roles(
        "UNHCR is the lead agency for the Protection Cluster, and IOM for the CCCM Cluster."
    ) == {
        ("UNHCR", "lead", "Protection Cluster", ""),
        ("IOM", "lead", "CCCM Cluster", ""),
    }
    # a list of actors and bodies after the role is no second role
    assert roles("OCHA coordinates the HCT, UNICEF and the Nutrition Cluster.") == {
        ("OCHA", "coordinator", "HCT", "")
    }


def test_a_passive_about_it_in_a_contrasted_clause_takes_its_own_scope() -> None:
    assert roles(
        "UNFPA leads the GBV Sub-Cluster at national level, while in Dohuk it is co-led by IRC."
    ) == {
        ("UNFPA", "lead", "GBV Sub-Cluster", "national"),
        ("IRC", "co-lead", "GBV Sub-Cluster", "Duhok"),
    }


def test_a_role_phrase_shared_between_holders() -> None:
    assert with_co_holders("Leadership of the CCCM Cluster is shared between UNHCR and IOM.") == {
        ("UNHCR", "lead", "Camp Coordination and Camp Management Cluster", ("IOM",)),
        ("IOM", "lead", "Camp Coordination and Camp Management Cluster", ("UNHCR",)),
    }


def test_a_role_noun_after_its_body_then_a_copula_and_the_holders() -> None:
    assert roles(
        "The Health Cluster lead agency is the World Health Organization, with Save the "
        "Children serving as Co-Lead."
    ) == {
        ("WHO", "lead", "Health Cluster", ""),
        ("Save the Children", "co-lead", "Health Cluster", ""),
    }
    assert with_co_holders("The Protection Sector co-leads are UNHCR and NRC.") == {
        ("UNHCR", "co-lead", "Protection Sector", ("NRC",)),
        ("NRC", "co-lead", "Protection Sector", ("UNHCR",)),
    }
    # no holder after the copula: no role
    assert roles("The Cash Working Group chair is responsible for the agenda.") == set()


def test_present_perfect_lead_with_a_fronted_co_holder() -> None:
    assert with_co_holders("IOM, together with UNHCR, has led the Protection Sector.") == {
        ("IOM", "lead", "Protection Sector", ("UNHCR",)),
        ("UNHCR", "lead", "Protection Sector", ("IOM",)),
    }
    assert roles("IOM has led efforts to support the Shelter Cluster.") == set()


def test_taking_on_the_coordination_of_a_body() -> None:
    assert roles("NRC takes on the coordination of the Shelter Cluster.") == {
        ("NRC", "coordinator", "Shelter Cluster", "")
    }


def test_a_level_before_the_next_role_closes_the_role_before() -> None:
    assert roles(
        "IOM chairs the Returns Working Group at national level and co-chairs the Cash "
        "Working Group with WFP in Anbar."
    ) == {
        ("IOM", "chair", "Returns Working Group", "national"),
        ("IOM", "co-chair", "Cash Working Group", "Al-Anbar"),
        ("WFP", "co-chair", "Cash Working Group", "Al-Anbar"),
    }


def test_a_clause_fronted_level_is_its_own_not_the_sentences() -> None:
    assert roles(
        "At governorate level, the Protection Cluster is co-led by UNHCR and NRC; at national "
        "level it is led by UNHCR."
    ) == {
        ("UNHCR", "co-lead", "Protection Cluster", "governorate"),
        ("NRC", "co-lead", "Protection Cluster", "governorate"),
        ("UNHCR", "lead", "Protection Cluster", "national"),
    }


def test_its_role_and_it_as_object_stand_for_the_body_named_before() -> None:
    assert roles(
        "The Interministerial Committee meets twice a year. Its president is the Ministry of "
        "Interior."
    ) == {("Ministry of Interior", "chair", "Interministerial Committee", "")}
    assert with_co_holders(
        "The Cash Working Group was set up in 2015. Its co-chairs are WFP and NRC."
    ) == {
        ("WFP", "co-chair", "Cash Working Group", ("NRC",)),
        ("NRC", "co-chair", "Cash Working Group", ("WFP",)),
    }
    assert roles("The Cash Working Group was set up in 2015. Its members include WFP and NRC.") == {
        ("WFP", "member", "Cash Working Group", ""),
        ("NRC", "member", "Cash Working Group", ""),
    }
    assert roles("The Cash Working Group was set up in 2015. WFP chairs it.") == {
        ("WFP", "chair", "Cash Working Group", "")
    }
    assert roles("The Cash Working Group was set up in 2015. Its chair is responsible.") == set()


def test_a_role_in_what_a_body_owns_is_no_role_in_the_body() -> None:
    assert roles("The meeting of the Shelter Cluster was chaired by IOM.") == set()
    assert roles("IOM is part of the Protection Cluster's response.") == set()
    assert roles("The Shelter Cluster is chaired by IOM.") == {
        ("IOM", "chair", "Shelter Cluster", "")
    }


def test_a_passive_in_parentheses_is_about_the_words_right_before_it() -> None:
    # "Child Protection" is no body here: UNICEF leads no body named before it
    assert (
        roles(
            "The Protection Cluster includes the Child Protection (led by UNICEF) and the "
            "Gender-Based Violence (led by UNFPA) sub-clusters."
        )
        == set()
    )
    assert roles(
        "There is also an Age and Disability Technical Working Group (chaired by NRC) working "
        "under the Protection Cluster."
    ) == {("NRC", "chair", "Age and Disability Technical Working Group", "")}


def test_alongside_a_co_holder_named_with_its_own_role() -> None:
    assert roles("UNHCR leads the Protection Cluster, alongside NRC as co-chair.") == {
        ("UNHCR", "lead", "Protection Cluster", ""),
        ("NRC", "co-chair", "Protection Cluster", ""),
    }


def test_in_partnership_with_after_a_role_names_partners_unless_a_body_follows() -> None:
    assert roles(
        "UNHCR is the lead agency for the Shelter Cluster, in partnership with the Ministry of "
        "Social Policy."
    ) == {("UNHCR", "lead", "Shelter Cluster", "")}
    assert roles(
        "IOM co-leads the CCCM Cluster and, in collaboration with UNDP, the Durable Solutions "
        "Technical Working Group."
    ) == {
        ("IOM", "co-lead", "CCCM Cluster", ""),
        ("IOM", "co-lead", "Durable Solutions Technical Working Group", ""),
        ("UNDP", "co-lead", "Durable Solutions Technical Working Group", ""),
    }


def test_a_framework_with_members_is_a_body_and_its_years_no_part_of_its_name() -> None:
    """A regional or partnership framework that states or agencies belong to holds roles as an
    inter-agency plan does; the years it runs over, written before its name, are no part of the
    name; one only adopted or supported holds none."""
    assert roles("UNHCR is a member of the Lakeside Partnership Framework.") == {
        ("UNHCR", "member", "Lakeside Partnership Framework", "")
    }
    assert roles("WFP is a member of the 2021-2025 Lakeside Partnership Framework.") == {
        ("WFP", "member", "Lakeside Partnership Framework", "")
    }
    assert roles("The government adopted the Lakeside Partnership Framework; UNHCR backed it.") == (
        set()
    )


def test_a_fronted_role_phrase_is_held_by_the_subject_right_after_its_comma() -> None:
    # a person no rule reads is the subject: the organisation later in the clause holds no
    # chair; an organisation's representatives stand for it (C1); after an inverted phrase's
    # copula every holder listed is its
    assert roles(
        "As Chair of the Flood Task Force, Honourable J. Doe is expected to draw on the Danish "
        "Refugee Council. As co-lead of the Shelter Cluster, representatives of IOM met partners. "
        "Sitting on the Drought Committee are the chief engineer of the district, and the "
        "Norwegian Refugee Council."
    ) == {
        ("IOM", "co-lead", "Shelter Cluster", ""),
        ("NRC", "member", "Drought Committee", ""),
    }
