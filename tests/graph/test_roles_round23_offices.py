"""Round 23's office holders and participles read from seen2's, seen5's and seen6's misses: a
list of offices with their holders' names in apposition before "who co-chair" a body whose head
is read in context ("Executive"), a role noun closing the sentence after its body ("as the WASH
Cluster Lead Agency."), a director named by what the office directs ("Director of Emergency
Management"), an office "at" the organisation it works for (convention C1), and a participle right
after a body written after "of" ("the Plan of the X, co-led by A and B").  Sentences invented
after those constructions; each expected set worked out by hand (a role's body as ``roles``
shows it: its acronym, else its name)."""

from __future__ import annotations

from snippets import roles


def test_offices_in_apposition_before_who_co_chair_a_context_body() -> None:
    text = (
        "Above the others stand the Governor, Ann Cole, and the Premier, Tom Reid, who co-chair"
        " the National Storm Management Executive."
    )
    assert roles(text) == {
        ("Governor", "co-chair", "National Storm Management Executive", ""),
        ("Premier", "co-chair", "National Storm Management Executive", ""),
    }


def test_a_context_body_after_a_verb_with_no_holder_before_stays_unread() -> None:
    assert roles("The plan, which co-chairs the National Storm Management Executive, met.") == set()


def test_a_role_noun_ending_the_sentence_after_its_body() -> None:
    assert roles("After the floods UNICEF took up its duty as the WASH Cluster Lead Agency.") == {
        ("UNICEF", "lead", "WASH Cluster", ""),
    }
    assert roles("Since March WFP took on its task as the Logistics Cluster co-lead.") == {
        ("WFP", "co-lead", "Logistics Cluster", ""),
    }


def test_a_director_named_by_what_the_office_directs_is_an_office() -> None:
    text = "Mary Oduya, Director of Public Health and chair of the Nutrition Working Group, spoke."
    assert roles(text) == {("Director of Public Health", "chair", "Nutrition Working Group", "")}


def test_a_director_of_an_organisation_stands_for_it() -> None:
    assert roles("The Health Working Group is chaired by the Director of OCHA.") == {
        ("OCHA", "chair", "Health Working Group", ""),
    }


def test_an_office_at_an_organisation_stands_for_it() -> None:
    text = (
        "The Food Security Committee is chaired by the Director of Nutrition at the Ministry of"
        " Agriculture."
    )
    assert roles(text) == {("Ministry of Agriculture", "chair", "Food Security Committee", "")}


def test_a_participle_right_after_a_body_written_after_of() -> None:
    text = (
        "The 2024 plan of the National Migration Platform, co-led by the International"
        " Organization for Migration (IOM) and UNHCR, was launched."
    )
    assert roles(text) == {
        ("IOM", "co-lead", "National Migration Platform", ""),
        ("UNHCR", "co-lead", "National Migration Platform", ""),
    }
    text = "The first report of the Shelter Working Group led by IFRC came out in May."
    assert roles(text) == {("IFRC", "lead", "Shelter Working Group", "")}


def test_a_meeting_of_a_body_keeps_its_chair_apart() -> None:
    # C12: one sitting's chair is no role of the body, with or without the participle
    assert roles("The meeting of the Health Cluster, chaired by WHO, agreed a plan.") == set()
    assert roles("The meeting of the Health Cluster was chaired by WHO.") == set()


def test_a_person_after_the_sentence_before_takes_the_office_named_after() -> None:
    # the capitalised word before the name closes the sentence before: no longer name's tail
    text = (
        "The plan was shared with the Ministry of Agriculture. Mary Oduya, Director of Public"
        " Health and chair of the Nutrition Working Group, said the plan was ready."
    )
    assert roles(text) == {("Director of Public Health", "chair", "Nutrition Working Group", "")}


def test_a_participle_after_a_subjects_object_is_read_as_before() -> None:
    text = "Since 2021 UNHCR has also been part of the Education Sector Group led by UNICEF."
    assert roles(text) == {
        ("UNHCR", "member", "Education Sector Group", ""),
        ("UNICEF", "lead", "Education Sector Group", ""),
    }


def test_places_before_the_noun_of_hangs_from_are_no_scope_of_the_participle() -> None:
    text = (
        "It was said at the launch for Peru of the regional plan, held at the initiative of the"
        " National Migration Platform co-led by IOM and UNHCR."
    )
    assert roles(text) == {
        ("IOM", "co-lead", "National Migration Platform", ""),
        ("UNHCR", "co-lead", "National Migration Platform", ""),
    }


def test_a_context_body_as_the_object_of_a_relative_clause() -> None:
    text = "The response is run by a Crisis Management Unit that the Minister of Interior chairs."
    assert roles(text) == {("Minister of Interior", "chair", "Crisis Management Unit", "")}
    text = "The response is run by a National Disaster Council, which WFP leads."
    assert roles(text) == {("WFP", "lead", "National Disaster Council", "")}


def test_a_relative_clause_going_on_past_its_verb_names_no_body() -> None:
    assert roles("UNICEF funds the Crisis Management Unit that WHO leads in the south.") == set()


def test_a_post_written_twice_in_apposition_is_one_holder() -> None:
    text = (
        "The Food Security Committee is chaired by the Government Focal Point, the Director of"
        " Nutrition at the Ministry of Agriculture."
    )
    assert roles(text) == {("Ministry of Agriculture", "chair", "Food Security Committee", "")}
    text = (
        "The Food Security Committee is chaired by the Governor, the Director of Nutrition at"
        " the Ministry of Agriculture and UNICEF."
    )
    assert roles(text) == {
        ("Governor", "chair", "Food Security Committee", ""),
        ("Ministry of Agriculture", "chair", "Food Security Committee", ""),
        ("UNICEF", "chair", "Food Security Committee", ""),
    }
