"""Lists of bodies whose items the phrase reader alone would not name.

A plural body head after a list of topics names one body per item (``bodyphrases.py``), a
topic there being a word the rules know ("protection", "WASH") or a capitalised one.  Three
contexts say more:

- right after a role verb the list is the verb's object, so any lower-case word may be a
  topic, and "the" may open each item: "UNDP led the infrastructure and the productive
  sectors", "UNHCR also takes part in the education and food security sectors";
- a role verb earlier in the same clause names a list of capitalised topics further on:
  "UNHCR leads the regular coordination meetings for the Protection, WASH and Health sectors";
- a singular head that describes meetings is one body per item: "the Education and Food
  sector coordination meetings" are the meetings of two sectors.

What counts as a role verb, how long an item may be and which words end a list is data
(``rules/kinds.toml``, ``[phrases]``).  Every reading is bounded to a window of its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from coordkg.graph.extract.rulefiles import rules_file

_TOKEN = re.compile(r"[^\W_](?:[\w/&’'\-]*[^\W_])?|[^\w\s]")
_WORD = re.compile(r"[^\W\d_][\w’'/\-]*")
_JOINS = frozenset({",", "and", "&"})
_CLAUSE_END = re.compile(r"[.;:!?\n]")
# words no topic is: articles, pronouns, prepositions and the verbs of a clause
_NOT_TOPICS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "this", "that",
                         "these", "those", "of", "for", "on", "in", "to", "with", "by", "at",
                         "from", "under", "within", "across", "through", "into", "as", "is",
                         "are", "was", "were", "be", "also", "which", "who", "while", "whose",
                         "or", "but", "not", "it", "they", "we"})  # fmt: skip

Item = list[tuple[int, int]]
"""The spans of an item's words."""


@dataclass(frozen=True)
class ListRules:
    object_lead: re.Pattern[str]
    clause_lead: re.Pattern[str]
    object_words: int
    not_items: frozenset[str]
    distributive: re.Pattern[str]


@cache
def list_rules() -> ListRules:
    """The list keys of ``[phrases]`` in ``rules/kinds.toml`` (cached: shipped data)."""
    data = rules_file("kinds.toml")["phrases"]
    forms = sorted(data["distributive"], key=len, reverse=True)
    after = "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)
    return ListRules(
        re.compile(data["object_lead"].removesuffix("$"), re.IGNORECASE),
        re.compile(data["clause_lead"], re.IGNORECASE),
        data["object_words"],
        frozenset(data["not_items"]),
        re.compile(rf"[ \t]+(?:{after})\b", re.IGNORECASE),
    )


def object_items(text: str, head_start: int, lo: int) -> list[Item] | None:
    """The items of a list that is a role verb's object and ends right before the head at
    ``head_start`` ("led the infrastructure and the productive" before "sectors"), looked for
    from ``lo``; ``None`` when no role verb opens such a list of two items or more."""
    rules = list_rules()
    leads = list(rules.object_lead.finditer(text, lo, head_start))
    for lead in reversed(leads):
        items = _list_items(text, lead.end(), head_start, rules)
        if items is not None:
            return items
    return None


def _list_items(text: str, start: int, end: int, rules: ListRules) -> list[Item] | None:
    items: list[Item] = [[]]
    for m in _TOKEN.finditer(text, start, end):
        low = m.group().lower()
        if low in _JOINS:
            if items[-1]:
                items.append([])
            elif len(items) == 1:
                return None  # the list opens with a join
            continue
        if low == "the" and not items[-1]:
            continue  # "and the productive sectors"
        if _WORD.fullmatch(m.group()) is None or low in _NOT_TOPICS or low in rules.not_items:
            return None
        if len(items[-1]) == rules.object_words:
            return None
        items[-1].append(m.span())
    if not items[-1]:
        return None
    return items if len(items) > 1 else None


def clause_cue(text: str, start: int, window: int) -> bool:
    """Whether a role verb stands earlier in the clause of ``start`` (within ``window``)."""
    lo = max(0, start - window)
    ends = list(_CLAUSE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    return list_rules().clause_lead.search(text, lo, start) is not None


def distributive_after(text: str, end: int) -> bool:
    """Whether the words after a singular head say it describes meetings, one per body ("the
    Education and Food sector coordination meetings")."""
    return list_rules().distributive.match(text, end) is not None
