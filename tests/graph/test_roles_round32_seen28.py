"""Round 32 (h-seen28): constructions of seen28's misses and extras, with sentences written for
these tests -- a country in apposition to the post it holds now ("..., Kenya and Uganda, the
current Forum Chair") holds that post, and the countries listed beside it are no scope."""

from __future__ import annotations

from snippets import roles


def test_a_country_apposed_to_its_current_post_holds_it() -> None:
    text = (
        "The Lakes Ministerial Forum on Refugees (LMFR) met in Arusha. It has drawn "
        "participation from four countries: Kenya, Rwanda, Burundi and Tanzania, the current "
        "LMFR Chair."
    )
    assert roles(text) == {("Tanzania", "chair", "LMFR", "")}
    # an agency so apposed keeps its post as before
    assert roles(
        "The Lakes Ministerial Forum on Refugees (LMFR) met in Arusha, with UNICEF, the current "
        "LMFR Chair."
    ) == {("UNICEF", "chair", "LMFR", "")}


def test_a_countrys_possessive_before_an_agency_is_its_owner_not_a_scope() -> None:
    # "co-chaired by A and the United Kingdom's former X": two co-chairs, no scope, the list
    # going on past the country
    text = (
        "The Lakes Nutrition Network (LNN) coordinates donors. The Network is co-chaired by "
        "UNICEF and the United Kingdom's former Department for International Development (DFID)."
    )
    assert roles(text) == {
        ("UNICEF", "co-chair", "LNN", ""),
        ("DFID", "co-chair", "LNN", ""),
    }


def test_a_chair_marked_in_the_participants_of_one_meetings_minutes_holds_no_role() -> None:
    # C12: "Participants: A / ORG (Chairing); ..." under the minutes' title names who chaired
    # that meeting; the body is named in the header only
    minutes = (
        "Lakes Cash Working Group\n\nMinutes\nLakes Cash Working Group\nMonday 4 March 2019\n\n"
        "Participants:\nJ Doe / Oxfam (Chairing); A Roe / FAO; B Poe / WFP\n\n"
        "Agenda:\n1. Updates\n"
    )
    assert not {r for r in roles(minutes) if r[1] == "chair"}
    # the twin that is no set of minutes keeps its chair
    page = (
        "Lakes Cash Working Group\n\nAbout us\n\n"
        "Oxfam chairs the Lakes Cash Working Group, which meets monthly.\n"
    )
    assert ("Oxfam", "chair", "Lakes Cash Working Group", "") in roles(page)


def test_an_item_with_a_clause_of_its_own_takes_no_holder_from_its_lead_in() -> None:
    # the lead-in's holder (here the Prime Minister, read from "in presence of") is no holder
    # of a post named deep in an item that has its own subject and verb
    text = (
        "The decisions below were taken at the meeting of the Lakes Flood Relief Committee, in "
        "presence of the Prime Minister. They are shared for information:\n\n"
        "1. The Secretaries of Home and Finance are to draw up a list of supplies and to publish "
        "it once the Coordinator of Lakes Flood Relief Committee has approved it.\n"
    )
    assert roles(text) == set()
    # an item that is its role alone keeps the lead-in's holder
    listed = "IOM holds these roles:\n\n- lead of the Lakes Shelter Cluster\n"
    assert roles(listed) == {("IOM", "lead", "Lakes Shelter Cluster", "")}
    # an item with a clause of its own that names the lead-in's holder again is still about it
    again = (
        "WHO coordinates, with the partners below, health services:\n\n"
        "- Operational coordination: after the joint note of March, the task of coordinating "
        "the Lakes Health Sector now rests with WHO.\n"
    )
    assert ("WHO", "coordinator", "Lakes Health Sector", "") in roles(again)


def test_a_post_after_a_comma_and_an_article_is_anothers_post() -> None:
    # "au nom du X, président du Comité A, le Secrétaire Exécutif de la Plateforme B, Jean
    # Kouassi, a dit": the Secretary is another person's post, not the first one's
    text = (
        "Au nom du ministre de l'Intérieur, président du Comité National des Crues, le "
        "Secrétaire Exécutif de la Plateforme Nationale des Lacs, Jean Kouassi, a salué les "
        "délégations."
    )
    assert {r[:3] for r in roles(text)} == {
        ("ministre de l'Intérieur", "chair", "Comité National des Crues")
    }


def test_a_portuguese_authority_holds_the_secretariat_it_is_said_to_ensure() -> None:
    # "a Autoridade ... (X)" is a public authority (head first, as "Authority" is last in
    # English), and "o secretariado ... é assegurado pela X" takes the masculine participle
    text = (
        "O presidente da Autoridade Regional de Protecção Costeira (ARPC) propõe o secretário. "
        "O secretariado da Comissão Regional de Cheias é assegurado pela ARPC."
    )
    assert roles(text) == {("ARPC", "secretariat", "Comissão Regional de Cheias", "")}
