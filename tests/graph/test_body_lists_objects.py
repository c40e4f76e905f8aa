"""Lists of bodies read from their context (bodylists.py): a role verb's object in lower case,
a role verb earlier in the clause, sector meetings one body per item.  Sentences written here
after constructions of real pages (tests/generalisation/dev/CONSTRUCTIONS-r5-lists.md); the
expected bodies and roles are worked out by hand."""

from __future__ import annotations

from coordkg.graph.extract.bodylists import clause_cue, object_items
from coordkg.graph.extract.document import extract
from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.read.readers import document_from_text


def _bodies(text: str) -> set[str]:
    return {
        m.entity.name
        for m in find_mentions(text, Resolver())
        if m.rule.startswith("phrase.") and m.entity.kind == "Cluster"
    }


def _roles(text: str) -> set[tuple[str, str, str]]:
    ex = extract(document_from_text(text, "lists"), Resolver())
    return {(r.holder.name, r.role, r.body.name) for r in ex.roles}


def test_the_object_of_a_role_verb_may_list_lower_case_topics_each_with_its_article() -> None:
    text = "UNDP led the infrastructure and the productive sectors."
    head = text.index("sectors")
    items = object_items(text, head, 0)
    assert items is not None
    assert [" ".join(text[a:b] for a, b in item) for item in items] == [
        "infrastructure",
        "productive",
    ]
    assert _roles(text) == {
        ("United Nations Development Programme", "lead", "Infrastructure Sector"),
        ("United Nations Development Programme", "lead", "Productive Sector"),
    }


def test_taking_part_in_a_list_of_sectors_is_membership_of_each() -> None:
    text = "UNHCR also takes part in the education and food security sectors."
    unhcr = "United Nations High Commissioner for Refugees"
    assert _roles(text) == {
        (unhcr, "member", "Education Sector"),
        (unhcr, "member", "Food Security Sector"),
    }


def test_words_between_the_verb_and_the_list_make_it_no_object() -> None:
    # "efforts in" stands between: the sectors are where efforts go, not bodies led
    text = "UNICEF leads efforts in the infrastructure and the productive sectors."
    assert object_items(text, text.index("sectors"), 0) is None
    assert _bodies(text) == set()


def test_a_single_lower_case_word_is_no_list() -> None:
    text = "WFP leads the overall sector response."
    assert object_items(text, text.index("sector"), 0) is None


def test_a_role_verb_earlier_in_the_clause_names_a_list_of_capitalised_sectors() -> None:
    text = (
        "UNHCR leads the regular coordination meetings for the Protection, Livelihoods "
        "and Health sectors."
    )
    assert clause_cue(text, text.index("Protection"), 240)
    assert _bodies(text) == {"Protection Sector", "Livelihoods Sector", "Health Sector"}


def test_a_clause_without_a_role_verb_names_no_sectors() -> None:
    text = "Funding went to the Protection, Livelihoods and Health sectors. UNHCR leads it."
    assert not clause_cue(text, text.index("Protection"), 240)
    assert _bodies(text) == set()


def test_a_phrase_after_is_a_describes_its_subject() -> None:
    text = "The Coordination Cell is a platform for coordination among agencies."
    assert not any(m.rule.startswith("phrase.platform") for m in find_mentions(text, Resolver()))


def test_decoys_stay_rowless() -> None:
    text = (
        "UNICEF works closely with the health and education sectors and supports "
        "vulnerable groups and target groups in the camps."
    )
    assert _roles(text) == set()


def test_sector_meetings_of_a_list_are_one_body_per_item_a_name_stays_one() -> None:
    text = "WFP chairs the Food and Nutrition sector meetings."
    wfp = "World Food Programme"
    assert _roles(text) == {(wfp, "chair", "Food Sector"), (wfp, "chair", "Nutrition Sector")}
    named = {
        m.entity.name for m in find_mentions("The Gender and Protection Cluster met.", Resolver())
    }
    assert "Gender and Protection Cluster" in named
