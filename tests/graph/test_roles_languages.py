"""Roles stated in Spanish, French and Portuguese (sentences written for these tests after the
constructions of real pages, dev/SOURCES-r24-lang24.md; holders, bodies and scopes worked out
by hand): passive and active role verbs, member lists joined by each language's "and" and
articles, a member's seat in a relative clause, level phrases and one meeting's chair (C12)."""

from __future__ import annotations

import pytest
from snippets import roles

from coordkg.graph.extract.roles import beside_role, role_rules


def test_spanish_passives_with_articles_before_each_agent() -> None:
    assert roles(
        "La Mesa Técnica de Albergues está coordinada por la Secretaría de Bienestar Social y "
        "co-liderada por la OIM."
    ) == {
        ("Secretaría de Bienestar Social", "coordinator", "Mesa Técnica de Albergues", ""),
        ("IOM", "co-lead", "Mesa Técnica de Albergues", ""),
    }


def test_a_spanish_level_phrase_is_the_scope() -> None:
    assert roles("El Clúster de Protección es liderado a nivel nacional por ACNUR.") == {
        ("UNHCR", "lead", "Clúster de Protección", "national"),
    }


def test_a_french_departmental_level_is_a_first_level_area_as_the_spanish_one() -> None:
    # "au niveau départemental" as "a nivel departamental": the department is a first-level
    # area (languages.toml `level_words`, roles.toml `levels`)
    assert roles("Le Cluster Abris est coordonné au niveau départemental par le PAM.") == {
        ("WFP", "coordinator", "Cluster Abris", "governorate"),
    }


def test_a_french_list_repeats_its_article_before_each_member() -> None:
    assert roles(
        "Le Comité Régional de Coordination est composé de l'UNICEF, du PAM et de la FAO."
    ) == {
        ("UNICEF", "member", "Comité Régional de Coordination", ""),
        ("WFP", "member", "Comité Régional de Coordination", ""),
        ("FAO", "member", "Comité Régional de Coordination", ""),
    }


def test_a_member_seat_in_a_relative_clause_keeps_the_membership() -> None:
    # C8: the chair listed among the members is a member too
    assert roles(
        "El Comité de Emergencia está integrado por el Ministerio de Salud, que lo preside, el "
        "Ministerio de Educación y la OPS."
    ) == {
        ("Ministerio de Salud", "chair", "Comité de Emergencia", ""),
        ("Ministerio de Salud", "member", "Comité de Emergencia", ""),
        ("Ministerio de Educación", "member", "Comité de Emergencia", ""),
        ("PAHO", "member", "Comité de Emergencia", ""),
    }


def test_french_active_verbs_and_a_cluster_named_head_first() -> None:
    assert roles(
        "Le PAM est chef de file du Cluster Logistique. L'OMS préside le Groupe Sectoriel Santé."
    ) == {
        ("WFP", "lead", "Cluster Logistique", ""),
        ("WHO", "chair", "Groupe Sectoriel Santé", ""),
    }


def test_an_english_cluster_title_is_no_french_cluster() -> None:
    assert roles("The Cluster Coordinator said that UNICEF leads the WASH Cluster.") == {
        ("UNICEF", "lead", "WASH Cluster", ""),
    }


def test_portuguese_agents_after_pelo_and_pela() -> None:
    assert roles(
        "O Grupo de Trabalho de Água e Saneamento é co-liderado pelo Ministério da Saúde e pela "
        "OMS."
    ) == {
        ("Ministério da Saúde", "co-lead", "Grupo de Trabalho de Água e Saneamento", ""),
        ("WHO", "co-lead", "Grupo de Trabalho de Água e Saneamento", ""),
    }


def test_one_meeting_chair_in_spanish_and_french_is_no_role() -> None:
    # C12: "la reunión de la X fue presidida por A" names one sitting's chair
    text = (
        "La reunión de la Mesa de Salud fue presidida por UNICEF. La réunion du Groupe de Travail "
        "Abris a été présidée par l'OIM."
    )
    assert roles(text) == set()


def test_a_list_under_the_members_of_a_body_in_spanish() -> None:
    assert roles(
        "Integrantes de la Mesa de Protección:\n- ACNUR\n- UNICEF\n- Consejo Noruego para "
        "Refugiados\n"
    ) == {
        ("UNHCR", "member", "Mesa de Protección", ""),
        ("UNICEF", "member", "Mesa de Protección", ""),
        ("NRC", "member", "Mesa de Protección", ""),
    }


def test_national_agencies_councils_and_red_cross_societies_named_head_first() -> None:
    assert roles(
        "La Mesa de Albergues está bajo la coordinación de la Coordinadora Nacional para la "
        "Reducción de Desastres (CONRED). El Consejo Nacional de Gestión de Riesgos está integrado "
        "por la CONRED y la Cruz Roja Guatemalteca."
    ) == {
        ("CONRED", "coordinator", "Mesa de Albergues", ""),
        ("CONRED", "member", "Consejo Nacional de Gestión de Riesgos", ""),
        ("Cruz Roja Guatemalteca", "member", "Consejo Nacional de Gestión de Riesgos", ""),
    }


def test_the_coordinators_posts_and_bodies_named_in_spanish_and_french() -> None:
    assert roles(
        "El Equipo Humanitario de País es presidido por la Coordinadora Residente. El Sector de "
        "Protección es liderado por ACNUR. Le Groupe Thématique Genre est présidé par ONU Femmes."
    ) == {
        ("Resident Coordinator", "chair", "Equipo Humanitario de País", ""),
        ("UNHCR", "lead", "Sector de Protección", ""),
        ("UN Women", "chair", "Groupe Thématique Genre", ""),
    }


def test_a_french_cluster_named_in_lower_case_after_its_article() -> None:
    # "le cluster protection": its topic words in lower case; English "the cluster protection
    # partners" names no French cluster
    assert roles(
        "Le cluster protection est dirigé par le HCR, tandis que la FAO assure la coprésidence du "
        "cluster sécurité alimentaire. The cluster protection partners met."
    ) == {
        ("UNHCR", "lead", "cluster protection", ""),
        ("FAO", "co-chair", "cluster sécurité alimentaire", ""),
    }


def test_an_acronym_of_another_language_yields_to_the_document_s_own() -> None:
    # "PMA" is WFP in Spanish, but this document defines it; "(OIM)" spells IOM out
    assert roles(
        "The Pakistan Medical Association (PMA) chairs the Health Working Group. The PMA also "
        "leads the Blood Task Force. The GTRM is co-led by the International Organization for "
        "Migration (OIM). OIM also leads the Shelter Working Group."
    ) == {
        ("PMA", "chair", "Health Working Group", ""),  # its own acronym, not WFP
        ("PMA", "lead", "Blood Task Force", ""),
        ("IOM", "co-lead", "GTRM", ""),
        ("IOM", "lead", "Shelter Working Group", ""),
    }


@pytest.mark.parametrize("be", ["seront", "serán", "serão", "será", "estão"])
def test_the_plural_and_future_forms_of_to_be_stand_before_a_passive_role(be: str) -> None:
    # languages.toml `be`: "les groupes seront présidés par" as "le groupe sera présidé par"
    passive = next(t for t in role_rules().triggers if t.voice == "passive")
    assert beside_role(passive, f" {be} ", after=False)


def test_two_role_verbs_joined_by_as_well_as_give_both_roles() -> None:
    text = "UNICEF chairs as well as coordinates the Nutrition Working Group."
    assert roles(text) == {
        ("UNICEF", "chair", "Nutrition Working Group", ""),
        ("UNICEF", "coordinator", "Nutrition Working Group", ""),
    }


def test_a_french_cluster_named_head_first_without_its_article() -> None:
    # a French page's title and its header write "Cluster Nutrition" with no article before
    # it; the minutes' "Secrétariat" names who wrote them, that meeting only (C12)
    assert roles(
        "CLUSTER NUTRITION GUINÉE Compte rendu de la réunion mensuelle\n\n"
        "Lead: UNICEF, Co-lead: ABCD Co-facilitator: IRC et ACF\n\n"
        "Secrétariat : Co-facilitateur Cluster Nutrition IRC pour le compte rendu\n\n"
        "Les partenaires ont présenté leurs activités de la semaine dans la région.\n"
    ) == {
        ("UNICEF", "lead", "CLUSTER NUTRITION", ""),
        ("ABCD", "co-lead", "CLUSTER NUTRITION", ""),
        ("IRC", "co-coordinator", "CLUSTER NUTRITION", ""),
        ("ACF", "co-coordinator", "CLUSTER NUTRITION", ""),
    }


def test_a_portuguese_body_that_integra_its_members_takes_them_in() -> None:
    # "A comissão integra ainda A": the body before the verb is its subject, the members
    # after it; the member first ("que integram a Rede") or no body before names none
    assert ("Ministério da Saúde", "member", "Comissão Provincial de Emergência", "") in roles(
        "Foi criada a Comissão Provincial de Emergência. A comissão integra ainda a delegada "
        "provincial do Ministério da Saúde e o comandante da Polícia Nacional."
    )
    assert (
        roles(
            "As organizações que integram a Rede Nacional de Emergência reuniram-se com a OIM. "
            "O apoio integra os esforços da OIM."
        )
        == set()
    )


def test_a_portuguese_said_commission_refers_back_to_the_one_named() -> None:
    # "da referida comissão": the commission named before, as "a comissão" does
    assert ("Serviço de Protecção Civil", "member", "Comissão Provincial de Emergência", "") in (
        roles(
            "Foi criada a Comissão Provincial de Emergência. O director do Instituto Nacional de "
            "Meteorologia e o comandante do Serviço de Protecção Civil são também membros da "
            "referida comissão."
        )
    )
