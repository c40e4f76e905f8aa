"""A pattern is skipped only where it could not match (graph/extract/needs.py)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from coordkg.graph.build import bundled_documents
from coordkg.graph.extract import needs
from coordkg.graph.extract.needs import FOLD, folded, needed
from coordkg.graph.extract.roles import role_rules
from coordkg.graph.read.readers import read_document
from coordkg.graph.read.text import sentences


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        # "co" and "chair" are both needed: the longer one is looked for
        (r"\bco-?chair(?:s|ed)?\b", {"chair"}),
        # one word of each branch
        (r"\bled\s+by|\bunder\s+the\s+leadership\s+of", {"led", "leadership"}),
        # a group that may be skipped needs nothing; a group repeated at least once does
        (r"(?:lead)?\s*x", {"x"}),
        (r"(?:lead)+\s*x", {"lead"}),
        # a case-sensitive part still needs its letters, in lower case
        (r"\bas\s+(?-i:[Ss]ecretary)\b", {"ecretary"}),
        # letters in a look-ahead are not part of the match
        (r"members(?=\s+include)", {"members"}),
    ],
)
def test_words_needed(pattern: str, words: set[str]) -> None:
    assert needed(re.compile(pattern, re.IGNORECASE)) == words


@pytest.mark.parametrize("pattern", [r"lead|\w+", r"[A-Z]\w+", r"(?:of)?"])
def test_nothing_needed(pattern: str) -> None:
    """A branch that needs no letters, a class, a group that may be skipped: no words."""
    assert needed(re.compile(pattern, re.IGNORECASE)) is None


def test_fold_is_every_character_taken_for_an_ascii_one() -> None:
    """FOLD holds exactly the characters outside ASCII that case-insensitive matching takes
    for an ASCII character, so that a screened pattern finds its words in them too."""
    every = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    taken = set(re.findall(r"[\x00-\x7f]", every, re.IGNORECASE))
    assert taken == {chr(c) for c in FOLD}
    assert folded("\u017fecretariat Chaired \u212aK") == "secretariat chaired kk"


def test_screened_pattern_finds_what_the_pattern_finds() -> None:
    """Over every sentence of the bundled plans, and words written with the characters of
    FOLD, each pattern the role rules screen finds the same matches screened or not, and is
    skipped in some sentences."""
    texts = [s.text for path in bundled_documents() for s in sentences(read_document(path)[0].text)]
    fold = "UNICEF ho\u017fts the \u017fecretariat of the group, \u212aenya CO-LEAD"
    texts += ["The cluster is co-chaired by UNHCR", fold]
    triggers, based_in, markers = role_rules().screened
    screens = [s for _, s in triggers] + [based_in] + [s for _, s in markers]
    skipped = 0
    for screen in screens:
        for text in texts:
            low = folded(text)
            found = [m.span() for m in screen.finditer(text, low)]
            assert found == [m.span() for m in screen.pattern.finditer(text)]
            skipped += screen.words != () and not any(w in low for w in screen.words)
    assert skipped > 0
    assert any(next(s.finditer(fold, folded(fold)), None) for s in screens)


@pytest.fixture
def fresh_needs() -> Iterator[None]:
    """``needed`` and the parser check forget what they read, before the test and after it."""
    needs.needed.cache_clear()
    needs._understood.cache_clear()
    yield
    needs.needed.cache_clear()
    needs._understood.cache_clear()


class _OtherParser:
    """A parser of another shape than ``re``'s: every pattern reads as one class of letters."""

    @staticmethod
    def parse(pattern: str, flags: int) -> list[tuple[object, object]]:
        return [(needs.sre.IN, [])]


@pytest.mark.parametrize("parser", [None, _OtherParser()])
def test_without_the_private_parser_nothing_is_screened(
    fresh_needs: None, monkeypatch: pytest.MonkeyPatch, parser: object
) -> None:
    """Where ``re``'s private parser is missing, or reads patterns another way, no pattern
    needs a word, so each finds in every sentence what it finds unscreened."""
    monkeypatch.setattr(needs, "_parser", parser)
    pattern = re.compile(r"\bco-?chair(?:s|ed)?\s+by", re.IGNORECASE)
    assert needed(pattern) is None
    screen = needs.Screened(pattern)
    assert screen.words == ()
    text = "The group is co-chaired by UNHCR; chairs: none"
    assert [m.span() for m in screen.finditer(text, "")] == [(13, 26)]


def test_with_the_private_parser_a_pattern_is_screened(fresh_needs: None) -> None:
    """The check of the parser passes with this Python's ``re``: patterns are screened."""
    pattern = re.compile(r"\bco-?chair(?:s|ed)?\s+by", re.IGNORECASE)
    assert needs.Screened(pattern).words == ("chair",)
    assert list(needs.Screened(pattern).finditer("co-chaired by", "")) == []
