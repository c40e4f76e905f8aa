"""Alternations grouped by first letter match as the plain ones do (graph/extract/alternation.py)."""

from __future__ import annotations

import itertools
import re
import sys

import pytest

from coordkg.graph.extract import mentions
from coordkg.graph.extract.alternation import _ALSO_ASCII, by_first_letter, name_words, words

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


def test_a_names_words_are_its_runs_of_ascii_letters_and_digits() -> None:
    assert name_words("Norwegian Refugee Council", True) == {"norwegian", "refugee", "council"}
    assert name_words("Médecins Sans Frontières", True) == {"m", "decins", "sans", "fronti", "res"}
    assert name_words("UN-Habitat", False) == {"UN", "Habitat"}
    # "Programme" also matches "Program": neither it nor a run touching it ("Programmes")
    assert name_words("World Food Programme", True, ["Programme"]) == {"world", "food"}
    assert name_words("Programmes d'appui", True, ["Programme"]) == {"d", "appui"}
    # ignoring case, "ı" matches "i" and "I": no run of such a name is sure to be whole
    assert name_words("Kılıç Vakfı", True) == frozenset()
    assert name_words("Kılıç Vakfı", False) == {"K", "l", "Vakf"}


def test_a_texts_words_take_a_letter_as_the_ascii_one_a_folded_pattern_takes_it_for() -> None:
    text = "ſave the Children, UNICEF-led; \u212aenya 2024"
    assert words(text, True) == {"save", "the", "children", "unicef", "led", "kenya", "2024"}
    assert words(text, False) == {"ave", "the", "Children", "UNICEF", "led", "enya", "2024"}


def test_every_character_a_pattern_ignoring_case_takes_for_an_ascii_one_is_translated() -> None:
    others = [chr(c) for c in range(128, sys.maxunicode + 1)]
    ascii_ = re.compile("[a-z0-9]", re.IGNORECASE)
    assert {c for c in others if ascii_.fullmatch(c)} == {chr(c) for c in _ALSO_ASCII}
    # and no other character becomes one in lower case ("İ" becomes "i" and a combining dot)
    translated = [c for c in others if ascii_.search(c.translate(_ALSO_ASCII).lower())]
    assert translated == ["İ", "ı", "ſ", "\u212a"]


def test_the_reference_regexes_of_a_documents_names_find_what_those_of_every_name_find(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mentions, "_read", itertools.count())  # as in a process just started
    text = (
        "The World Food\n   Program (WFP) and Save the Children; the Unicef office, "
        "ſave the children, not who."
    )
    some, every = mentions._reference_pattern(text)[:2], mentions._every_reference_regex()
    for regex, whole in zip(some, every, strict=True):
        assert regex is not None and whole is not None
        assert len(regex.pattern) < len(whole.pattern) / 10
    found = [[m.group() for m in regex.finditer(text)] for regex in some if regex is not None]
    assert found == [
        ["World Food\n   Program", "Save the Children", "ſave the children"],
        ["WFP", "Unicef"],
    ]
    assert found == [[m.group() for m in r.finditer(text)] for r in every if r is not None]
    assert mentions._reference_pattern("12 34")[:2] == (None, None)  # no name can be there
