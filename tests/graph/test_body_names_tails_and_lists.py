"""Round 11: body names with a lower-case tail, lists of bodies opened by a dash or "namely"
or holding an aside, a body's sitting, a post named after a body word, and a name that holds
in one country only (bodytails.py, bodyphrases.py, mentions.py, reference/bodies.toml).  The
sentences are written here after constructions of real pages (dev/SOURCES-r11-bodynames.md)."""

from __future__ import annotations

from dataclasses import replace

from pytest import MonkeyPatch
from snippets import roles

from coordkg.graph.extract import bodytails
from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _bodies(text: str, country: str | None = None) -> dict[str, str]:
    """Surface -> entity name of every body mention."""
    body_kinds = ("Cluster", "WorkingGroup", "TaskForce", "CoordinationGroup", "Committee")
    return {
        m.surface: m.entity.name
        for m in find_mentions(text, Resolver(), country)
        if m.entity.kind in body_kinds
    }


def test_a_tail_ending_before_a_relative_clause_is_part_of_the_name() -> None:
    text = (
        "WFP chairs the Working Group on food distribution in remote areas, which meets "
        "every month."
    )
    assert _bodies(text) == {
        "Working Group on food distribution in remote areas": (
            "Working Group on Food distribution in remote areas"
        )
    }


def test_a_short_for_tail_ending_at_a_comma_is_part_of_the_name() -> None:
    text = "The ministry set up a Coordination Group for monitoring the border crossings, with IOM."
    assert set(_bodies(text)) == {"Coordination Group for monitoring the border crossings"}


def test_a_to_tail_needs_a_clause_word_after_it() -> None:
    named = "the Working Group to review the disaster law of the country, which is chaired by"
    assert set(_bodies(f"It drew on {named} the Red Cross.")) == {
        "Working Group to review the disaster law of the country"
    }
    # a comma alone does not end a "to" tail: the bare head names nothing
    assert _bodies("It drew on the Working Group to review the law, and closed.") == {}


def test_of_tail_takes_a_body_written_inside_it() -> None:
    text = (
        "The Steering Committee of the Lakeland Health Coordination Platform sits at national "
        "level."
    )
    assert set(_bodies(text)) == {"Steering Committee of the Lakeland Health Coordination Platform"}


def test_no_tail_after_an_article_or_a_time_word_or_before_a_scope() -> None:
    assert set(_bodies("UNHCR chairs the Protection Working Group on a monthly basis.")) == {
        "Protection Working Group"
    }
    assert set(_bodies("UNHCR chairs the Protection Working Group for the second time.")) == {
        "Protection Working Group"
    }
    # "in Erbil" is where: the scope of the row, not a word of the name
    assert set(_bodies("IOM co-leads the Working Group on cash in Erbil, which meets weekly.")) == {
        "Working Group on cash"
    }
    # "of" followed by a lower-case word describes the body
    assert set(_bodies("The Steering Committee of experts met, which is rare.")) == {
        "Steering Committee"
    }


def test_a_country_right_before_the_clause_is_the_scope_not_a_word_of_the_name() -> None:
    # C17/C18: "in <country>" where the clause goes on right after it is where the body works
    text = (
        "It joined the Working Group to review the disaster law in Kenya, which is chaired by "
        "the Red Cross."
    )
    assert set(_bodies(text)) == {"Working Group to review the disaster law"}
    text = (
        "It joined the Working Group to review the disaster law in Kenya and Uganda, which meets."
    )
    # a country the clause does not go on after stays in the name: its reach
    assert set(_bodies(text)) == {"Working Group to review the disaster law in Kenya and Uganda"}


def test_a_list_after_a_dash_names_one_cluster_per_item() -> None:
    text = (
        "UNHCR is leading three clusters – Protection, Shelter and NFIs, and Camp "
        "Coordination and Camp Management (CCCM)."
    )
    assert roles(text) == {
        ("UNHCR", "lead", "Protection Cluster", ""),
        ("UNHCR", "lead", "Shelter-NFI Cluster", ""),
        ("UNHCR", "lead", "CCCM Cluster", ""),
    }


def test_a_list_after_namely_ends_after_the_item_after_its_oxford_and() -> None:
    text = (
        "UNHCR co-leads four sectors, namely Protection, Basic Assistance, Health, and Shelter, "
        "and supports other sectors, including Education."
    )
    names = {s: n for s, n in _bodies(text).items()}
    assert names == {
        "Protection": "Protection Sector",
        "Basic Assistance": "Basic Assistance Sector",
        "Health": "Health Sector",
        "Shelter": "Shelter Sector",
    }


def test_an_aside_in_brackets_before_a_plural_head_leaves_the_list_whole() -> None:
    text = (
        "UNHCR leads the Protection, Camp Coordination and Camp Management (CCCM) and "
        "Shelter/Non-Food Items (NFIs, also called core relief items) clusters."
    )
    assert roles(text) == {
        ("UNHCR", "lead", "Protection Cluster", ""),
        ("UNHCR", "lead", "CCCM Cluster", ""),
        ("UNHCR", "lead", "Shelter-NFI Cluster", ""),
    }
    # an aside that names a holder is no aside: "Sub-Clusters" has no name of its own here
    text = "The cluster includes the Mine Action (led by UNDP) Sub-Clusters."
    surfaces = {m.surface for m in find_mentions(text, Resolver(), None)}  # of every kind
    assert "Mine Action (led by UNDP) Sub-Clusters" not in surfaces


def test_a_meeting_after_a_body_is_one_sitting_of_that_body() -> None:
    assert _bodies("Notes\n\nShelter and WASH Working Group Meeting - #12\n") == {
        "Shelter and WASH Working Group": "Shelter and WASH Working Group"
    }
    assert _bodies("Notes\n\nFood Security Working Group Meeting - Minutes\n") == {
        "Food Security Working Group": "Food Security Working Group"
    }
    # a meeting the document names with an acronym is a standing body of its own
    text = "They attended the Steering Committee Meeting (SCM). The SCM is chaired by UNDP."
    assert roles(text) == {("UNDP", "chair", "SCM", "")}


def test_a_rank_before_a_body_word_and_a_post_after_it_name_no_body() -> None:
    assert _bodies("UNHCR appointed a Senior Cluster Coordinator in the capital.") == {}
    assert _bodies("The Deputy Cluster Coordinator attended.") == {}
    # the post's rank is not the body's: "Senior ... Coordinator" works for the Health Cluster
    assert set(_bodies("The Senior Health Cluster Coordinator attended.").values()) == {
        "Health Cluster"
    }


def test_shelter_cluster_is_iraqs_shelter_nfi_cluster_only_in_iraq() -> None:
    sentence = "The Shelter Cluster (SC) is co-led by IOM and UNHCR. The SC meets monthly."
    assert set(_bodies(sentence).values()) == {"Shelter Cluster"}
    assert set(_bodies(sentence, "IQ").values()) == {"Shelter and Non-Food Items Cluster"}


def test_the_levels_that_end_a_tail_are_read_from_the_rules(monkeypatch: MonkeyPatch) -> None:
    """ "at district level" is where, as "in Erbil" is: a level word of kinds.toml's [tails]
    ends the tail, and a word the rules list there does too (no list of its own in code)."""
    said = "IOM co-leads the Working Group on cash at {} level, which meets weekly."
    assert set(_bodies(said.format("district"))) == {"Working Group on cash"}
    levels = bodytails.tail_rules().levels | {"cantonal"}
    patched = replace(bodytails.tail_rules(), levels=levels)
    monkeypatch.setattr(bodytails, "tail_rules", lambda: patched)
    assert set(_bodies(said.format("cantonal"))) == {"Working Group on cash"}


def test_a_for_tail_saying_for_how_long_is_no_part_of_the_name() -> None:
    # "for the duration of ...", "for a period of ...": how long a seat is held, not the body
    text = (
        "The Provincial Minister shall be a member of the Relief Committee for the duration "
        "of the emergency. The Fire Service sits on the Relief Committee for the period of "
        "the floods."
    )
    assert set(_bodies(text)) == {"Relief Committee"}
