"""Alternations grouped by first letter match as the plain ones do (graph/extract/alternation.py)."""

from __future__ import annotations

import re

from coordkg.graph.extract.alternation import by_first_letter

NAMES = ["World Food Programme", "WFP", "World Vision", "Kelvin Fund", "key", "K", "UNICEF"]


def test_the_grouped_alternation_matches_as_the_plain_one() -> None:
    text = "world vision and WFP; the Key fund, k and UNICEF (World Food Programme)."
    for flags, folded in ((re.IGNORECASE, True), (0, False)):
        plain = re.compile(rf"\b(?:{'|'.join(map(re.escape, NAMES))})\b", flags)
        grouped = re.compile(rf"\b(?:{by_first_letter(NAMES, re.escape, folded)})\b", flags)
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    # by hand: ignoring case every name is found; "Kelvin Fund" is not in the text
    folded = re.compile(rf"\b(?:{by_first_letter(NAMES, re.escape, True)})\b", re.IGNORECASE)
    assert [m.group() for m in folded.finditer(text)] == [
        "world vision", "WFP", "Key", "k", "UNICEF", "World Food Programme"
    ]  # fmt: skip


def test_the_first_name_that_matches_wins_within_its_letter() -> None:
    # "W" before "World Vision": the plain alternation stops at "W"; so does the grouped one
    names = ["W", "World Vision"]
    grouped = re.compile(f"(?:{by_first_letter(names, re.escape, False)})")
    assert grouped.match("World Vision").group() == "W"


def test_a_name_starting_with_no_letter_gives_the_plain_alternation() -> None:
    assert by_first_letter(["'Ayn", "Abc"], re.escape, True) == "'Ayn|Abc"
    assert by_first_letter([], re.escape, True) == ""
    assert (
        by_first_letter(["ab", "Ac", "b"], re.escape, True)
        == "(?=[ab])(?:(?=a)(?:ab|Ac)|(?=b)(?:b))"
    )
