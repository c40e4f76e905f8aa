"""Role rules that depend on where a name starts and ends: a ministry in a list of members, a
name with a comma inside ("Water, Sanitation and Hygiene"), and a hub of a body whose longer
namesake (its Strategic Advisory Group) was named since. Each phrasing was read wrong in the
synthetic benchmark corpus; the expected roles are worked out from the sentences."""

from __future__ import annotations

from snippets import roles


def test_a_defined_ministry_ends_at_its_acronym_in_a_list() -> None:
    assert roles(
        "IOM, the Ministry of Social Affairs (MoSA) and Imani Education and Development "
        "Organization (IEDO) are members of the Cash Working Group (CWG)."
    ) == {
        ("IOM", "member", "CWG", ""),
        ("MoSA", "member", "CWG", ""),
        ("IEDO", "member", "CWG", ""),
    }


def test_two_acronyms_joined_by_and_are_two_names() -> None:
    assert roles(
        "The Ministry of Health (MoH) and the Sunrise Water and Sanitation Action (SWSA) are "
        "members of the HCT. Mercy Corps, MoH and SWSA are members of the Durable Solutions "
        "Task Force (DSTF)."
    ) == {
        ("MoH", "member", "HCT", ""),
        ("SWSA", "member", "HCT", ""),
        ("Mercy Corps", "member", "DSTF", ""),
        ("MoH", "member", "DSTF", ""),
        ("SWSA", "member", "DSTF", ""),
    }


def test_a_ministry_ends_where_a_defined_name_starts_after_and() -> None:
    assert roles(
        "UNICEF, the Federal Ministry of Women Affairs and Horizon Water and Sanitation Alliance "
        "(HWSA) are members of the Access Working Group."
    ) == {
        ("UNICEF", "member", "Access Working Group", ""),
        ("Federal Ministry of Women Affairs", "member", "Access Working Group", ""),
        ("HWSA", "member", "Access Working Group", ""),
    }


def test_a_name_after_a_ministry_of_a_country_does_not_take_it_in() -> None:
    assert roles(
        "IOM, the Ministry of Displacement and Return of Afghanistan and Green Valley "
        "Peacebuilding and Development Foundation (GVPDF) are members of the Prevention of Sexual "
        "Exploitation and Abuse (PSEA) Network."
    ) == {
        ("IOM", "member", "PSEA Network", ""),
        ("Ministry of Displacement and Return of Afghanistan", "member", "PSEA Network", ""),
        ("GVPDF", "member", "PSEA Network", ""),
    }


def test_a_name_with_an_enumeration_keeps_its_first_word() -> None:
    wash = "Water, Sanitation and Hygiene Sector"
    assert roles(
        "The Danish Refugee Council (DRC) is a member of the Water, Sanitation and Hygiene "
        "Sector Strategic Advisory Group."
    ) == {("DRC", "member", f"{wash} Strategic Advisory Group", "")}
    assert roles("WHO participates in the Water, Sanitation and Hygiene Sector.") == {
        ("WHO", "member", wash, "")
    }
    assert roles(
        "Day-to-day coordination of the Water, Sanitation and Hygiene Sector is shared as "
        "follows:\n- UNICEF serves as Sector Coordinator at national level;\n- ACTED serves as "
        "NGO Co-coordinator at national level."
    ) == {
        ("UNICEF", "coordinator", wash, "national"),
        ("ACTED", "co-coordinator", wash, "national"),
    }


def test_a_list_of_acronyms_is_no_enumeration_inside_a_name() -> None:
    assert roles(
        "The Sabil Education and Development Initiative (SEDI) and the Relief and Rehabilitation "
        "Commission (RRC) are members of the HCT. SEDI, RRC and the National Commission for "
        "Refugees and Returnees (NCRR) are members of the Cash Working Group."
    ) == {
        ("SEDI", "member", "HCT", ""),
        ("RRC", "member", "HCT", ""),
        ("SEDI", "member", "Cash Working Group", ""),
        ("RRC", "member", "Cash Working Group", ""),
        ("NCRR", "member", "Cash Working Group", ""),
    }


def test_a_defined_name_written_again_in_full_is_the_same_body() -> None:
    assert roles(
        "The Water, Sanitation and Hygiene (WASH) Sector is led by UNICEF.\n\nAt provincial "
        "level, the Water, Sanitation and Hygiene Sector is coordinated as follows:\n- Idlib: "
        "UNHCR serves as sub-national coordinator."
    ) == {("UNICEF", "lead", "WASH Sector", ""), ("UNHCR", "coordinator", "WASH Sector", "Idlib")}


def test_a_hub_is_of_the_body_its_words_name_not_of_its_advisory_group() -> None:
    assert roles(
        "The Camp Coordination and Camp Management (CCCM) Cluster is led by IOM, and the "
        "National Commission for Refugees and Returnees (NCRR) is a member of the Camp "
        "Coordination and Camp Management Cluster Strategic Advisory Group. At the sub-national "
        "level, the CCCM hub in Riohacha is coordinated by UNHCR, while the Cucuta CCCM hub is "
        "jointly coordinated by UNHCR and NCRR."
    ) == {
        ("IOM", "lead", "CCCM Cluster", ""),
        (
            "NCRR",
            "member",
            "Camp Coordination and Camp Management Cluster Strategic Advisory Group",
            "",
        ),
        ("UNHCR", "coordinator", "CCCM Cluster", "Riohacha"),
        ("UNHCR", "co-coordinator", "CCCM Cluster", "Cucuta"),
        ("NCRR", "co-coordinator", "CCCM Cluster", "Cucuta"),
    }
    assert roles(
        "The Nutrition Sector is led by UNICEF, and WFP is a member of the Nutrition Sector "
        "Strategic Advisory Group. The Nutrition hub in Ouallam is coordinated by UNICEF."
    ) == {
        ("UNICEF", "lead", "Nutrition Sector", ""),
        ("WFP", "member", "Nutrition Sector Strategic Advisory Group", ""),
        ("UNICEF", "coordinator", "Nutrition Sector", "Ouallam"),
    }
