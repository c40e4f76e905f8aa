"""Bodies written as common nouns: a phrase headed by a body word, in any case.

"the inter-agency shelter sector", "protection thematic working groups", "the shelter and
non-food items (S/NFI) cluster", "the Strategic Executive Group (SEG)": the name finder reads
capitalised names, and these are not.  A body word alone proves nothing ("vulnerable groups",
"investment in the health sector"), so a phrase names a body only when its context says so:
a topic or a coordination modifier before the head, an acronym, or a role word next to it;
how much a head asks for is data (``rules/kinds.toml``, ``[phrases]``).

A plural head after a list names one body per item ("the Logistics, Protection, WASH and
Health clusters"; "two sectors (Shelter/NFI and Site Management)"), each mention spanning its
own words; a singular head names one body, "and" included ("Gender & Protection Cluster").

Every phrase is read from its head within a bounded window of its line, so reading stays
linear in the document's length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from coordkg.graph.extract.acronyms import AcronymDefinition
from coordkg.graph.extract.bodylists import Item, clause_cue, distributive_after, object_items
from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.resolve import Resolver, name_key
from coordkg.graph.extract.rulefiles import (
    alternatives,
    and_tokens,
    level_word,
    rules_file,
    with_word_lists,
    words_of,
)
from coordkg.graph.extract.spans import Coverage
from coordkg.graph.model import Mention, Scope

WINDOW = 240
"""How many characters before a head its modifiers are looked for: a name has a dozen words,
a list of names sharing the head ("the CCCM, ..., Protection and Emergency Livelihoods
Clusters") a few dozen."""

_WORD = re.compile(r"[^\W_](?:[\w/&’'\-]*[^\W_])?|[(),&.;:]")  # a stop ends a phrase
_SPACES = re.compile(r" *")  # matches everywhere: the spaces after a head, maybe none
# what opens a list of names after a plural head: a colon, a dash, "namely"
_LIST_OPENING = re.compile(r" *(?::|[–—]|-(?= )|,? +namely\b:?)")
_ON = re.compile(r"\s+(on|for)\s+(?:the\s+)?(?=\w)")
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&/\-]{1,11})\s*\)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_SKIP = frozenset({"the", "a", "an", "its", "their", "of", "for", "on", "in", "to", "as", "all",
                   "other", "this", "that", "these", "those", "both", "each", "every", "several",
                   "many", "some", *words_of("en", "numbers")})  # fmt: skip
_LINKING = frozenset({",", "is", "are", "was", "were", "be", "been", "being", "has", "have",
                      "will", "now", "also", "jointly", "currently"})  # fmt: skip
# English's level words (languages.toml level_words), each as the level of the vocabulary it
# names ("provincial" -> governorate)
_LEVELS = {w: level_word(w) for w in words_of("en", "level_words")}
NAME_LEVELS = frozenset([*_LEVELS, *words_of("en", "name_levels")])
"""Level words that stay in a body's name when written in it capitalised (C9: "National
Protection Cluster"), whether or not they name a level of the vocabulary: "the Global Education
Cluster" is not the country's Education Cluster."""


def _level_before(w: _Word) -> bool:
    """A lower-case level word before a body's phrase: its scope, no word of its name."""
    return w.low in _LEVELS and not w.text[:1].isupper()


# "is a platform for ...", "serves as a forum for ...", "is the country's main mechanism for
# ...", "is its principal forum for ...": a phrase describing its subject (after "the", only
# with an owner or a word of rank: "is the Shelter Working Group" may name one)
_RANK = r"(?:main|principal|primary|chief|central|overall|apex|highest|key|only|sole)\s+"
_PREDICATE = re.compile(
    rf"\b(?:is|was|are|were|as|becomes?|became)\s+(?:(?:an?|one|its|their|the\s+[\w-]+['’]s)\s+"
    rf"(?:{_RANK})?|the\s+{_RANK})$",
    re.I,
)
_AND_WORDS = and_tokens()  # "and", "&"
_SMALL = frozenset({"of", "for", "on", "the", "to", "in", *_AND_WORDS})
_JOINS = (",", *_AND_WORDS)
_GENERIC_REACH = 25  # characters: "should set up a", "Where a", not a clause away
# what a response answers or whose it is: "to the floods", "for Syrian refugees", "of the
# Government" (group 1: the connective, kept in the name)
_RESPONSE_TAIL = re.compile(r"[ \t]+(to|for|of)[ \t]+(?=\w)")
_RESPONSE_TAIL_WORDS = 6
# words that end a response's tail: the clause goes on, or a place or a time follows
_RESPONSE_TAIL_STOPS = frozenset({
    "in", "at", "by", "under", "with", "through", "since", "during", "until", "within", "across",
    "and", "or", "which", "who", "that", "is", "are", "was", "were", "has", "have", "will",
    "as", "from", "while", "where", "when", "led", "coordinated", "together",
})  # fmt: skip
# a fronted passive whose subject is the response after it: "Under the leadership of the
# Government and coordinated by UNHCR, the refugee response is ...", "Led by WFP, the response"
# (the phrase opens its sentence or line: no verb of its own before it)
_FRONTED_AGENT = re.compile(
    r"(?:^|[.;:\n]\s*)(?:[\w'’\-]+[ \t]+){0,12}?(?:led|coordinated|chaired|headed)[ \t]+"
    r"(?:jointly[ \t]+)?by[ \t]+[^,.;:\n]{1,80},[ \t]+(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)
_AND = re.compile(rf"\s(?:{alternatives(_AND_WORDS)})\s", re.IGNORECASE)
_PREPOSITIONS = frozenset({"in", "of", "for", "on", "to", "from", "with", "during", "across",
                           "within", "at", "by", "through", "under"})  # fmt: skip
# a role word compounded with its holder: "the UNHCR-led refugee response"
_ROLE_COMPOUNDS = ("-led", "-coordinated", "-chaired")
# an organisation's own response: "its emergency response", "IOM's response" (group 1 the
# owner, right before the phrase)
_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_POSSESSIVE = re.compile(r"((?-i:[A-Z])[\w\-]*(?:[ \t]+(?-i:[A-Z])[\w\-]*){0,4})['’]s[ \t]+\Z")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
_THE_REACH = 12  # "the" and the spaces after it


def _named_before(words: list[str]) -> bool:
    """Whether a participle right before a response follows its holder's name ("the UNHCR
    led response"), not an article or an adverb ("a coordinated response", "its own effective
    and coordinated response to the disaster" say how it is run, not who runs it)."""
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in _SKIP


@dataclass(frozen=True)
class PhraseHead:
    id: str
    forms: dict[str, bool]  # lower-cased written form -> plural
    name: str  # the singular head, as a name ends ("Working Group")
    kind: str
    needs: str  # "content" | "context" | "strict"


@dataclass(frozen=True)
class PhraseRules:
    heads: tuple[PhraseHead, ...]
    modifiers: frozenset[str]
    topics: frozenset[str]
    topic_openers: frozenset[str]  # "human" of "human mobility": no topic's last word
    cues: frozenset[str]
    modified: frozenset[str]
    unnamed: frozenset[str]
    pattern: re.Pattern[str]
    role_topic: re.Pattern[str]  # " lead on", " focal point for": a role noun, then a topic
    variant_words: tuple[str, ...]  # bare group words: "group", "core group"
    variants: frozenset[str]  # their comparison keys
    post: re.Pattern[str]  # " Coordinator" after a body word: a person's post
    ranks: frozenset[str]  # "senior", "deputy": a post's words, before the body word
    leading: frozenset[str]  # role words that make a response a body: lead, chair, coordinate
    founded: re.Pattern[str]  # "sets up 32-member committee for flood relief": a headline's body
    described_articles: frozenset[str]  # "a", "an": what opens a body described, not named
    described_generic: re.Pattern[str]  # "where", "should": before it, the kind, not one body
    described_words: int  # how many lower-case words such a description has before its head
    described_after: re.Pattern[str]  # "led by", "made up of": what makes that phrase a body

    def head(self, written: str) -> tuple[PhraseHead, bool]:
        low = " ".join(written.lower().split())
        return next((h, h.forms[low]) for h in self.heads if low in h.forms)


@cache
def phrase_rules() -> PhraseRules:
    """The ``[phrases]`` table of ``rules/kinds.toml`` (cached: it ships with the package)."""
    data = rules_file("kinds.toml")["phrases"]
    heads = []
    for rec in data["heads"]:
        head = rec["head"]
        plural = rec.get("plural", head + "s")
        heads.append(
            PhraseHead(
                rec["id"], {head: False, plural: True}, _title(head), rec["kind"], rec["needs"]
            )
        )
    forms = sorted((f for h in heads for f in h.forms), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)
    nouns = "|".join(r"\s+".join(map(re.escape, n.split())) for n in data["role_nouns"])
    posts = "|".join(r"\s+".join(map(re.escape, n.split())) for n in data["posts"])
    return PhraseRules(
        tuple(heads),
        frozenset(with_word_lists(data["modifiers"])),
        frozenset(data["topics"]),
        frozenset(data["topic_openers"]),
        frozenset(data["cues"]),
        frozenset(data["modified"]),
        frozenset(data["unnamed"]),
        re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE),
        re.compile(rf"[ \t]+(?:{nouns})(?=[ \t]+(?:on|for)[ \t])", re.IGNORECASE),
        tuple(data["variant_heads"]),
        frozenset(name_key(v) for v in data["variant_heads"]),
        re.compile(rf"[ \t]+(?:{posts})\b", re.IGNORECASE),
        frozenset(data["ranks"]),
        frozenset(data["leading"]),
        re.compile(
            rf"\b(?:{alternatives(data['founding'])})\s+(?:(?:an?|new|\d+-member)\s+)*"
            rf"(?P<head>{alternation})\s+(?:on|for)\s+(?:the\s+)?"
            rf"(?P<topic>[a-z][\w-]*(?:\s+(?!{alternatives(data['topic_stops'])}\b)[a-z][\w-]*){{0,3}})",
            re.IGNORECASE,
        ),
        frozenset(words_of("en", "indefinite")),
        re.compile(data["described_generic"]),
        data["described_words"],
        re.compile(data["described_after"]),
    )


def _title(words: str) -> str:
    """ "inter-agency shelter" -> "Inter-Agency Shelter"; small words and acronyms kept."""
    out = []
    for i, word in enumerate(words.split()):
        if word.lower() in _SMALL and i > 0:
            out.append(word.lower())
        elif word.islower():
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
        else:
            out.append(word)
    return " ".join(out)


_FIELD_COLON = re.compile(r"[ \t]*:")  # .match right after a phrase: a field's key
# right after a phrase of a head of two words or more, its members: it is a body, with no word
# before it ("a technical team made up of A, B")
_MADE_UP_OF = re.compile(r"[ \t]+(?:made[ \t]+up|composed|comprised)[ \t]+of[ \t]")


@dataclass
class _Word:
    text: str
    start: int
    end: int
    acronym: str | None = None  # a defined long form standing as one word of a list

    @property
    def low(self) -> str:
        return self.text.lower()


class _Reader:
    """Reads the body phrases of one text, given the mentions found before."""

    def __init__(
        self,
        text: str,
        taken: Coverage,
        definitions: Sequence[AcronymDefinition],
        resolver: Resolver,
    ) -> None:
        self.text = text
        self.taken = taken
        self.by_paren_end = {d.paren_end: d for d in definitions}
        self.by_paren_start = {d.paren_start: d for d in definitions}
        self.by_long_start = {d.long_start: d for d in definitions}
        self.resolver = resolver
        self.rules = phrase_rules()

    def content(self, w: _Word) -> bool:
        """A word that can stand in a body's name before its head."""
        low = w.low
        if self.taken.covers(w.start) or low.endswith(("-led", "-chaired", "-based", "-level")):
            return False
        if self.rules.pattern.fullmatch(w.text):
            return False  # "Sector working groups": one per sector, no name
        if low in self.rules.modifiers or low in self.rules.topics:
            return True
        return w.text[:1].isupper() and low not in _SKIP and low not in self.rules.cues

    def modifiers(self, start: int) -> tuple[list[_Word], AcronymDefinition | None]:
        """The words of the phrase before a head at ``start`` (separators included), and a
        definition written inside it ("shelter and non-food items (S/NFI) cluster")."""
        line = self.text.rfind("\n", 0, start) + 1
        lo = max(line, start - WINDOW)
        words = [_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(self.text, lo, start)]
        out: list[_Word] = []
        inner: AcronymDefinition | None = None
        i = len(words) - 1
        while i >= 0:
            w = words[i]
            d = self.by_paren_end.get(w.end) if w.text == ")" else None
            aside = _aside(words, i) if w.text == ")" and d is None and not out else None
            if (
                aside is not None
                and aside > 0
                and self.content(words[aside - 1])
                and not self.taken.overlaps(words[aside].start, w.end)
                and not any(x.low in self.rules.cues for x in words[aside:i])
            ):
                i = aside - 1  # "Shelter/Non-Food Items (NFIs, also called CRIs) clusters"
                continue
            if d is not None and d.long_start >= lo and (not out or out[0].text in _JOINS):
                if out:  # "the CCCM (...), Health and Protection Clusters": one item of a list
                    out.insert(0, _Word(d.long, d.long_start, d.long_end, d.acronym))
                else:
                    inner = d
                    out = [x for x in words if d.long_start <= x.start < d.long_end]
                i = next((k for k, x in enumerate(words) if x.start >= d.long_start), 0) - 1
                continue
            if self.content(w) or (w.text in _JOINS and out and i > 0):
                out.insert(0, w)
                i -= 1
                continue
            break
        while out and out[0].text in _JOINS:
            out.pop(0)
        return out, inner

    def cue_before(self, start: int) -> bool:
        words = _WORD.findall(self.text, max(0, start - 60), start)
        for w in reversed(words[-4:]):
            low = w.lower()
            if low in self.rules.cues or low == "agency":  # "lead agency for the ..."
                return True
            if low not in _SKIP:
                return False
        return False

    def _response_words(self, start: int) -> list[_Word]:
        """The words before a response's head, as written ("the humanitarian and development
        response", "the drought cash response"): back to an article, a role word, a word no
        name holds or a name read before."""
        line = self.text.rfind("\n", 0, start) + 1
        found = list(_WORD.finditer(self.text, max(line, start - WINDOW // 2), start))
        out: list[_Word] = []
        for m in reversed(found):
            w = _Word(m.group(), m.start(), m.end())
            if w.low in _AND_WORDS and out:
                out.insert(0, w)
                continue
            if (
                (not w.text.isalpha() and "-" not in w.text)
                or w.low in _SKIP
                or w.low in self.rules.cues
                or w.low in _OWNERS
                or w.low.endswith(_ROLE_COMPOUNDS)
                or self.taken.covers(w.start)
            ):
                break
            out.insert(0, w)
        while out and out[0].low in _AND_WORDS:
            out.pop(0)
        return out

    def _coordinated(self, start: int, end: int) -> bool:
        """Whether a response from ``start`` to ``end`` is one an organisation leads or
        coordinates: a leading role word right before it ("UNHCR coordinates the refugee
        response", "the UNHCR-led response"; supported, joined or funded, it is none); not an
        organisation's own ("leads its emergency response"; a place's is: "leads Jordan's
        refugee response"), nor a word modifying the next noun ("leads the response efforts")."""
        if not (
            self._leading_before(start)
            or (self._leading_after(end) and self._subject_at(start, end))
            or _FRONTED_AGENT.search(self.text, max(0, start - 160), start)
        ):
            return False
        before = _WORD.findall(self.text, max(0, start - 60), start)
        if before and before[-1].lower() in _OWNERS:
            return False
        owner = _POSSESSIVE.search(self.text, max(0, start - 80), start)
        if owner is not None and not self._place_owner(owner.group().rstrip()):
            return False
        after = _WORD.findall(self.text, end, min(len(self.text), end + 40))
        return (
            not after
            or not after[0].isalpha()
            or not after[0].islower()
            or (after[0] in _RESPONSE_TAIL_STOPS or after[0] in _SKIP or after[0] in _LINKING)
        )

    def _leading_before(self, start: int) -> bool:
        """A leading role word right before a response, past articles and "the coordination
        of" ("leads the coordination of the humanitarian response")."""
        words = _WORD.findall(self.text, max(0, start - 80), start)
        for i, w in enumerate(reversed(words[-6:])):
            low = w.lower()
            if low in self.rules.leading and low.endswith("ed") and i == 0:
                return _named_before(words[:-1])  # "a coordinated response": an adjective
            if low in self.rules.leading or low.endswith(_ROLE_COMPOUNDS) or low == "agency":
                return True
            if low not in _SKIP and low != "coordination" and not self._place_owner(w):
                return False
        return False

    def _subject_at(self, start: int, end: int) -> bool:
        """Whether a response opens its clause, not the object of a preposition ("Shelter
        Cluster coordination in the 2011 and 2012 responses was led by A": A led the
        cluster's coordination), and is one thing, not a list this reader cannot split
        ("Refugee assistance and relief response are coordinated by A")."""
        if _AND.search(self.text, start, end):
            return False
        for w in reversed(_WORD.findall(self.text, max(0, start - 60), start)):
            low = w.lower()
            if low in _PREPOSITIONS:
                return False
            if low not in _SKIP and low not in _AND_WORDS and not low.isdigit():
                return True
        return True

    def _leading_after(self, end: int) -> bool:
        """A leading role word in the passive right after a response, its agent to follow:
        "the shelter response is coordinated by UNHCR", "the refugee aid response is being led
        by the Commission" (C3: the agent leads or coordinates it)."""
        words = _WORD.findall(self.text, end, min(len(self.text), end + 60))
        for i, w in enumerate(words[:5]):
            low = w.lower()
            if low in self.rules.leading and low.endswith("ed"):
                rest = [x.lower() for x in words[i + 1 : i + 3]]
                return rest[:1] == ["by"] or rest == ["jointly", "by"]
            if low not in _LINKING:
                return False
        return False

    def _place_owner(self, word: str) -> bool:
        """ "Jordan's" before a response: whose it is, a place."""
        if not word.endswith(("'s", "’s")):
            return False
        known = self.resolver.known(word[:-2])
        return known is not None and kinds().is_("place", known.kind)

    def cue_after(self, end: int) -> bool:
        for w in _WORD.findall(self.text, end, min(len(self.text), end + 60))[:5]:
            low = w.lower()
            if low in self.rules.cues:
                return True
            if low not in _LINKING:
                return False
        return False

    def read(self) -> list[Mention]:
        out: list[Mention] = []
        for m in self.rules.pattern.finditer(self.text):
            if self.taken.covers(m.start()) or self.taken.covers(m.end() - 1):
                continue
            head, plural = self.rules.head(m.group())
            if body_head_at(self.text, _SPACES.match(self.text, m.end()).end()):  # type: ignore[union-attr]
                continue  # "Sector working groups": the word modifies the next head
            topic = self._role_topic(m.end(), head)
            if topic is not None:
                out.append(topic)
                continue
            after = _WORD.findall(self.text, m.end(), min(len(self.text), m.end() + 40))
            if after and after[0].lower() in self.rules.modified:
                continue
            words, inner = (
                (self._response_words(m.start()), None)
                if head.needs == "role"
                else self.modifiers(m.start())
            )
            if self.rules.post.match(self.text, m.end()):
                while words and words[0].low in self.rules.ranks:
                    words = words[1:]  # "the Senior Cluster Coordinator": the post's rank
            objects = self._object_items(m) if plural and inner is None else None
            if objects and len(objects) > len(_items(words)):
                out.extend(self._object_list(m, head, objects))
                continue  # "led the infrastructure and the productive sectors"
            read_tail = self._response_tail if head.needs == "role" else self._continuation
            end, tail = read_tail(m.end())
            end, acronym = self._acronym_after(end, words)
            if acronym and not tail and m.group()[:1].isupper():
                end, tail = self._continuation(end)  # "a Working Group (WG) on Statelessness"
            out.extend(self._bodies(m, words, tail, inner, end, acronym, objects is not None))
            if plural:
                out.extend(self._parenthesised(m.end(), head) or self._colon_list(m.end(), head))
        return out

    def _object_items(self, head_at: re.Match[str]) -> list[Item] | None:
        """The items of a list before a plural head that is a role verb's object
        (``bodylists.py``), when no mention covers them."""
        lo = max(self.text.rfind("\n", 0, head_at.start()) + 1, head_at.start() - WINDOW)
        items = object_items(self.text, head_at.start(), lo)
        if items is None or any(self.taken.covers(a) for item in items for a, _ in item):
            return None
        return items

    def _object_list(
        self, head_at: re.Match[str], head: PhraseHead, items: list[Item]
    ) -> list[Mention]:
        """One body per item of a list that is a role verb's object."""
        found = []
        for item in items:
            said = [_Word(self.text[a:b], a, b) for a, b in item]
            a, b = said[0].start, said[-1].end
            found.append(self._body(said, head, [], None, a, b, None, None, f"{head.id}.object"))
        return found

    def _role_topic(self, end: int, head: PhraseHead) -> Mention | None:
        """ "sector lead on Camp Coordination and Camp Management (CCCM)", "cluster focal point
        for Health": a role noun after the head, and the topic after "on"/"for" names the body
        (the topic and the head); the mention spans the topic, the role word stays to be read."""
        role = self.rules.role_topic.match(self.text, end)
        if role is None:
            return None
        at = _ON.match(self.text, role.end())
        d = self.by_long_start.get(at.end()) if at is not None else None
        if d is not None and not d.explained_after:
            name, start, stop, acronym = d.long, d.long_start, d.paren_end, d.acronym
        else:
            stop, tail = self._continuation(role.end())
            if not tail or not any(w.text[:1].isupper() for w in tail[1:]):
                return None
            if body_head_at(self.text, _SPACES.match(self.text, stop).end()):  # type: ignore[union-attr]
                return None  # "the Task Force lead for the Legal Aid group": a body of its own
            name, start, acronym = " ".join(w.text for w in tail[1:]), tail[1].start, None
        name = _title(f"{name} {head.name}")
        entity = self.resolver.known(name) or self.resolver.resolve(name, head.kind, acronym)
        return Mention(start, stop, self.text[start:stop], entity, f"{head.id}.role-topic")

    def _continuation(self, end: int) -> tuple[int, list[_Word]]:
        """ "the working group on cash transfers", "a network for the SUN Movement": a topic
        after "on" or "for" goes on the name (up to four words), never ending in an opener."""
        m = _ON.match(self.text, end)
        if m is None:
            return end, []
        words: list[_Word] = []
        for w in _WORD.finditer(self.text, m.end(), min(len(self.text), m.end() + 60)):
            word = _Word(w.group(), w.start(), w.end())
            if len(words) == 4 or not (word.low in self.rules.topics or self.content(word)):
                break
            words.append(word)
        while words and words[-1].low in self.rules.topic_openers:
            words.pop()  # "on human resources": "human" names no topic alone
        if not words:
            return end, []
        return words[-1].end, [_Word(m.group(1), m.start(1), m.end(1)), *words]

    def _response_tail(self, end: int) -> tuple[int, list[_Word]]:
        """ "the humanitarian response to the Malian refugee situation", "the response of the
        Government": what a response answers or whose it is goes on its name, articles kept, up
        to the end of its clause (a place after "in" is the row's scope, not the name)."""
        m = _RESPONSE_TAIL.match(self.text, end)
        if m is None:
            return end, []
        words: list[_Word] = []
        for w in _WORD.finditer(self.text, m.end(), min(len(self.text), m.end() + 80)):
            word = _Word(w.group(), w.start(), w.end())
            if len(words) == _RESPONSE_TAIL_WORDS or not word.text[:1].isalnum():
                break
            if word.low in _RESPONSE_TAIL_STOPS or self.rules.pattern.fullmatch(word.text):
                break
            words.append(word)
        while words and words[-1].low in _SMALL:
            words.pop()
        if not words:
            return end, []
        return words[-1].end, [_Word(m.group(1), m.start(1), m.end(1)), *words]

    def _acronym_after(self, end: int, words: list[_Word]) -> tuple[int, str | None]:
        """ "... Group (SEG)", "the Humanitarian Network (REDHUM)": an acronym in parentheses
        right after the head, whether or not its letters spell the name."""
        at = _SPACES.match(self.text, end).end()  # type: ignore[union-attr]
        d = self.by_paren_start.get(at)
        if d is not None:
            return d.paren_end, d.acronym
        m = _ACRONYM.match(self.text, at)
        if m is None or not words or sum(ch.isupper() for ch in m.group(1)) < 2:
            return end, None
        known = self.resolver.known(m.group(1))
        if known is not None and kinds().is_("actor", known.kind):
            return end, None  # "health and nutrition sector (WHO)": its holder, not its name
        return m.end(), m.group(1)

    def _named(
        self,
        words: list[_Word],
        head: PhraseHead,
        inner: AcronymDefinition | None,
        acronym: str | None,
        near_cue: bool,
        cased: bool = False,
    ) -> bool:
        """Whether the context makes the phrase a body (see ``needs`` in kinds.toml): the
        head's own words count ("technical" working group).  A "strict" head written as a
        name (``cased``: "Group" capitalised, two capitalised words or more before it) names
        a body next to a role word too ("WFP, which chairs the UN Disaster Management
        Group"), never "vulnerable groups" or "women's groups led by elders"."""
        lows = {w.low for w in words} | set(head.name.lower().split())
        pairs = {f"{a.low} {b.low}" for a, b in pairwise(words)}
        if (lows | pairs) & self.rules.modifiers or acronym or inner is not None:
            return True
        if head.needs == "role":
            return near_cue
        if head.needs == "strict":
            content = [w for w in words if w.low not in _SMALL and w.text not in _JOINS]
            named = len(content) >= 2 and all(w.text[:1].isupper() for w in content)
            return cased and near_cue and named
        topic = any(w.low in self.rules.topics or w.text[:1].isupper() for w in words)
        return topic and (head.needs == "content" or near_cue)

    def field_key(self, start: int, end: int, head_at: re.Match[str]) -> bool:
        """Whether the phrase is a field's key written in sentence case on a line of its own
        before a colon ("Coordination mechanism: Cluster", "Coordination structure:"); a body
        named as a key is capitalised ("Protection Working Group: UNHCR (lead)")."""
        line = self.text.rfind("\n", 0, start) + 1
        return (
            head_at.group()[:1].islower()
            and not self.text[line:start].strip(" \t*#-•")
            and _FIELD_COLON.match(self.text, end) is not None
        )

    def _bodies(
        self,
        head_at: re.Match[str],
        words: list[_Word],
        tail: list[_Word],
        inner: AcronymDefinition | None,
        end: int,
        acronym: str | None,
        object_of_role: bool = False,
    ) -> list[Mention]:
        """The bodies a phrase names: its modifier ``words``, the head, the ``tail`` after
        "on"/"for" (its connective first), and an acronym defined inside (``inner``) or after
        the phrase; ``object_of_role`` when a role verb has the phrase as its object."""
        head, plural = self.rules.head(head_at.group())
        said = self._described(head_at, head, end) if head.needs in ("content", "context") else None
        if said is not None:
            words = said  # "a scientific committee led by A": its words as written
        start = words[0].start if words else head_at.start()
        # "a technical team made up of A, B": a head of two words its members follow is a body
        listed = " " in head.name and _MADE_UP_OF.match(self.text, end) is not None
        if head.needs == "role":
            if not self._coordinated(start, end):
                return []
            object_of_role = True  # a role word is next to it: what makes it a body
        elif (
            not [w for w in words + tail[1:] if w.text not in _JOINS]
            and not listed
            and said is None
        ):
            return []
        if _PREDICATE.search(self.text, max(0, start - 40), start):
            return []  # "The Cell is a platform for coordination": what the subject is
        if self.field_key(start, end, head_at):
            return []  # "Coordination mechanism: Cluster": a page's field, its value after
        many = len(_items(words)) > 1 and all(
            w.text[:1].isupper() for w in words if w.low not in _JOINS
        )
        near_cue = (
            object_of_role
            or self.cue_before(start)
            or self.cue_after(end)
            or (plural and many and clause_cue(self.text, start, WINDOW))
        )
        cased = head_at.group()[:1].isupper()
        if said is None and not self._named(
            words + tail[1:], head, inner, acronym, near_cue, cased
        ):
            return []
        # a capitalised level is a word of the name (C9: "National Hazard Management Policy
        # Group"), a lower-case one the level it works at ("the national education sector")
        level = next((_LEVELS[w.low] for w in words if _level_before(w)), None)
        kept = [w for w in words if not _level_before(w) and w.low not in self.rules.unnamed]
        own = [w for w in kept if w.low not in self.rules.modifiers or w.text[:1].isupper()]
        described = said is not None
        if (
            not (own or tail or acronym or listed or described)
            and inner is None
            and head.needs != "role"
        ):
            return []  # "the inter-agency network focused on ...": which one, it does not say
        qualifier = Scope(level=level) if level else None
        apart = plural or distributive_after(self.text, head_at.end())  # "sector meetings"
        items = _items(kept) if apart and inner is None and not tail else []
        if len(items) > 1 and self.resolver.known(self._name(kept, head)) is None:
            # "the Logistics, Protection, WASH and Health clusters": one body per item
            return [self._body(it, head, [], None, it[0].start, it[-1].end, it[0].acronym,
                               qualifier, f"{head.id}.list") for it in items]  # fmt: skip
        return [self._body(kept, head, tail, inner, start, end, acronym, qualifier, head.id)]

    def _described(self, head_at: re.Match[str], head: PhraseHead, end: int) -> list[_Word] | None:
        """The words of a body a sentence brings in by describing it ("a coordination committee
        chaired by A", "a working group made up of A"): an indefinite article, a few lower-case
        words and a lower-case head, a passive role or a verb of composition right after it;
        else None (a description with no such cue names no body: "a committee meeting"; nor
        does a head of one word alone, the kind in general: "a cluster is led by the relevant
        department")."""
        if not head_at.group()[:1].islower() or not self.rules.described_after.match(
            self.text, end
        ):
            return None
        line = self.text.rfind("\n", 0, head_at.start()) + 1
        lo = max(line, head_at.start() - WINDOW)
        before = [
            _Word(m.group(), m.start(), m.end())
            for m in _WORD.finditer(self.text, lo, head_at.start())
        ]
        said: list[_Word] = []
        for w in reversed(before):
            if w.low in self.rules.described_articles:
                if self._generic(w.start):
                    return None
                return said if said or " " in head.name else None
            if (
                len(said) == self.rules.described_words
                or not w.text.replace("-", "").isalpha()
                or not w.text.islower()
                or w.low in self.rules.cues
                or self.taken.covers(w.start)
            ):
                return None
            said.insert(0, w)
        return None

    def _generic(self, article: int) -> bool:
        """Whether a description at ``article`` speaks of the kind rather than one body: a word of
        ``described_generic`` stands a few words before it, in its sentence and clause ("Where a
        working group is chaired by", "Each district should establish a committee chaired by";
        not "The talks should end soon, now that it is backed by a committee led by")."""
        start = max(self.text.rfind(stop, 0, article) for stop in ".!?\n,;") + 1
        start = max(start, article - _GENERIC_REACH)
        return self.rules.described_generic.search(self.text, start, article) is not None

    def _body(
        self,
        words: list[_Word],
        head: PhraseHead,
        tail: list[_Word],
        inner: AcronymDefinition | None,
        start: int,
        end: int,
        acronym: str | None,
        qualifier: Scope | None,
        rule: str,
    ) -> Mention:
        name = self._name(words, head, tail, inner)
        entity = self.resolver.known(name) or self.resolver.resolve(name, head.kind, acronym)
        return Mention(start, end, self.text[start:end], entity, rule, qualifier)

    def _name(
        self,
        words: list[_Word],
        head: PhraseHead,
        tail: Sequence[_Word] = (),
        inner: AcronymDefinition | None = None,
    ) -> str:
        """ "inter-agency shelter" + "sector" -> "Shelter Sector" (levels and words in
        ``unnamed`` are left out by the caller); a defined long form stands for its words."""
        front = (
            inner.long
            if inner is not None
            else " ".join(_singular_acronym(w.text) for w in words if w.text != ",")
        )
        return _title(" ".join(p for p in (front, head.name, *(w.text for w in tail)) if p))

    def _colon_list(self, end: int, head: PhraseHead) -> list[Mention]:
        """ "the ten operational sectors: Coordination and Common Services (CCS), Education,
        ... Protection and WASH.", "three clusters – Protection, Shelter and NFIs, and CCCM",
        "sectors, namely Protection, Basic Assistance, Health, and Shelter, and provides ...":
        capitalised names after a plural head and a colon, a dash or "namely", up to the end of
        the sentence or the item after an Oxford comma's "and", one body each; a defined name
        is one item."""
        opened = _LIST_OPENING.match(self.text, end)
        stop = self.text.find(".", end, end + 2 * WINDOW)
        if opened is None or stop < 0 or "\n" in self.text[end:stop]:
            return []
        words = _until_last_item(self._words_between(opened.end(), stop))
        items = _items(words)
        if not items or any(
            not all(w.acronym or w.text[:1].isupper() or w.low in _SMALL for w in it)
            for it in items
        ):
            return []
        found = []
        ending = head.name.lower().split()
        for item in items:
            if [w.low for w in item[-len(ending) :]] == ending:
                continue  # "namely the Cash Working Group": a whole name, read as one
            name = self._name(item, head)
            acronym = item[0].acronym if len(item) == 1 else None
            entity = self.resolver.known(name) or self.resolver.resolve(name, head.kind, acronym)
            a, b = item[0].start, item[-1].end
            found.append(Mention(a, b, self.text[a:b], entity, f"{head.id}.list"))
        return found

    def _words_between(self, start: int, stop: int) -> list[_Word]:
        """The words of ``text[start:stop]``, each defined long form with its parenthesis as
        one word carrying the acronym."""
        out: list[_Word] = []
        pos = start
        for m in _WORD.finditer(self.text, start, stop):
            if m.start() < pos:
                continue
            d = self.by_paren_start.get(m.start())
            if d is not None and d.long_start >= start and not d.explained_after:
                out = [w for w in out if w.start < d.long_start]
                out.append(_Word(d.long, d.long_start, d.paren_end, d.acronym))
                pos = d.paren_end
                continue
            out.append(_Word(m.group(), m.start(), m.end()))
        return out

    def _parenthesised(self, end: int, head: PhraseHead) -> list[Mention]:
        """ "two sectors (Shelter/NFI and Site Management)": capitalised names in a
        parenthesis after a plural head, one body each."""
        at = _SPACES.match(self.text, end).end()  # type: ignore[union-attr]
        if self.text[at : at + 1] != "(" or at in self.by_paren_start:
            return []
        close = self.text.find(")", at, at + WINDOW)
        if close < 0 or "\n" in self.text[at:close]:
            return []
        words = [
            _Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(self.text, at + 1, close)
        ]
        items = _items(words)
        if not items or any(
            not all(w.text[:1].isupper() or w.low in _SMALL for w in it) for it in items
        ):
            return []
        found = []
        for item in items:
            if self.rules.pattern.fullmatch(" ".join(w.text for w in item)):
                return []  # "the sectors (Clusters)": another word for the same bodies
            name = self._name(item, head)
            entity = self.resolver.known(name) or self.resolver.resolve(name, head.kind)
            a, b = item[0].start, item[-1].end
            found.append(Mention(a, b, self.text[a:b], entity, f"{head.id}.list"))
        return found


def _singular_acronym(word: str) -> str:
    """ "NFIs" -> "NFI": a body is named by what its acronym stands for, one of them
    ("Shelter and NFIs" is the Shelter and NFI Cluster)."""
    return word[:-1] if _PLURAL_ACRONYM.fullmatch(word) else word


def _aside(words: list[_Word], close: int) -> int | None:
    """The index of the "(" that opens the parenthesis closing at ``close``, when it holds
    no other parenthesis: an aside about the word before it, not a word of the name (unless
    it names someone or a role: "Mine Action (led by UNDP) Sub-Clusters")."""
    for j in range(close - 1, -1, -1):
        if words[j].text == "(":
            return j
        if words[j].text == ")":
            return None
    return None


def _until_last_item(words: list[_Word]) -> list[_Word]:
    """A list's words up to the end of the item after its first ", and" (the rest of the
    sentence goes on without it: "..., Health, and Shelter, and provides support")."""
    for k, (a, b) in enumerate(pairwise(words)):
        if a.text == "," and b.low in _AND_WORDS:
            after = next((j for j in range(k + 2, len(words)) if words[j].text == ","), None)
            return words[:after] if after is not None else words
    return words


def _items(words: list[_Word]) -> list[list[_Word]]:
    """Split a list of names at its commas, and its last part at "and"/"&": an "and" before
    a comma is inside a name ("Coordination and Common Support Services, Health and
    Protection Clusters" are three)."""
    parts: list[list[_Word]] = [[]]
    for w in words:
        if w.text == ",":
            parts.append([])
        else:
            parts[-1].append(w)
    items = parts[:-1]
    last: list[_Word] = []
    for w in parts[-1]:
        if w.text in _AND_WORDS:
            items.append(last)
            last = []
        else:
            last.append(w)
    items.append(last)
    return [_trimmed(it) for it in items if _trimmed(it)]


def _trimmed(item: list[_Word]) -> list[_Word]:
    """An item without the "and" that opens it after an Oxford comma ("A, B, and C")."""
    while item and item[0].text in _JOINS:
        item = item[1:]
    return item


def the_before(text: str, at: int) -> int | None:
    """Where the word "the" written right before ``at`` (spaces between) starts, else None:
    "the Advisory Board", not "bathe Advisory Board" (read in a few characters, so in
    constant time)."""
    m = _THE_BEFORE.search(text, max(0, at - _THE_REACH), at)
    return None if m is None else m.start()


def body_head_at(text: str, at: int) -> bool:
    """Whether a body word of ``[phrases]`` starts at ``at`` ("sub-working group")."""
    return phrase_rules().pattern.match(text, at) is not None


def body_phrases(
    text: str, taken: Coverage, definitions: Sequence[AcronymDefinition], resolver: Resolver
) -> list[Mention]:
    """The bodies ``text`` names by a phrase headed by a body word, where no mention in
    ``taken`` already covers the head."""
    return _Reader(text, taken, definitions, resolver).read()


def founded_in_title(text: str, taken: Coverage, resolver: Resolver) -> list[Mention]:
    """A news headline names the body it reports on in lower case after the verb that sets it
    up ("President forms committee on drought"; ``founding`` in kinds.toml): in the title line,
    the head and its topic after "on"/"for", up to a place or time ("... for relief distribution
    in Kisumu"), name a body; "the committee" below refers back to it."""
    end = text.find("\n")
    m = phrase_rules().founded.search(text, 0, end if end >= 0 else len(text))
    if m is None or taken.covers(m.start("head")):
        return []
    head, plural = phrase_rules().head(m.group("head"))
    if plural:
        return []
    start = m.start("head")
    name = _title(" ".join(text[start : m.end()].split()))
    entity = resolver.known(name) or resolver.resolve(name, head.kind, None)
    return [Mention(start, m.end(), text[start : m.end()], entity, f"{head.id}.founded")]
