"""Body names that go on past their head in lower-case words: where such a name ends.

"the Coordination Group for monitoring the migration inflow, involving ...", "the UN
interagency Task Force on risk communication and community engagement, which supports ...",
"the Working Group to strengthen legal preparedness for international disaster assistance in
Ecuador, which is chaired by ...": the name finders read capitalised words, so they stop at
the first lower-case word of such a tail, or at a country or a body written inside it ("the
Steering Committee of the Liberia One Health Coordination Platform sits ...").

A tail is read from a capitalised body head followed by "for", "on", "of" or "to" up to the
end of its clause, and taken into the name only when the clause says where it ends: a verb, a
relative pronoun or a role word right after it (``clause``), or, for a short "for"/"on" tail,
a comma, a stop or the end of the line.  A word no name holds (an article such as "a", a
preposition such as "by", a number) or an organisation inside the tail leaves the name as it
was, and "in" or "at" before a place or a level ends the tail (that is the row's scope).  The
words are data (``rules/kinds.toml``, ``[tails]``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from coordkg.graph.extract.bodyphrases import phrase_rules, the_before
from coordkg.graph.extract.kinds import Kinds
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.rulefiles import rules_file, with_word_lists
from coordkg.graph.extract.spans import Coverage, longest_first
from coordkg.graph.model import Mention

# a title in quotes right after a body's head: the Priority Working Group "Achieving Social
# Cohesion, Protection, and Inclusion" (group 1, the name's last words)
_QUOTED = re.compile(r"[ \t]*[\"“]((?-i:[A-Z])[^\"“”\n]{2,120})[\"”]")

# a title in quotes that opens with a body's name and goes on in title-case words: the working
# group on "Inter-Agency Task Force Enabling Environment for ... - Poverty Alleviation" (group 1,
# the whole title)
_TITLE = re.compile(r"[\"“]((?-i:[A-Z])[^\"“”\n]{2,160})[\"”]")
_TITLE_WORD = re.compile(r"[^\W_][\w’'/\-]*")

# a name in quotes right after "the" and a lower-case head noun that types it: the alliance
# "Aktion Deutschland Hilft" (group 1 the noun, group 2 the name)
_KIND_QUOTED = re.compile(r"\b(?i:the)[ \t]+([a-z]+)[ \t]+[\"“]((?-i:[A-Z])[^\"“”\n]{2,80})[\"”]")
_TITLE_SMALL = frozenset({"for", "of", "on", "and", "the", "in", "to", "with", "a", "an"})

RULE = "body.tail"
"""The rule of a body mention whose name takes in a lower-case tail."""

QUOTED_RULE = "body.quoted"
"""The rule of a body named by a whole title in quotes."""

ANAPHORA_RULE = "anaphora"
"""The rule of a reference back ("the Working Group"), which a tail makes a name of its own."""

_WORD = re.compile(r"[^\W_][\w’'/\-]*|[^\w\s]|\n")
_OPENING = re.compile(r"[ \t]+(for|on|of|to)[ \t]+")


@dataclass(frozen=True)
class TailRules:
    clause: frozenset[str]  # words that start the rest of the clause: the name ended before
    stops: frozenset[str]  # words no tail holds
    scoped: frozenset[str]  # "in", "at": before a place or a level, the tail ends
    levels: frozenset[str]  # "national", "district": a level after "in" or "at"
    short: int  # the most words a tail ending at a comma or a stop may have
    long: int  # the most words any tail may have


@cache
def tail_rules() -> TailRules:
    """The ``[tails]`` table of ``rules/kinds.toml`` (cached: shipped data)."""
    data = rules_file("kinds.toml")["tails"]
    return TailRules(
        frozenset(data["clause"]),
        frozenset(data["stops"]),
        frozenset(data["scoped"]),
        frozenset(with_word_lists(data["levels"])),
        data["short"],
        data["long"],
    )


def with_tails(
    text: str, mentions: Sequence[Mention], resolver: Resolver, kinds: Kinds
) -> list[Mention]:
    """``mentions`` with every body whose name goes on in a tail (see the module docstring)
    widened over it; the mentions inside the tail (a country, a body) are part of its name."""
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    out: list[Mention] = []
    for k, m in enumerate(by_start):
        back = m.rule == ANAPHORA_RULE  # "the Working Group to strengthen ...": named by its tail
        if not kinds.is_("body", m.entity.kind) or (m.entity.from_reference and not back):
            continue
        if m.rule.endswith((".list", ".object")):
            continue
        inside = by_start[k + 1 : k + 1 + _count_before(starts, k, m.end + 400)]
        quoted = _QUOTED.match(text, m.end)
        found = (quoted.end(), None) if quoted and not back else _tail_end(text, m, inside, kinds)
        if found is None:
            continue
        end = found[0]
        added = " ".join((quoted.group(1) if quoted and not back else text[m.end : end]).split())
        name = f"{_head_words(m) if back else m.entity.name} {added}"
        entity = resolver.resolve(name, m.entity.kind)
        out.append(replace(m, end=end, surface=text[m.start : end], entity=entity, rule=RULE))
    bare = _bare_heads(text, mentions, resolver, kinds)
    titled = [*_quoted_titles(text, resolver), *_kind_quoted(text, resolver, kinds)]
    return longest_first([*out, *bare, *titled, *mentions])


def _kind_quoted(text: str, resolver: Resolver, kinds: Kinds) -> list[Mention]:
    """ "The alliance "Aktion Deutschland Hilft" is celebrating": a name in quotes after a
    one-word head noun in lower case (alliance, consortium, network, foundation) is a name of
    that head's kind, though the head is not in it; the mention keeps the head's rule, so an
    alliance read as an organisation may stand where a body goes."""
    heads = {h.head[0]: h for h in kinds.heads if not h.prefix and len(h.head) == 1}
    out: list[Mention] = []
    for q in _KIND_QUOTED.finditer(text):
        head = heads.get(q.group(1))
        if head is None or head.title or head.cased:
            continue
        a, b = q.span(2)
        name = " ".join(text[a:b].split())
        out.append(Mention(a, b, text[a:b], resolver.resolve(name, head.kind), head.id))
    return out


def _quoted_titles(text: str, resolver: Resolver) -> list[Mention]:
    """A title in quotes whose words before its first body head are all capitalised and whose
    every word is capitalised or a small joining word ("on", "for", "the"): the whole title
    names that body, however many words follow the head ("Inter-Agency Task Force Enabling
    Environment ... - Poverty Alleviation"); a title opening with a document's words ("Terms
    of Reference of the X") or with a lower-case word names no body."""
    rules = phrase_rules()
    out: list[Mention] = []
    for q in _TITLE.finditer(text):
        a, b = q.span(1)
        h = rules.pattern.search(text, a, b)
        if h is None or not h.group()[:1].isupper():
            continue
        before = _TITLE_WORD.findall(text, a, h.start())
        words = _TITLE_WORD.findall(text, a, b)
        if any(not w[0].isupper() for w in before) or any(
            not w[0].isupper() and w not in _TITLE_SMALL for w in words
        ):
            continue
        name = " ".join(text[a:b].split())
        entity = resolver.resolve(name, rules.head(h.group())[0].kind)
        out.append(Mention(a, b, text[a:b], entity, QUOTED_RULE))
    return out


def _bare_heads(
    text: str, mentions: Sequence[Mention], resolver: Resolver, kinds: Kinds
) -> list[Mention]:
    """ "the Working Group to strengthen legal preparedness ..., which is chaired by": a
    capitalised head no mention holds, after "the", named by its tail alone when a clause word
    ends the tail."""
    taken = Coverage((m.start, m.end) for m in mentions)
    ordered = sorted(mentions, key=lambda m: m.start)  # stable: equal starts keep their order
    starts = [m.start for m in ordered]
    rules = phrase_rules()
    out: list[Mention] = []
    for h in rules.pattern.finditer(text):
        if not h.group()[:1].isupper() or taken.overlaps(h.start(), h.end()):
            continue
        if the_before(text, h.start()) is None:
            continue
        head, _ = rules.head(h.group())
        bare = Mention(h.start(), h.end(), h.group(), resolver.resolve(head.name, head.kind), RULE)
        after = ordered[bisect_left(starts, h.end()) : bisect_left(starts, h.end() + 400)]
        found = _tail_end(text, bare, after, kinds)
        if found is None or not found[1]:
            continue
        end = found[0]
        name = " ".join(text[h.start() : end].split())
        entity = resolver.resolve(name, head.kind)
        out.append(Mention(h.start(), end, text[h.start() : end], entity, RULE))
    return out


def _head_words(m: Mention) -> str:
    """ "the Working Group" -> "Working Group": a reference back without its article."""
    return re.sub(r"^(?:the|this|that)\s+", "", " ".join(m.surface.split()), flags=re.I)


def _count_before(starts: list[int], k: int, limit: int) -> int:
    n = 0
    while k + 1 + n < len(starts) and starts[k + 1 + n] < limit:
        n += 1
    return n


def _tail_end(
    text: str, m: Mention, after: Sequence[Mention], kinds: Kinds
) -> tuple[int, bool] | None:
    """Where the name of body ``m`` ends when it goes on in a tail, and whether a clause word
    says so (not a comma or a stop); ``None`` when it does not go on."""
    heads = list(phrase_rules().pattern.finditer(text, m.start, m.end))
    if not heads or not heads[-1].group()[:1].isupper():
        return None
    return tail_after(text, heads[-1].end(), m.end, after, kinds)


def tail_after(
    text: str, pos: int, least: int, after: Sequence[Mention], kinds: Kinds
) -> tuple[int, bool] | None:
    """Where a name's tail opening at ``pos`` with "for", "on", "of" or "to" ends (past
    ``least``), and whether a clause word says so; ``None`` when no tail opens there."""
    opening = _OPENING.match(text, pos)
    if opening is None:
        return None
    rules = tail_rules()
    connective = opening.group(1)
    named = {a.start: a for a in after}
    words, end, pos = 0, opening.end(), opening.end()
    first = True
    boundary: str | None = None
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    while pos < line_end:
        if words > rules.long:  # no longer a tail: stop reading, the line may be long
            return None
        a = named.get(_skip(text, pos))
        if a is not None:  # a known name inside the tail: a place or a body, no actor
            if kinds.is_("actor", a.entity.kind):
                return None
            pos = end = a.end
            words += 1
            first = False
            continue
        w = _WORD.search(text, pos, line_end)
        if w is None:
            break
        token, low = w.group(), w.group().lower()
        if not token[0].isalnum():
            boundary = "weak" if token in ",;:.!?()" else None
            if token == "," and _clause_after(text, w.end(), rules):
                boundary = "strong"  # ", which is chaired by", ", chaired by"
            break
        if low in rules.clause:
            boundary = "strong"
            break
        if low in rules.stops or token[0].isdigit():
            return None
        if low in rules.scoped:
            scope = _scope_after(text, w.end(), named, kinds, rules)
            if scope is not None:
                boundary = scope
                break
        if first and connective == "of" and low != "the" and not token[0].isupper():
            return None  # "the Committee of experts": "of" goes on a name, not a description
        if low != "the":
            first = False
        words += 1
        pos = end = w.end()
    else:
        boundary = "weak"
    if boundary is None or words == 0 or end <= least or words > rules.long:
        return None
    if boundary == "weak" and (connective not in ("for", "on") or words > rules.short):
        return None
    return end, boundary == "strong"


def _clause_after(text: str, pos: int, rules: TailRules) -> bool:
    w = _WORD.match(text, _skip(text, pos))
    return w is not None and w.group().lower() in rules.clause


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _scope_after(
    text: str, pos: int, named: dict[int, Mention], kinds: Kinds, rules: TailRules
) -> str | None:
    """ "in Erbil", "at national level": a place or a level after "in" or "at" is the scope of
    the clause, not a word of the name ("weak": the tail ends there).  A country names a
    body's reach ("the Task Force on cash in Iraq"), so it ends the tail only where the clause
    goes on right after it ("... assistance in Ecuador, which is chaired by": "strong", C17);
    ``None`` where the tail goes on."""
    at = _skip(text, pos)
    a = named.get(at)
    if a is not None:
        if not kinds.is_("place", a.entity.kind):
            return None
        if a.entity.kind != "Country":
            return "weak"
        w = _WORD.match(text, _skip(text, a.end))
        if w is None:
            return None
        if w.group().lower() in rules.clause or (
            w.group() == "," and _clause_after(text, w.end(), rules)
        ):
            return "strong"
        return None
    w = _WORD.match(text, at)
    return "weak" if w is not None and w.group().lower() in rules.levels else None
