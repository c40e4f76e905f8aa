"""Whether a document is written in English, from its articles (roles.toml ``[languages]``).

Some names hold only in another language: "OPS" is PAHO on a Spanish page and an operations
room on an English one.  A page's articles tell its language more surely than any one word.
"""

from __future__ import annotations

import re
from functools import cache

from coordkg.graph.extract.rulefiles import rules_file


@cache
def _articles() -> tuple[frozenset[str], frozenset[str]]:
    """English articles, and the one-word articles of the other languages the rules read."""
    languages = rules_file("roles.toml")["languages"]
    other = {
        a
        for code, data in languages.items()
        if code != "en"
        for a in data["articles"]
        if a.isalpha()
    }
    return frozenset(languages["en"]["articles"]), frozenset(other)


_WORD = re.compile(r"[^\W\d_]+")


def in_english(text: str) -> bool:
    """More English articles than those of the other languages (one pass over the words); a
    text with none either way ("Líder: ACNUR" alone) is not taken for English."""
    english, other = _articles()
    balance = 0
    for m in _WORD.finditer(text):
        word = m.group().lower()
        balance += (word in english) - (word in other)
    return balance > 0
