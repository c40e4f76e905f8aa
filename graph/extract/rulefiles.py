"""The rule files (``rules/*.toml``) as read, each once per process.

Several modules take their tables from one file (``kinds.toml``: kinds, phrases, lists, tails,
entity bodies; ``labels.toml``: labels, bracketed bodies, members, member items); each would
otherwise parse the whole file again in every process that reads documents.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def rules_file(name: str) -> dict[str, Any]:
    """``rules/<name>`` parsed (shared: its readers only read it) and checked
    (:func:`check_rules`)."""
    path = resources.files("coordkg.graph.extract") / "rules" / name
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    check_rules(name, data)
    return data


@cache
def reference_file(name: str) -> dict[str, Any]:
    """``reference/<name>`` parsed (shared: its readers only read it): the reference records
    and the reference lists beside them (places.toml's ``not_country_names``)."""
    path = resources.files("coordkg.graph.extract") / "reference" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


def check_rules(name: str, data: dict[str, Any]) -> None:
    """Raise ``ValueError`` where a rule file names a key of its own that it does not define:
    labels.toml's [minutes] ``labels`` are keys of its [labels], and a misspelt one would
    otherwise name no label and silently read none."""
    if name != "labels.toml":
        return
    unknown = sorted(set(data["minutes"]["labels"]) - set(data["labels"]))
    if unknown:
        raise ValueError(f"labels.toml [minutes] labels not in [labels]: {', '.join(unknown)}")


def alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` whole, longest first (so that the longest is taken),
    any run of spaces standing for a space between their words."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


_WORDS = re.compile(r"\{words:(\w+)(?::(\w+))?\}")


_FILL = re.compile(r"\{(\w+)\}")


def with_words(pattern: str, **fills: str) -> str:
    """``pattern`` (a rule file's regex) with each ``{words:KEY}`` written as an alternation of
    the words ``KEY`` of every language of ``rules/languages.toml``, ``{words:KEY:LANG}`` of one:
    a word list used by several rules is defined there once.  Each ``{NAME}`` given in ``fills``
    is written as its pattern first (the code's own parts: ``{body}``, a date); any other brace,
    a quantifier's ``{2}``, is left as it is."""
    filled = _FILL.sub(lambda m: fills.get(m.group(1), m.group()), pattern) if fills else pattern
    return _WORDS.sub(lambda m: alternatives(_listed(m)), filled)


def _listed(m: re.Match[str]) -> list[str]:
    """The words a ``{words:KEY}`` or ``{words:KEY:LANG}`` match stands for."""
    key, language = m.group(1), m.group(2)
    return words_of(language, key) if language else language_words(key)


def with_word_lists(items: Iterable[str]) -> list[str]:
    """A rule file's word list with each item ``{words:KEY}`` (``{words:KEY:LANG}``) written out
    as the words it stands for, as :func:`with_words` writes them in a pattern."""
    out: list[str] = []
    for item in items:
        m = _WORDS.fullmatch(item)
        out.extend(_listed(m) if m else [item])
    return out


def words_of(language: str, key: str) -> list[str]:
    """The words ``key`` ("and", "articles") of one language (``"en"``) of
    ``rules/languages.toml``: the rules that read one language only take its words from there."""
    return list(rules_file("languages.toml")[language].get(key, []))


def language_words(key: str, *, english: bool = True) -> list[str]:
    """The words ``key`` ("and", "articles") of every language of ``rules/languages.toml``
    (English's too only with ``english``), in the file's order, each once."""
    table = rules_file("languages.toml")
    return list(
        dict.fromkeys(
            w
            for code, words in table.items()
            if english or code != "en"
            for w in words.get(key, [])
        )
    )


@cache
def generic_actors() -> frozenset[tuple[str, ...]]:
    """The forces and public services a list may name by their noun alone, each as its words
    ("police", ("armed", "forces"); labels.toml [members] ``generic_actors``): one owner for
    the list items that are members as written (memberitems) and for the names a force ends
    (mentions), which could not import each other."""
    return frozenset(
        tuple(a.split()) for a in rules_file("labels.toml")["members"]["generic_actors"]
    )


@cache
def post_alone() -> str:
    """The pattern of a post held in an organisation, with no name of its own ("the Chairman",
    "Executive Director"; labels.toml [members] ``post_alone``): one owner for the member
    lists that read it as an item (members) and for a body named only as where a post is held
    (roles), which import each other one way only."""
    return str(rules_file("labels.toml")["members"]["post_alone"])


@cache
def and_tokens() -> tuple[str, ...]:
    """The English words joining the last two names of a list that are one token ("and",
    "&"): what the readers of tokens compare a word with (languages.toml ``and``)."""
    return tuple(w for w in words_of("en", "and") if " " not in w)


@cache
def and_words() -> tuple[str, ...]:
    """The words joining the last two items of a list that are one word, in every language
    ("and", "y", "et", "e"; languages.toml ``and``): what stands between the words of a name or
    a list's items where a token is compared (``and_phrases`` holds the rest)."""
    return tuple(w for w in language_words("and") if " " not in w)


@cache
def and_phrases() -> str:
    """The words joining the last two items of a list that are several words, in every
    language ("as well as", "así como", "ainsi que", "bem como"; languages.toml ``and``), as
    an alternation: what an "and" of its own opening an item is, and what a semicolon before
    it does not end a list with (roles.toml ``break``, ``{and_phrases}``)."""
    return alternatives(w for w in language_words("and") if " " in w)


@cache
def _vocabulary_levels() -> dict[str, str]:
    """The level words the rules map to another level of the vocabulary, in any language
    (``rules/roles.toml`` [languages] ``levels``: "provincial" -> governorate)."""
    return {
        w: level
        for lang in rules_file("roles.toml")["languages"].values()
        for w, level in lang["levels"].items()
    }


def level_word(word: str) -> str:
    """The level of the vocabulary a level word names ("provincial" -> governorate); a word the
    rules do not map names its own ("national"). Here, below every reader of level words (the
    role rules, the phrase reader of bodies), so that each takes them from one place."""
    word = word.lower()
    return _vocabulary_levels().get(word, word)
