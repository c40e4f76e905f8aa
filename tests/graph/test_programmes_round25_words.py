"""The words that part a title's members and link listed amounts (round 25, code quality lane):
expected parts worked out by hand from the regexes' definitions."""

from __future__ import annotations

from coordkg.graph.extract.programmes_phrases import _MEMBERS


def test_a_single_letter_and_word_parts_members_only_in_lower_case() -> None:
    # "E" of "hepatitis E" is a letter naming a virus, not Portuguese "e": the title has two
    # members, parted by "and" alone
    assert _MEMBERS.split("vaccination against hepatitis E and cholera") == [
        "vaccination against hepatitis E",
        "cholera",
    ]
    assert _MEMBERS.split("Hepatitis E Testing") == ["Hepatitis E Testing"]


def test_and_words_of_other_languages_still_part_members() -> None:
    assert _MEMBERS.split("Agua y Saneamiento") == ["Agua", "Saneamiento"]
    assert _MEMBERS.split("saúde e educação") == ["saúde", "educação"]
    assert _MEMBERS.split("Eau ET Assainissement") == ["Eau", "Assainissement"]
    assert _MEMBERS.split("Water And Sanitation") == ["Water", "Sanitation"]
