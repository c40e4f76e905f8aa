"""Round 24 (seen20's government news): the plain verb "head" after "will" or "to" before its
object is a lead, as "heads the X" is.  Invented sentences."""

from __future__ import annotations

from snippets import roles


def test_will_also_head_a_task_force() -> None:
    text = "Prime Minister Jane Doe will also Head a National Relief Task Force, set up today.\n"
    assert roles(text) == {("Prime Minister", "lead", "National Relief Task Force", "")}


def test_asked_to_head_the_committee() -> None:
    text = "The Minister of Health was asked to head the Epidemic Response Committee.\n"
    assert roles(text) == {("Minister of Health", "lead", "Epidemic Response Committee", "")}


def test_head_as_a_noun_is_no_role() -> None:
    assert roles("The head of the Relief Task Force spoke to the press.\n") == set()
