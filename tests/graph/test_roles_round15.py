"""Round 15's constructions, read from the wrong rows and misses of seen11 (IOM country pages,
a sector's terms of reference, a cluster bulletin, a cluster's briefing slides): who only
supports a body is no co-holder, a part of a country or a named place after a body is the
scope, a label's value ends where a clause about its holder begins, a deputy is no holder of
the role, and "under the coleadership of" is a passive like "under the leadership of".

Each expected set is worked out by hand from the invented sentence."""

from __future__ import annotations

from snippets import read, roles

from coordkg.graph.extract.document import extract
from coordkg.graph.extract.places import subdivisions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import DocumentMetadata
from coordkg.graph.read.readers import document_from_text


def roles_in(text: str, country: str) -> set[tuple[str, str, str, str]]:
    """As ``snippets.roles``, for a document the user says is about ``country``."""
    doc = document_from_text(text, "snippet", metadata=DocumentMetadata(country=country))
    return {
        (c.holder.acronym or c.holder.name, c.role, c.body.acronym or c.body.name, c.scope.label)
        for c in extract(doc, Resolver()).roles
    }


def test_names_after_with_that_a_verb_of_their_own_follows_are_no_co_holders() -> None:
    text = (
        "The Health Cluster is co-chaired by WHO and the Ministry of Health, with UNICEF, "
        "Save the Children and IOM supporting the work of the cluster."
    )
    assert roles(text) == {
        ("WHO", "co-chair", "Health Cluster", ""),
        ("Ministry of Health", "co-chair", "Health Cluster", ""),
    }


def test_a_partner_providing_support_is_no_co_holder_either() -> None:
    text = "The Shelter Cluster is led by UNHCR, with IOM providing technical support."
    assert roles(text) == {("UNHCR", "lead", "Shelter Cluster", "")}


def test_names_after_with_that_any_other_verb_follows_stay_co_holders() -> None:
    text = "The Shelter Cluster is led by UNHCR, with IOM starting in March 2020."
    assert roles(text) == {
        ("UNHCR", "lead", "Shelter Cluster", ""),
        ("IOM", "lead", "Shelter Cluster", ""),
    }


def test_with_and_a_name_still_adds_a_co_holder_when_no_verb_follows() -> None:
    text = "UNICEF co-leads the Nutrition Cluster with ACF during the emergency."
    assert roles(text) == {
        ("UNICEF", "co-lead", "Nutrition Cluster", ""),
        ("ACF", "co-lead", "Nutrition Cluster", ""),
    }


def test_a_part_of_a_country_named_by_its_direction_is_the_scope() -> None:
    text = "The Protection Sector in north-east Nigeria is led by the Ministry of Justice."
    assert roles_in(text, "NG") == {
        ("Ministry of Justice", "lead", "Protection Sector", "north-east Nigeria")
    }


def test_a_fronted_part_of_a_country_scopes_the_clause() -> None:
    text = "In northern Kenya, UNHCR leads the Protection Working Group."
    assert roles_in(text, "KE") == {("UNHCR", "lead", "Protection Working Group", "northern Kenya")}


def test_the_own_country_alone_is_still_no_scope() -> None:
    text = "The Protection Sector in Nigeria is led by the Ministry of Justice."
    assert roles_in(text, "NG") == {("Ministry of Justice", "lead", "Protection Sector", "")}


def test_a_place_after_a_body_named_with_its_level_takes_over_that_level() -> None:
    text = "IOM leads the CCCM subnational cluster in Borno."
    assert roles_in(text, "NG") == {("IOM", "lead", "CCCM Cluster", "Borno")}


def test_a_transliterated_area_is_found_without_its_apostrophes() -> None:
    names = {alias for entity, aliases in subdivisions("YE") for alias in (entity.name, *aliases)}
    assert {"Marib", "Taizz"} <= names
    text = "IOM leads the CCCM subnational cluster in Marib."
    assert roles_in(text, "YE") == {("IOM", "lead", "CCCM Cluster", "Ma\u2019rib")}


def test_a_label_value_ends_where_a_clause_about_its_holder_begins() -> None:
    text = (
        "Health Cluster\n\n"
        "LEAD: WHO, as cluster lead, supporting the Ministry of Health to coordinate the "
        "response in districts;"
    )
    assert roles(text) == {
        ("WHO", "lead", "Health Cluster", ""),
        ("Ministry of Health", "coordinator", "Response", ""),  # gold convention C3
    }


def test_a_label_value_goes_on_past_including() -> None:
    text = "Health Cluster\n\nMembers: UN agencies, including UNICEF and WFP"
    assert roles(text) == {
        ("UNICEF", "member", "Health Cluster", ""),
        ("WFP", "member", "Health Cluster", ""),
    }


def test_a_deputy_or_an_assistant_is_no_holder_of_the_role() -> None:
    text = (
        "Health Cluster\n\n"
        "- Coordination team: Coordinator (WHO); Deputy coordinator (UNICEF); "
        "Assistant Coordinator (IOM)"
    )
    assert roles(text) == {("WHO", "coordinator", "Health Cluster", "")}


def test_a_deputy_with_title_words_before_the_role_word_is_no_holder_either() -> None:
    text = "Health Cluster\n\nCluster Coordinator (WHO)\nDeputy Health Cluster Coordinator (NRC)\n"
    assert roles(text) == {("WHO", "coordinator", "Health Cluster", "")}


def test_under_the_coleadership_of_is_a_passive() -> None:
    text = (
        "The CCCM Cluster was activated in 2017 under the coleadership of UNHCR and IOM, "
        "to improve site coordination."
    )
    assert roles(text) == {
        ("UNHCR", "co-lead", "CCCM Cluster", ""),
        ("IOM", "co-lead", "CCCM Cluster", ""),
    }


def test_taking_the_lead_after_with_is_the_lead_of_the_body_just_named() -> None:
    text = (
        "IOM takes on the role of Shelter Cluster co-lead, with the Ministry of Housing "
        "taking the lead."
    )
    assert roles(text) == {
        ("IOM", "co-lead", "Shelter Cluster", ""),
        ("Ministry of Housing", "lead", "Shelter Cluster", ""),
    }


def test_a_label_value_ends_at_the_next_role_label_after_a_semicolon() -> None:
    text = (
        "Food Security Cluster\n"
        "- Lead agency: WFP; Co-lead (FAO) and Co-Chair: Ministry of Agriculture."
    )
    found = roles(text)
    assert {("WFP", "lead", "FSC", ""), ("FAO", "co-lead", "FSC", "")} <= found
    assert not {r for r in found if r[0].startswith("Co-")}  # no seat read as a holder


def test_a_bare_body_word_and_members_include_officials_of_countries() -> None:
    text = (
        "The Regional Committee on Migration will meet in May. "
        "Committee members include officials of Djibouti, Kenya and Uganda."
    )
    assert roles(text) == {
        ("Djibouti", "member", "Regional Committee on Migration", ""),
        ("Kenya", "member", "Regional Committee on Migration", ""),
        ("Uganda", "member", "Regional Committee on Migration", ""),
    }


def test_bodies_each_with_their_leads_in_a_bracket_after_a_lead_in_of_their_kind() -> None:
    text = (
        "Refugee partners coordinate in working groups such as Protection (UNHCR) including child "
        "protection (with UNICEF) and gender-based violence (with UNFPA), shelter sector (IOM), "
        "logistics and supply sector (UNHCR & WFP), durable solutions, and others."
    )
    assert roles(text) == {
        ("UNHCR", "lead", "Protection", ""),
        ("UNHCR", "lead", "child protection", ""),
        ("UNICEF", "lead", "child protection", ""),
        ("UNHCR", "lead", "gender-based violence", ""),
        ("UNFPA", "lead", "gender-based violence", ""),
        ("IOM", "lead", "shelter sector", ""),
        ("UNHCR", "lead", "logistics and supply sector", ""),
        ("WFP", "lead", "logistics and supply sector", ""),
    }


def test_a_lead_in_of_taskforces_in_one_word_opens_a_run_as_task_forces_does() -> None:
    text = "Partners coordinate in taskforces such as cash (WFP) and winterisation (IOM)."
    assert roles(text) == {("WFP", "lead", "cash", ""), ("IOM", "lead", "winterisation", "")}


def test_bracketed_organisations_lead_only_where_the_sentence_speaks_of_coordinating() -> None:
    working = (
        "Humanitarian partners work in sectors such as Health (MSF, IMC and IRC) and Education "
        "(NRC and Save the Children)."
    )
    funded = "Clusters such as Health (WHO) and Nutrition (UNICEF) received CERF funding in 2019."
    assert roles(working) == set()
    assert roles(funded) == set()


def test_one_bracketed_body_alone_is_no_run() -> None:
    text = "Partners meet in sectors such as shelter (IOM) and in district forums."
    assert roles(text) == set()


def test_a_known_organisation_in_a_bracket_after_a_sector_is_no_acronym_of_it() -> None:
    mentions = read("Partners met in the shelter sector (IOM) in May.").mentions
    assert [(m.surface, m.entity.key) for m in mentions] == [("IOM", "iom")]
