"""Building blocks of programmes_phrases.py checked alone: the alternations it writes from the
phrases of rules/funding.toml."""

from __future__ import annotations

import re

from coordkg.graph.extract.programmes_phrases import _fund_named


def test_phrases_of_several_words_only_leave_no_empty_alternative() -> None:
    # every phrase has a space, so there are no one-word phrases to add: the pattern must not
    # end in a bare "|", which would let it match nothing at all (whitespace alone after "\s+")
    pattern = re.compile(rf"\s+(?:{_fund_named(['a grant of', 'the allocation of'])})")
    assert pattern.fullmatch(" ") is None
    assert pattern.fullmatch(" a CERF grant of") is not None
    assert pattern.fullmatch(" the allocation of") is not None


def test_one_word_phrases_are_still_an_alternative() -> None:
    pattern = re.compile(rf"\s+(?:{_fund_named(['a grant of', 'the'])})")
    assert pattern.fullmatch(" the") is not None
    assert pattern.fullmatch(" an allocation of") is None
    assert pattern.fullmatch(" ") is None
