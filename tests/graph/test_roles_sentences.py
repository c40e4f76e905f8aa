"""Role sentences whose holders and bodies are all named: what a parenthesis, a lost line break
or a relative clause does to them — sentences written for these tests, rows worked out by hand."""

from __future__ import annotations

from snippets import roles


def test_as_well_as_in_a_parenthesis_goes_on_with_the_list() -> None:
    # "with FAO (as well as ...)" is no "with FAO as co-chair": the list of bodies goes on
    assert roles(
        "WFP co-chairs two working groups, namely the Food Security Working Group with FAO (as "
        "well as the associated Nutrition Working Group with UNICEF) and the Cash Working Group "
        "with NRC."
    ) == {
        ("WFP", "co-chair", "Food Security Working Group", ""),
        ("FAO", "co-chair", "Food Security Working Group", ""),
        ("WFP", "co-chair", "Nutrition Working Group", ""),
        ("UNICEF", "co-chair", "Nutrition Working Group", ""),
        ("WFP", "co-chair", "Cash Working Group", ""),
        ("NRC", "co-chair", "Cash Working Group", ""),
    }


def test_a_capitalised_the_after_a_lost_line_break_starts_a_new_subject() -> None:
    # two lines run together: the actors ending the first line hold nothing in the second
    found = roles(
        "Water working group (WWG), IOM & IFRC The lead of the shelter cluster is UNHCR, as "
        "lead agency."
    )
    assert ("UNHCR", "lead", "Shelter Cluster", "") in found
    assert not {r for r in found if r[0] in ("IOM", "IFRC") and r[2] == "Shelter Cluster"}


def test_a_relative_clause_is_about_its_own_body_and_takes_its_own_level() -> None:
    assert roles(
        "In most districts the Local Coordination Forum is co-chaired by UNHCR and UNICEF, and it "
        "works under the Refugee Coordination Forum (RCF), which at the national level is chaired "
        "by UNHCR."
    ) == {
        ("UNHCR", "co-chair", "Local Coordination Forum", ""),
        ("UNICEF", "co-chair", "Local Coordination Forum", ""),
        ("UNHCR", "chair", "RCF", "national"),
    }


def test_a_bare_body_word_as_subject_stands_for_the_topic() -> None:
    # "The Cluster Lead Agency is ...": the cluster the text is about; "with A serving as
    # Co-Lead" gives A its own role in it
    assert roles(
        "Partners from government, UN agencies and NGOs make up the Nutrition Cluster. The "
        "Cluster Lead Agency is UNICEF, with Action Against Hunger serving as Co-Lead."
    ) == {
        ("UNICEF", "lead", "Nutrition Cluster", ""),
        ("ACF", "co-lead", "Nutrition Cluster", ""),
    }


def test_a_hyphenated_level_before_the_bodies_scopes_them() -> None:
    assert roles(
        "State-level coordination structures include the Area Humanitarian Forum, led by WFP "
        "and UNICEF, which meets every month."
    ) == {
        ("WFP", "lead", "Area Humanitarian Forum", "governorate"),
        ("UNICEF", "lead", "Area Humanitarian Forum", "governorate"),
    }


def test_where_a_body_is_based_is_the_scope_of_its_roles() -> None:
    # the place is one no gazetteer holds; it replaces the bare level of the body's name
    assert roles(
        "A sub-national Education Cluster was set up in May 2016, based in Kramatorsk and led "
        "by Save the Children."
    ) == {("Save the Children", "lead", "Education Cluster", "Kramatorsk")}


def test_where_an_actor_is_based_is_no_scope() -> None:
    assert roles("UNICEF, based in Kramatorsk, leads the Education Cluster.") == {
        ("UNICEF", "lead", "Education Cluster", "")
    }


def test_a_second_by_after_an_open_passive_gives_the_same_role_again() -> None:
    # nothing closes the first agents before ", and by": they are complete there
    assert roles(
        "The Protection Working Group is co-chaired by UNHCR and the Danish Refugee Council in "
        "the capital, and by UNHCR and NRC in the camps."
    ) == {
        ("UNHCR", "co-chair", "Protection Working Group", ""),
        ("DRC", "co-chair", "Protection Working Group", ""),
        ("NRC", "co-chair", "Protection Working Group", ""),
    }


def test_a_role_predicated_at_the_end_of_the_sentence_is_in_the_body_named_before() -> None:
    assert roles(
        "The Ministry of Education chairs the Education Cluster, and UNICEF and Save the "
        "Children are the lead and co-lead agencies."
    ) == {
        ("Ministry of Education", "chair", "Education Cluster", ""),
        ("UNICEF", "lead", "Education Cluster", ""),  # the roles go to the holders in order
        ("Save the Children", "co-lead", "Education Cluster", ""),
    }


def test_a_role_word_with_more_words_after_it_takes_no_body_from_before() -> None:
    assert roles(
        "WHO leads the Health Cluster, and UNICEF is leading efforts to vaccinate children."
    ) == {("WHO", "lead", "Health Cluster", "")}


def test_actors_of_a_with_clause_each_hold_the_role_written_after_them() -> None:
    # "co leading" written with a space; the lead-in's subjects hold no role of their own
    assert roles(
        "UNICEF and WFP worked with partners on:\n"
        "- leading and co-leading their clusters (with WFP co leading the Food Security Cluster "
        "and UNICEF co-leading the Nutrition Cluster);\n"
    ) == {
        ("WFP", "co-lead", "FSC", ""),
        ("UNICEF", "co-lead", "Nutrition Cluster", ""),
    }


def test_a_list_item_whose_role_verb_has_an_object_takes_no_topic() -> None:
    # the lead-in's subjects facilitate assessments, not the cluster the text was about
    assert (
        roles(
            "The monthly bulletin of the Nutrition Cluster was shared widely.\n\n"
            "UNICEF and WFP worked with partners on:\n"
            "- facilitating joint food security and nutrition assessments;\n"
            "- mobilising resources for the response.\n"
        )
        == set()
    )


def test_also_members_after_a_sentence_on_a_body_are_its_members() -> None:
    assert roles(
        "The Humanitarian Country Team is the main coordination body in the country. The World "
        "Bank and UNHCR are also members."
    ) == {
        ("World Bank", "member", "HCT", ""),
        ("UNHCR", "member", "HCT", ""),
    }


def test_jointly_with_a_partner_as_co_lead_after_a_passive_is_its_own_role() -> None:
    assert roles(
        "The Nutrition Cluster has been led by the Department of Health Services, jointly with "
        "UNICEF as the co-lead."
    ) == {
        ("Department of Health Services", "lead", "Nutrition Cluster", ""),
        ("UNICEF", "co-lead", "Nutrition Cluster", ""),
    }


def test_a_passive_with_its_subject_before_gives_no_role_in_a_body_after_its_agents() -> None:
    # the subject is no body; the working group after the agents is not what A leads
    assert (
        roles(
            "The coordination architecture is led by the Government of Nepal through eleven "
            "clusters, together with an inter-cluster working group on information management."
        )
        == set()
    )


def test_a_fronted_passive_still_gives_the_body_after_its_agents() -> None:
    assert roles("Under the leadership of UNHCR, the Protection Sector meets every month.") == {
        ("UNHCR", "lead", "Protection Sector", "")
    }


def test_a_role_noun_right_after_its_body_with_a_purpose_after_it() -> None:
    # "Lead agency for natural disasters": the body is the one the role noun follows; the
    # place after an actor's name is where its office is, no scope
    assert roles(
        "IOM has worked in Iran since 1991.\n\nIOM Tehran is part of the Humanitarian Country "
        "Team, and is the CCCM Cluster Lead agency for natural disasters."
    ) == {
        ("IOM", "member", "HCT", ""),
        ("IOM", "lead", "CCCM Cluster", ""),
    }


def test_observers_are_no_members() -> None:
    assert roles(
        "The Humanitarian Country Team gathers the UN agencies and NGOs. Its members include "
        "UNICEF and WFP. The ICRC and MSF sit on it as observers."
    ) == {("UNICEF", "member", "HCT", ""), ("WFP", "member", "HCT", "")}


def test_members_in_a_parenthesis_after_their_body() -> None:
    # "organised by" and "supported by" name no role
    assert roles(
        "The forum meeting was organised by the Protection Task Force (comprised of UNHCR and "
        "NRC), and supported by CARE International and Oxfam."
    ) == {
        ("UNHCR", "member", "Protection Task Force", ""),
        ("NRC", "member", "Protection Task Force", ""),
    }


def test_a_seat_closing_its_clause_before_while_is_in_the_body_named_just_before() -> None:
    # "is a member too, while ... is to be the secretary": both seats name no body; the
    # sentence before named the committee
    assert roles(
        "The Governor has set up a County Flood Response Committee. An officer of the National "
        "Drought Management Authority is a member too, while a clerk of the Ministry of Water is "
        "to be the secretary."
    ) == {
        ("National Drought Management Authority", "member", "County Flood Response Committee", ""),
        ("Ministry of Water", "secretariat", "County Flood Response Committee", ""),
    }


def test_will_serve_as_a_seat_names_the_body_of_the_sentence_or_the_one_before() -> None:
    # the organisation of a member's post ("the Chairman of the Farmers' Forum") is no body the
    # text goes on about: the secretariat is the committee's
    assert roles(
        "The Drought Coordination Committee will be chaired by the Minister of Agriculture, "
        "while the Minister of Water will serve as co-chairman. Its other members are the "
        "Minister of Finance and the Chairman of the Farmers' Forum. The Permanent Secretary of "
        "the Ministry of Agriculture will serve as the secretariat."
    ) == {
        ("Minister of Agriculture", "chair", "Drought Coordination Committee", ""),
        ("Minister of Water", "co-chair", "Drought Coordination Committee", ""),
        ("Minister of Finance", "member", "Drought Coordination Committee", ""),
        ("Farmers' Forum", "member", "Drought Coordination Committee", ""),
        ("Ministry of Agriculture", "secretariat", "Drought Coordination Committee", ""),
    }


def test_a_seat_said_with_no_body_sentences_after_the_last_body_names_none() -> None:
    # the sentence right before named no body (the centre is no name a rule reads): the
    # coordinator's seat is not given to the plan named two sentences up
    found = roles(
        "The Flood Recovery Plan was agreed in May. The centre is headed by the Prime Minister. "
        "The Commander of the Engineering Corps acts as the National Coordinator."
    )
    assert not {r for r in found if r[1] == "coordinator"}


def test_a_back_reference_after_a_role_word_names_the_body_of_its_noun() -> None:
    # "Co-Chair of the Partnership" is the partnership named before, not the committee named
    # last: the mentions resolve the noun to a body of its own kind
    found = roles(
        "The Dryland Recovery Partnership met in March. Guests included the Regional Steering "
        "Committee of the Farmers Union. At the close, UNDP, Co-Chair of the Partnership, thanked "
        "the hosts."
    )
    assert ("UNDP", "co-chair", "Dryland Recovery Partnership", "") in found
    assert not {r for r in found if r[0] == "UNDP" and "Committee" in r[2]}
