"""Decoys of one sitting, an occasion or a launch listed by round 30 (h-prec30) and read in
round 31 (h-prec31): each gives no role row (C12), and its standing twin keeps its row
(sentences written for these tests)."""

from __future__ import annotations

from snippets import roles


def test_a_second_passive_of_one_meeting_names_its_co_chair_only() -> None:
    # dev's Nepal minutes: "The meeting was chaired by A, ... lead of the X, and co-chaired by
    # B, ... and cluster co-lead": B co-chaired the meeting; its apposition still names its role
    text = (
        "The meeting was chaired by Ms. Mira Joshi, Chief of the Health Section of DoHS and lead "
        "of the Federal Health Cluster, and co-chaired by Dr. Ram Shah, Health Officer at WHO "
        "and cluster co-lead."
    )
    assert roles(text) == {("WHO", "co-lead", "Health Cluster", "")}
    # the twin: the body as the passives' subject keeps both
    assert roles("The Health Cluster is chaired by the Ministry and co-chaired by WHO.") >= {
        ("WHO", "co-chair", "Health Cluster", "")
    }


def test_a_body_that_met_once_under_a_chair_gives_that_chair_no_role() -> None:
    for text in (
        "The Shelter Working Group met on 4 June under the chairmanship of FAO.",
        "The Shelter Working Group met under the chairmanship of FAO.",
        "The Shelter Working Group met in Juba on 4 June, chaired by FAO.",
        "The Shelter Working Group held its first meeting on Tuesday, chaired by FAO.",
    ):
        assert roles(text) == set(), text
    # the twins: the present, and a habit in the past, are the standing arrangement
    for text in (
        "The Shelter Working Group meets under the chairmanship of FAO.",
        "The Shelter Working Group met monthly under the chairmanship of FAO.",
    ):
        assert ("FAO", "chair", "Shelter Working Group", "") in roles(text), text


def test_the_next_meeting_of_a_body_is_one_sitting() -> None:
    for text in (
        "The next Shelter Working Group meeting will be co-chaired by FAO and WFP.",
        "The upcoming Shelter Working Group meeting will be chaired by FAO.",
    ):
        assert roles(text) == set(), text
    assert ("FAO", "co-chair", "Shelter Working Group", "") in roles(
        "The Shelter Working Group meeting will be co-chaired by FAO and WFP."
    )


def test_a_workshop_of_a_body_led_or_facilitated_is_an_occasion() -> None:
    for text in (
        "The Shelter Working Group workshop was facilitated by FAO.",
        "The Shelter Working Group training was led by WFP.",
    ):
        assert roles(text) == set(), text
    assert roles("The Shelter Working Group is facilitated by FAO.") == {
        ("FAO", "coordinator", "Shelter Working Group", "")
    }


def test_agencies_led_by_one_of_them_launching_an_appeal_give_it_no_lead() -> None:
    # seen16's Rwanda appeal ("from the United Nations agencies, led by UNHCR, and ...")
    for text in (
        "UN agencies and NGOs, led by UNICEF, launched the Flash Appeal for the cyclone.",
        "Partners, led by WFP, presented the Regional Response Plan in Nairobi.",
    ):
        assert roles(text) == set(), text
    # the twin: the body right after the fronted passive is its subject
    assert roles("Under the leadership of UNICEF, the Education Cluster launched a plan.") == {
        ("UNICEF", "lead", "Education Cluster", "")
    }


def test_a_denied_agent_holds_no_role_and_the_contrasted_one_does() -> None:
    assert roles("The Education Cluster is led not by UNICEF but by Save the Children.") == {
        ("Save the Children", "lead", "Education Cluster", "")
    }


def test_a_meeting_chaired_in_commas_then_a_past_verb_is_one_sitting() -> None:
    # seen19's "The first of the committee's fortnightly meetings, chaired by A, took place ..."
    for text in (
        "The Shelter Working Group meeting, chaired by IOM, reviewed the winter plan.",
        "The Shelter Working Group meeting, co-chaired by IOM and NRC, was held in Kherson.",
    ):
        assert roles(text) == set(), text
    # the twin: a verb in the present states the standing rule
    assert roles(
        "The weekly Shelter Working Group meeting, chaired by IOM, brings the partners together."
    ) == {("IOM", "chair", "Shelter Working Group", "")}


def test_a_sitting_then_and_in_the_present_keeps_the_standing_role() -> None:
    # "met ... and is chaired by": the clause after "and" states the standing arrangement
    for text in (
        "The Nutrition Working Group met in Bukavu last week and is chaired by UNICEF.",
        "The Nutrition Working Group held a meeting in March and remains led by UNICEF.",
    ):
        assert ("UNICEF", "lead" if "led" in text else "chair", "Nutrition Working Group", "") in (
            roles(text)
        ), text
    # the twin: the passive in the past is that sitting's chair
    assert (
        roles("The Nutrition Working Group met in Bukavu last week and was chaired by UNICEF.")
        == set()
    )


def test_a_sitting_every_fortnight_or_twice_a_month_is_a_habit() -> None:
    for text in (
        "The Nutrition Working Group met fortnightly under the chairmanship of UNICEF.",
        "The Nutrition Working Group met twice a month under the chairmanship of UNICEF.",
        "The Nutrition Working Group met bi-weekly under the chairmanship of UNICEF.",
    ):
        assert ("UNICEF", "chair", "Nutrition Working Group", "") in roles(text), text


def test_a_participle_in_commas_after_the_chair_is_no_verb_of_the_sitting() -> None:
    # "supported by", "based in": another participle, the clause's verb still to come
    for text in (
        "The weekly Nutrition Working Group meeting, chaired by UNICEF, supported by WHO,"
        " gathers the partners.",
        "The weekly Nutrition Working Group meeting, chaired by UNICEF, hosted at the Ministry,"
        " gathers the partners.",
    ):
        assert ("UNICEF", "chair", "Nutrition Working Group", "") in roles(text), text
