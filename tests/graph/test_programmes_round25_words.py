"""The words that part a title's members and link listed amounts (round 25, code quality lane):
expected parts worked out by hand from the regexes' definitions."""

from __future__ import annotations

from coordkg.graph.extract.programmes_phrases import TITLE_MEMBERS
from coordkg.graph.extract.programmes_prose import _LISTED_LINK


def test_a_single_letter_and_word_parts_members_only_in_lower_case() -> None:
    # "E" of "hepatitis E" is a letter naming a virus, not Portuguese "e": the title has two
    # members, parted by "and" alone
    assert TITLE_MEMBERS.split("vaccination against hepatitis E and cholera") == [
        "vaccination against hepatitis E",
        "cholera",
    ]
    assert TITLE_MEMBERS.split("Hepatitis E Testing") == ["Hepatitis E Testing"]


def test_and_words_of_other_languages_still_part_members() -> None:
    assert TITLE_MEMBERS.split("Agua y Saneamiento") == ["Agua", "Saneamiento"]
    assert TITLE_MEMBERS.split("saúde e educação") == ["saúde", "educação"]
    assert TITLE_MEMBERS.split("Eau ET Assainissement") == ["Eau", "Assainissement"]
    assert TITLE_MEMBERS.split("Water And Sanitation") == ["Water", "Sanitation"]


def test_a_listed_link_goes_on_to_an_accented_word() -> None:
    # a bare figure's link to what it pays for: the purpose may open with any letter
    assert _LISTED_LINK.match(" para água e saneamento") is not None
    assert _LISTED_LINK.match(" to Ébola treatment centres") is not None
    assert _LISTED_LINK.match(" to logistics") is not None
    assert _LISTED_LINK.match(" to 2025") is None
    assert _LISTED_LINK.match(" to _x") is None
