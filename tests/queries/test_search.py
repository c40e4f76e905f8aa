"""Ranked search: exact name or acronym, then prefix, then words, then anywhere; within a tier
the name the words cover most, then the entity more plans name."""

from __future__ import annotations

from coordkg.queries.catalogue import get
from coordkg.queries.run import Source
from coordkg.queries.search import rank


def entity(name: str, acronym: str = "", others: str = "", plans: str = "2025") -> dict[str, str]:
    return {"name": name, "acronym": acronym, "other_names": others, "plans": plans}


ROWS = [
    entity("Ministry of Migration and Displacement", "MoMD", plans="2020;2025"),
    entity("International Organization for Migration", "IOM", "UN Migration"),
    entity("Migration Working Group", "MWG"),
    entity("Emigration Policy Unit"),
    entity("Shelter Cluster"),
]


def names(text: str) -> list[str]:
    return [r["name"] for r in rank(text, ROWS)]


def test_an_acronym_or_a_whole_name_comes_first() -> None:
    assert names("iom") == ["International Organization for Migration"]
    assert names("  migration WORKING group ")[0] == "Migration Working Group"
    assert names("un migration")[0] == "International Organization for Migration"


def test_tiers_prefix_then_words_then_anywhere() -> None:
    assert names("migration") == [
        "Migration Working Group",  # starts with it
        "International Organization for Migration",  # the word is half of "UN Migration"
        "Ministry of Migration and Displacement",  # a fifth of its name, though two plans
        "Emigration Policy Unit",  # only inside a word
    ]


def test_words_in_any_order_and_word_prefixes() -> None:
    assert names("migr minis") == ["Ministry of Migration and Displacement"]
    assert names("cluster shelter") == ["Shelter Cluster"]


def test_more_plans_break_a_tie() -> None:
    rows = [entity("B Working Group"), entity("A Working Group", plans="2020;2025")]
    assert [r["name"] for r in rank("working", rows)] == ["A Working Group", "B Working Group"]


def test_no_words_no_match_and_markup_is_text() -> None:
    assert names("") == [] and names(" ;- ") == []
    assert names("health") == []
    assert names('<script>"') == []


def test_migration_ranks_iom_first_in_the_bundled_plans(source: Source) -> None:
    rows = source.ask(get("entities"), {}).as_dicts()
    found = [r["acronym"] or r["name"] for r in rank("migration", rows)]
    assert found[0] == "IOM" and "MoMD" in found
