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


@cache
def _plural_endings() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each language's (singular, plural) endings besides a final "s", longest plural first."""
    return {
        code: tuple(sorted((tuple(p) for p in words.get("plural", [])), key=lambda p: -len(p[1])))
        for code, words in rules_file("languages.toml").items()
    }


def plurals(word: str) -> set[str]:
    """The plurals the other languages make of ``word`` besides a final "s" ("dirección" ->
    "direcciones", "direção" -> "direções"): a plural head names several offices at once."""
    return {
        word[: len(word) - len(one)] + many
        for endings in _plural_endings().values()
        for one, many in endings
        if word.endswith(one)
    }


def singular_after(word: str, article: str) -> str:
    """``word`` in the singular, in the language of the ``article`` before it ("regionales"
    after "las" is "regional", "régionales" after "les" is "régionale"); with no article of a
    language that has endings of its own, a final "s" dropped.  Portuguese "as" counts there
    (``articles_also_english``): only another language's plural title is read after it."""
    code = next(
        (
            c
            for c, words in rules_file("languages.toml").items()
            if article in (*words["articles"], *words.get("articles_also_english", []))
        ),
        None,
    )
    for one, many in _plural_endings().get(code or "", ()):
        if word.endswith(many):
            return word[: len(word) - len(many)] + one
    return word[:-1] if word.endswith("s") else word
