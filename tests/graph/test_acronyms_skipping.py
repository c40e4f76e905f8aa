"""An acronym that leaves words of its long form out ("Group", "on") still starts its long form
at the word of its first letter (names written for these tests; long forms worked out by hand)."""

from __future__ import annotations

from coordkg.graph.extract.acronyms import find_definitions


def test_an_acronym_skipping_words_starts_at_its_first_initial() -> None:
    text = "It was run by the Cameroonian Civic Society Working Group on Trade (CCWT) last year."
    [d] = find_definitions(text)
    assert (d.acronym, d.long) == ("CCWT", "Cameroonian Civic Society Working Group on Trade")


def test_letters_inside_words_are_read_when_no_initials_spell_it() -> None:
    [d] = find_definitions("The programme is run by the Ministry of Health (MoH).")
    assert (d.acronym, d.long) == ("MoH", "Ministry of Health")
