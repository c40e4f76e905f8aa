"""Whether a document is written in English, from its articles (``rules/languages.toml``).

Some names hold only in another language: "OPS" is PAHO on a Spanish page and an operations
room on an English one.  A page's articles tell its language more surely than any one word.
"""

from __future__ import annotations

import re
from functools import cache

from coordkg.graph.extract.rulefiles import language_words, rules_file


@cache
def _articles() -> tuple[frozenset[str], frozenset[str]]:
    """English articles, and the one-word articles of the other languages the rules read."""
    other = [*language_words("articles", english=False), *language_words("list_articles")]
    english = rules_file("languages.toml")["en"]["articles"]
    return frozenset(english), frozenset(a for a in other if a.isalpha())


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
