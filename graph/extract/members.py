"""Membership lists: a lead-in that names a body and says what follows are its members, then
the members, in the same sentence or in the lines below.

"Member agencies of the WASH Cluster:" over one name a line, "Its members were: A, B, C and
D." after a sentence naming the committee, a heading "Members" under the title "Membership of
the X" over a numbered list: none of these has a verb the role rules read, and many of their
items are national organisations no reference list knows ("DEPROSC", "FH Kenya").  An item
that is a name and nothing else is an organisation because the list says so; an item that is
a place, a generic word ("Donors", "Others") or prose names no member and, on a line, ends the
list.  The lead-in must name its body (or stand for the one named just before, "Its members",
or sit under a heading naming it), and its words must be a membership phrase as a whole
(``rules/labels.toml`` ``[members]``): "members of the community", "Member States" or
"beneficiaries include" open nothing.  A membership phrase right after its body inside a
sentence ("X, whose members are A and B;", "X is made up of representatives of A", "the X
partners (A, B)") lists the members to the end of its clause.  A person in a list stands for
the organisation written after the name ("Dr A (Ministry of Health)"); a name of several words
no rule knows counts only in a list that names a known organisation too.  A list runs for a
bounded number of lines or items.  An alliance or consortium read as an organisation is the body
a lead-in names ("The DRA members are:"); so is a capitalised name no rule knows before "consists
of:", or as the heading over "List of members:", since the lead-in says it has members.

An act lists a committee's members in numbered clauses ("A National ... Committee is hereby set
up, made up of — (a) the Minister responsible for X as Chairperson; (b) ...; (c) members
nominated to represent — (i) the Police Force; ..."): a clause naming none ("(b) a public
officer whom the Minister nominates") is passed over, and the next clause in the lead-in's own
numbering ("(2)") ends the list.  Offices and ministries written by title and remit are members
there (``memberitems.py``); so are the organisations a category names after "such as"
("International donor agencies such as A and B").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from coordkg.graph.extract.bodyphrases import NAME_LEVELS, phrase_rules
from coordkg.graph.extract.bodytails import tail_after
from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.labels import BULLET, LOOK_BACK, deputy_seat, label_rules, label_word
from coordkg.graph.extract.memberitems import (
    generic_actor,
    item_rules,
    office_item,
    pronoun_lead,
    served_unit,
    shared_offices,
)
from coordkg.graph.extract.persons import OFFICE, PERSON, passive_triggers, person_rules
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.roles import (
    Frame,
    Trigger,
    as_body,
    beside_role,
    body_scope,
    claims_from_frames,
    role_family,
    role_rules,
)
from coordkg.graph.extract.rulefiles import (
    alternatives,
    and_phrases,
    language_words,
    level_word,
    post_alone,
    rules_file,
    with_words,
    words_of,
)
from coordkg.graph.extract.spans import by_sentence, cut_off
from coordkg.graph.model import Document, Entity, Mention, RoleClaim, Scope, Sentence
from coordkg.graph.read.text import MONTHS

BODY = "§"
"""What a body mention is replaced by before a lead-in is matched against the rules."""

# "1.", "b." split from its item by the splitter, and a law's item number in capital Roman
# figures on a line of its own over its item ("I" over "Casa Civil ...;", a decree's incisos), a
# numeral as Roman figures write it up to 39 ("XIV"; "VVVV" or "IIV" is none)
_NUMBER = re.compile(r"\d{1,3}[.)]|[a-z][.)]|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
# the articles of the other languages of the rules, written in lower case before a name inside
# a list ("la Cancillería", "os Médicos do Mundo", "l'OIM"): "La Strada" is a name
_FOREIGN_ARTICLES = alternatives(
    language_words("articles", english=False) + language_words("list_articles")
)
_FOREIGN_AND = alternatives(language_words("and", english=False))
_ENGLISH_AND = alternatives(words_of("en", "and"))
# the English words left between the names of an item of names alone ("A and the B", "A or B")
_ENGLISH_GLUE = alternatives([*words_of("en", "and"), "or", *words_of("en", "articles")])
_ARTICLE = rf"(?-i:{_FOREIGN_ARTICLES})(?:(?<=['’])|\s+)"
# "as well as", "bem como": an "and" of several words opening an item that is not the last
_AS_WELL_AS = and_phrases()
_OPENS_JOINED = re.compile(rf"\W*(?:{_AS_WELL_AS})\s+", re.IGNORECASE)
# what an item's name is stripped of: that "and" (_OPENS_JOINED), an article, trailing stops
_EDGES = re.compile(
    rf"^(?:{_OPENS_JOINED.pattern})?\W*(?:the\s+|an?\s+(?=\w\w)|"
    + _ARTICLE
    + r")?(?:respective\s+)?"
    r"|[\s,;.]+$",
    re.IGNORECASE,
)
# another language's "of the" repeated before each item after the first ("representantes do A,
# da B e do C"): no word of a name no mention reads, which starts with a capital after it
_OF_OPENING = re.compile(rf"\W*(?-i:(?:{alternatives(language_words('of_the'))})\s+(?=[A-ZÀ-Þ]))")
# an article written with a capital, opening an item before a mention ("Le Ministre de la
# Santé", a decree's list line): no word of the name the mention reads ("La Strada" is a name)
_CAPITAL_ARTICLE = re.compile(
    rf"\W*(?-i:{alternatives(w.capitalize() for w in language_words('articles', english=False))})"
    r"(?:(?<=['’])|\s+)"
)
# "Name (ACR)", "Name/ACR": the acronym a name is written with
_BRACKET_AFTER = re.compile(
    r"\s*(?:\(\s*([^()]{1,30}?)\s*\)|/\s*((?=[A-Z][\w&-]*[A-Z])[A-Z][\w&-]{1,14}))$"
)
# "Norwegian Refugee Council (representing the BRCiS and the X partners)": whom a member speaks
# for, however long, is an aside to the member's name (its "and" parts no items)
_REPRESENTING_AFTER = re.compile(r"(?<!\s)\s*\(\s*(?:also\s+)?representing\b[^()]{1,160}\)$", re.I)
_LAST_WORD = re.compile(r"\s+(\S+)\s*$")  # a name's last word, after a space
_PLACE_LEFT = re.compile(r"[\s,]*(?:\bthe\s*)?$", re.IGNORECASE)  # "X, The [Netherlands]"
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.-]{1,14}")
_DESCRIBED = re.compile(rf"\W*(?:{_ARTICLE})(?-i:[a-zà-ÿ])")
_ARTICLED = re.compile(rf"(?:{_ARTICLE})(?=\w)")
# the same, with the articles that are English words too ("e a OIM"): read once a list's other
# "and" shows its language
_ARTICLED_FOREIGN = re.compile(
    rf"(?-i:{alternatives(language_words('articles_also_english'))})\s+(?=\w)|{_ARTICLED.pattern}"
)
_GLUE = re.compile(
    rf"[\s,/&+]*(?:(?:\b(?:{_ENGLISH_GLUE})\b|(?-i:\b(?:"
    + _FOREIGN_AND
    + r")\b)|"
    + _ARTICLE
    + r")[\s,/&+]*)*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
# a word cut by an ellipsis closing a line ("Directo...", "Tertia…"): a stored opening that
# stops inside a name
_CUT_OFF = re.compile(r"[^\W\d_](?:\.\.\.|…)\s*$")
# a comma outside brackets ("Officer (CGIAR, FAO), UNEP": the second), and a bracket
_TOP_COMMA = re.compile(r",\s*(?![^()]*\))")
_BRACKETED = re.compile(r"\([^()]*\)")
_TERMINAL = re.compile(r"[.!?]\s*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_MONTHS = frozenset(MONTHS)
_HEADING_WORDS = 10
_HEADER_LINES = 2
# a cell ends on a non-space and the spaces around it are taken whole (possessive), so a cell of
# many spaces is read once, not once per way of splitting them
_FIRST_CELL = re.compile(r"\s*+\|\s*+((?:[^|]*?[^|\s])?)\s*+(?:\||$)")
# "| Participating partners | A, B, C |": a row of two cells, a key and its value
_KEY_ROW = re.compile(
    r"\s*+\|\s*+(?P<key>[^|]*?[^|\s])\s*+\|\s*+(?P<value>[^|]*?[^|\s])\s*+\|?+\s*+"
)
_NOTE = re.compile(r"\s*:\s|\s[-–—]\s")
# a seat after a dash closing a line, the dash spaced on one side or none ("Commissioner -Member",
# "Federation of Commerce-Member", "Chief Secretary - Chairperson (ex-officio)"): the seat when
# the words after the last dash are a label word, an aside in brackets after them
_DASH_SEAT = re.compile(
    r"\s*[-–—]\s*(?P<seat>[^\W\d][^-–—()|;:,.]{0,30}?)\s*(?:\([^()]{0,30}\))?\s*[.;|]?\s*$"
)
# the word a hyphen is glued to on its left ("Co" of "Co-chair")
_GLUED_BEFORE = re.compile(r"(?<![^\s(])([^\W\d]+)$")
# a bracketed item number, in lower case, opening a line or standing after a space inside it
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))(\((?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})\))\s")
# "1 | Chief Secretary - Chairperson |": a table row opening with its row number, the name in the
# cell after it
_ROW_NUMBER = re.compile(r"\s*+\|?\s*+\d{1,3}[.)]?\s*+(?=\|)")
# "Chairperson – Jane Roe": a line opening with a seat's label and a dash, the holder after it
_SEAT_DASH = re.compile(r"\s*([^\W\d][^:;,.()–—-]{0,40}?)(\s+[–—-]\s)(?=\S)")
# a list line's last piece after a comma, a seat's label word when the rules read it as one
# ("Joint Secretary, GEF Focal Point, MoF, Member")
_LAST_PIECE = re.compile(r",\s*([^\W\d][^,;:()]{0,30}?(?<![sS]))\s*[.;]?\s*$")
# "Donors: A, B", "Chair: C", "Members of the X, who are ...: A, B"
_LABEL = re.compile(r"\s*([^\W\d][^:;,.()]{0,50}?)(?:,\s+(?:who|which)\s[^:;.]{0,160}?)?\s*:\s")
# where a label's value gives way to the next role label ("; Co-lead (B)"): a new seat, no member
_OF_THE = re.compile(r"\s+of\s+the\s+[\w-]+$", re.IGNORECASE)  # the body a seat is of
_NEXT_SEAT = re.compile(r";\s*")
# "Its members" stands for a body named in the sentence before, or in the one before that
_PRONOUN_REACH = 2
# a capitalised name ending in a pronoun lead-in's head word ("the Coastal Cyclone Response Team",
# "the Rapid Shelter Needs Assessment (RSNA) Team"), looked for this far before the lead-in
_NAME_BEFORE = (
    r"(?!The\b)[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|\([A-Z][A-Z&]{1,9}\)|of|for|on|and)){0,8}?\s+%s\b"
)
_NAME_BEFORE_REACH = 300
_BRACKET_INSIDE = re.compile(r"\s*\(([A-Z][A-Z&]{1,9})\)(?=\s)")
# the verb after the members a sentence opens with, looked for in its first characters only;
# the other languages' plural "are" ("Los miembros del Comité son A y B")
_VERB = re.compile(
    r"\s(?:(?:are|were)\s+drawn\s+from|c[oa]me\s+from|are|were|included\s+(?:are|were)|include[sd]?"
    rf"|comprised?|(?:takes|took)\s+in|{alternatives(language_words('members_are'))})\s",
    re.I,
)
_HEAD_CHARS = 160
_TAIL_WORDS = 17  # a body's tail has at most `long` words (kinds.toml [tails]), so as many names
_MEMBERS_OF_REACH = 60  # "the member organisations of the " is looked for this far before a body
_MEMBERS = ("actor", "body")  # what a member can be
_Match = Callable[[str], re.Match[str] | None]
_DASHES = " \t-–—"
_QUOTES = " '\"‘’“”"  # around a nickname after a person's name
_BLANK = re.compile(r"\n[ \t]*\n")
_MD_HEADING = re.compile(r"#{1,6}\s")
_PROSE_WORDS = 3  # a line ending in a full stop after this many words may be a sentence
_BARE_REST = re.compile(r"[\s#*:]*(?:the\s+)?[\s#*:]*", re.IGNORECASE)  # around a heading's body


@dataclass(frozen=True)
class MemberRules:
    """What a lead-in may say around its body, how far a list runs, and the rule's trigger."""

    lead_in: re.Pattern[str]
    verb_lead: re.Pattern[str]
    named_subject: re.Pattern[str]
    after_body: re.Pattern[str]
    small_words: frozenset[str]
    titles: frozenset[str]
    not_in_names: frozenset[str]
    quantifiers: frozenset[str]
    mastheads: frozenset[str]
    max_items: int
    max_words: int
    trigger: Trigger
    other_reach: int
    title_reach: int
    cover_lines: int
    besides: re.Pattern[str]
    named_lead: re.Pattern[str]
    line_separator: re.Pattern[str]
    members_before: re.Pattern[str]
    apposition: re.Pattern[str]
    aside: re.Pattern[str]
    presides: re.Pattern[str]
    secretary: re.Pattern[str]
    as_seat: re.Pattern[str]
    representative: re.Pattern[str]
    etc: re.Pattern[str]
    counted: re.Pattern[str]
    counted_subject: re.Pattern[str]
    subject_gap: re.Pattern[str]
    purpose: re.Pattern[str]
    bracket_aside: re.Pattern[str]
    counted_trigger: Trigger
    part_in: re.Pattern[str]
    among: re.Pattern[str]
    following: re.Pattern[str]
    seat_column: re.Pattern[str]
    dated: re.Pattern[str]
    lead_aside: re.Pattern[str]
    organisations: re.Pattern[str]
    appointed: re.Pattern[str]
    post_alone: re.Pattern[str]
    post_after: re.Pattern[str]  # the same post closing an item ("NEMA Representative")
    post_of: re.Pattern[str]
    seat_heading: re.Pattern[str]
    seat_roles: frozenset[str]  # "chair": a seat a note gives a listed member (C8)
    level_label: re.Pattern[str]
    part_before: re.Pattern[str]
    named_before_words: frozenset[str]  # "Task": a name ending in a head word that is a body
    article: re.Pattern[str]  # "Article 2 :" opening a lead-in: no word of it
    below: re.Pattern[str]  # "made up of the members below" in a sentence that goes on


@cache
def member_rules() -> MemberRules:
    """Load the ``[members]`` table of ``rules/labels.toml`` (cached: it ships with the package)."""
    data = rules_file("labels.toml")["members"]
    members_of = with_words(data["members_of"], body=BODY)
    lead_in = re.compile(
        with_words(data["lead_in"], body=BODY, count=data["count"], members_of=members_of), re.I
    )
    counted = re.compile(with_words(data["counted"], body=BODY, count=data["count"]), re.I)
    verb_lead = re.compile(
        with_words(data["verb_lead"], body=BODY, members_of=members_of), re.IGNORECASE
    )
    subject = re.compile(data["named_subject"], re.IGNORECASE)
    trigger = Trigger("members.list", "member", "active", lead_in, data["confidence"])
    small = frozenset(data["small_words"])
    after = re.compile(with_words(data["after_body"]), re.IGNORECASE)
    titles = frozenset(data["titles"])
    never = frozenset(data["not_in_names"])
    quantifiers = frozenset(data["quantifiers"])
    return MemberRules(
        lead_in,
        verb_lead,
        subject,
        after,
        small,
        titles,
        never,
        quantifiers,
        frozenset(data["mastheads"]),
        data["max_items"],
        data["max_words"],
        trigger,
        data["other_reach"],
        data["title_reach"],
        data["cover_lines"],
        re.compile(data["besides"], re.IGNORECASE),
        re.compile(data["named_lead"], re.IGNORECASE),
        re.compile(data["line_separator"]),
        re.compile(data["members_before"], re.IGNORECASE),
        re.compile(data["apposition"]),
        aside=re.compile(with_words(data["aside"]), re.IGNORECASE),
        presides=re.compile(data["presides"], re.IGNORECASE),
        secretary=re.compile(data["secretary"], re.IGNORECASE),
        as_seat=re.compile(with_words(data["as_seat"]), re.IGNORECASE),
        representative=re.compile(with_words(data["representative"]), re.IGNORECASE),
        etc=re.compile(data["etc"], re.IGNORECASE),
        counted=counted,
        counted_subject=re.compile(data["counted_subject"], re.IGNORECASE),
        subject_gap=re.compile(data["subject_gap"], re.IGNORECASE),
        purpose=re.compile(data["purpose"]),
        bracket_aside=re.compile(data["bracket_aside"], re.IGNORECASE),
        counted_trigger=Trigger("members.counted", "member", "active", counted, data["confidence"]),
        part_in=re.compile(data["part_in"], re.IGNORECASE),
        among=re.compile(with_words(data["among"]), re.IGNORECASE),
        following=re.compile(data["following"], re.IGNORECASE),
        seat_column=re.compile(with_words(data["seat_column"])),
        dated=re.compile(data["dated"], re.IGNORECASE),
        lead_aside=re.compile(
            with_words(data["lead_aside"], passive=passive_triggers(members=False)), re.IGNORECASE
        ),
        organisations=re.compile(data["organisations"], re.IGNORECASE),
        appointed=re.compile(data["appointed"], re.IGNORECASE),
        post_alone=re.compile(post_alone(), re.IGNORECASE),
        post_after=re.compile(rf"\s(?:{post_alone()})\s*$", re.IGNORECASE),
        post_of=re.compile(with_words(data["post_of"]), re.IGNORECASE),
        seat_heading=re.compile(with_words(data["seat_heading"]), re.IGNORECASE),
        seat_roles=frozenset(data["seat_roles"]),
        level_label=re.compile(with_words(data["level_label"]), re.IGNORECASE),
        part_before=re.compile(with_words(data["part_before"]), re.IGNORECASE),
        named_before_words=frozenset(data["named_before_words"]),
        article=re.compile(data["article"], re.IGNORECASE),
        below=re.compile(data["below"], re.IGNORECASE),
    )


@dataclass
class _List:
    """An open list of members: its body and how many more lines it may run."""

    body: Mention
    left: int
    skipped: int = 0  # lines above the first item that are none (a table's header)
    known: bool = False  # an item named an organisation some rule knows
    guesses: list[tuple[Entity, Sentence, Trigger | None]] = field(default_factory=list)
    # under a heading that is a body's name and nothing else ("## PARISH DISASTER COMMITTEE"
    # over "- The Mayor - Chairman"): bulleted organisations and offices only, no body
    bare: bool = False
    # the numbering series of the lead-in's own clause ("(1)" over "(a) ... (i) ..."): an item
    # numbered in that series is the next clause, and ends the list
    series: str | None = None
    # the last line read was one place's or level's part of the list ("YEMEN: A, B"): the next
    # such part may follow it past a blank line
    scoped: bool = False
    # a blank line stood before each item read so far, the first one too: the list's lines
    # are spaced so, and a blank line between two items goes on the list; a heading or a
    # line of prose after one ends it
    spaced: bool = False


class _Reader:
    """The state of reading a document's sentences top to bottom."""

    def __init__(self, doc: Document, resolver: Resolver) -> None:
        self.doc = doc
        self.resolver = resolver
        self.rules = member_rules()
        self.line = 0  # how many sentences have been read
        self.heading: tuple[Mention, int] | None = None  # a heading's body and its sentence
        # a heading that is a name no rule knows ("Samenwerkende Hulporganisaties (SHO), The
        # Netherlands"): where it is, its name, its acronym and its line
        self.title: tuple[int, int, str, str | None, int] | None = None
        self.topic: tuple[Mention, int] | None = None  # the body named last and its sentence
        self.listed: tuple[Mention, int] | None = None  # the body members were last listed for
        # the alliance, consortium or council named last, which a pronoun may stand for as a
        # body ("The X Alliance ... We bring together 7 organisations: ...")
        self.may_be_body: tuple[Mention, int] | None = None
        # the body a sentence said some are "members of", and its line
        self.members_of: tuple[Mention, int] | None = None
        self.open: _List | None = None
        # a title naming a body over a line naming only a place: the body's place
        self.placed: tuple[str, Entity] | None = None
        self.last_end = 0  # where the sentence read last ended
        self.after_number = False  # it was the number of an item opening its line
        self.claims: list[RoleClaim] = []
        # names of several words no rule knew, taken for organisations only in a list that
        # names a known one too (a list of people's names names none)
        self.guessed: set[str] = set()

    def read(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        number = _NUMBER.fullmatch(sentence.text) is not None
        if not number and self.open is not None and self.starts_line(sentence):
            pieces = _inline_items(sentence)
            for k, piece in enumerate(pieces):  # "(a) A - Chairman (b) B - Member": line by line
                self.after_number = self.after_number or k > 0
                self.read_line(piece, [m for m in inside if piece.start <= m.start < piece.end])
                self.last_end = piece.end
            number = bool(pieces)  # none, or two items and more
        if not number:
            self.read_line(sentence, inside)
        self.after_number = number and self.starts_line(sentence)
        self.last_end = sentence.end

    def read_line(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        self.line += 1
        for m in inside:  # "... are members of the X": the body whose members "Among them:" lists
            said = m if _is_body(m.entity) else as_body(m)
            near = max(sentence.start, m.start - _MEMBERS_OF_REACH)  # a long sentence: near only
            before = self.rules.members_before.search(self.doc.text, near, m.start)
            if said is not None and before is not None:
                self.members_of = (said, self.line)
        if self.open is not None and self.list_line(sentence, inside):
            return
        self.open = None
        self.lead_in(sentence, inside)
        if self.heading is not None and self.heading[1] == self.line - 1:
            self.place_line(sentence, inside, self.heading[0])
        named = [b for m in inside if (b := as_body(m)) is not None]
        if named:
            self.may_be_body = (named[-1], self.line)
        bodies = [m for m in inside if role_family(m.entity) == "body"]
        if bodies:
            self.topic = (bodies[-1], self.line)
            if self.is_heading(sentence):
                self.heading = (bodies[0], self.line)
        elif (held := self.held_in_role(sentence, inside)) is not None:
            self.topic = (held, self.line)
        elif self.is_heading(sentence):
            self.title_line(sentence, inside)

    def title_line(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """Remember a heading that is a capitalised name of two words or more and nothing
        else, places aside: a membership lead-in below it without a body of its own ("List of
        members:") is about that name."""
        text = sentence.text
        if ":" in text or BULLET.match(text) or "|" in text or "?" in text:
            return  # "- Founded: 1984", "| Version | 2 |": a label line or a row, no title
        if all(w.lower() in _MONTHS for w in _WORD.findall(text)):
            return  # "January – June 2021": a date
        for m in sorted(inside, key=lambda m: -m.start):
            if role_family(m.entity) != "place":
                return
            text = text[: m.start - sentence.start] + text[m.end - sentence.start :]
        lead = _EDGES.match(text)
        a = sentence.start + (lead.end() if lead else 0)
        name = _PLACE_LEFT.sub("", _EDGES.sub("", text))
        while (last := _LAST_WORD.search(name)) and last.group(1).lower() in self.rules.small_words:
            name = name[: last.start()]  # "Comité X du [Niger]": the place cut, its "du" too
        if (first := name.split(maxsplit=1)[:1]) and first[0].lower() in self.rules.mastheads:
            return  # "Journal officiel du Sénégal": a gazette's masthead, no body
        bracket = _BRACKET_AFTER.search(name)
        core = name[: bracket.start()] if bracket else name
        said = bracket.group(1) if bracket else None
        if " " in core and self.name_like(core) and _WORD.match(core):
            acronym = said if said and _spells(said, core) else None
            self.title = (a, a + len(core), core, acronym, self.line)

    def held_in_role(self, sentence: Sentence, inside: Sequence[Mention]) -> Mention | None:
        """ "The Prime Minister will chair the NDMA.": an Authority, Council or Commission
        read as an actor (``context_bodies``) is the body of a sentence with a role word, as a
        body (the topic "The other members are ..." is about)."""
        rules = role_rules()
        named = [m for m in inside if m.rule in rules.context_rules]
        if not named:
            return None
        text, base = sentence.text, sentence.start
        for m in reversed(named):  # right after an active role word, or before a passive one
            a, b = m.start - base, m.end - base
            for t in rules.triggers:
                for hit in t.pattern.finditer(text):
                    before = hit.end() <= a and beside_role(t, text[hit.end() : a], after=True)
                    after = b <= hit.start() and beside_role(t, text[b : hit.start()], after=False)
                    if before or after:
                        return as_body(m) or m
        return None

    # -- lead-ins --------------------------------------------------------------------------
    def lead_in(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """A lead-in ending the sentence opens a list below; one before a colon with items
        after it gives those items."""
        text, base = sentence.text, sentence.start
        row = _KEY_ROW.fullmatch(text)
        if row is not None and self.key_row(sentence, inside, row):
            return
        if self.counted_lead_in(sentence, inside) or self.part_in(sentence, inside):
            return
        if (article := self.rules.article.match(text)) is not None:  # "Article 2 : Le X ..."
            text = " " * article.end() + text[article.end() :]
        colon = text.find(":")
        end = colon if colon >= 0 else len(text)
        for aside in self.rules.lead_aside.finditer(text, 0, end):  # ", in full,": no words of it
            a, b = aside.span()
            text = text[:a] + " " * (b - a) + text[b:]
            inside = [m for m in inside if not a <= m.start - base < b]
        if (dated := self.rules.dated.search(text, 0, end)) is not None:
            end = dated.start()  # "X Members (As of July 2023)": the list's date
        if colon < 0 and not self.is_heading(sentence):
            if not (
                self.verb_lead_in(sentence, inside)
                or self.pronoun_lead_in(sentence, inside)
                or self.subject_lead_in(sentence, inside)
            ):
                self.clause_lead_in(sentence, inside)
            return
        besides = self.rules.besides.match(text, 0, end)
        skip = besides.end() if besides else 0
        said = [m for m in inside if base + skip <= m.start < base + end]
        body = self.body_of(text[skip:end], base + skip, said, self.rules.lead_in.fullmatch)
        if body is None and colon >= 0 and (tail := self.rules.following.search(text, skip, end)):
            skip = tail.end()  # "... were covered by the following DMT members:"
            said = [m for m in inside if base + skip <= m.start < base + end]
            body = self.body_of(text[skip:end], base + skip, said, self.rules.lead_in.fullmatch)
        if body is None and colon >= 0 and not said:
            body = self.named_lead(text[skip:end], base + skip)
        if body is None and colon >= 0 and self.rules.among.fullmatch(text[:colon].strip()):
            body = self.members_said()  # "A number of agencies are members of X. Among them:"
        if body is None and colon >= 0 and not said:
            body = self.pronoun_body(text[skip:colon])  # "Le Comité X est créé. Il comprend :"
        if body is None:
            if colon < 0 and (named := self.bare_heading(sentence, said)) is not None:
                self.open = _List(named, self.rules.max_items, skipped=_HEADER_LINES, bare=True)
            return
        if besides is not None:  # "Besides Tearfund, the following ...": Tearfund too
            before = [m.entity for m in inside if m.end <= base + besides.end()]
            self.emit([e for e in before if role_family(e) == "actor"], body, sentence)
        # what follows the colon, not the date or "among others" closing the lead-in before it
        rest = text[colon + 1 :].strip(_DASHES) if colon >= 0 else ""  # "shall be :-"
        if not rest:  # "(1) Le Comité se compose ... :" ends its list at "(2)"
            self.open = _List(body, self.rules.max_items, series=_series(sentence.text))
        else:
            after = [m for m in inside if m.start >= base + colon + 1]
            self.emit(self.inline_items(base + colon + 1, sentence.end, after), body, sentence)

    def counted_lead_in(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """ "We bring together 7 humanitarian organisations: A, B and C": a membership verb
        before a counted set of organisations lists the members of the verb's subject (the
        body named right before it, or the one named just before a pronoun opening the
        sentence) to the end of the clause; whether it did."""
        text, base = self.doc.text, sentence.start
        hit = self.rules.counted.search(sentence.text)
        if hit is None:
            return False
        verb = base + hit.start()
        body = None
        for m in inside:
            named = m if _is_body(m.entity) else as_body(m)
            gap = self.rules.subject_gap.fullmatch(text, m.end, verb)
            if named is not None and m.end <= verb and gap is not None:
                body = named
        subject = self.rules.counted_subject.fullmatch(sentence.text, 0, hit.start())
        if body is None and subject is not None:
            near = max(
                (n for n in (self.topic, self.may_be_body) if n is not None),
                key=lambda n: n[1],
                default=None,
            )
            if near is not None and (
                self.line - near[1] <= _PRONOUN_REACH or _names_own_head(subject[0], near[0])
            ):
                body = near[0]
        if body is None:
            return False
        a = base + hit.end()
        clause = text.find(";", a, sentence.end)
        end = clause if clause >= 0 else sentence.end
        after = [m for m in inside if m.start >= a]
        self.emit(self.inline_items(a, end, after), body, sentence, self.rules.counted_trigger)
        return True

    def part_in(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """ "The group is co-led by A, and UN agencies take an active part in it, such as: B,
        C": the members of the body named last before the words, to the end of the clause;
        whether it did."""
        hit = self.rules.part_in.search(sentence.text)
        if hit is None:
            return False
        at = sentence.start + hit.start()
        named = [m for m in inside if m.end <= at and _is_body(m.entity)]
        if not named:
            return False
        body = named[-1]
        a = sentence.start + hit.end()
        clause = self.doc.text.find(";", a, sentence.end)
        end = clause if clause >= 0 else sentence.end
        self.emit(self.inline_items(a, end, [m for m in inside if m.start >= a]), body, sentence)
        return True

    def key_row(self, sentence: Sentence, inside: Sequence[Mention], row: re.Match[str]) -> bool:
        """ "| Participating partners – United Nations | UNMIL, UNICEF, WHO |": a row whose key
        cell is a membership lead-in lists the members in its value cell, as "key: value"
        would; whether it did."""
        base = sentence.start
        a, b = (base + i for i in row.span("key"))
        said = [m for m in inside if a <= m.start < b]
        body = self.body_of(row.group("key"), a, said, self.rules.lead_in.fullmatch)
        if body is None:
            return False
        a, b = (base + i for i in row.span("value"))
        self.emit(self.inline_items(a, b, [m for m in inside if a <= m.start < b]), body, sentence)
        return True

    def part_before(self, sentence: Sentence, inside: Sequence[Mention], m: Mention) -> bool:
        """ "Junto a A, forman parte de la Mesa X B, C y D; E y F": the members after the body
        the verb of belonging names, each group between semicolons a list, and those the
        sentence opens with; whether the verb stands before the body."""
        text = self.doc.text
        near = max(sentence.start, m.start - _MEMBERS_OF_REACH)
        if not self.rules.part_before.search(text, near, m.start):
            return False
        holders: list[Entity] = []
        start = m.end
        while start < sentence.end:
            cut = text.find(";", start, sentence.end)
            end = cut if cut >= 0 else sentence.end
            holders += self.inline_items(start, end, [x for x in inside if start <= x.start < end])
            start = end + 1
        if holders and (besides := self.rules.besides.match(sentence.text)) is not None:
            a, b = (sentence.start + i for i in besides.span("named"))  # "Junto a A, ..."
            after = [x for x in inside if a <= x.start < b]
            holders += self.inline_items(a, b, after, vouched=True)  # the list vouches for it
        self.emit(holders, m, sentence)
        return True

    def apposition(self, sentence: Sentence, inside: Sequence[Mention], m: Mention) -> None:
        """ "The NGOs of the X --A, B and C-- ...": the members between the dashes."""
        text = self.doc.text
        near = max(sentence.start, m.start - _MEMBERS_OF_REACH)  # a long sentence: near only
        if not self.rules.members_before.search(text, near, m.start):
            return
        hit = self.rules.apposition.match(text, m.end, sentence.end)
        if hit is not None:
            a, b = hit.span("items")
            listed = [x for x in inside if a <= x.start < b]
            self.emit(self.inline_items(a, b, listed), m, sentence)

    def named_lead(self, lead: str, base: int) -> Mention | None:
        """The body a colon lead-in names by a capitalised name no rule knows before a
        membership verb ("The Stichting Samenwerkende Hulporganisaties consists of:")."""
        hit = self.rules.named_lead.fullmatch(lead.strip())
        if hit is None:
            return None
        a = base + len(lead) - len(lead.lstrip()) + hit.start("name")
        name = hit.group("name")
        entity = self.resolver.resolve(name, role_rules().context_kind)
        return Mention(a, a + len(name), name, entity, "members.named")

    def bare_heading(self, sentence: Sentence, said: Sequence[Mention]) -> Mention | None:
        """The body a heading names when the heading is that name and nothing else."""
        if len(said) != 1 or role_family(said[0].entity) != "body":
            return None
        m = said[0]
        rest = self.doc.text[sentence.start : m.start] + self.doc.text[m.end : sentence.end]
        return m if _BARE_REST.fullmatch(rest) else None

    def verb_lead_in(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """ "Other members are A and B.", "Members of the Committee were drawn from A, B":
        a sentence opening with its members and a verb lists them after the verb; so does a
        clause after a semicolon ("The NDC is chaired by A; its members include B and C.")."""
        text, base = sentence.text, sentence.start
        starts = [0, *(i + 1 for i, c in enumerate(text) if c == ";")]
        clauses = {hit.end() for hit in _AND_ITS.finditer(text)}
        at = [m.start for m in inside]
        for c in sorted([*starts, *clauses]):
            joined = c in clauses
            while c < len(text) and text[c].isspace():
                c += 1
            verb = _VERB.search(text, c, c + _HEAD_CHARS)
            if verb is None:
                continue
            said = inside[bisect_left(at, base + c) : bisect_left(at, base + verb.end())]
            lead = text[c : verb.end()]
            hits: list[re.Match[str]] = []
            body = self.body_of(lead, base + c, said, _kept(self.rules.verb_lead.fullmatch, hits))
            if hits and not said and joined:
                named = _last_body(inside, at, base + c)
                body = named or body  # "X, set up in 1996, and its members are": X
            if body is None:
                continue
            clause = text.find(";", verb.end()) if c else -1
            end = base + clause if clause >= 0 else sentence.end
            after = [m for m in inside if base + verb.end() <= m.start < end]
            seat = hits[-1].group("seat") if hits else None  # "Past X Chairpersons have come from"
            role = (
                None if seat is None else "co-chair" if seat.lower().startswith("co") else "chair"
            )
            holders = self.inline_items(base + verb.end(), end, after)
            self.emit(holders, body, sentence, None if role is None else _seat_trigger(role))
            return True
        return False

    def pronoun_lead_in(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """ "It brings together A, B and C.": the members of the body named just before, to
        the end of the clause (``memberitems.py``)."""
        hit = pronoun_lead(sentence.text)
        if hit is None:
            return False
        near = self.topic[0] if self.topic and self.line - self.topic[1] <= _PRONOUN_REACH else None
        if near is None and hit.group("head"):
            near = self.named_before(sentence.start, hit.group("head"))
        at = sentence.start + hit.end()
        if near is None or any(m.start < at for m in inside):
            return False
        clause = self.doc.text.find(";", at, sentence.end)
        end = clause if clause >= 0 else sentence.end
        after = [m for m in inside if m.start >= at]
        self.emit(self.inline_items(at, end, after), near, sentence)
        return True

    def pronoun_body(self, lead: str) -> Mention | None:
        """The body named just before a lead-in that is a pronoun and a membership verb alone
        before a colon ("Il comprend :" over a decree's dashed list), else ``None``."""
        words = lead.strip() + " "  # the lead-in ends in a space where its items would follow
        hit = pronoun_lead(words)
        if hit is None or hit.group("head") or hit.end() != len(words):
            return None
        return self.topic[0] if self.topic and self.line - self.topic[1] <= _PRONOUN_REACH else None

    def named_before(self, start: int, head: str) -> Mention | None:
        """ "The X Response Team came into being ... The team is made up of": the last
        capitalised name ending in the head word a pronoun lead-in opens with, written just
        before it (an acronym in brackets inside left out), as a body no rule read."""
        pattern = re.compile(_NAME_BEFORE % r"\s+".join(w.capitalize() for w in head.split()))
        hits = list(pattern.finditer(self.doc.text, max(0, start - _NAME_BEFORE_REACH), start))
        if not hits:
            return None
        a, b = hits[-1].span()
        inner = _BRACKET_INSIDE.search(self.doc.text, a, b)
        name = self.doc.text[a:b]
        acronym = None
        if inner is not None:
            acronym = inner.group(1)
            name = self.doc.text[a : inner.start()] + self.doc.text[inner.end() : b]
        if not self.coordinating_name(name, head):
            return None
        entity = self.resolver.resolve(name, role_rules().context_kind, acronym)
        return Mention(a, b, name, entity, "members.named_before")

    def coordinating_name(self, name: str, head: str) -> bool:
        """Whether a name ending in ``head`` is a body's: a word before its head speaks of
        coordinating ("the Cholera Response Team"), or a rule read the name as a body already;
        "the Lakeside Catering Team" is a firm's."""
        known = self.resolver.known(name)
        if known is not None and role_family(known) == "body":
            return True
        phrases = phrase_rules()
        words = {w.lower() for w in re.findall(r"[\w'’-]+", name)[: -len(head.split())]}
        return bool(words & (phrases.modifiers | phrases.topics | self.rules.named_before_words))

    def subject_lead_in(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """ "The Steering committee of the IAC Vertical is made up of A and B": a body no
        rule named, written in lower case, named by the subject of a membership verb."""
        hit = self.rules.named_subject.match(sentence.text)
        if hit is None or any(m.start < sentence.start + hit.end() for m in inside):
            return False
        head = hit.group("name")[: hit.start("of") - hit.start("name")] if hit.group("of") else ""
        kind = _body_kind((head or hit.group("name")).lower())
        if kind is None or (head or hit.group("name")).lower().startswith("the "):
            return False  # "The committee brings together": the body named before, not a name
        a, b = sentence.start + hit.start("name"), sentence.start + hit.end("name")
        name = self.doc.text[a:b]
        body = Mention(a, b, name, self.resolver.resolve(name, kind), "members.subject")
        after = [m for m in inside if m.start >= sentence.start + hit.end()]
        self.emit(
            self.inline_items(sentence.start + hit.end(), sentence.end, after), body, sentence
        )
        self.topic = (body, self.line)
        return True

    def clause_lead_in(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """ "X, whose members are A and B;", "X is made up of representatives of A": the
        members of the body right before the phrase, to the end of the clause."""
        text = self.doc.text
        for k, m in enumerate(inside):
            named = as_body(m)  # "the Tripartite Commission, which is made up of ...": a body
            if role_family(m.entity) != "body" and named is None:
                continue
            hit = self.rules.after_body.match(text, m.end, sentence.end)
            if hit is None and named is not None:
                named, hit = self.named_on(named, sentence, inside[k + 1 : k + 1 + _TAIL_WORDS])
            if hit is None:
                if self.part_before(sentence, inside, m):
                    return  # the rest of the sentence is read once, for this body
                self.apposition(sentence, inside, m)
                continue
            m = named or m
            below = self.rules.below.match(text, hit.end(), sentence.end)
            # "..., made up of —" over its items; "..., made up of the members below, to ..."
            if below is not None or self.list_opened_by(sentence, inside):
                self.open = _List(m, self.rules.max_items, series=_series(sentence.text))
                return
            if hit.group("bracket"):  # "X (made up of A (AA) and B)": to its own bracket
                clause = _closing(text, hit.end(), sentence.end)
            else:
                clause = text.find(";", hit.end(), sentence.end)
            end = clause if clause >= 0 else sentence.end
            after = [x for x in inside if hit.end() <= x.start < end]
            # "made up of representatives of A and B": they represent organisations
            sent = _REPRESENTED.search(hit.group()) is not None
            self.emit(self.inline_items(hit.end(), end, after, vouched=sent), m, sentence)
            return

    def named_on(
        self, m: Mention, sentence: Sentence, after: Sequence[Mention]
    ) -> tuple[Mention, re.Match[str] | None]:
        """ "The Tripartite Commission for the Voluntary Repatriation of Ivorian refugees,
        which is made up of ...": a commission or consortium read as a body goes on in a tail
        up to a clause word, and the membership phrase after the tail lists its members; the
        body is named with its tail then.  ``m`` and no match when no such tail and phrase.
        ``after``: the mentions right after ``m``, as many as a tail has words at most."""
        text = self.doc.text
        tail = tail_after(text, m.end, m.end, after, kinds())
        if tail is None or not tail[1]:
            return m, None
        hit = self.rules.after_body.match(text, tail[0], sentence.end)
        if hit is None:
            return m, None
        name = " ".join(text[m.start : tail[0]].split())
        entity = self.resolver.resolve(name, m.entity.kind)
        return replace(m, end=tail[0], surface=text[m.start : tail[0]], entity=entity), hit

    def members_said(self) -> Mention | None:
        """The body the sentence just before said some are "members of", if it did."""
        said = self.members_of
        return said[0] if said is not None and self.line - said[1] == 1 else None

    def list_opened_by(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """Whether the sentence ends in a membership phrase right after a body ("A National ...
        Committee is hereby set up, made up of —"), its members on the lines below."""
        text = self.doc.text
        for m in inside:
            if role_family(m.entity) == "body" or as_body(m) is not None:
                hit = self.rules.after_body.match(text, m.end, sentence.end)
                if hit is not None and not text[hit.end() : sentence.end].strip():
                    return True
        return False

    def body_of(
        self, lead: str, base: int, said: Sequence[Mention], match: _Match
    ) -> Mention | None:
        """The body a lead-in is about, when its words are a membership phrase: the one it
        names, the one named just before ("Its members"), else the heading's."""
        # "The DRA members are:": an alliance or consortium read as an organisation is the
        # body whose members a lead-in lists
        bodies = [x for m in said if (x := m if _is_body(m.entity) else as_body(m)) is not None]
        # a place names no other member ("In India, ten UN agencies make up the X:")
        named = [m for m in said if role_family(m.entity) != "place"]
        if len(bodies) > 1 or len(bodies) != len(named):
            return None
        words = lead
        if bodies:
            m = bodies[0]
            words = lead[: m.start - base] + BODY + lead[m.end - base :]
        words = " ".join(words.replace("*", " ").split())
        hit = match(BULLET.sub("", words).strip(" #-•"))
        if hit is None:
            return None
        if bodies:
            return bodies[0]
        groups = hit.groupdict()
        pronoun, also = groups.get("pronoun"), groups.get("also")
        near = self.topic if pronoun or also else self.heading
        # the document's own title (a name on its first lines, "Action Plan on X" under the
        # team's name) is what a lead-in below it is about, further than a heading inside it
        at = self.title[4] if self.title is not None else None
        cover = at is not None and at <= self.rules.cover_lines
        if not (pronoun or also) and near is not None and at is not None and cover:
            near = near if near[1] >= at else None
        reach = _PRONOUN_REACH if pronoun else LOOK_BACK
        if also or (pronoun and pronoun.lower().split()[-1] in ("other", "further")):
            reach = self.rules.other_reach
            if self.listed is not None and self.listed[1] == self.line - 1:
                near = self.listed  # "The rest are" after a list: that list's body, not its member
            elif groups.get("rest"):
                return None  # "The rest are" of no list just read
        if near is not None and self.line - near[1] <= reach:
            return near[0]
        if pronoun or also:
            return None
        # a body named as the page's own title holds as far as a title does ("Composition"
        # fourteen sentences under "X Sector Working Group (XSWG)")
        heading = self.heading
        if (
            heading is not None
            and not cover
            and heading[1] <= self.rules.cover_lines
            and self.line - heading[1] <= self.rules.title_reach
        ):
            return heading[0]
        if self.title is None:
            return None
        title_reach = self.rules.title_reach if cover else LOOK_BACK
        if self.line - self.title[4] > title_reach:
            return None
        a, b, name, acronym, _ = self.title
        entity = self.resolver.resolve(name, role_rules().context_kind, acronym)
        return Mention(a, b, name, entity, "members.title")

    # -- items -----------------------------------------------------------------------------
    def list_line(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """Read a line under an open lead-in; whether the list goes on."""
        assert self.open is not None
        if not self.starts_line(sentence) and self.rules.seat_column.fullmatch(
            " " + sentence.text.strip()
        ):
            return True  # "... New Delhi.    Member": the seat column after a stop in the line
        if self.open.left <= 0 or not self.starts_line(sentence):
            return False
        if _CUT_OFF.search(sentence.text) and not self.doc.text[sentence.end :].strip():
            return False  # "- Global Project Directo...": the text stops inside a name
        if self.rules.seat_heading.fullmatch(sentence.text):
            return True  # "Chairman" / "Other Members" over the names of a list: no member
        bulleted = self.after_number or BULLET.match(sentence.text) is not None
        begun = self.open.left < self.rules.max_items
        gap = self.blank_before(sentence)
        # spaced while every line so far stood after a blank line ("1. A" / "2. B" is not)
        self.open.spaced = gap and (self.open.spaced or not begun)
        blank = begun and gap and not bulleted and not self.open.spaced
        if begun and gap and not bulleted and self.open.spaced and self.ends_spaced(sentence):
            return False  # "## Partners", "UNICEF and WFP also support it.": past the list
        if blank and not (self.open.scoped and self.scope_line(sentence, inside)):
            return False  # a blank line ends a list of plain lines once it has begun ("YEMEN:
            # A, B" after a blank line below "Regional: C" is the next place's part of it)
        self.open.scoped = False
        if self.open.bare and not bulleted:
            return False
        series = _series(sentence.text)
        if series is not None and series == self.open.series:
            if begun or not _counts_anew(sentence.text):
                return False  # "(2)" after "(1) ... made up of — (a) ...": the next clause
            self.open.series = None  # "(3) ... the following members:" over "(1) A", "(2) B"
        if self.open.bare and self.list_opened_by(sentence, inside):
            return False  # "(1) A ... Committee is hereby set up, made up of —" under its title
        text = _JOINED.sub("", BULLET.sub("", sentence.text))  # "(a) the Controller, and"
        at = sentence.start + len(sentence.text) - len(text)
        if (number := _ROW_NUMBER.match(text)) is not None:
            at, text = at + number.end(), text[number.end() :]
        cell = _FIRST_CELL.match(text)  # "| ACF | INGO |": the name is the row's first cell
        if cell is not None:
            at, text = at + cell.start(1), cell.group(1)
        if (dashed := _seat_dash(text)) is None:
            self.open.left -= 1  # "Treasurer – Mr John Roe": a post no rule reads, no member
            return True
        text = dashed
        if (labelled := self.label_item(sentence, text, at, inside)) is not None:
            return labelled
        dash_seat = _dash_seat(text)
        if dash_seat is not None:  # "Agriculture Production Commissioner -Member"
            text, note = text[: dash_seat.start()], [dash_seat.group("seat")]
        else:
            text, *note = _NOTE.split(text, maxsplit=1)  # "ACF – nutrition partner", "ACF: INGO"
        seat_last = _one_seat(text)
        # "- The Intendant, or whoever ...": an aside after the name
        aside = self.rules.aside.search(text) if bulleted else None
        if aside is not None:
            note = [text[aside.start() :]]
            text = text[: aside.start()]
        # "(a) the Minister responsible for disaster management as Chairperson;": its seat
        seat_at = self.rules.as_seat.search(text.rstrip(" .;,")) if bulleted else None
        if seat_at is not None:
            note = [text[seat_at.start() :]]
            text = text[: seat_at.start()]
        column = self.rules.seat_column.search(text) if not note else None
        if column is not None:  # "Japan        Co-Vice Chair": the seat in the last column
            note = [text[column.start() :]]
            text = text[: column.start()]
        if not note and seat_last:  # "- Director, Planning Unit, NARC, Coordinator"
            last = text.rindex(",")
            note, text = [text[last + 1 :]], text[:last]
        rep = self.rules.representative.match(text)  # "A representative of the Ministry of Health"
        after = [m for m in inside if m.start >= at]
        holders = None
        if rep is not None:  # the organisation represented, when the text names it
            a, rest = at + rep.end(), text[rep.end() :].rstrip(" .;,")
            holders = self.mentioned(rest, a, [m for m in after if m.start >= a])
            if holders is None and rep.group("many"):  # "Representatives of A and of B": each
                holders = self.vouch(self.inline_items(a, a + len(rest), after, vouched=True))
        if not holders and len(self.rules.line_separator.findall(text)) > 1:
            ends = at + len(text)  # "ActionAid / British Red Cross / CAFOD": items of one line
            holders = self.inline_items(at, ends, after, self.rules.line_separator) or None
        counted = rep is not None and rep.group("count") is not None
        kind = rep is not None and _kind_of_members(text[rep.end() :])
        if not holders and rep is not None and (counted or kind):
            # "Two representatives from the CPP": seats of the organisation named after them, or
            # of a kind of members ("from Civil Society"); the list goes on past them
            named = None if kind else self.item(text[rep.end() :], at + rep.end(), after)
            holders = named or []
        elif not holders:
            begun = self.open.left < self.rules.max_items
            holders = self.item(text, at, after, begun=begun, seated=column is not None)
        if holders is None and rep is not None:  # "a representative of the Institute of X"
            holders = self.item(text[rep.end() :], at + rep.end(), after) or None
        if holders is None and (series is not None or self.after_number):
            self.open.left -= 1  # "(b) a further Minister whom ... nominates": no member named
            return True
        if holders is None or (self.open.bare and any(_is_body(h) for h in holders)):
            if self.open.left < self.rules.max_items or self.open.skipped >= _HEADER_LINES:
                return False
            self.open.skipped += 1  # a table's header or rule above its first row
            return True
        self.open.left -= 1
        if seat_last:
            holders = _seat_holder(holders)
        seat = _seat(note[0]) if note else None  # "The Mayor – Chairman": the chair
        known = [h for h in holders if h.key not in self.guessed]
        self.open.guesses += [(h, sentence, seat) for h in holders if h.key in self.guessed]
        self.open.known = self.open.known or bool(known)
        self.seated(known, sentence, seat)
        if self.open.known:  # a guess keeps its own line's seat ("Casa Civil, que o presidirá;")
            for guess, said, its_seat in self.open.guesses:
                self.seated([guess], said, its_seat)
            self.open.guesses = []
        return True

    def seated(self, holders: list[Entity], sentence: Sentence, seat: Trigger | None) -> None:
        """Members of the open list in their seat; a chair among the members is a member too
        (convention C8), a secretariat keeps the body's minutes and is no member."""
        assert self.open is not None
        self.emit(holders, self.open.body, sentence, seat)
        if seat is not None and seat.role in self.rules.seat_roles:
            self.emit(holders, self.open.body, sentence)

    def label_item(
        self, sentence: Sentence, text: str, at: int, inside: Sequence[Mention]
    ) -> bool | None:
        """A label line in the list ("Chair: A", "Donors: B, C and D"): a role label gives its
        role to the organisations of its value, a label naming a kind of members makes them
        members, and a label no rule reads over a known organisation ("Technical Advisor: A")
        gives nothing; the list goes on past each.  None for any other line."""
        assert self.open is not None
        colon = _LABEL.match(text)
        if colon is None:
            return None
        label, a, b = colon.group(1), at + colon.end(), at + len(text)
        for stop in _NEXT_SEAT.finditer(text, colon.end()):
            if label_rules().any_word.match(text, stop.end()):
                b = at + stop.start()  # "Lead: A; Co-lead (B) and Co-Chair: C": A alone
                break
        value = [m for m in inside if a <= m.start < b]
        in_label = [m for m in inside if at <= m.start < at + colon.end(1)]
        if self.body_of(label, at + colon.start(1), in_label, self.rules.lead_in.fullmatch):
            # "c) Members of the Committee, who are ...: A, B; representatives of C, D": its
            # members, between commas and semicolons alike
            self.open.left -= 1
            listed = self.inline_items(a, b, value, _SEPARATOR, vouched=True)
            self.emit(listed, self.open.body, sentence)
            return True
        if (scope := self.label_scope(label, at + colon.start(1), in_label)) is not None:
            self.open.left -= 1  # "YEMEN: A, B": members there
            self.open.scoped = True
            self.emit(
                self.inline_items(a, b, value, vouched=True), self.open.body, sentence, scope=scope
            )
            return True
        seat = label_word(label)
        # "Vice-Chair: A" in the list: a deputy's seat, A a member only (C14)
        member = label_rules().member_categories.fullmatch(label) or deputy_seat(label)
        if seat is None and not member:
            named = any(at <= m.start < a for m in inside)
            if named or not any(role_family(m.entity) == "actor" for m in value):
                return None  # "ACF: INGO": a member and a note on it
            self.open.left -= 1  # "Technical Advisor: A": a post no rule reads, no member
            return True
        self.open.left -= 1  # "Chair: A" among the members: A chairs and is a member (C8)
        self.seated(self.inline_items(a, b, value, vouched=True), sentence, seat)
        return True

    def scope_line(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """Whether a line opens with a label that gives a scope ("YEMEN: A, B"): one place's
        part of the list, which goes on past a blank line above it."""
        colon = _LABEL.match(sentence.text)
        if colon is None:
            return False
        a = sentence.start + colon.start(1)
        in_label = [m for m in inside if a <= m.start < sentence.start + colon.end(1)]
        return self.label_scope(colon.group(1), a, in_label) is not None

    def label_scope(self, label: str, at: int, inside: Sequence[Mention]) -> Scope | None:
        """The scope a list's label gives its value's members: a level ("Regional") or a
        place named alone ("YEMEN"); None for any other label."""
        if (level := self.rules.level_label.fullmatch(label.strip())) is not None:
            return Scope(level=level_word(level.group(1)))
        if not inside:  # "DJIBOUTI": a place in capitals no mention reads
            known = self.resolver.known(label.strip())
            return Scope(place=known) if known and role_family(known) == "place" else None
        if len(inside) != 1 or role_family(inside[0].entity) != "place":
            return None
        m = inside[0]
        rest = label[: m.start - at] + label[m.end - at :]
        return Scope(place=m.entity) if not rest.strip() else None

    def inline_items(
        self,
        start: int,
        end: int,
        inside: Sequence[Mention],
        separator: re.Pattern[str] | None = None,
        vouched: bool = False,
    ) -> list[Entity]:
        """The members listed in ``[start, end)`` of the text: items between commas or
        semicolons (or ``separator``), the last one split at "and" ("A, B, C and D"), never
        inside a mention ("United Nations Educational, Scientific and Cultural Organization").
        The list ends at its first item that is no name ("... and RI; the group aims to ...")."""
        holders: list[Entity] = []
        ends = _outside(role_rules().list_end.finditer(self.doc.text, start, end), inside)
        end = ends[0][0] if ends else end

        def cut(to: int) -> list[tuple[int, int]]:
            return _pieces(self.doc.text, start, to, inside, separator)[: self.rules.max_items]

        pieces = cut(end)
        first = _examples_cue(self.doc.text, pieces, inside)
        if first is not None and first.start() > pieces[0][0]:
            # "senior officers in charge of essential services such as the Met Office, Police
            # and Defence Force", "those who represent the co-sponsors, that is A, B and C":
            # the members are those named after "such as", "that is" or "for example"
            category = self.doc.text[pieces[0][0] : first.start()]
            vouched = vouched or self.rules.organisations.search(category) is not None
            start = first.end()
            pieces = cut(end)
        counts: list[int] = []  # how many holders were read before each piece
        i = 0
        while i < len(pieces):
            a, b = pieces[i]
            if i > 0 and (among := _AMONG.match(self.doc.text, a, b)) is not None:
                a = among.end()  # "supporting groups, among them A, B": the category's examples
            within = [m for m in inside if a <= m.start < b]
            found: list[Entity] | None = []  # "... and UNOCHA (Observer)": it sits in, no member
            stop = len(self.doc.text.rstrip().rstrip(".…"))
            named = any(m.end == stop for m in within)
            if a < stop <= b and not named and cut_off(self.doc.text, stop):
                found = []  # "..., el Ministerio de Econ...": a name the stored text stops in
            elif not label_rules().observer.search(self.doc.text, a, b):
                found = self.item(self.doc.text[a:b], a, within, inline=True)
            joined = _outside(_AND.finditer(self.doc.text, a, b), within)
            if not found and i == 0 and b < end and joined:
                found = None  # "A and B and from C was deployed, ...": cut at its "and" below
            if found is None:
                if i > 0 and pieces[i - 1][1] < end:
                    # "X, made up of A and B, helped ...": prose after a comma ends the list,
                    # so the item before it was the last one, read again cut at its "and"
                    end = pieces[i - 1][1]
                    redone = cut(end)
                    pieces = pieces[: i - 1] + redone[i - 1 :]
                    del holders[counts[i - 1] :]
                    del counts[i - 1 :]
                    i -= 1
                    continue
                if i == 0 and b < end:  # "X made up of A and B and from C was deployed, ..."
                    end = b
                    pieces = cut(end)
                    continue
                break
            if i > 0 and _GOVERNMENTS.match(self.doc.text, *pieces[i - 1]):
                found = [self.government_of(e) for e in found]
            if i > 0 and self.post_of(pieces[i - 1], found):
                del holders[counts[i - 1] :]  # the post names no member, its organisation does
            counts.append(len(holders))
            holders.extend(found)
            i += 1
        if not vouched and all(h.key in self.guessed for h in holders):
            return []  # "John Banda, Mary Phiri": names no rule knows, in a list of no known one
        return holders

    def post_of(self, piece: tuple[int, int], found: list[Entity]) -> bool:
        """Whether ``piece`` is a post alone and ``found`` the one organisation it is held in
        ("the Secretary-General, Nigerian Red Cross": C1, the organisation is the member)."""
        text = _JOINED_BEFORE.sub("", self.doc.text[piece[0] : piece[1]].strip(" ,;"))
        return (
            self.rules.post_alone.fullmatch(text) is not None
            and len(found) == 1
            and role_family(found[0]) in _MEMBERS
            and found[0].kind not in (OFFICE, PERSON)
        )

    def post_first(self, core: str, a: int, inside: Sequence[Mention]) -> list[Entity] | None:
        """ "Joint Secretary, Environment Division, MoFSC", "Liaison Officer (CGIAR, FAO), UNEP":
        a line opening with a post (a title of ``office_heads`` that is no unit and has no "of")
        and ending, after its last comma, with one organisation names that organisation, the
        post's holder (C1); the parts between are its unit, and a bracket is the post's own.
        After one comma, a unit no rule named but written as one an office may be of
        ("Secretary, Revenue & Disaster Management Department") is that organisation."""
        cuts = list(_TOP_COMMA.finditer(core))
        if not cuts:
            return None
        words = _WORD.findall(_BRACKETED.sub(" ", core[: cuts[0].start()]).lower())
        posts = item_rules().office_heads - item_rules().unit_heads.keys()
        if not words or "of" in words or not posts.intersection(words):
            return None
        b, end = a + cuts[-1].end(), a + len(core.rstrip(" .;,"))
        last = [m for m in inside if b <= m.start and m.end <= end]
        if not last and len(cuts) == 1 and (unit := served_unit(self.doc.text[b:end])):
            return [self.resolver.resolve(*unit)]  # "Secretary, Revenue Department": no mention
        if len(last) != 1 or self.doc.text[b:end].strip() != last[0].surface.strip():
            return None
        entity = last[0].entity
        return [entity] if role_family(entity) == "actor" and entity.kind != PERSON else None

    def post_then_acronym(self, core: str) -> list[Entity] | None:
        """ "the Director-General NEMA", "NEMA CU Representative": a post alone and the acronym
        of the organisation it is held in (perhaps with its unit's), on either side, name that
        organisation (C1)."""
        post = self.rules.post_alone.match(core)
        rest = core[post.end() :].strip(" ,") if post is not None else ""
        if not rest and (after := self.rules.post_after.search(core)) is not None:
            rest = core[: after.start()].strip(" ,")
        acronym, words = item_rules().served_acronym, rest.split()
        if not words or len(words) > 2 or not all(acronym.fullmatch(w) for w in words):
            return None
        return [self.resolver.resolve(rest, "Actor", rest)]

    def post_before(self, core: str, a: int, inside: Sequence[Mention]) -> list[Entity] | None:
        """ "o comandante-geral da Polícia Nacional", "el director del Instituto X": a post in
        another language's lower case, then the organisation it is held in, names that
        organisation (C1); one word after the post is a portfolio ("el director de Salud")."""
        post = self.rules.post_of.match(core)
        if post is None:
            return None
        at = a + post.end()
        served = core[post.end() :]
        named = any(at <= m.start for m in inside)
        if " " not in served.strip() and not named:
            return None
        if not named and _portfolio(served):
            return None  # "le Directeur de l'Appui au Développement local": a portfolio, no unit
        return self.vouch(self.item(served, at, [m for m in inside if m.start >= at], inline=True))

    def vouch(self, held: list[Entity] | None) -> list[Entity] | None:
        """Names a post is held in or a representative sent from: organisations, though no rule
        knows them (no person sends a representative); None for none."""
        self.guessed -= {e.key for e in held or []}
        return held or None

    def government_of(self, entity: Entity) -> Entity:
        """ "the Governments of A and B": a country listed after "Governments of" stands for
        its government, as the first one does."""
        if entity.kind != "Country":
            return entity
        return self.resolver.resolve(f"Government of {entity.name}", "Government")

    def item(
        self,
        text: str,
        at: int,
        inside: Sequence[Mention],
        inline: bool = False,
        begun: bool = False,
        seated: bool = False,
    ) -> list[Entity] | None:
        """The members an item names: the mentions making it up (actors or bodies, "A / B"),
        else an organisation minted from a name no rule knew.  An empty list for an item
        naming no member that does not end a list ("Donors"); ``None`` for prose or a place.
        One word alone on a line is a name inline or once the list has ``begun`` (before, it
        may be a table's header: "| Organisation | Type |")."""
        if (joined := _OPENS_JOINED.match(text)) is not None:
            at, text = at + joined.end(), text[joined.end() :]  # "bem como o X": the item "o X"
        if inline and _VERB_FIRST.match(text):
            return None  # "..., would sit regularly with key UN agencies": the clause's verb
        if inline and self.rules.as_seat.search(text):
            return []  # "the Prime Minister as Chairperson": a seat the role rules read
        if inline and (rep := self.rules.representative.match(text)) is not None:
            # "; representatives of some units of A, B and C", "(Representing the CBN)": the
            # organisations represented (a bracket's close left out)
            a = at + rep.end()
            b = at + len(_one_close(text) if rep.group().lstrip().startswith("(") else text)
            after = [m for m in inside if a <= m.start < b]
            return self.inline_items(a, b, after, _SEPARATOR) or None
        if (chosen := self.rules.appointed.search(text)) is not None and chosen.start() > 0:
            text = text[: chosen.start()]  # "The Public Prosecutor designated for this purpose"
            if _EDGES.sub("", text).lower() in item_rules().office_heads:
                return []  # "Officer designated by X": a post's word alone names no office
        office = office_item(_EDGES.sub("", text))  # before "responsible for ..." is cut
        shared = shared_offices(_EDGES.sub("", text))
        if shared is not None and not _named_in_list(self.doc.text, text, at, inside):
            return [self.resolver.resolve(*s) for s in shared]  # "the Governors of A and B"
        # "the Gendarmes (where they are functioning)", "UNDSS for security matters": the
        # member, and a clause or what it is there for
        for tail in (self.rules.bracket_aside, self.rules.purpose):
            if (hit := tail.search(text)) is not None and text[: hit.start()].strip():
                text = text[: hit.start()]
        such = _SUCH_AS.search(text)
        if such is not None and text[: such.start()].strip():
            # "International donor agencies such as the Salvation Army and the Red Cross", "NGO
            # partners including World Vision": the category is described, the members are
            # named after "such as" or "including"
            a = at + such.end()
            after = [m for m in inside if m.start >= a]
            kind = self.rules.organisations.search(text[: such.start()]) is not None
            return self.inline_items(a, at + len(text), after, vouched=kind)
        examples = _EXAMPLES.search(text)
        if examples is not None and self.rules.etc.search(examples.group(1)):
            examples = None  # "the Public Utilities (A, B, etc.)": the category is the member
        if examples is not None:  # "the armed forces (A, B)": the members in the bracket
            a, b = at + examples.start(1), at + examples.end(1)
            listed = self.inline_items(a, b, [m for m in inside if a <= m.start < b])
            if listed:
                return listed
        opening = _OF_OPENING.match(text)
        if opening is not None and not any(m.start < at + opening.end() for m in inside):
            at, text = at + opening.end(), text[opening.end() :]  # "da Guarda X": "Guarda X"
        capital = _CAPITAL_ARTICLE.match(text)
        if capital is not None and any(m.start == at + capital.end() for m in inside):
            at, text = at + capital.end(), text[capital.end() :]  # "Le Ministre X": "Ministre X"
        lead = _EDGES.match(text)
        a = at + (lead.end() if lead else 0)
        name = _EDGES.sub("", text)
        bracket = _BRACKET_AFTER.search(name) or _REPRESENTING_AFTER.search(name)
        core = name[: bracket.start()] if bracket else name
        if not core or core.count(" ") >= 3 * self.rules.max_words:
            return None  # prose, not an item (and a long line is read once only)
        if not inline and (held := self.post_first(core, a, inside)) is not None:
            return held  # "Joint Secretary, Environment Division, MoFSC": the ministry (C1)
        named = self.mentioned(name, a, inside, seated)
        if named is None:
            named = self.mentioned(core, a, inside)  # "Nepal Red Cross (NRCS)"
        if named is not None and not inline:
            return _office_of(named, core)
        if named is not None:
            return named
        if (held := self.post_then_acronym(core)) is not None:
            return held  # "the Director-General NEMA": the organisation (C1)
        if (held := self.post_before(core, a, inside)) is not None:
            return held  # "o comandante-geral da Polícia Nacional": the organisation (C1)
        if served := self.office_of_named(core, a, inside):
            return served  # "the Secretary General of the Secretariat for X (SX)": C1
        if office is not None:  # "the Ministry responsible for public works"
            return [self.resolver.resolve(*office)]
        if (held := self.office_then_name(core, a, inside)) is not None:
            return held
        if (pair := self.known_and_name(core, a, inside)) is not None:
            return pair
        if inline and (two := _AND_THE.search(core)) is not None:
            # "the Police and the Gendarmes": an article after "and" opens a second member
            left, right = core[: two.start()], core[two.end() :]
            first = self.item(left, a, inside, inline=True)
            second = self.item(right, a + two.end(), inside, inline=True)
            if first and second:
                return [*first, *second]
        if inline and (services := _services(core)) is not None:  # "Police and Defence Force"
            return [self.resolver.resolve(p, "Actor") for p in services]
        cut = core.find(",")
        aside = bracket.start() if bracket else len(name)
        aside = min(aside, cut) if cut >= 0 else aside
        described = core.split()[0].lower() in self.rules.quantifiers  # "any other Ministries, ..."
        if aside < len(name) and not described and (held := self.represented(a + aside, inside)):
            return held  # "Jane Doe (UNICEF)", "Jane Doe, UNICEF": the person's organisation
        if cut >= 0 and (unit := _UNIT.search(core, cut)):
            return [self.resolver.resolve(unit.group(1), "Actor", unit.group(1))]  # "X, NADMO"
        if (generic := generic_actor(core)) is not None:
            return [self.resolver.resolve(generic, "Actor")]  # "the national police"
        words = core.lower().split()
        if " ".join(words) in kinds().generic_items:
            return []  # "UN organisations": a kind of members, no organisation's name
        if words[-1] in kinds().generic_items or cut >= 0 or words[0] in self.rules.titles:
            return []  # "Donors", "National NGOs", "Dr Jane Doe": no organisation's name
        if inline and (words[0] in self.rules.quantifiers or words[0].isdigit()):
            return []  # "every competent national body", "11 Resident UN Funds": none named
        alone = begun and not any(a <= m.start < a + len(core) for m in inside)
        if not self.name_like(core, one_word=inline or alone):  # "Zambia" is a place
            # "the Resident Coordinator and her Office": a member written about, not named; so
            # is one a common noun names after the article of another language ("la jefatura
            # zonal de Migraciones", "las municipalidades"), the list going on
            described = inline and _DESCRIBED.match(text) is not None
            return [] if described or self.leads_with_actor(core, a, inside) else None
        said = next(filter(None, bracket.groups()), None) if bracket else None
        short = said if said and _spells(said, core) else None
        acronym = short or (core if " " not in core else None)
        fresh = self.resolver.known(core) is None
        entity = self.resolver.resolve(core, "Actor", acronym)
        part = any(role_family(m.entity) == "actor" for m in inside)  # "Oxfam GB"
        lone = " " not in core and sum(c.isupper() for c in core) < 2  # "Police"
        if fresh and (" " in core or lone) and not part and not entity.from_reference:
            self.guessed.add(entity.key)
        return [entity]

    def known_and_name(self, core: str, a: int, inside: Sequence[Mention]) -> list[Entity] | None:
        """ "World Vision and ZOA": an organisation of the reference data and a name joined by
        "and" are two members (a known name's own "and" is inside its mention)."""
        within = [m for m in inside if a <= m.start < a + len(core)]
        joins = _outside(_AND.finditer(self.doc.text, a, a + len(core)), within)
        if len(joins) != 1 or not within:
            return None
        x, y = joins[0]
        left, right = self.doc.text[a:x], self.doc.text[y : a + len(core)]
        first = self.mentioned(left, a, within)
        if not first or not all(e.from_reference for e in first):
            return None  # "Mercy USA for Aid and Development" is one name no list knows
        if not self.name_like(right.strip(" ."), one_word=True):
            return None
        return [*first, self.resolver.resolve(right.strip(" ."), "Actor")]

    def office_then_name(self, core: str, a: int, inside: Sequence[Mention]) -> list[Entity] | None:
        """ "External Affairs Minister S Jaishankar": an office, then the name of the person
        holding it and nothing else: the office is the member (convention C1)."""
        within = [m for m in inside if a <= m.start < a + len(core)]
        if len(within) != 1 or within[0].entity.kind != "Office" or within[0].start != a:
            return None
        rest = core[within[0].end - a :].strip(_QUOTES)
        return [within[0].entity] if rest and self.name_like(rest, one_word=True) else None

    def leads_with_actor(self, core: str, a: int, inside: Sequence[Mention]) -> bool:
        """Whether a short item opens with an organisation's mention and goes on in words."""
        first = next((m for m in inside if m.start >= a), None)
        short = len(core.split()) <= self.rules.max_words
        opens = first is not None and not core[: first.start - a].strip()
        return short and opens and first is not None and role_family(first.entity) == "actor"

    def office_of_named(self, core: str, a: int, inside: Sequence[Mention]) -> list[Entity]:
        """The organisation an office's title ends with ("Secretary General of the X (XS)"),
        when a rule named it and an office stands for its kind (convention C1), else none."""
        end = a + len(core)
        for m in inside:
            if a < m.start < end <= m.end and kinds().is_("represented", m.entity.kind):
                title = _TITLE_OF.fullmatch(self.doc.text, a, m.start)
                words = title.group(1).lower().split() if title else []
                if any(w in item_rules().office_heads for w in words):
                    return [m.entity]
        return []

    def represented(self, after: int, inside: Sequence[Mention]) -> list[Entity]:
        """The organisations (or bodies) named after a person's name in an item."""
        return [m.entity for m in inside if m.start >= after and role_family(m.entity) in _MEMBERS]

    def mentioned(
        self, core: str, a: int, inside: Sequence[Mention], seated: bool = False
    ) -> list[Entity] | None:
        """The entities of the mentions that make up an item, with only glue between them,
        when they are actors or bodies (or a country with a seat of its own, ``seated``);
        ``None`` when words outside them are left."""
        rest, found = core, []
        for m in inside:
            if m.start < a or m.end > a + len(core):
                continue
            rest = rest[: m.start - a] + " " * (m.end - m.start) + rest[m.end - a :]
            found.append(m.entity)
        if not found or not _GLUE.fullmatch(rest):
            return None
        if seated and len(found) == 1 and found[0].kind == "Country":
            return found  # "Japan        Co-Vice Chair": a country holding a seat
        if any(role_family(e) == "place" for e in found):
            return None  # "Zambia": members are organisations, a place ends the list
        members = [e for e in found if role_family(e) in _MEMBERS]
        return members if len(members) == len(found) else []

    def ends_spaced(self, sentence: Sentence) -> bool:
        """Whether a line after a blank line ends a spaced list: a heading, or prose, which
        has a word no name holds or ends in a full stop after words that make no name (a
        labelled line, "RWANDA: A, B and C.", is the label reader's to judge)."""
        text = sentence.text.strip()
        if _MD_HEADING.match(text):
            return True
        if _LABEL.match(text):
            return False
        words = _WORD.findall(text)
        if any(w.lower() in self.rules.not_in_names for w in words):
            return True
        name = _TERMINAL.sub("", text)
        return name != text and len(words) >= _PROSE_WORDS and not self.name_like(name)

    def name_like(self, text: str, one_word: bool = False) -> bool:
        """A name and nothing else: a few words, the first with a capital, most of the rest
        capitalised or small words of a name ("Terre des hommes"), no topic alone."""
        words = _WORD.findall(text)
        if not words or len(words) > self.rules.max_words or _TERMINAL.search(text):
            return False
        if len(words) == 1 and not one_word and sum(c.isupper() for c in words[0]) < 2:
            return False  # "Introduction": alone on a line, one word is a name when an acronym
        if any(w.lower() in self.rules.not_in_names for w in words):
            return False  # "the Resident Coordinator and her Office"
        if not any(c.isupper() for c in words[0]):
            return False
        content = [w for w in words if w.lower() not in self.rules.small_words]
        capital = sum(any(c.isupper() for c in w) for w in content)
        topics = phrase_rules().topics
        if all(w.lower() in topics for w in content):
            return False
        return 2 * capital >= len(content)

    # -- layout ----------------------------------------------------------------------------
    def starts_line(self, sentence: Sentence) -> bool:
        """Whether a sentence opens its line, perhaps after the number of its item (a line
        break is looked for back to the end of the sentence before only)."""
        if self.last_end == 0 or "\n" in self.doc.text[self.last_end : sentence.start]:
            return True
        return self.after_number

    def blank_before(self, sentence: Sentence) -> bool:
        """Whether an empty line stands between the sentence read last and this one."""
        return _BLANK.search(self.doc.text, self.last_end, sentence.start) is not None

    def is_heading(self, sentence: Sentence) -> bool:
        """A line of its own, short and without final punctuation."""
        text = sentence.text.strip()
        alone = _LINE_END.match(self.doc.text, sentence.end) is not None
        short = len(text.split()) <= _HEADING_WORDS and text[-1:] not in ".;:,!?"
        return alone and short and self.starts_line(sentence)

    def place_line(self, sentence: Sentence, inside: Sequence[Mention], body: Mention) -> None:
        """A line naming only places under a title naming ``body`` ("Terms of reference of
        the X Cell" over "Bangui, Central African Republic") gives the body its place: the
        first one, the most precise."""
        rest = sentence.text
        for m in sorted(inside, key=lambda m: -m.start):
            if role_family(m.entity) != "place":
                return
            a, b = m.start - sentence.start, m.end - sentence.start
            rest = rest[:a] + rest[b:]
        if inside and self.is_heading(sentence) and not rest.strip(" ,;-–"):
            self.placed = (body.entity.key, inside[0].entity)

    def emit(
        self,
        holders: list[Entity],
        body: Mention,
        sentence: Sentence,
        seat: Trigger | None = None,
        scope: Scope | None = None,
    ) -> None:
        holders = [h for h in holders if h.key != body.entity.key and not _tier_of(h, body.entity)]
        if holders:
            trigger = seat or self.rules.trigger
            frame = Frame(trigger, list({h.key: h for h in holders}.values()), body)
            if scope is not None:
                frame.scopes = [scope]
            elif self.placed is not None and self.placed[0] == body.entity.key:
                frame.scopes = [Scope(place=self.placed[1])]
            elif (own := body_scope(body, self.doc.text, 0)) is not None:
                frame.scopes = [own]  # "Adamawa ESNFI Sector" over its member list: there
            roles, _ = claims_from_frames([frame], self.doc, sentence)
            self.claims.extend(roles)
            self.listed = (body, self.line)


def _seat_dash(text: str) -> str | None:
    """A list line opening with a seat's label and a dash ("Chairperson – Jane Roe", "Vice
    Chair – A") written as the label line it is ("Chairperson:  Jane Roe"), offsets kept; None
    for a post no rule reads before a person ("Treasurer – Mr John Roe"), as "Technical Advisor:
    A" names no member; any other line as it is."""
    dash = _SEAT_DASH.match(text)
    if dash is None:
        return text
    label = dash.group(1)
    if label_word(label) is not None or deputy_seat(label):
        return text[: dash.start(2)] + ":".ljust(len(dash.group(2))) + text[dash.end(2) :]
    if person_rules().skip_honorifics.match(text, dash.end()) is not None:
        return None
    return text


def _dash_seat(text: str) -> re.Match[str] | None:
    """The seat closing a list line after its last dash ("... Commerce-Member", "Chief
    Secretary - Chairperson (ex-officio)"), when the words after the dash are a label word
    read as a whole and some name stands before the dash; None otherwise."""
    hit = _DASH_SEAT.search(text)  # a seat has no dash: the match is after the last one
    if hit is None or not text[: hit.start()].strip(" ;,"):
        return None
    glued = _GLUED_BEFORE.search(text, 0, hit.start())
    if glued is not None and hit.group().startswith(("-", "–", "—")):
        joined = f"{glued.group(1)}-{hit.group('seat')}"  # "A - Co-chair", "B - Vice-Chair"
        if label_word(joined) is not None or deputy_seat(joined):
            return None
    return hit if label_word(hit.group("seat")) is not None else None


def _inline_items(sentence: Sentence) -> list[Sentence]:
    """The items of a list line that runs several numbered items together ("(a) A - Chairman
    (b) B - Member (c) C - Member"), each from its number on, when the line opens with one;
    none for any other line."""
    text = sentence.text
    if _INLINE_NUMBER.match(text) is None:
        return []
    cuts = [hit.start(1) for hit in _INLINE_NUMBER.finditer(text, 1)]
    if not cuts:
        return []
    ends = [*cuts, len(text)]
    starts = [0, *cuts]
    return [
        Sentence(sentence.start + a, sentence.start + b, text[a:b])
        for a, b in zip(starts, ends, strict=True)
    ]


def _tier_of(holder: Entity, body: Entity) -> bool:
    """ "The working group, made up of the National CWG and its two sub-national groups": a
    body named by a level word and the last words of the listing body's name is one tier of
    that body, no member of it (C9 keeps the level in its name)."""
    first, _, rest = holder.name.lower().partition(" ")
    name = body.name.lower()
    return first in NAME_LEVELS and bool(rest) and (name == rest or name.endswith(" " + rest))


def _kept(match: _Match, hits: list[re.Match[str]]) -> _Match:
    """``match`` that also keeps each hit in ``hits``: the caller reads its groups."""

    def kept(words: str) -> re.Match[str] | None:
        hit = match(words)
        if hit is not None:
            hits.append(hit)
        return hit

    return kept


def _names_own_head(subject: str, body: Mention) -> bool:
    """ "The Appeal includes ..." after "the Regional Flash Appeal for the Libyan Crisis": a
    subject naming a word of the last body's own name stands for it however many sentences
    later, as no other body was named in between."""
    words = subject.split()
    return len(words) >= 2 and words[-1].lower() in body.entity.name.lower().split()


def _named_in_list(doc: str, text: str, at: int, inside: Sequence[Mention]) -> bool:
    """One mention names the whole item and a comma goes on after it: the name reader read
    the plural title's list whole ("the Ministries of Water and Energy, Public Health, and Basic
    Education": the first item is one ministry, its "and" inside the name), which the item's
    own words, read alone, would split ("the Ministries of Health and Education." is two)."""
    lead = _EDGES.match(text)
    a = at + (lead.end() if lead else 0)
    b = at + len(text.rstrip(" \t\n,;.:"))
    return any(m.start <= a and m.end >= b and doc[m.end : m.end + 1] == "," for m in inside)


def _kind_of_members(text: str) -> bool:
    """Whether an item names a kind of members and no member ("Civil Society", "the UN
    Agencies", "United Nations Organizations")."""
    core = " ".join(_EDGES.sub("", text).split())
    return bool(
        label_rules().member_categories.fullmatch(core) or core.lower() in kinds().generic_items
    )


# the small words of a Romance unit's name ("Estado-Maior General das Forças Armadas"):
# languages.toml's "of", articles and "and"
_UNIT_SMALL = frozenset(
    w
    for key in ("of", "articles", "and")
    for w in language_words(key, english=False)
    if " " not in w
)


def _portfolio(served: str) -> bool:
    """Whether what a post is held in is a portfolio in words, no unit's name: a word in lower
    case besides the small words of a name ("l'Appui au Développement local"), and no head of
    a unit's name first ("Direction de la santé publique" is a unit)."""
    words = served.split()
    if not words or kinds().heads_starting(words[0].lower()):
        return False
    return any(
        w[:1].islower() and w.lower() not in _UNIT_SMALL and not w.lower().startswith(("l'", "d'"))
        for w in words
    )


def _office_of(named: list[Entity], core: str) -> list[Entity]:
    """ "Prime Minister, Government of AJK": an office and, after a comma, the organisation it
    is the office of, on a line of its own, stand for that organisation (convention C1)."""
    if len(named) == 2 and named[0].kind == "Office" and core.count(",") == 1:
        return named[1:] if role_family(named[1]) == "actor" else named
    return named


def _is_body(entity: Entity) -> bool:
    return role_family(entity) == "body"


def _one_seat(line: str) -> bool:
    """Whether a list line ends in one seat after a comma ("Joint Secretary, GEF Focal Point,
    MoF, Member"): its pieces before are the post and units of one member, not several."""
    last = _LAST_PIECE.search(line)
    return last is not None and label_word(last.group(1)) is not None


def _seat_holder(holders: list[Entity]) -> list[Entity]:
    """The one member of a line that ends in its seat ("Joint Secretary, Environment Division,
    MoFSC, Member"): the organisation named last, in which the post and the unit before it are
    held (C1); a post or a person only when the line names no organisation."""
    held = [h for h in holders if h.kind not in (OFFICE, PERSON)]
    return (held or holders)[-1:]


def _seat(note: str) -> Trigger | None:
    """The seat a note after a listed member gives it ("The Mayor – Chairman", "A – (Chair)",
    "B, Coordinator", "..., who shall preside over it"): a chair's or a coordinator's label word
    as a whole, bracketed or not, or a clause saying it presides, as ``members.seat``; a clause
    saying it acts as secretary, the secretariat (other notes, "Honorary Chairman", none)."""
    if member_rules().presides.search(note):
        return _seat_trigger("chair")
    for t in role_rules().triggers:  # "..., que o presidirá;": the role rules' own seats
        if t.seat and t.pattern.search(note):
            return _seat_trigger(t.role)
    if member_rules().secretary.search(note):
        return _seat_trigger("secretariat")
    said = label_word(_OF_THE.sub("", note.strip(" .;,()")))  # "Chairman of the Committee"
    if said is None or said.role not in member_rules().seat_roles:
        return None
    return _seat_trigger(said.role)


@cache
def _seat_trigger(role: str) -> Trigger:
    return Trigger("members.seat", role, "active", re.compile(re.escape(role)), 0.7)


def _body_kind(name: str) -> str | None:
    """The kind of body a lower-cased name ends in the head word of ("steering committee")."""
    k = kinds()
    for h in k.heads:
        if not h.prefix and k.is_("body", h.kind) and name.endswith(" " + " ".join(h.head)):
            return h.kind
    return None


def _services(item: str) -> tuple[str, str] | None:
    """ "Police and Defence Force": two forces or services joined by "and" are two members."""
    hit = _AND.search(item)
    if hit is None:
        return None
    left, right = generic_actor(item[: hit.start()]), generic_actor(item[hit.end() :])
    return (left, right) if left and right else None


def _series(line: str) -> str | None:
    """The numbering series a line opens with, "(1)" for "(2)", "(a)" for "(b)" or "(iv)",
    "1." for "12.", or ``None`` for a line not numbered."""
    hit = _ENUMERATOR.match(line)
    if hit is None:
        return None
    return re.sub(r"[a-z]+", "a", re.sub(r"\d+", "1", hit.group(1).lower().replace(" ", "")))


def _counts_anew(line: str) -> bool:
    """Whether a line opens a count at its first number, "(1)", "(a)", "(i)" or "1.": the
    first item of a list numbered anew, not the next number of the clause above it."""
    hit = _ENUMERATOR.match(line)
    return hit is not None and hit.group(1).strip("(). ").lower() in {"1", "a", "i"}


def _spells(acronym: str, name: str) -> bool:
    """Whether a bracket after a name is that name's acronym (not its parent's, "Division of
    Nutrition (MOPHS)"): one token opening with the name's first letter."""
    return _ACRONYM.fullmatch(acronym) is not None and acronym[0] == name[0].upper()


def _one_close(text: str) -> str:
    """An item opened by its own bracket without the one bracket that closes it: "(Representing
    the Ministry of Health (MoH))" keeps the acronym's bracket."""
    text = text.rstrip(" ")
    return text[:-1].rstrip(" ") if text.endswith(")") else text


_SEPARATOR = re.compile(r"[,;]")
_JOINED_BEFORE = re.compile(r"^(?:and|or)\s+", re.IGNORECASE)
# an auxiliary opening a piece of a list: the predicate of the sentence, no member
_VERB_FIRST = re.compile(
    r"\s*(?:would|will|shall|should|could|can|may|must|is|are|was|were|has|have|had)\s",
    re.IGNORECASE,
)
# an office's title before the organisation it is of: "Secretary General of the "
_TITLE_OF = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)\s+of\s+(?:the\s+)?")


def _cased(key: str) -> str:
    """The words ``key`` of every language as a regex alternation: English's in any case, the
    other languages' only as the table writes them ("Lake Como" and "Comme" on an English page
    open no examples)."""
    foreign = alternatives(language_words(key, english=False))
    return rf"(?i:{alternatives(words_of('en', key))})|{foreign}"


# "supporting groups, among them A, B": the examples of a category inside a list, after its comma
_AMONG = re.compile(rf"\s*(?:{_cased('among')})\s*:?\s+")
# "NGOs such as A", "ONG, entre ellas A": the words opening the examples of a category
_SUCH_AS = re.compile(rf"\s(?:{_cased('such_as')}|{_cased('among')})\s*:?\s+")
# "those who represent the co-sponsors, that is A, B", "other donors, for example C": the
# examples of a category, written after its comma
_EXAMPLES_OPENING = re.compile(
    r"\s*(?:that\s+is|i\.\s?e\.|for\s+(?:example|instance)|e\.\s?g\.)\s*[:,]?\s+", re.IGNORECASE
)
# "(a) the State Emergency Operations Controller, and": the joining word closing a numbered item
# (or a decree's "Ministério da Defesa; e" before its last item)
_JOINED = re.compile(rf"[,;]\s*(?:and|or|(?-i:{_FOREIGN_AND}))\s*$", re.IGNORECASE)
_ENUMERATOR = re.compile(
    r"\s*(?:[:–—]\s*)?(\(\s*[a-z0-9]{1,4}\s*\)|[a-z0-9]{1,3}[.)])\s", re.IGNORECASE
)
_SEMICOLON = re.compile(r";")
# "X, set up in 1996, ..., and its permanent members are A and B": a clause of its own
_AND_ITS = re.compile(r",\s+and\s+(?=(?:its|their)\s)", re.IGNORECASE)
# "Jane Doe, NADMO", "Jane Doe, Director-General of NADMO": the acronym of the person's unit
_UNIT = re.compile(r",\s*(?:[^,]*\bof\s+(?:the\s+)?)?([A-Z][\w&-]*[A-Z][\w&-]*)\s*$")
# the other languages' "and" ("y", "e", "et") never before "of the": "Cruz Vermelha e do
# Crescente Vermelho" is one name
_AND = re.compile(
    rf"\s(?:{_ENGLISH_AND}|together\s+with|along\s+with)\s"
    rf"|\s(?-i:{_FOREIGN_AND})\s(?!(?:de|del|do|da|dos|das|du|des)\s|d['’])",
    re.IGNORECASE,
)
_REPRESENTED = re.compile(rf"\b(?:{alternatives(language_words('represented'))})\b", re.I)
# another language's "of" opening each item of a list ("de la Présidence, de la Primature et de
# l'Assemblée"): its "and of" parts the last two items, where a name's own is left whole
_OF_WORDS = alternatives(language_words("of", english=False))
_OPENS_OF = re.compile(rf"\s*(?:(?:{_OF_WORDS})\s|d['’])", re.IGNORECASE)
_AND_OF = re.compile(rf"\s(?-i:{_FOREIGN_AND})\s(?=(?:{_OF_WORDS})\s|d['’])")
_AFTER_OF = re.compile(rf"\s(?:{_OF_WORDS})\s+$", re.IGNORECASE)  # a list opened by its "of"
_OF_REACH = 6
# "the Governments of A and B": the plural's countries are governments
_GOVERNMENTS = re.compile(r"\W*(?:the\s+)?governments\s+of\s", re.IGNORECASE)
_AND_THE = re.compile(r"\s+and\s+the\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
# "(MINUSCA, the French Sangaris Forces)": a bracket inside an item, never cut
_BRACKETED = re.compile(r"\([^()\n]{1,160}\)")
# "the international armed forces (A, B)": a category whose members the bracket names
_EXAMPLES = re.compile(r"\(([^()]*(?:,|\sand\s)[^()]*)\)\s*$")


def _pieces(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    separator: re.Pattern[str] | None = None,
) -> list[tuple[int, int]]:
    """The spans between the separators of ``text[start:end]`` outside ``mentions`` (sorted),
    the last span cut at its "and" too.  Semicolons, where there are any, are the only
    separators: "Jane Doe, UNICEF; John Roe, WFP" lists people each with a comma inside;
    ``separator``, when given, is the only one ("A / B / C" on a line)."""
    brackets = [m.span() for m in _BRACKETED.finditer(text, start, end)]
    if separator is not None:
        cuts = _outside(separator.finditer(text, start, end), mentions)
    else:
        cuts = _outside(_SEMICOLON.finditer(text, start, end), mentions)
        cuts = cuts or _outside(_SEPARATOR.finditer(text, start, end), mentions)
    cuts = [c for c in cuts if not any(a < c[0] < b for a, b in brackets)]
    last = cuts[-1][1] if cuts else start
    joins = list(_AND.finditer(text, last, end))
    opened = cuts or _AFTER_OF.search(text, max(0, start - _OF_REACH), start)
    if opened and all(_OPENS_OF.match(text, c[1]) for c in cuts):
        # "de A, de B et de C", "representantes da A e da B": "et de" parts C
        joins += _AND_OF.finditer(text, last, end)
    ands = [
        c
        for c in _outside(iter(sorted(joins, key=lambda j: j.start())), mentions)
        if not any(a < c[0] < b for a, b in brackets)
    ]
    cuts += _list_ands(text, ands)
    edges = [(start, start), *cuts, (end, end)]
    return [(a[1], b[0]) for a, b in pairwise(edges) if text[a[1] : b[0]].strip()]


def _list_ands(text: str, ands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The "and"s of ``ands`` that part items: where one opens an item with another language's
    article, those alone ("o comandante do Serviço de Protecção Civil e Bombeiros e o director
    do Instituto": the plain one is a name's), its articles that are English words too counted
    ("o UNICEF e o PAM e a OIM": three items)."""
    if not any(_ARTICLED.match(text, c[1]) for c in ands):
        return ands
    return [c for c in ands if _ARTICLED_FOREIGN.match(text, c[1])]


def _last_body(inside: Sequence[Mention], starts: list[int], before: int) -> Mention | None:
    """The body the sentence names last before ``before``, among the few names right before
    it (``starts``: where each of ``inside`` starts; a bounded look back, as a sentence may
    hold many such clauses)."""
    k = bisect_left(starts, before)
    for m in reversed(inside[max(0, k - _TAIL_WORDS) : k]):
        if m.end <= before and (role_family(m.entity) == "body" or as_body(m) is not None):
            return as_body(m) or m
    return None


def _examples_cue(
    text: str, pieces: Sequence[tuple[int, int]], mentions: Sequence[Mention]
) -> re.Match[str] | None:
    """The words that open the examples of a category opening a list: "such as" inside its
    first item, or "that is", "i.e.", "for example", "such as" opening the second ("namely"
    is no such cue: it names the very members of the body before it)."""
    if not pieces:
        return None
    cue = _SUCH_AS.search(text, *pieces[0])
    if cue is None and len(pieces) > 1:
        cue = _EXAMPLES_OPENING.match(text, *pieces[1]) or _SUCH_AS.match(text, *pieces[1])
    return cue if cue is not None and _outside(iter([cue]), mentions) else None


def _outside(hits: Iterator[re.Match[str]], mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The spans of ``hits`` (in text order) that fall inside no mention: one walk of both."""
    spans: list[tuple[int, int]] = []
    i = 0
    for hit in hits:
        while i < len(mentions) and mentions[i].end <= hit.start():
            i += 1
        if i >= len(mentions) or mentions[i].start > hit.start():
            spans.append(hit.span())
    return spans


def member_lists(
    doc: Document, sentences: list[Sentence], mentions: list[Mention], resolver: Resolver
) -> list[RoleClaim]:
    """Every membership a document states by a lead-in and its list (rule ``members.list``)."""
    reader = _Reader(doc, resolver)
    for sentence, inside in zip(sentences, by_sentence(sentences, mentions), strict=True):
        reader.read(sentence, inside)
    return reader.claims


def _closing(text: str, start: int, end: int) -> int:
    """Where the bracket open before ``start`` closes, counting the brackets opened inside
    it (an acronym's), or -1 when it does not close before ``end``."""
    depth = 0
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth == 0:
                return i
            depth -= 1
    return -1
