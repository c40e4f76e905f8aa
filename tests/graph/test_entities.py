"""Recognising and resolving entities: reference data, defined acronyms, head nouns."""

from __future__ import annotations

from snippets import read

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver, name_key
from coordkg.graph.read.text import clean, normalise


def mentions(text: str, resolver: Resolver | None = None) -> dict[str, tuple[str, str]]:
    found = find_mentions(clean(normalise(text)).text, resolver or Resolver())
    return {m.surface: (m.entity.name, m.entity.kind) for m in found}


def test_unknown_names_are_typed_by_their_head_noun() -> None:
    found = mentions(
        "The Water Sector Coordination Committee, the Ministry of Water Resources and the "
        "Northern Food Security Task Force met the Durable Solutions Network."
    )
    assert found["Water Sector Coordination Committee"] == (
        "Water Sector Coordination Committee",
        "Committee",
    )
    assert found["Ministry of Water Resources"] == ("Ministry of Water Resources", "Ministry")
    assert found["Durable Solutions Network"] == ("Durable Solutions Network", "Network")
    # a region prefix stays part of a name the reference data does not know
    assert found["Northern Food Security Task Force"] == (
        "Northern Food Security Task Force",
        "TaskForce",
    )


def test_a_head_noun_alone_or_inside_a_longer_name_is_no_body() -> None:
    found = mentions(
        "Cluster partners met under the IASC Humanitarian Cluster System. Civil society met."
    )
    assert not any(
        kind in ("Cluster", "NGO")
        for _, kind in found.values()
        if _ != "Inter-Agency Standing Committee"
    )


def test_defined_acronym_is_expanded_where_used_alone() -> None:
    found = mentions("IOM chairs the Returns Working Group (RWG). Later the RWG met.")
    assert found["RWG"] == ("Returns Working Group", "WorkingGroup")


def test_lowercase_long_form_with_acronym_in_the_name() -> None:
    found = mentions(
        "IOM co-chairs the Mental Health and Psychosocial Support (MHPSS) technical working group (TWG)."
    )
    surface = "Mental Health and Psychosocial Support (MHPSS) technical working group"
    assert found[surface] == (
        "Mental Health and Psychosocial Support Technical Working Group",
        "TechnicalWorkingGroup",
    )


def test_names_split_by_and_between_two_heads_stay_two_names() -> None:
    found = mentions(
        "a member of the Monitoring, Analysis, and Reporting Arrangements (MARA) "
        "Working Group and Gender Task Force."
    )
    assert found["Gender Task Force"] == ("Gender Task Force", "TaskForce")
    assert (
        found["Monitoring, Analysis, and Reporting Arrangements (MARA) Working Group"][1]
        == "WorkingGroup"
    )


def test_a_place_written_into_a_name_becomes_its_qualifier_a_level_stays_in_it() -> None:
    """A region before a known body is its place; "National" stays in the name (C9)."""
    text = "co-lead of the sub-national Central/South Shelter-NFI Cluster and the National Protection Cluster."
    found = find_mentions(clean(normalise(text)).text, Resolver())
    shelter = next(m for m in found if "Shelter" in m.surface)
    protection = next(m for m in found if "Protection" in m.surface)
    assert shelter.entity.name == "Shelter and Non-Food Items Cluster"
    assert (shelter.qualifier.level, shelter.qualifier.place.name) == (
        "sub-national",
        "Central/South",
    )
    assert (protection.entity.name, protection.qualifier) == ("National Protection Cluster", None)


def test_government_next_to_a_unit_is_its_owner() -> None:
    found = find_mentions(
        "In Iraq, the Ministry of Migration and Displacement (MoMD) of the GoI and the KRG Ministry"
        " of Planning",
        Resolver(),
    )
    owners = {m.entity.name: m.owner.key for m in found if m.owner is not None}
    assert owners == {
        "Ministry of Migration and Displacement": "iq-goi",
        "KRG Ministry of Planning": "iq-krg",
    }


def test_one_entity_across_documents_and_spellings() -> None:
    resolver = Resolver()
    first = read("IOM works with the Ministry of Migration and Displacement (MoMD).", resolver)
    second = read("IOM supports the Ministry of Migration and Displaced.", resolver)
    [a] = [e for e in first.entities.values() if e.kind == "Ministry"]
    [b] = [e for e in second.entities.values() if e.kind == "Ministry"]
    assert a.key == b.key == "ministry-of-migration-and-displacement"


def test_name_key_ignores_case_inflection_and_small_words() -> None:
    assert name_key("Directorates of Health") == name_key("directorate of health")
    assert name_key("Organisation") == name_key("Organization")
    assert name_key("Returns Working Group") != name_key("Cash Working Group")


def test_reference_acronyms_are_case_sensitive() -> None:
    found = mentions("People who need care and WHO staff.")
    assert found == {"WHO": ("World Health Organization", "UNAgency")}
