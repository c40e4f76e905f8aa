"""A role's scope is the one its own clause gives, never one left over from the clause before."""

from __future__ import annotations

from snippets import roles


def test_a_contrasted_clause_with_its_own_fronted_place() -> None:
    assert roles("In Anbar, UNHCR leads the Protection Cluster, while in Dohuk IOM leads it.") == {
        ("UNHCR", "lead", "Protection Cluster", "Al-Anbar"),
        ("IOM", "lead", "Protection Cluster", "Duhok"),
    }


def test_the_sentence_scope_holds_for_clauses_without_their_own() -> None:
    assert roles(
        "At national level, WHO leads the Health Cluster, while UNICEF chairs the Nutrition "
        "Cluster in Dohuk."
    ) == {
        ("WHO", "lead", "Health Cluster", "national"),
        ("UNICEF", "chair", "Nutrition Cluster", "Duhok"),
    }
