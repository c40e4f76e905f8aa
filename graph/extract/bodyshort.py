"""A body named again by the generic words of its name alone is the body named in full before.

Fund pages and minutes name a body once in full and then by its kind's words only: "the SSHF
Advisory Board ... The Advisory Board is composed of ...", "the 2nd meeting of Steering
Committee for Coordination Regarding International Assistance ... the first meeting of the
Steering Committee".  The name finders read "Advisory Board" and "Steering Committee" as
bodies of their own, so the members and chairs the later sentences give went to a body the
document never set up.  A body written after "the" with a head and the words that say how a
body works or at which level (``[phrases]`` modifiers of ``rules/kinds.toml``: "advisory",
"steering", "technical") and nothing else is the last body named before whose name ends with
those words, or opens with them before "for", "of" or "on".  A topic or a place in the short
name ("the Protection Cluster" after "the Child Protection Cluster") keeps it a name of its
own, and a bare head ("the Committee") is an anaphor (``mentions.py``).  A body written after
"the" with the words of a name given before less the country it opened with ("the NGO Forum"
after "the South Sudan NGO Forum") is that body too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from coordkg.graph.extract.bodyphrases import phrase_rules, the_before
from coordkg.graph.extract.kinds import Kinds
from coordkg.graph.extract.places import countries
from coordkg.graph.extract.rulefiles import language_words
from coordkg.graph.model import Entity, Mention

RULE = "body.short"
"""The rule of a body written with the generic words of a name given in full before."""

TAIL_RULE = "body.tail"
"""The rule of a body written with the last words of a name given in full before."""

QUALIFIERS = frozenset({"for", "of", "on"})  # "Steering Committee for X": X qualifies it
PUBLIC = "GovernmentBody"
"""The kind of a public body named by its head ("National Disaster Management Commission"),
shortened the same way ("the National Commission")."""


def short_forms(text: str, mentions: Sequence[Mention], kinds: Kinds) -> list[Mention]:
    """``mentions`` in text order, each body written by its generic words alone after "the"
    pointed to the last body named before whose name those words shorten."""
    heads = [h.split() for h in (*kinds.body_heads, *_public_heads(kinds))]
    ending = {tuple(h) for h in heads}
    lengths = sorted({len(h) for h in heads})
    last: dict[tuple[str, ...], Mention] = {}  # short words -> the last body they shorten
    placed: dict[tuple[str, ...], Mention] = {}  # a name without its country -> that body
    out: list[Mention] = []
    for m in mentions:
        body = kinds.is_("body", m.entity.kind)
        if not body and m.entity.kind != PUBLIC:
            out.append(m)
            continue
        words = _words(m.surface)
        if the_before(text, m.start) is not None:
            # "the NGO Forum" after "the South Sudan NGO Forum": the name without its country
            whole = last.get(tuple(words)) if _generic(words, heads) else placed.get(tuple(words))
            if whole is not None:  # a public body keeps its head's rule, read as a body in context
                m = replace(m, entity=whole.entity, rule=RULE if body else m.rule)
        last.update(dict.fromkeys(_shortened(_words(m.entity.name), ending, lengths), m))
        if body and (rest := _without_country(_words(m.entity.name))) is not None:
            placed[rest] = m
        out.append(m)
    return out


def _without_country(name: list[str]) -> tuple[str, ...] | None:
    """The words of a body's name after the country it opens with, two at least ("ngo forum"
    of "south sudan ngo forum"): a page names its country's body in full once, then without
    the country it works in."""
    for n in range(1, min(_LONGEST_COUNTRY, len(name) - 2) + 1):
        if tuple(name[:n]) in _country_words():
            return tuple(name[n:])
    return None


_LONGEST_COUNTRY = 4
"""How many words of a name's opening are looked up as a country's name."""


@cache
def _country_words() -> frozenset[tuple[str, ...]]:
    """Every country's names as lower-case words ("south", "sudan")."""
    return frozenset(
        tuple(n.lower().split()) for e, aliases in countries() for n in (e.name, *aliases)
    )


def head_first_forms(mentions: Sequence[Mention], kinds: Kinds) -> list[Mention]:
    """``mentions`` in text order, each body named by the opening words of a head-first name
    given in full before, up to its "de" ("le Comité Interministériel" after "un Comité
    Interministériel de gestion des risques", "la Comisión Nacional" after "la Comisión Nacional
    de Emergencias"), when the document named only one such body before: these languages put a
    name's remit after "de", and shorten a name by dropping it; after two ("Comité National de
    Gestion des Risques", "Comité National des Réfugiés") the short name says not which."""
    of = frozenset(language_words("of"))
    fuller: dict[tuple[str, ...], dict[str, Entity]] = {}  # opening words -> bodies named so
    out: list[Mention] = []
    for m in mentions:
        if not kinds.is_("body", m.entity.kind):
            out.append(m)
            continue
        words = m.entity.name.lower().split()
        named = fuller.get(tuple(words), {})
        if len(named) == 1 and len(words) > 1:
            m = replace(m, entity=next(iter(named.values())), rule=RULE)
        else:
            cased = m.entity.name.split()
            for n in range(2, len(words)):
                # "la Mesa de Trabajo" after "la Mesa de Trabajo Intersectorial sobre X": an
                # opening with its own "de", cut before a capitalised modifier, shortens so too
                modifier = len(cased) == len(words) and cased[n][:1].isupper()
                inner = any(w in of for w in words[1 : n - 1]) and words[n - 1] not in of
                if words[n] in of or (modifier and inner):
                    fuller.setdefault(tuple(words[:n]), {})[m.entity.key] = m.entity
        out.append(m)
    return out


def _public_heads(kinds: Kinds) -> list[str]:
    """The heads that name a public body ("commission", "authority")."""
    return [" ".join(h.head) for h in kinds.heads if not h.prefix and h.kind == PUBLIC]


def _words(name: str) -> list[str]:
    """The lower-case words of a name, a modifier written in two words joined as the list
    writes it ("Inter Agency Task Force" -> "inter-agency", "task", "force")."""
    modifiers = phrase_rules().modifiers
    out: list[str] = []
    for w in name.lower().split():
        if out and f"{out[-1]}-{w}" in modifiers:
            out[-1] = f"{out[-1]}-{w}"
        else:
            out.append(w)
    return out


def _generic(words: list[str], heads: list[list[str]]) -> bool:
    """Words that are one or more modifiers and a body head ("advisory board")."""
    modifiers = phrase_rules().modifiers
    return any(
        len(words) > len(h)
        and words[-len(h) :] == h
        and all(w in modifiers for w in words[: -len(h)])
        for h in heads
    )


def _shortened(
    name: list[str], heads: set[tuple[str, ...]], lengths: list[int]
) -> list[tuple[str, ...]]:
    """The words that shorten a body's name: each ending of it, and each opening before a
    qualifying "for", "of" or "on" or ending with a head ("Inter-Agency Task Force" of
    "Inter-Agency Task Force Enabling Environment ..."), kept as keys, so a document of many
    bodies is read in linear time."""
    ends = [tuple(name[-n:]) for n in range(1, len(name))]
    headed = [
        any(tuple(name[n - k : n]) in heads for k in lengths if k <= n) for n in range(len(name))
    ]
    return (
        ends
        + [tuple(name[:n]) for n in range(1, len(name)) if name[n] in QUALIFIERS or headed[n]]
        + _modified_heads(name, heads, lengths)
    )


def _modified_heads(
    name: list[str], heads: set[tuple[str, ...]], lengths: list[int]
) -> list[tuple[str, ...]]:
    """ "national commission" of "National Disaster Management Commission": one modifier of
    the name before its head, the words between left out (an act's "the National
    Commission" after the body named in full)."""
    modifiers = phrase_rules().modifiers
    for k in lengths:
        head = tuple(name[-k:])
        if k < len(name) and head in heads:
            return [(w, *head) for w in name[: -k - 1] if w in modifiers]
    return []


_CAPITALISED_AFTER_THE = re.compile(r"\b[Tt]he[ \t]+((?:[A-Z][\w&-]*[ \t]+){1,5}[A-Z][\w-]*)")
"""A run of capitalised words after "the" ("The Policy Group"), read whole."""


def tail_forms(text: str, mentions: Sequence[Mention], kinds: Kinds) -> list[Mention]:
    """ "The Policy Group" after "the National Hazard Management Policy Group": capitalised
    words after "the" that no name rule read, which are the last two or more words of a body's
    name given in full before, name that body (the last such one named before them)."""
    by_tail: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:  # in text order: mentions do not overlap, so their ends are ordered
        if kinds.is_("body", m.entity.kind):
            for tail in _tails(m.entity.name.lower().split()):
                by_tail.setdefault(tail, []).append(m)
    tail_ends = {tail: [m.end for m in named] for tail, named in by_tail.items()}
    starts = sorted(m.start for m in mentions)
    ends = {m.start: m.end for m in mentions}
    out: list[Mention] = []
    for run in _CAPITALISED_AFTER_THE.finditer(text):
        tail = tuple(run.group(1).lower().split())
        fits = by_tail.get(tail)
        k = bisect_right(starts, run.start(1)) - 1
        if not fits or (k >= 0 and ends[starts[k]] > run.start(1)):
            continue  # no body's name ends so, or a name rule read these words
        i = bisect_right(tail_ends[tail], run.start()) - 1
        if i >= 0:
            out.append(Mention(run.start(1), run.end(1), run.group(1), fits[i].entity, TAIL_RULE))
    return out


def _tails(name: list[str]) -> list[tuple[str, ...]]:
    """The endings of a body's name of two words or more, shorter than it ("policy group" of
    "national hazard management policy group"): a head alone is an anaphor (``mentions.py``)."""
    return [tuple(name[-n:]) for n in range(2, len(name))]
