"""Round 12: role sentences of seen8's kinds (issue 13) — sentences written for these tests in our
own words with the construction of a real page, rows worked out by hand."""

from __future__ import annotations

from snippets import roles


def test_under_leadership_of_without_the_and_a_kind_named_in_parentheses() -> None:
    # "the government (Office of the Prime Minister)": the office in parentheses is the holder
    assert roles(
        "The Government of Uganda hosts the refugees. Camp meetings reported to the Protection "
        "Cluster under leadership of UNHCR and the government (Office of the Prime Minister)."
    ) == {
        ("UNHCR", "lead", "Protection Cluster", ""),
        ("Office of the Prime Minister", "lead", "Protection Cluster", ""),
    }


def test_serves_as_its_secretariat() -> None:
    assert roles(
        "The Inter-Cluster Coordination Group (ICCG) is chaired by OCHA, and UNDP serves as its "
        "secretariat."
    ) == {
        ("OCHA", "chair", "ICCG", ""),
        ("UNDP", "secretariat", "ICCG", ""),
    }


def test_supports_it_as_co_lead_takes_the_level_of_the_role_before() -> None:
    assert roles(
        "The Shelter Cluster is led by IFRC at the national level, and CARE supports it as Co-Lead."
    ) == {
        ("IFRC", "lead", "Shelter Cluster", "national"),
        ("CARE", "co-lead", "Shelter Cluster", "national"),
    }


def test_this_and_the_end_of_a_name_refers_back_to_that_body() -> None:
    found = roles(
        "The Refugee Response Steering Group met in May. The Ministry of Health chairs this "
        "Steering Group, and UNHCR serves as its co-chair."
    )
    assert found == {
        ("Ministry of Health", "chair", "Refugee Response Steering Group", ""),
        ("UNHCR", "co-chair", "Refugee Response Steering Group", ""),
    }


def test_agents_paired_with_bodies_respectively() -> None:
    assert roles(
        "In 2010 the Nutrition Cluster and the Health Cluster were merged, under the leadership "
        "of UNICEF and WHO (respectively)."
    ) == {
        ("UNICEF", "lead", "Nutrition Cluster", ""),
        ("WHO", "lead", "Health Cluster", ""),
    }
    assert roles(
        "WFP and UNICEF lead the Logistics Cluster and the Education Cluster respectively."
    ) == {
        ("WFP", "lead", "Logistics Cluster", ""),
        ("UNICEF", "lead", "Education Cluster", ""),
    }


def test_respectively_pairing_other_things_leaves_every_holder_in_every_body() -> None:
    assert roles(
        "UNHCR and IOM co-lead the Shelter Cluster and the CCCM Cluster, which have 12 and 15 "
        "partners respectively."
    ) == {
        ("UNHCR", "co-lead", "Shelter Cluster", ""),
        ("IOM", "co-lead", "Shelter Cluster", ""),
        ("UNHCR", "co-lead", "CCCM Cluster", ""),
        ("IOM", "co-lead", "CCCM Cluster", ""),
    }


def test_without_respectively_every_agent_holds_the_role_in_the_last_body() -> None:
    # the plain-form verb "lead" before "the" is the role verb too
    assert roles("WFP and FAO lead the Early Recovery Cluster.") == {
        ("WFP", "lead", "Early Recovery Cluster", ""),
        ("FAO", "lead", "Early Recovery Cluster", ""),
    }


def test_each_agent_with_its_own_place() -> None:
    assert roles(
        "After the floods in Pakistan, Education Cluster coordination was led by UNICEF in Sindh, "
        "Save the Children in Balochistan and Plan International in Punjab."
    ) == {
        ("UNICEF", "lead", "Education Cluster", "Sindh"),
        ("Save the Children", "lead", "Education Cluster", "Balochistan"),
        ("Plan International", "lead", "Education Cluster", "Punjab"),
    }


def test_its_mandate_to_coordinate_something_else_is_no_role_in_the_body_before() -> None:
    assert not roles(
        "The National Disaster Committee met in May. The director of the Disaster Management "
        "Department presented its mandate to coordinate better disaster preparedness."
    )


def test_a_mandate_to_coordinate() -> None:
    assert roles(
        "The Ministry of Health holds a mandate to coordinate the Health Cluster, and also to "
        "act as the Co-Coordinator for the Nutrition Cluster."
    ) == {
        ("Ministry of Health", "coordinator", "Health Cluster", ""),
        ("Ministry of Health", "co-coordinator", "Nutrition Cluster", ""),
    }


def test_holders_joined_by_a_slash_and_a_second_passive_after_an_acronym() -> None:
    assert roles(
        "A district level nutrition cluster also exists, led by the Ministry of Health (MOH)/ "
        "Directorate of Nutrition (DON), and co-led by UNICEF."
    ) == {
        ("MOH", "lead", "Nutrition Cluster", "district"),
        ("DON", "lead", "Nutrition Cluster", "district"),
        ("UNICEF", "co-lead", "Nutrition Cluster", "district"),
    }


def test_a_number_of_and_more_before_the_bodies() -> None:
    # the names after "namely" are whole names: no second head word is added to them
    assert roles("IOM co-leads a number of working groups, namely the Cash Working Group.") == {
        ("IOM", "co-lead", "Cash Working Group", "")
    }
    assert roles("UNHCR leads two more groups: the Returns Working Group.") == {
        ("UNHCR", "lead", "Returns Working Group", "")
    }


def test_handed_over_to_names_the_new_holder_of_the_body_the_sentence_opens_with() -> None:
    # the body is the sentence's subject, not the sectors named in between
    assert roles(
        "The Gender Network began in 2015 with three agencies that lead refugee sectors, and "
        "since 2017 the chairmanship has been handed over to UNFPA."
    ) == {("UNFPA", "chair", "Gender Network", "")}


def test_the_resident_and_humanitarian_coordinator_is_one_holder() -> None:
    assert roles(
        "The Nexus Working Group is chaired by the UN Resident and Humanitarian Coordinator (RC/HC)."
    ) == {("RC/HC", "chair", "Nexus Working Group", "")}


def test_co_leads_then_co_holders_between_commas_then_a_body_titled_in_quotes() -> None:
    # the body owning the quoted group ("of the ... Framework") holds no role of its own
    assert roles(
        'UNICEF also co-leads, with UNFPA and WHO, the Outcome Working Group "Healthy Children and '
        'Families" of the UN Sustainable Development Cooperation Framework (UNSDCF 2021-2025).'
    ) == {
        ("UNICEF", "co-lead", "Outcome Working Group Healthy Children and Families", ""),
        ("UNFPA", "co-lead", "Outcome Working Group Healthy Children and Families", ""),
        ("WHO", "co-lead", "Outcome Working Group Healthy Children and Families", ""),
    }


def test_a_sub_cluster_written_in_two_lower_case_words_and_unicef_in_lower_case() -> None:
    assert roles("In 2006 Unicef led the child protection sub cluster with district staff.") == {
        ("UNICEF", "lead", "Child Protection Sub Cluster", "")
    }


def test_an_acronym_no_one_defines_holds_the_role_next_to_it() -> None:
    # the agent right after a passive role, the subject opening a sentence before an active one
    assert roles(
        "The Partners Committee is chaired by MINSANTE and the UN Resident and Humanitarian "
        "Coordinator. ANCP is also a member of the Partners Committee."
    ) == {
        ("MINSANTE", "chair", "Partners Committee", ""),
        ("RC/HC", "chair", "Partners Committee", ""),
        ("ANCP", "member", "Partners Committee", ""),
    }


def test_an_acronym_elsewhere_in_the_sentence_is_no_holder() -> None:
    assert roles("The Partners Committee, set up by MINSANTE in 2019, is chaired by UNDP.") == {
        ("UNDP", "chair", "Partners Committee", "")
    }
