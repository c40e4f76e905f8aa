"""Round 33 (h-link): a seat written right after a body's defined acronym ("the LCG Chair",
"and LCG Co-Chair") -- the acronym names the whole body and the seat is the role, as after the
body's name written out; sentences written for these tests."""

from __future__ import annotations

from snippets import read, roles

DEFINED = "The Lakes Coordination Group (LCG) met in Arusha.\n\n"


def test_an_organisation_apposed_to_the_acronyms_seat_holds_it() -> None:
    assert roles(DEFINED + "FAO, the LCG Chair, spoke.") == {("FAO", "chair", "LCG", "")}
    assert roles(DEFINED + "FAO, the LCG Co-Chair, spoke.") == {("FAO", "co-chair", "LCG", "")}
    assert roles(DEFINED + "FAO is LCG Chair.") == {("FAO", "chair", "LCG", "")}


def test_a_persons_second_post_after_the_acronym_holds_as_the_first_posts_organisation() -> None:
    # C1: the person holds as the organisation of the post written first
    text = DEFINED + "Bob Roe, FAO Representative and LCG Co-Chair, spoke."
    assert roles(text) == {("FAO", "co-chair", "LCG", "")}
    text = DEFINED + "Bob Roe, Country Director of the Asian Development Bank (ADB) and LCG Chair."
    assert roles(text) == {("ADB", "chair", "LCG", "")}


def test_a_body_of_another_head_reads_the_same() -> None:
    text = "The Lakes Relief Partnership (LRP) met in Arusha.\n\nFAO, the LRP Coordinator, spoke."
    assert roles(text) == {("FAO", "coordinator", "LRP", "")}


def test_a_capitalised_word_after_the_seat_or_a_plural_seat_is_no_role() -> None:
    assert roles(DEFINED + "The LCG Chair Office is in Arusha.") == set()
    assert roles(DEFINED + "The LCG Chairs and Co-Chairs met.") == set()
    # the same apposition with the bare seat holds it: only the word after the seat, or the
    # plural, keeps the acronym from being read as the seat's body
    assert roles(DEFINED + "FAO, the LCG Chair, spoke.") == {("FAO", "chair", "LCG", "")}
    cases = {
        "FAO, the LCG Chair Office, spoke.": ["FAO"],
        "FAO and WFP, the LCG Chairs and Co-Chairs, spoke.": ["FAO", "WFP"],
    }
    for text, names in cases.items():
        assert roles(DEFINED + text) == set()
        # the mentions the second paragraph reads: the organisations, no "LCG" before the seat
        later = [m.surface for m in read(DEFINED + text).mentions if m.start >= len(DEFINED)]
        assert later == names
