"""A pattern is skipped only where it could not match (graph/extract/needs.py)."""

from __future__ import annotations

import re
import sys

import pytest

from coordkg.graph.build import bundled_documents
from coordkg.graph.extract.needs import FOLD, folded, needed
from coordkg.graph.extract.roles import _screened
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
    triggers, based_in, markers = _screened()
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
