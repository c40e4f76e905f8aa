"""Holders that are no organisation: the persons and offices a plan says chair, lead or
coordinate a body.

W3C ORG lets any agent be a member; plans often name a person ("headed by Tomo Medved",
"Gilles Van Moortel, coordinator of Consortium 12-12", "Chair: Col-General Khairiddin
Abdurahimov"), an office with the person holding it ("Deputy Minister Marina Sereni": the office
holds the role, convention C1) or an office no name rule knows ("chaired by the Senior
Interagency Coordination Officer").  A run of
capitalised words is also a place, a company or an unknown organisation, so a name or a title
is read here only where a role cue binds it (``rules/persons.toml``) or, for a name, where an
office title stands right before it: "the Minister said" or a name in passing makes no person.
What role the holder has, in which body, is then read by the sentence rules as for any holder
(``roles.py``).  Everything here reads the surface, so it works with the parser off.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property

from coordkg.graph.extract.kinds import Kinds, kinds, word_forms
from coordkg.graph.extract.mentions import OFFICE_RULE
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.roles import role_rules
from coordkg.graph.extract.rulefiles import (
    alternatives,
    language_words,
    rules_file,
    with_words,
    words_of,
)
from coordkg.graph.extract.spans import Coverage, Taken
from coordkg.graph.model import Entity, Mention
from coordkg.graph.read.text import MONTHS

PERSON = "Person"
"""The kind (ontology class) of a named individual."""

OFFICE = "Office"
"""The kind of an office named by its title ("the Minister of Health")."""

_MAX_WORDS = 4
"""A name has at most this many words besides its particles and initials."""

_JOIN = alternatives(words_of("en", "and"))
"""The English words joining two names ("and", "&", "as well as"; the pages' names are
read in English only)."""

_AND = re.compile(
    rf"[ \t]*,?[ \t]*(?:{_JOIN})[ \t]+"
    rf"(?:(?:{alternatives(words_of('en', 'articles'))})[ \t]+)?"
)
"""Between two holders of one role ("A and B", "A, B and C")."""

_LIST = re.compile(
    rf"[ \t]*(?:,[ \t]*(?:(?:{alternatives(language_words('and'))})[ \t]+)?"
    rf"|[ \t]+(?:{alternatives(language_words('and'))})[ \t]+)"
)
"""Between two names of a list a plural noun announces, in any language ("the experts A, B and
C", "los expertos A, B y C"): a comma joins them too."""

_AND_BEFORE = re.compile(rf"[ \t]+(?:{_JOIN})[ \t]+$")
"""Between two names bound by one role noun after them ("A and B are the X's chairs")."""

_JOINED_NAMES = 4
"""How many names joined by "and" one role noun after them binds at most."""

_OF = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$")
"""Right before what an office serves ("Principal Secretary of the ...")."""

_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "in", *language_words("of")})
"""Words inside office titles ("Minister of ...", "Leader of the Opposition", "Director General
de ...") that are no title word: a name never follows a title at them ("... for Social
Protection", "... de Asuntos Migratorios" is no person)."""

_TITLE_GAP = re.compile(r"[ \t]+|,[ \t]+")
"""Between an office's title and its holder's name: a space ("Governor Joseph Lenku") or a
comma opening an apposition ("the Governor, Martyn Roper, and the Premier")."""

_APPOSITION_ENDS = re.compile(r"[ \t]*(?:[,;)]|\.(?:\s|$))")
"""After a name in apposition to an office: the apposition closes (no list of names goes on)."""

_POST_AT = re.compile(r",[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
"""Between a post in apposition and the organisation it is held at ("Country Director, Oxfam")."""

_MODIFIERS = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+){1,4}")
"""Capitalised words before an office the name rules read ("High-level" of "a High-level
Representative of the Government of X"): no second office joined by "and"."""

_REACH = 200
"""How far back a cue is looked for before a name, and a name before its apposition."""


@dataclass(frozen=True)
class Cue:
    """A pattern ending right before a holder's name (``.finditer`` over the text)."""

    id: str
    pattern: re.Pattern[str]
    office_of: re.Pattern[str] | None = None  # before the body the name follows, if any
    passive: bool = False  # the agent of a passive: a bare name there needs a sign of a person


@dataclass(frozen=True)
class PersonRules:
    word: re.Pattern[str]
    gap: re.Pattern[str]  # .match between two words of a name: spaces and particles
    initials: re.Pattern[str]  # .match of initials after a surname
    not_words: frozenset[str]  # lower-cased words no name holds (titles, months, function words)
    title_words: frozenset[str]  # lower-cased words of office titles and honorifics
    heads: frozenset[str]  # lower-cased head words of organisations, bodies and places
    posts: frozenset[str]  # lower-cased words of a post ("specialist"): an apposition's sign
    addressed: str  # an honorific or a title word before a surname ("Mr ", "Minister ")
    honorifics: re.Pattern[str]  # .search: honorifics ending where a name starts
    skip_honorifics: re.Pattern[str]  # .match: honorifics at a position, to skip to the name
    before: tuple[Cue, ...]
    after_id: str
    after: re.Pattern[str]  # .match after a name: a role noun in apposition
    after_above: re.Pattern[str]  # .search ending at a card's name: a post on the line above
    titled_id: str
    apposed: re.Pattern[str]  # .match after a name: what the person is, group 1
    not_organisations: frozenset[str]  # kinds an apposition may name and the person stays
    bare_titles: frozenset[str]  # titles naming no one office alone ("governor"): C15
    office_id: str
    office: re.Pattern[str]  # .match: an office title
    not_alone: frozenset[str]  # office nouns that name no office alone ("Chairperson")
    office_subject: re.Pattern[str]  # .finditer: an office title (group 1 or 2) before a role
    lower_office: re.Pattern[str]  # .match: an office on its own written in lower case ("mayor")

    @cached_property
    def post_or_title(self) -> frozenset[str]:
        """The words of a post or an office's title: an apposition made of them is a post."""
        return self.posts | self.title_words


@cache
def person_rules() -> PersonRules:
    """Load the name shape and the cues (cached: they ship with the package)."""
    data = rules_file("persons.toml")
    name = data["name"]
    honorifics = sorted(data["honorifics"]["words"], key=len, reverse=True)
    alternatives = "|".join(
        r"[ \t]+".join(re.escape(w.rstrip(".")) for w in h.split()) + r"\.?" for h in honorifics
    )
    run = rf"(?:(?<![\w-])(?:{alternatives})[ \t]+)+"
    title_words = {w for h in kinds().heads if h.title for w in h.head} - _CONNECTORS
    particle = re.compile(name["particle"])
    heads = frozenset(w for w in _head_words(kinds()) if not particle.fullmatch(w))  # "de"
    posts = frozenset(data["post"]["words"])
    titles = "|".join(re.escape(w) for w in sorted(title_words | posts, key=len, reverse=True))
    office = with_words(data["office_title"]["pattern"], titles=data["office_title"]["titles"])

    def seated(pattern: str) -> str:  # the one definition of a seat's nouns, where a cue says
        return with_words(pattern, seat=data["seat"]["pattern"])

    return PersonRules(
        re.compile(name["word"]),
        re.compile(rf"[ \t]+(?:{name['particle']}[ \t]+)*"),
        re.compile(rf"[ \t]+{name['initials']}"),
        frozenset(name["not_words"])
        | frozenset(MONTHS)
        | title_words
        | frozenset(honorifics)
        | heads
        | posts,
        frozenset(title_words) | frozenset(w for h in honorifics for w in h.split()),
        heads,
        posts,
        rf"(?i:(?<![\w-])(?:{alternatives}|{titles})[ \t]+)",
        re.compile(rf"(?i:{run})$"),
        re.compile(rf"(?i:{run})"),
        tuple(
            Cue(
                c["id"],
                re.compile(
                    seated(_after_passive(c["pattern"]) if c.get("passive") else c["pattern"]),
                    re.IGNORECASE,
                ),
                re.compile(seated(c["office_of"]), re.IGNORECASE) if "office_of" in c else None,
                c.get("passive", False),
            )
            for c in data["before"]
        ),
        data["after"]["id"],
        re.compile(seated(data["after"]["pattern"]), re.IGNORECASE),
        re.compile(seated(data["after"]["above"]), re.IGNORECASE),
        data["office"]["id"],
        re.compile(rf"{data['apposed']['separator']}({data['apposed']['description']})"),
        frozenset(data["apposed"]["not_organisations"]),
        frozenset(data["office"]["bare"]),
        data["office_title"]["id"],
        re.compile(office),
        frozenset(data["office_title"]["not_alone"]),
        re.compile(
            rf"(?i:{data['office_title']['subject']})({office})"
            rf"(?={data['office_title']['holder_name']}"
            rf"(?i:{data['office_title']['verb']}|{data['office_title']['copular_verb']}))"
            rf"|(?i:{data['office_title']['copula']})({office})"
            rf"(?=(?i:{data['office_title']['copular_verb']}))"
        ),
        _lower_offices(kinds()),
    )


def _lower_offices(k: Kinds) -> re.Pattern[str]:
    """The offices that stand on their own (kinds.toml's standalone title heads), in lower case
    and not followed by what they serve ("the mayor", not "the governor of ...")."""
    heads = sorted(
        (h.head for h in k.heads if h.title and h.standalone and not h.prefix),
        key=len,
        reverse=True,
    )
    titles = "|".join(r"[ \t]+".join(re.escape(w) for w in h) for h in heads)
    return re.compile(rf"(?:{titles})(?![\w-])(?![ \t]+(?:of|for)\b)")


def _head_words(k: Kinds) -> frozenset[str]:
    """Every form of the head words that type an organisation, a body or a place in kinds.toml
    ("watch" is none, "council", "cluster", "province" are): a run holding one names no
    person."""
    typed = (k.families["actor"] - k.families["agent"]) | k.families["body"] | k.families["place"]
    words = {w for h in k.heads if h.kind in typed for w in h.head}
    words |= set(k.place_heads) | k.named_anaphora
    return frozenset(f for w in words - _CONNECTORS for f in word_forms(w))


def passive_triggers(members: bool = True) -> str:
    """The passive role triggers of ``roles.toml`` ("chaired by", "under the chairmanship of",
    "presidida pelo") as one alternation: one definition of those words for every reader;
    without ``members`` those of a seat alone ("whose members are" names no holder of one)."""
    return "|".join(
        t.pattern.pattern
        for t in role_rules().triggers
        if t.voice == "passive" and (members or t.role != "member")
    )


def _after_passive(pattern: str) -> str:
    """``pattern`` after any passive role trigger."""
    return rf"(?:{passive_triggers()}){pattern}"


def name_end(text: str, start: int, rules: PersonRules | None = None) -> int | None:
    """Where a person's name starting at ``start`` ends, or None when none starts there."""
    rules = rules or person_rules()
    parts, pos, end = 0, start, start
    while parts < _MAX_WORDS:
        word = rules.word.match(text, pos)
        if word is None or word.group().casefold() in rules.not_words:
            break
        parts, end = parts + 1, word.end()
        gap = rules.gap.match(text, end)
        if gap is None:
            break
        pos = gap.end()
    if parts == 0:
        return None
    initials = rules.initials.match(text, end)
    if initials is not None:
        parts, end = parts + 1, initials.end()
    if parts < 2 or re.match(r"[ \t]*\(|['’]s\b", text[end : end + 3]):
        return None  # one word, or a name with an acronym or a possessive: an organisation's
    return end


_ARTICLE = re.compile(rf"(?:{alternatives(words_of('en', 'articles'))})[ \t]+", re.IGNORECASE)


def _skip_article(text: str, at: int) -> int:
    """``at``, past an article ("the") and its spaces written there."""
    m = _ARTICLE.match(text, at)
    return at if m is None else m.end()


def _after_honorifics(text: str, pos: int, rules: PersonRules) -> int:
    run = rules.skip_honorifics.match(text, pos)
    return run.end() if run is not None else pos


def _with_honorifics(text: str, start: int, rules: PersonRules) -> int:
    run = rules.honorifics.search(text, max(0, start - _REACH), start)
    return run.start() if run is not None else start


class _Persons:
    """The person mentions of one text, beside the mentions the other readers found."""

    def __init__(self, text: str, mentions: Sequence[Mention], resolver: Resolver) -> None:
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.resolver = resolver
        self.rules = person_rules()
        self.surnames: dict[str, Entity] = {}  # last word of each name read so far -> person
        self.posts: list[tuple[int, int]] = []  # what bound persons are, said after their names

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions that overlap ``[start, end)``."""
        i = bisect_left(self.starts, end)
        return [m for m in self.mentions[max(0, i - 8) : i] if m.end > start]

    def free(self, start: int, end: int) -> bool:
        """Whether a name may take ``[start, end)``: no mention overlaps it but a place inside
        it ("Gilles Van Moortel" beside the province of Van), which the name takes in."""
        return all(
            start < m.start and m.end <= end and kinds().is_("place", m.entity.kind)
            for m in self.overlapping(start, end)
        )

    def organisation(self, m: Mention) -> bool:
        """Whether a mention names an organisation a person or an office may stand for."""
        kind = m.entity.kind
        return (
            kinds().is_("actor", kind)
            and kind not in (PERSON, OFFICE)
            and kind not in self.rules.not_organisations
        )

    def person(self, start: int, name_start: int, end: int, rule: str) -> Mention | None:
        name = " ".join(self.text[name_start:end].split())
        known = self.resolver.known(name)
        if known is not None and known.kind != PERSON:
            return None  # the name of an organisation or a place
        entity = self.resolver.resolve(name, PERSON)
        self.surnames.setdefault(name.split()[-1], entity)
        return Mention(start, end, self.text[start:end], entity, rule)

    def named_at(self, pos: int, rule: str, sign: bool = True) -> Mention | None:
        """The person named at ``pos`` (honorifics first), if a name starts there, else the
        office a title there names.  Unless ``sign``, a name without honorifics is a person's
        only with a sign of one (``signed``)."""
        begin = _after_honorifics(self.text, pos, self.rules)
        end = name_end(self.text, begin, self.rules)
        title = self.rules.office.match(self.text, pos)
        # "Tharaka Nithi Governor Muthomi Njuki": the words before a title are the office's
        # (a place's), not a name; the name after it is the holder's (``titled``)
        placed = title is not None and begin == pos and title.end() > (end or pos)
        if end is None or placed or not self.free(pos, end):
            office = self.office(pos, title.end()) if title is not None else None
            if office is not None and self.bare(office.start, office.end):
                return self.titled(office)  # "chaired by Governor Amos Kariuki": C15
            return office
        if not (sign or begin > pos or self.signed(begin, end)):
            return None  # "led by Human Rights Watch": an organisation's, if anyone's
        found = self.person(pos, begin, end, rule)
        return self.apposed(found) if found is not None else None

    def signed(self, start: int, end: int) -> bool:
        """Whether the text shows the bare name at ``[start, end)`` is a person's: initials
        in it, a post in apposition after it ("A, Nutrition Specialist at UNICEF"), or its
        surname after an honorific or a title elsewhere ("Mr Medved", "Minister Medved")."""
        if self.rules.initials.search(self.text, start, end) is not None:
            return True
        apposition = self.rules.apposed.match(self.text, end)
        if apposition is not None and any(
            w.casefold() in self.rules.post_or_title
            for w in re.findall(r"[\w-]+", apposition.group(1))
        ):
            return True
        surname = self.text[start:end].split()[-1]
        return (
            re.search(rf"{self.rules.addressed}{re.escape(surname)}(?![\w-])", self.text)
            is not None
        )

    def apposed(self, person: Mention) -> Mention | None:
        """The person, unless what the text says they are after their name names an
        organisation (which then holds the role, read as before); else that is the person's own
        post, and a body it names holds no second role (``posts``)."""
        description = self.rules.apposed.match(self.text, person.end)
        if description is None or not description.group(1).strip():
            return person
        inside = self.overlapping(description.start(1), description.end(1))
        if any(self.organisation(m) for m in inside) or self.post_at(description):
            return None
        self.posts.append((description.start(1), description.end(1)))
        return person

    def post_at(self, description: re.Match[str]) -> bool:
        """Whether the apposition is a post and, after a comma, the organisation it is held at
        ("Jane Doe, Country Director, Oxfam", "A, Chief Director, Ministry of Agriculture"): the
        person stands for that organisation, as with "Country Director of Oxfam" (C1)."""
        words = description.group(1).casefold().split()
        return (
            bool(words)
            and words[-1] in self.rules.post_or_title
            and self.held_at(description.end(1))
        )

    def held_at(self, end: int) -> bool:
        """Whether a post ending at ``end`` is followed by a comma and the organisation it is
        held at, closing the apposition ("..., Oxfam, chairs", "..., Oxfam (OX);")."""
        after = _POST_AT.match(self.text, end)
        if after is None:
            return False
        return any(
            m.start == after.end()
            and self.organisation(m)
            and _APPOSITION_ENDS.match(self.text, m.end) is not None
            for m in self.overlapping(after.end(), after.end() + 1)
        )

    def post_of_organisation(self, m: Mention) -> bool:
        """Whether ``m`` is an organisation's post ("Executive Director", kinds.toml's office
        titles) written before a comma and the organisation ("Jane Doe, Executive Director,
        Coastal Relief Alliance"): no office of its own; the organisation holds (C1)."""
        title = " ".join(m.entity.name.casefold().split())
        return m.entity.kind == OFFICE and title in kinds().office_titles and self.held_at(m.end)

    def office(self, start: int, end: int) -> Mention | None:
        """An office title no name rule knows, named as written where what it serves is a
        place or nothing a mention names; where it serves an organisation, a government's
        unit or a forum the title ends with ("the Principal Secretary of the State Department
        of Planning", "the Chairman of the NGO Forum"), that holds the role (convention C1).
        No mention may run past the title."""
        inside = self.overlapping(start, end)
        served = self.served(start, end, inside)
        if served is not None:
            return Mention(start, end, self.text[start:end], served.entity, self.rules.office_id)
        if any(
            m.start <= start
            or m.end > end
            or (self.organisation(m) and not kinds().public(m.entity.kind))
            for m in inside
        ):
            return None
        name = " ".join(self.text[start:end].split())
        known = self.resolver.known(name)
        if (known is not None and known.kind != OFFICE) or name.casefold() in self.rules.not_alone:
            return None
        entity = self.resolver.resolve(name, OFFICE)
        return Mention(start, end, self.text[start:end], entity, self.rules.office_id)

    def served(self, start: int, end: int, inside: Sequence[Mention]) -> Mention | None:
        """The mention an office title at ``[start, end)`` ends with after "of" or "for",
        if its kind is one an office stands for (kinds.toml, ``represented``), or an office the
        name rules already read as standing for what it serves ("a High-level Representative
        of the Government of Kuwait": the government, convention C1)."""
        for m in inside:
            if (
                m.end == end
                and m.rule == OFFICE_RULE
                and _MODIFIERS.fullmatch(self.text, start, m.start)
            ):
                return m
            if (
                m.end == end
                and kinds().is_("represented", m.entity.kind)
                and _OF.search(self.text, start, m.start) is not None
            ):
                return m
        return None

    def offices_as_subjects(self) -> Iterator[Mention]:
        """ "The Director of Emergency Management chairs ...": an office right before a role
        verb, at the start of a clause."""
        for m in self.rules.office_subject.finditer(self.text):
            title = m.lastindex or 1  # the title before an active verb, or before "is the chair"
            found = self.office(m.start(title), m.end(title))
            if found is not None:
                yield self.titled(found)

    def after_cues(self) -> Iterator[Mention]:
        """Names right after a cue: a passive agent, a label, the holder after their office."""
        for cue, matches in zip(self.rules.before, self.cue_matches, strict=True):
            if cue.office_of is not None:
                yield from self.after_office(cue)
                continue
            for m in matches:
                lower = self.lower_office(m.start("noun") if m.groupdict().get("noun") else m.end())
                if lower is not None:
                    yield lower
                    continue
                noun = m.groupdict().get("noun")
                sign = not cue.passive or self.noun_signs(noun)
                listed = cue.passive and sign and noun is not None and noun.endswith("s")
                found = self.named_at(m.end(), cue.id, sign)
                yield from self.joined(found, cue.id, sign, _LIST if listed else _AND)

    def lower_office(self, pos: int) -> Mention | None:
        """ "The committee will be chaired by the mayor": a government's office written in
        lower case where a role cue binds it, named as written (C1's office on its own)."""
        title = self.rules.lower_office.match(self.text, pos)
        if title is None or not self.free(pos, title.end()):
            return None
        entity = self.resolver.resolve(title.group(), OFFICE)
        return Mention(pos, title.end(), title.group(), entity, self.rules.office_id)

    def noun_signs(self, noun: str | None) -> bool:
        """Whether a lower-case noun before a name says it is a person's ("the biologist"):
        any noun but an organisation's, a body's or a place's ("the organisation")."""
        k = kinds()
        low = noun.casefold() if noun is not None else ""
        return (
            bool(low)
            and low not in self.rules.not_words | k.introducers.keys() | k.appositions.keys()
        )

    def joined(
        self, found: Mention | None, rule: str, sign: bool = True, join: re.Pattern[str] = _AND
    ) -> Iterator[Mention]:
        """A holder a cue binds and those joined to it by "and" ("chaired by A and B"), or by
        ``join`` (a list's commas too): the cue binds them all."""
        while found is not None:
            yield found
            joint = join.match(self.text, found.end)
            found = self.named_at(joint.end(), rule, sign) if joint is not None else None

    def after_office(self, cue: Cue) -> Iterator[Mention]:
        """ "the coordinator of the X (CLM), Abdoulaye Kâ": a body, its office before it, the
        name after the comma.  Not where another cue binds the office itself ("chaired by the
        Chairman of the NGO Forum, Dr A"): the forum holds by its office (C1), the person in
        apposition holds nothing."""
        assert cue.office_of is not None
        bound = self.cue_ends
        for body in self.mentions:
            if not kinds().is_("body", body.entity.kind):
                continue
            comma = cue.pattern.match(self.text, body.end)
            before = cue.office_of.search(self.text, max(0, body.start - _REACH), body.start)
            if comma is None or before is None:
                continue
            if {before.start(), _skip_article(self.text, before.start())} & bound:
                continue
            yield from self.joined(self.named_at(comma.end(), cue.id), cue.id)

    @cached_property
    def cue_matches(self) -> tuple[tuple[re.Match[str], ...], ...]:
        """Each cue's matches in the text, in the order of the cues (none for a cue through an
        office, which is matched after each body): the text is scanned once per cue, for
        ``after_cues`` and ``cue_ends`` alike."""
        return tuple(
            () if cue.office_of is not None else tuple(cue.pattern.finditer(self.text))
            for cue in self.rules.before
        )

    @cached_property
    def cue_ends(self) -> frozenset[int]:
        """Where the cues that bind a holder themselves (not through an office) end: read once
        per document, not once per office cue."""
        return frozenset(m.end() for matches in self.cue_matches for m in matches)

    def in_apposition(self) -> Iterator[Mention]:
        """ "Gilles Van Moortel, coordinator of Consortium 12-12": a name right before a role
        noun in apposition; the longest name ending there, and the names joined to it by
        "and" before it ("A and B are the committee's Co-Chairman").  A contact card's post
        under a name is not the name's when the line above it ends in a seat: the cards put
        the post first, and the one under it is the next card's."""
        for m in self.rules.after.finditer(self.text):
            found = self.name_ending(m.start())
            if found is not None and m.group("card") is not None:
                above = self.rules.after_above.search(
                    self.text, max(0, found.start - _REACH), found.start
                )
                found = None if above is not None else found
            for _ in range(_JOINED_NAMES):
                if found is None:
                    break
                yield found
                joint = _AND_BEFORE.search(self.text, max(0, found.start - 12), found.start)
                found = self.name_ending(joint.start()) if joint is not None else None

    def name_ending(self, at: int) -> Mention | None:
        """The person whose longest name ends at ``at`` (spaces before it stepped over)."""
        floor = max(0, at - _REACH)
        end = floor + len(self.text[floor:at].rstrip())
        for word in self.rules.word.finditer(self.text, floor, end):
            if name_end(self.text, word.start(), self.rules) == end:
                start = _with_honorifics(self.text, word.start(), self.rules)
                if self.free(start, end):
                    return self.person(start, word.start(), end, self.rules.after_id)
                return None
        return None

    def titled(self, office: Mention) -> Mention:
        """An office followed by a name, or whose name runs on into one ("Deputy Minister
        Marina Sereni", later "Deputy Minister Sereni"): the office holds the role (convention
        C1), the name kept in the mention."""
        gap = _TITLE_GAP.match(self.text, office.end)
        if gap is not None:
            begin = _after_honorifics(self.text, gap.end(), self.rules)
            end = name_end(self.text, begin, self.rules)
            apposed = gap.group().strip() != "" and not _APPOSITION_ENDS.match(self.text, end or 0)
            if end is not None and self.free(office.end, end) and not apposed:
                return self.holding(office, begin, end)
        for word in self.rules.word.finditer(self.text, office.start, office.end):
            before = self.text[max(office.start, word.start() - 40) : word.start()].split()
            if not before or before[-1].casefold().rstrip(".") not in self.rules.title_words:
                continue  # a name follows a title word ("Minister"), not "of" ("of Health")
            end = name_end(self.text, word.start(), self.rules)
            if end is not None and end >= office.end and self.free(office.end, end):
                return self.holding(office, word.start(), end)
            known = self.surnames.get(word.group())
            if known is not None and word.end() == office.end:  # "Deputy Minister Sereni" again
                return Mention(
                    office.start, office.end, office.surface, known, self.rules.titled_id
                )
        return office

    def bare_title(self, office: Mention, name_start: int) -> bool:
        """Whether the title before the name at ``name_start`` is a bare one ("Governor Joseph
        ole Lenku"): its words alone are a title that names no one office without a unit or
        portfolio, and only spaces and honorifics part it from the name (no comma: "the
        Governor, Martyn Roper" keeps the office, convention C15)."""
        title_end = min(office.end, _with_honorifics(self.text, name_start, self.rules))
        return "," not in self.text[title_end:name_start] and self.bare(office.start, title_end)

    def bare(self, start: int, end: int) -> bool:
        """Whether the title written at ``[start, end)`` is one of the bare titles."""
        words = self.text[start:end].casefold().split()
        return " ".join(words[1:] if words[:1] == ["the"] else words) in self.rules.bare_titles

    def holding(self, office: Mention, name_start: int, end: int) -> Mention:
        """The office named with its holder's name at ``[name_start, end)`` ("Foreign Minister
        Frank-Walter Steinmeier"), over both; the surname stands for the office after
        ("Minister Steinmeier").  A name the resolver knows as no person's leaves the office."""
        name = " ".join(self.text[name_start:end].split())
        known = self.resolver.known(name)
        if known is not None and known.kind != PERSON:
            return office
        entity = office.entity
        if name_start < office.end:  # the title's run took the name in: the office is before it
            title = self.text[office.start : _with_honorifics(self.text, name_start, self.rules)]
            entity = self.resolver.resolve(" ".join(title.split()), OFFICE)
        if self.bare_title(office, name_start):
            entity = self.resolver.resolve(name, PERSON)
        self.surnames.setdefault(name.split()[-1], entity)
        return Mention(
            office.start, end, self.text[office.start : end], entity, self.rules.titled_id
        )


def with_persons(text: str, mentions: Sequence[Mention], resolver: Resolver) -> list[Mention]:
    """``mentions`` (sorted by start) with the persons a role cue or an office title binds."""
    reader = _Persons(text, mentions, resolver)
    own = [
        reader.titled(m) if m.entity.kind == OFFICE else m
        for m in reader.mentions
        if not reader.post_of_organisation(m)
    ]
    reader.mentions, reader.starts = own, [m.start for m in own]
    taken: list[Mention] = []
    claimed = Taken(len(text))  # one look per holder, however many were read (linear)
    for found in [*reader.after_cues(), *reader.in_apposition(), *reader.offices_as_subjects()]:
        if claimed.free(found.start, found.end):
            taken.append(found)  # whatever it overlaps it takes in (``office``, ``apposed``)
            claimed.claim(found.start, found.end)
    covered, posts = Coverage((t.start, t.end) for t in taken), Coverage(reader.posts)
    kept = [
        m
        for m in own
        if not covered.overlaps(m.start, m.end)
        and not (kinds().is_("body", m.entity.kind) and posts.holds(m.start, m.end))
    ]
    return _short_titles(sorted([*kept, *taken], key=lambda m: m.start), resolver)


def _short_titles(mentions: list[Mention], resolver: Resolver) -> list[Mention]:
    """An office named again by the opening words of its title ("coordenada pelo governador
    provincial" after "o governador provincial de Luanda", "chaired by the Governor" after "the
    Governor of Borno") is that office, when the document named only one such office before:
    the title's unit is what tells one office from another (convention C10). An office of a
    named country ("the Prime Minister of Japan") is another government's, never the one the
    document's bare title means."""
    seen: dict[tuple[str, ...], set[str]] = {}  # opening words -> offices named with more
    named: dict[str, Entity] = {}
    out: list[Mention] = []
    for m in mentions:
        if m.entity.kind != OFFICE:
            out.append(m)
            continue
        words = tuple(m.entity.name.lower().split())
        fuller = seen.get(words, set())
        if len(fuller) == 1 and _bare_title(words):
            m = replace(m, entity=named[next(iter(fuller))])
        elif not _of_a_country(m.entity.name, resolver):
            for n in range(1, len(words)):
                seen.setdefault(words[:n], set()).add(m.entity.key)
            named[m.entity.key] = m.entity
        out.append(m)
    return out


def _of_a_country(title: str, resolver: Resolver) -> bool:
    """Whether a run of up to three of the title's words names a country ("Prime Minister of
    Japan", "Ministro de Relaciones Exteriores de Costa Rica")."""
    words = title.split()
    return any(
        (known := resolver.known(" ".join(words[i : i + n]))) is not None
        and known.kind == "Country"
        for n in (1, 2, 3)
        for i in range(1, len(words) - n + 1)
    )


def _bare_title(words: tuple[str, ...]) -> bool:
    """Whether a title names no portfolio or place of its own: its head alone ("prime
    minister", "governor"), maybe with the unit words it takes in lower case and the small
    words between them ("governador provincial", "gobernador de la provincia"); "Minister of
    Health" names a portfolio, and is an office of its own beside "Minister of Health and
    Population"."""
    small = _small_words()
    return any(
        words[: len(h.head)] == h.head and set(words[len(h.head) :]) <= h.lower | small
        for h in kinds().heads
        if h.title
    )


@cache
def _small_words() -> frozenset[str]:
    """The words for "of" and the articles of every language ("de", "la")."""
    return frozenset([*language_words("of"), *language_words("articles")])
