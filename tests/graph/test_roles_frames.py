"""Role frames beyond "HOLDER ROLE BODY": the role phrase before its holder, other verb forms,
copular inversions, membership verbs and several roles in one sentence (sentences written for
these tests; holders, bodies and scopes worked out by hand)."""

from __future__ import annotations

from snippets import read, roles


def test_fronted_role_phrase_gives_the_role_to_the_subject_after_the_comma() -> None:
    assert roles("As co-lead of the Protection Cluster, IOM will train partners.") == {
        ("IOM", "co-lead", "Protection Cluster", "")
    }
    assert roles("As Health Cluster lead, WHO called a meeting.") == {
        ("WHO", "lead", "Health Cluster", "")
    }


def test_fronted_role_phrase_in_the_other_languages() -> None:
    """ "In his capacity as chair of X, the Minister" written in French, Spanish and Portuguese:
    the holder opens the clause after the comma, after its article."""
    text = (
        "En sa qualité de président du Comité national de gestion des crises, le Ministre de la "
        "Santé, Monsieur Paul Martin, a ouvert la réunion."
    )
    assert roles(text) == {
        ("Ministre de la Santé", "chair", "Comité national de gestion des crises", "")
    }
    text = (
        "Como coordinador de la Mesa Técnica de Agua, el Ministerio de Salud convocó a los socios."
    )
    assert roles(text) == {("Ministerio de Salud", "coordinator", "Mesa Técnica de Agua", "")}
    text = "Na qualidade de coordenador do Grupo de Trabalho de Abrigo, a OIM abriu a sessão."
    assert roles(text) == {("IOM", "coordinator", "Grupo de Trabalho de Abrigo", "")}


def test_fronted_participle_with_its_co_holder() -> None:
    ex = read("Co-chairing the Cash Working Group with WFP, UNHCR reviewed transfer values.")
    got = {
        (c.holder.acronym, c.role, c.body.name, tuple(e.acronym for e in c.co_holders))
        for c in ex.roles
    }
    assert got == {
        ("UNHCR", "co-chair", "Cash Working Group", ("WFP",)),
        ("WFP", "co-chair", "Cash Working Group", ("UNHCR",)),
    }


def test_progressive_and_past_verb_forms() -> None:
    assert roles(
        "UNICEF has been leading the Nutrition Cluster since May. WHO co-chaired the Health "
        "Cluster in 2019. NRC co-led the Education Cluster with UNICEF."
    ) == {
        ("UNICEF", "lead", "Nutrition Cluster", ""),
        ("WHO", "co-chair", "Health Cluster", ""),
        ("NRC", "co-lead", "Education Cluster", ""),
        ("UNICEF", "co-lead", "Education Cluster", ""),
    }


def test_leader_coordinates_a_body_and_leads_its_coordination() -> None:
    assert roles(
        "WFP acts as leader of the Logistics Cluster. OCHA coordinates the Humanitarian Country "
        "Team and coordinates with donors. UNHCR leads the coordination of the Protection Cluster."
    ) == {
        ("WFP", "lead", "Logistics Cluster", ""),
        ("OCHA", "coordinator", "HCT", ""),
        ("UNHCR", "lead", "Protection Cluster", ""),
    }


def test_co_facilitates_convener_and_designated_lead_agency() -> None:
    assert roles(
        "NRC co-facilitates the Cash Working Group. UNICEF is the convener of the Education "
        "Cluster. WHO is the designated lead agency of the Health Cluster."
    ) == {
        ("NRC", "co-coordinator", "Cash Working Group", ""),
        ("UNICEF", "chair", "Education Cluster", ""),  # a convener chairs
        ("WHO", "lead", "Health Cluster", ""),
    }


def test_the_role_of_a_body_is_its_holder() -> None:
    assert roles("The chair of the Gender Task Force is UNFPA.") == {
        ("UNFPA", "chair", "Gender Task Force", "")
    }


def test_headed_by_and_led_by_after_a_comma() -> None:
    assert roles(
        "The Logistics Cluster, led by WFP, meets weekly. The Health Cluster is headed by WHO."
    ) == {("WFP", "lead", "Logistics Cluster", ""), ("WHO", "lead", "Health Cluster", "")}


def test_passive_with_its_level_and_a_co_coordinator_acting_as_such() -> None:
    assert roles(
        "The Protection Cluster is led at national level by UNHCR, with NRC acting as its "
        "co-coordinator."
    ) == {
        ("UNHCR", "lead", "Protection Cluster", "national"),
        ("NRC", "co-coordinator", "Protection Cluster", "national"),
    }


def test_membership_verbs() -> None:
    assert roles(
        "IOM participates actively in the Cash Working Group. UNICEF participates as a member in "
        "the Gender Task Force. WFP sits on the Humanitarian Country Team."
    ) == {
        ("IOM", "member", "Cash Working Group", ""),
        ("UNICEF", "member", "Gender Task Force", ""),
        ("WFP", "member", "HCT", ""),
    }


def test_membership_lists_after_the_body() -> None:
    assert roles(
        "The Gender Task Force has a membership that includes UNFPA, UNICEF and NRC. The Cash "
        "Working Group comprises representatives of WFP and UNHCR. The Humanitarian Country Team, "
        "whose members are OCHA and WHO, meets monthly. The Health Cluster includes IOM and NRC."
    ) == {
        ("UNFPA", "member", "Gender Task Force", ""),
        ("UNICEF", "member", "Gender Task Force", ""),
        ("NRC", "member", "Gender Task Force", ""),
        ("WFP", "member", "Cash Working Group", ""),
        ("UNHCR", "member", "Cash Working Group", ""),
        ("OCHA", "member", "HCT", ""),
        ("WHO", "member", "HCT", ""),
        ("IOM", "member", "Health Cluster", ""),
        ("NRC", "member", "Health Cluster", ""),
    }


def test_includes_after_something_else_is_no_membership() -> None:
    assert roles("The work of the Health Cluster includes support from WHO.") == set()


def test_two_roles_in_one_sentence_and_it_as_the_body() -> None:
    assert roles(
        "UNDP will chair the Logistics Cluster during normal phases while WFP will chair it "
        "during emergencies."
    ) == {("UNDP", "chair", "Logistics Cluster", ""), ("WFP", "chair", "Logistics Cluster", "")}


def test_three_co_leads_each_with_the_other_two() -> None:
    ex = read("The Education Cluster is co-led by UNICEF, NRC and Save the Children.")
    got = {
        (
            c.holder.acronym or c.holder.name,
            tuple(sorted(e.acronym or e.name for e in c.co_holders)),
        )
        for c in ex.roles
    }
    assert got == {
        ("UNICEF", ("NRC", "Save the Children")),
        ("NRC", ("Save the Children", "UNICEF")),
        ("Save the Children", ("NRC", "UNICEF")),
    }


def test_it_is_led_by_refers_to_the_body_before() -> None:
    assert roles(
        "The Logistics Cluster was activated in March. It is co-led by WFP and the Ministry of "
        "Transport."
    ) == {
        ("WFP", "co-lead", "Logistics Cluster", ""),
        ("Ministry of Transport", "co-lead", "Logistics Cluster", ""),
    }


def test_its_leadership_at_the_start_is_the_previous_subject() -> None:
    assert roles(
        "UNHCR opened an office in the north. Its leadership of the Protection Cluster began in "
        "2014."
    ) == {("UNHCR", "lead", "Protection Cluster", "")}


def test_efforts_and_groups_of_people_are_no_roles() -> None:
    assert (
        roles(
            "WFP leads efforts to reach vulnerable groups. IOM coordinates the distribution of kits. "
            "UNICEF led the assessment with the Health Cluster."
        )
        == set()
    )


def test_a_fronted_phrase_with_two_holders_and_a_partner_after_them() -> None:
    assert roles(
        "As co-leads of the Education Cluster, UNICEF and NRC worked closely with WFP."
    ) == {
        ("UNICEF", "co-lead", "Education Cluster", ""),
        ("NRC", "co-lead", "Education Cluster", ""),
    }
