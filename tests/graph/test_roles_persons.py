"""Persons and offices holding roles (issue 13): a named individual where a role cue binds the
name (a passive agent, a label line, an apposition with a role noun, the name after an office
title), an office named by its title in its own name; nothing for a name no role cue binds.
Sentences written here after the constructions of seen3, seen6 and seen7's pages; each
expected row worked out by reading the sentence."""

from __future__ import annotations

import pytest
from snippets import read, roles

from coordkg.graph.extract.persons import name_end, person_rules


@pytest.fixture(autouse=True, params=["on", "off"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule here reads the surface: the same rows with the parser on and off."""
    if request.param == "off":
        monkeypatch.setenv("COORDKG_PARSER", "off")


def _holders(text: str) -> set[tuple[str, str, str, str]]:
    """(holder name, holder kind, role, body) of every role the text states."""
    return {(c.holder.name, c.holder.kind, c.role, c.body.name) for c in read(text).roles}


def test_the_agent_of_a_passive_role_is_a_person() -> None:
    assert _holders("The Returns Working Group is headed by Mr Tomo Medved.") == {
        ("Tomo Medved", "Person", "lead", "Returns Working Group")
    }


def test_a_bare_name_after_a_passive_needs_a_sign_of_a_person() -> None:
    """Any capitalised words follow "led by": without an honorific, initials, a post in
    apposition or the surname addressed elsewhere, a bare name is left to the organisation
    reader (an unknown organisation is better than a false person)."""
    assert _holders("The Returns Working Group is headed by Tomo Medved.") == set()
    assert _holders(
        "The Returns Working Group is headed by Tomo Medved. Mr Medved reports monthly."
    ) == {("Tomo Medved", "Person", "lead", "Returns Working Group")}
    assert _holders(
        "The Returns Working Group is headed by Tomo Medved, Senior Protection Officer."
    ) == {("Tomo Medved", "Person", "lead", "Returns Working Group")}


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("The cluster is led by Human Rights Watch.", set()),
        ("The Shelter Working Group is led by Hope Lebanon Services.", set()),
        ("The Food Security Cluster is led by Nyala Town.", set()),
        (
            "The Water Working Group is led by the organisation Clear Springs Aid.",
            {("Clear Springs Aid", "NGO", "lead", "Water Working Group")},
        ),
        (
            "The Shelter Working Group is led by Green Valley Relief, a national NGO.",
            {("Green Valley Relief", "NationalNGO", "lead", "Shelter Working Group")},
        ),
    ],
)
def test_an_organisation_or_place_after_a_passive_is_no_person(
    text: str, holders: set[tuple[str, str, str, str]]
) -> None:
    """No reader knows the first three names: no holder rather than a false person; the last
    two the organisation reader types (by the word "Aid", by the apposition)."""
    assert not [m for m in read(text).mentions if m.entity.kind == "Person"]
    assert _holders(text) == holders


def test_the_head_word_of_an_organisation_or_a_place_stands_in_no_name() -> None:
    """The head words come from kinds.toml: "Council" and "Province" end a name's run."""
    assert name_end("Jane Doe Council", 0) == len("Jane Doe")
    assert name_end("Jane Province", 0) is None


def test_honorifics_and_a_word_for_the_person_stay_out_of_the_name() -> None:
    assert _holders(
        "The Scientific Task Force is led by the biologist Marielle Bouyou Akothe."
    ) == {("Marielle Bouyou Akothe", "Person", "lead", "Scientific Task Force")}
    assert _holders(
        "The Shelter Working Group is chaired by Lieutenant-General Rustam Nazarzoda, head of "
        "the national committee."
    ) == {("Rustam Nazarzoda", "Person", "chair", "Shelter Working Group")}


def test_a_name_after_an_office_title_leaves_the_office_the_holder() -> None:
    """Convention C1: a person named with an office that stands on its own holds the role as
    that office; the name stays in the mention as written."""
    text = "The Civil Society Working Group is chaired by Deputy Minister Marina Sereni."
    assert _holders(text) == {("Deputy Minister", "Office", "chair", "Civil Society Working Group")}
    [office] = [m for m in read(text).mentions if m.entity.kind == "Office"]
    assert office.surface == "Deputy Minister Marina Sereni"  # the name kept as written
    assert not [m for m in read(text).mentions if m.entity.kind == "Person"]


def test_the_title_and_surname_later_name_the_same_office() -> None:
    text = (
        "The Civil Society Working Group is chaired by Deputy Minister Marina Sereni. "
        "Deputy Minister Sereni chairs the Donor Working Group."
    )
    assert _holders(text) == {
        ("Deputy Minister", "Office", "chair", "Civil Society Working Group"),
        ("Deputy Minister", "Office", "chair", "Donor Working Group"),
    }


def test_a_surname_with_initials_after_an_office_is_its_holder() -> None:
    text = (
        "The Flood Task Force is led by the Deputy Prime Minister Kusherbaev K.E. and meets daily."
    )
    assert _holders(text) == {("Deputy Prime Minister", "Office", "lead", "Flood Task Force")}


def test_a_role_noun_in_apposition_binds_the_name_before_it() -> None:
    assert roles("Sara Barbeira, coordinator of the Protection Working Group, explains.") == {
        ("Sara Barbeira", "coordinator", "Protection Working Group", "")
    }


def test_an_office_named_alone_holds_the_role_as_an_office() -> None:
    assert _holders("The National Disaster Committee is chaired by the Minister of Health.") == {
        ("Minister of Health", "Office", "chair", "National Disaster Committee")
    }
    assert _holders("The Director of Emergency Management chairs the Shelter Working Group.") == {
        ("Director of Emergency Management", "Office", "chair", "Shelter Working Group")
    }


def test_an_office_no_name_rule_knows_is_read_where_a_role_cue_binds_it() -> None:
    # named as written where it serves nothing an office stands for
    assert _holders(
        "The National Disaster Committee (NDC) is under the chairmanship of the Principal "
        "Secretary of Lakeland."
    ) == {("Principal Secretary of Lakeland", "Office", "chair", "National Disaster Committee")}
    # convention C1: the office of a government's unit stands for the unit ("the President's
    # Office" is one name of the Office of the President)
    assert _holders(
        "The National Disaster Committee (NDC) is under the chairmanship of the Principal "
        "Secretary of the President's Office."
    ) == {("Office of the President", "GovernmentOffice", "chair", "National Disaster Committee")}
    # and of a forum of organisations
    assert _holders("The Flood Task Force is chaired by the Chairman of the NGO Forum.") == {
        ("NGO Forum", "Forum", "chair", "Flood Task Force")
    }
    # a role noun alone names no office
    assert _holders("The Steering Committee is led by the Chairperson.") == set()
    # (round 23: "Director of X" is a name rule's office, as "Minister of X" is; an office no
    # rule names stays unread in passing)
    assert not [m for m in read("The Controller of Stores spoke.").mentions
                if m.entity.kind == "Office"]  # fmt: skip


def test_holders_joined_by_and_are_bound_by_the_same_cue() -> None:
    assert _holders(
        "The Flood Working Group is co-chaired by Dr Rustam Nazarzoda and Ms Pratibha Mehta."
    ) == {
        ("Rustam Nazarzoda", "Person", "co-chair", "Flood Working Group"),
        ("Pratibha Mehta", "Person", "co-chair", "Flood Working Group"),
    }


def test_a_person_standing_for_an_organisation_leaves_the_role_to_it() -> None:
    """ "chaired by A, Nutrition Specialist at UNICEF": the organisation holds the role, as
    the office of an organisation does ("the UNHCR Representative")."""
    assert _holders(
        "The Nutrition Working Group is chaired by Anirudra Sharma, Nutrition Specialist at UNICEF."
    ) == {("United Nations Children's Fund", "UNAgency", "chair", "Nutrition Working Group")}


def test_the_post_a_person_holds_in_another_body_is_no_second_role() -> None:
    assert _holders(
        "The Shelter Working Group is chaired by Jane Okafor, Chief of the Committee for "
        "Emergency Situations."
    ) == {("Jane Okafor", "Person", "chair", "Shelter Working Group")}


def test_a_name_no_role_cue_binds_is_nothing() -> None:
    assert roles("Jane Okafor visited the Protection Working Group on Monday.") == set()
    assert not [m for m in read("The Minister said Jane Okafor would travel.").mentions
                if m.entity.kind == "Person"]  # fmt: skip


def test_an_organisation_after_a_passive_stays_an_organisation() -> None:
    assert _holders("The Education Working Group is led by Save the Children.") == {
        ("Save the Children", "InternationalNGO", "lead", "Education Working Group")
    }
    # two capitalised words with an acronym after them name an organisation, not a person
    assert not [
        m
        for m in read("The Water Working Group is led by Blue Horizon (BH).").mentions
        if m.entity.kind == "Person"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Milou de Bruijne and", "Milou de Bruijne"),
        ("Maria De Souza,", "Maria De Souza"),  # "de" of "Mesa de ..." is a particle here
        ("Frank-Walter Steinmeier.", "Frank-Walter Steinmeier"),
        ("Abdoulaye Kâ, said", "Abdoulaye Kâ"),
        ("Kusherbaev K.E.", "Kusherbaev K.E."),
    ],
)
def test_name_shapes(text: str, name: str) -> None:
    assert text[: name_end(text, 0)] == name


@pytest.mark.parametrize("text", ["UNICEF and WFP", "Monday", "The Ministry", "Jane's team"])
def test_no_name(text: str) -> None:
    assert name_end(text, 0) is None


def test_the_office_of_an_organisation_leaves_the_role_to_it() -> None:
    """ "the Executive Director of UNICEF" and "the UNHCR Representative" stand for the
    organisation, which holds the role (ontology comment on ckg:Office)."""
    assert _holders(
        "The Nutrition Working Group is co-chaired by the Executive Director of UNICEF."
    ) == {("United Nations Children's Fund", "UNAgency", "co-chair", "Nutrition Working Group")}
    assert _holders("The Nutrition Working Group is co-chaired by the UNHCR Representative.") == {
        (
            "United Nations High Commissioner for Refugees",
            "UNAgency",
            "co-chair",
            "Nutrition Working Group",
        )
    }


def test_an_office_is_no_government_counterpart() -> None:
    relations = read("UNICEF works in partnership with the Executive Director of Oxfam.").relations
    assert {(r.subject.name, r.predicate, r.object.name) for r in relations} == {
        ("United Nations Children's Fund", "partner", "Oxfam")
    }
    relations = read("UNICEF works in partnership with the Minister of Health.").relations
    assert {(r.subject.name, r.predicate, r.object.name, r.object.kind) for r in relations} == {
        ("United Nations Children's Fund", "partner", "Minister of Health", "Office")
    }


def test_every_cue_reads_the_same_seats() -> None:
    """One definition of a seat's nouns ([seat] of persons.toml): "director" opens a label line
    as it does an apposition and the office before a body, and "co-chairs" all three."""
    rules = person_rules()
    cues = {c.id: c for c in rules.before}
    for seat in ("Director", "Co-chairs", "Focal point"):
        assert cues["person.label"].pattern.search(f"\n{seat}: Jane Doe"), seat
        office_of = cues["person.after-office"].office_of
        assert office_of is not None and office_of.search(f"the {seat.lower()} of the "), seat
    assert rules.after.search(", national director")  # apposition: singular seats


@pytest.mark.parametrize("name", ["Kevin O'Brien", "Aisha N’Diaye", "Tomo D'Souza"])
def test_a_surname_with_a_capital_and_an_apostrophe_is_a_name(name: str) -> None:
    # round 30: "O'Brien", "N'Diaye": a capital and an apostrophe before the surname's word
    text = f"The Returns Working Group is headed by Mr {name}."
    assert _holders(text) == {(name, "Person", "lead", "Returns Working Group")}


def test_a_bare_title_right_before_a_name_leaves_the_person_holding() -> None:
    """Convention C15: "Governor", "Minister" or "Mayor" alone, with no unit or portfolio, name
    no one office; the person named right after holds. A unit, a portfolio or a comma between
    title and name leaves the office the holder."""
    assert roles("Governor Ruth Achieng is the chairperson of the Lakeside Drought Committee.") == {
        ("Ruth Achieng", "chair", "Lakeside Drought Committee", "")
    }
    text = "The chairperson of the Hill Relief Committee, Minister Paul Otieno, thanked the donors."
    assert roles(text) == {("Paul Otieno", "chair", "Hill Relief Committee", "")}
    assert roles("The Valley Flood Committee is chaired by Mayor Dr. Ines Barros.") == {
        ("Ines Barros", "chair", "Valley Flood Committee", "")
    }
    assert roles("Nairobi Governor Ruth Achieng will chair the Lakeside Drought Committee.") == {
        ("Nairobi Governor", "chair", "Lakeside Drought Committee", "")
    }
    assert roles("The Lakeside Drought Committee is chaired by the Governor, Ruth Achieng.") == {
        ("Governor", "chair", "Lakeside Drought Committee", "")
    }
    # a lower-case particle inside the name ("son of" in Maasai names) keeps it whole
    assert roles("The Plains Water Committee is chaired by Governor Daniel ole Sankale.") == {
        ("Daniel ole Sankale", "chair", "Plains Water Committee", "")
    }


def test_a_post_then_its_organisation_after_a_comma_leaves_the_role_to_it() -> None:
    """ "Name, Post, Organisation" (convention C1): the post is held at the organisation the
    next comma names, which holds the role, as "Post of Organisation" already did; the post
    written before it is no office of its own. A post with no organisation after it leaves the
    person holding (seen2, seen3, seen20 and seen25's pages write members so)."""
    assert _holders(
        "The Drought Task Force is chaired by Ms. Ruth Alder, Country Director, Oxfam."
    ) == {("Oxfam", "InternationalNGO", "chair", "Drought Task Force")}
    text = (
        "Ruth Alder, Executive Director, Lakeside Relief Alliance (LRA), was elected Chair of "
        "the Drought Task Force."
    )
    assert {(h, r, b) for h, _, r, b in _holders(text)} == {
        ("Lakeside Relief Alliance", "chair", "Drought Task Force")
    }
    text = "The Drought Task Force is chaired by Ms. Ruth Alder, Senior Adviser, and meets monthly."
    assert _holders(text) == {("Ruth Alder", "Person", "chair", "Drought Task Force")}


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # the post on the line right under the name
        (
            "Country Key Contacts\n\nAmina Okafor\nShelter Cluster Coordinator\n",
            {("Amina Okafor", "Person", "coordinator", "Shelter Cluster")},
        ),
        # a post with no seat at its end binds no one
        ("Key contacts\n\nAmina Okafor\nInformation Management Officer\n", set()),
        # two blank lines, or one: the lines are no longer one card
        ("Key contacts\n\nAmina Okafor\n\n\nShelter Cluster Coordinator\n", set()),
        ("Key contacts\n\nAmina Okafor\n\nShelter Cluster Coordinator\n", set()),
        # cards with the post first: the post under a name is the next card's, with or without
        # a blank line between the cards, and the name binds no post under it
        (
            "Shelter Cluster Coordinator\nAmina Okafor\n\n"
            "Protection Cluster Coordinator\nJohn Roe\n",
            set(),
        ),
        (
            "Shelter Cluster Coordinator\nAmina Okafor\nProtection Cluster Coordinator\nJohn Roe\n",
            set(),
        ),
    ],
)
def test_a_contact_card_post_under_a_name_binds_the_person(
    text: str, holders: set[tuple[str, str, str, str]]
) -> None:
    """A contact card writes the name alone on its line and the post under it, ending with the
    seat ("Jane Doe" / "Nutrition Cluster Coordinator"): the person holds (conventions C15,
    C16)."""
    assert _holders(text) == holders
