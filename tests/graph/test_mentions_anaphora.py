"""A reference back to a body ("The Sector", "this group") is that body: the one of that head
noun the nearest heading above names, else the one the title names, else the last one named."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _anaphora(text: str) -> list[tuple[str, str]]:
    return [
        (m.surface, m.entity.name) for m in find_mentions(text, Resolver()) if m.rule == "anaphora"
    ]


def test_a_capitalised_reference_at_a_sentence_start() -> None:
    text = "About the Returns Working Group\n\nThe Working Group meets monthly. The Group reports."
    assert _anaphora(text) == [
        ("The Working Group", "Returns Working Group"),
        ("The Group", "Returns Working Group"),
    ]


def test_a_section_heading_naming_a_body_of_that_noun_wins_over_the_title() -> None:
    text = (
        "# Nutrition Cluster\n\nThe cluster is led by UNICEF.\n\n"
        "## Protection Sector\n\nThe sector is chaired by UNHCR. The cluster meets weekly.\n"
    )
    assert _anaphora(text) == [
        ("The cluster", "Nutrition Cluster"),
        ("The sector", "Protection Sector"),
        ("The cluster", "Nutrition Cluster"),
    ]


def test_this_group_and_no_reference_in_a_group_of() -> None:
    text = "The Cash Working Group was set up. This group and the group of donors met."
    assert _anaphora(text) == [("This group", "Cash Working Group")]


def test_a_sentence_opening_with_in_and_a_place_qualifies_the_body_after_it() -> None:
    text = "In Gaza the Shelter Cluster is led by NRC. Funds in Gaza the Health Cluster got."
    scoped = [
        (m.surface, m.qualifier.place.name if m.qualifier and m.qualifier.place else None)
        for m in find_mentions(text, Resolver(), "PS")
        if m.entity.kind == "Cluster"
    ]
    assert scoped == [("Shelter Cluster", "Gaza"), ("Health Cluster", None)]


def test_a_lower_case_noun_refers_to_the_last_name_it_ends() -> None:
    # "council" heads an organisation's name here, not a body kind: the anaphor reads the name
    text = (
        "The island set up a Disaster Advisory Council last week. "
        "The council is headed by the Minister of the Interior. A council of elders met."
    )
    found = [(m.surface, m.entity.name) for m in find_mentions(text, Resolver())]
    assert ("The council", "Disaster Advisory Council") in found
    assert not any(surface.startswith("council") for surface, _ in found)


def test_a_lower_case_noun_no_name_ends_refers_to_nothing() -> None:
    found = find_mentions("The commission is headed by the Minister of the Interior.", Resolver())
    assert [m.surface for m in found] == ["Minister of the Interior"]


def test_a_title_named_in_full_under_it_is_the_body_its_anaphors_refer_to() -> None:
    text = (
        "# Steering Committee\n\nThe Steering Committee of the National Health Platform meets at"
        " national level.\nThe Committee is co-chaired by WHO.\n"
    )
    assert _anaphora(text) == [
        ("The Committee", "Steering Committee of the National Health Platform")
    ]


def test_a_body_brought_in_with_a_or_an_wins_over_the_title_for_the_next_sentence() -> None:
    # a news page's headline names the body loosely; the text then sets up its formal name
    text = (
        "Governor Forms Flood Task Force\n\n"
        "The governor has now set up a Joint Flood Response Task Force. "
        "The Task Force will be made up of the heads of the line departments."
    )
    assert _anaphora(text) == [("The Task Force", "Joint Flood Response Task Force")]


def test_a_body_brought_in_with_a_far_back_leaves_the_title_its_anaphor() -> None:
    text = (
        "Terms of Reference: Shelter Working Group\n\n"
        "The members coordinate with a Cash Working Group.\n\n"
        "The Working Group meets every month."
    )
    assert _anaphora(text) == [("The Working Group", "Shelter Working Group")]


def test_a_body_brought_in_with_an_indefinite_article_wins_over_the_title() -> None:
    # a title naming one body, then a statement setting up another: "The Task Force" in the
    # next sentence is the one just brought in
    text = (
        "Coastal Flood Task Force\n\n"
        "The cabinet has formed a Joint Relief Task Force. The Task Force will meet weekly.\n"
    )
    assert _anaphora(text) == [("The Task Force", "Joint Relief Task Force")]


def test_a_portuguese_a_is_the_definite_article_and_brings_in_no_new_body() -> None:
    # "uma" brings the provincial commission in as a new one; "a" before it is Portuguese
    # "the", no English "a": the title's commission keeps the reference
    def referred(article: str) -> list[tuple[str, str]]:
        return _anaphora(
            "Comissão Nacional de Gestão de Riscos\n\n"
            f"O Governo anunciou {article} Comissão Provincial de Gestão de Riscos de Tete. "
            "A comissão reúne-se todos os meses.\n"
        )

    assert referred("uma") == [("A comissão", "Comissão Provincial de Gestão de Riscos de Tete")]
    assert referred("a") == [("A comissão", "Comissão Nacional de Gestão de Riscos")]


def test_an_indefinite_body_further_back_leaves_the_title_its_reference() -> None:
    text = (
        "Coastal Flood Task Force\n\n"
        "The cabinet has formed a Joint Relief Task Force. It met on Monday. It met again. "
        "The Task Force will meet weekly.\n"
    )
    assert _anaphora(text) == [("The Task Force", "Coastal Flood Task Force")]
