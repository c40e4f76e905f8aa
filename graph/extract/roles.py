"""Read coordination roles from sentences: who leads, co-leads, chairs ... which body, where,
together with whom.

Each sentence becomes a row of items in text order: entity mentions (actors, bodies, places),
role triggers (``rules/roles.toml``) and markers ("along with", "under", "that").  A
small walk over that row fills *frames*: the holders (the clause's subject, or the agents after
"by" in the passive), the body, co-holders, scopes ("at the national level", "in Anbar and
Dohuk", "sub-national") and counts ("three of the eight").  One trigger can serve several
bodies ("member of the X and the Y"), and later bodies can reuse it after a co-holder phrase
("... of the X and, in collaboration with A and B, the Y").  Nothing here names an
organisation or a body: only the shape of the sentence matters.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import Any

from coordkg.graph.extract.acronyms import lower_case_words
from coordkg.graph.extract.bodyphrases import phrase_rules
from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.mentions import HUB_RULE, OFFICE_RULE, post_place
from coordkg.graph.extract.needs import Screened, folded
from coordkg.graph.extract.resolve import minted_key
from coordkg.graph.extract.rulefiles import (
    alternatives,
    and_phrases,
    language_words,
    level_word,
    post_alone,
    rules_file,
    with_word_lists,
    with_words,
    words_of,
)
from coordkg.graph.extract.spans import Taken, by_sentence
from coordkg.graph.model import (
    Document,
    Entity,
    Evidence,
    Mention,
    RelationClaim,
    RoleClaim,
    Scope,
    Sentence,
)
from coordkg.graph.read.text import MONTHS


@dataclass(frozen=True)
class Trigger:
    """A rule: words that say "holds role R", with the order of holder and body."""

    id: str
    role: str
    voice: str  # active | passive | postfix | adjective | heading
    pattern: re.Pattern[str]
    confidence: float
    adjacent: bool = False  # passive: the body is the clause's subject, right before
    subject: bool = False  # passive: the body is the sentence's subject, else the text's topic
    seat: bool = False  # active: a relative clause naming the seat of the member before it
    post: re.Pattern[str] | None = None  # passive: the post's noun before the verb ("présidence")
    closing: bool = False  # active: closes its clause, the member its subject ("forma parte.")
    category: re.Pattern[str] | None = None  # .match: its noun, "NGO members of" no holder


_CAPITALISED = r"((?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))"  # a name of up to three words
# A level phrase between a passive verb and its agents ("led at national level by"), or how the
# agents take turns ("co-chaired in rotation by", "chaired on a rotating basis by"), or that they
# hold it now or as a rule ("chaired at present by", "chaired, as a rule, by"): each agent still
# holds the seat
_AS_A_RULE = r"as\s+a\s+rule"
_ASIDE_BEFORE_LEVEL = rf"(?:\s*,\s*{_AS_A_RULE}\s*,)?\s+"  # "chaired, as a rule, by"
_LEVEL_BEFORE_BY = (
    rf"(?:(?:at\s+present|currently|presently|{_AS_A_RULE})\s+)?"
    r"(?:(?:at|on)\s+(?:the\s+)?[\w-]+\s+levels?\s+)?"
    r"(?:(?:in|by)\s+rotation\s+|on\s+a\s+rotating\s+basis\s+|alternately\s+|in\s+turns?\s+)?"
)


@dataclass(frozen=True)
class RoleRules:
    triggers: tuple[Trigger, ...]
    gap_words: frozenset[str]
    co_holders: re.Pattern[str]
    partnership: re.Pattern[str]
    new_post: re.Pattern[str]  # the gap before a post's word: ", le" after a body, another's post
    with_: re.Pattern[str]
    supported: re.Pattern[str]
    acting: re.Pattern[str]  # .match after "with A": A's own role follows ("as co-lead")
    helping: re.Pattern[str]  # .match after "with": "with A and B supporting the X", partners
    part_of: re.Pattern[str]
    relative: re.Pattern[str]
    bare_body: re.Pattern[str]  # .match after an active trigger: "chairs the group."
    represented: re.Pattern[str]  # .match of the gap before the next agent: "NGOs through the"
    list_end: re.Pattern[str]  # .search in an inline list of members: a new clause begins
    contrast: re.Pattern[str]
    clause_break: re.Pattern[str]
    targets: frozenset[str]  # kinds besides bodies a role is held in
    holding_bodies: frozenset[str]  # kinds of bodies that may hold a role in another body
    government: re.Pattern[str]
    government_kinds: frozenset[str]
    publisher: re.Pattern[str]
    headings: tuple[Trigger, ...]  # a heading over a list of holders ("Members")
    area: re.Pattern[str]  # an area a title names ("Coordinator North")
    area_in: re.Pattern[str]  # "in the north-east": group 1 is the area
    based_in: re.Pattern[str]  # "based in Sloviansk": group 1 is the place's name
    based_in_end: re.Pattern[str]  # a gap ending with "based in"
    observer: re.Pattern[str]  # .match after a membership word: "sit on it as observers"
    one_sitting: re.Pattern[str]  # .match at a membership word: "took part in the X meeting"
    among: re.Pattern[str]  # .search right before a membership word: "among the members of"
    category: re.Pattern[str]  # .search right before "members of": "NGO members of", no holder
    origin: re.Pattern[str]  # a gap ending "from": the place is where people come from
    venue: re.Pattern[str]  # a gap ending "held in": the place is where an event took place
    holder_country: re.Pattern[str]  # a gap ending "donors (": the country is a holder
    apposed_country: re.Pattern[str]  # .match after a country: ", the current": its post next
    owner_country: re.Pattern[str]  # .fullmatch between a country and a name: "'s former"
    own_sitting: re.Pattern[str]  # .match after a body: "X meeting", its own sitting
    past_sitting: re.Pattern[str]  # .match between a body and its passive: " meeting was "
    occasion: re.Pattern[str]  # .search right before a passive: "discussions led by"
    country_part: re.Pattern[str]  # a gap ending "in north-east" before a country: group 1
    requester: re.Pattern[str]  # .search right before an actor: "At the request of"
    deputy: re.Pattern[str]  # .match at a label's start: "Vice-" of "Vice-Chair" (C14)
    deputy_before: re.Pattern[str]  # .search right before a trigger: "vice-" of "vice-chair of"
    comparative: re.Pattern[str]  # "mais membros do que": the compared term, no relative clause
    negated: re.Pattern[str]  # .search right before a trigger: "does not" of "does not chair"
    held_one: re.Pattern[str]  # .search right before a name: "facilitated a" (one meeting held)
    chaired_one: re.Pattern[str]  # .search right before a body: "IOM chaired the" (C12)
    sitting_after: re.Pattern[str]  # .match right after a body: " meeting" of "X meeting"
    sitting_comma: re.Pattern[str]  # .match between a body and its passive: " meeting, "
    then_past: re.Pattern[str]  # .match right after a passive's trigger: "A, reviewed"
    placed: re.Pattern[str]  # .match between a subject and the body it is placed in
    context_rules: frozenset[str] = frozenset()  # "head.council": an actor or a body, as said
    context_kind: str = "CoordinationBody"  # the kind such a name takes as a body

    def no_member(self, text: str, start: int, end: int) -> bool:
        """Whether a membership word from ``start`` to ``end`` makes no membership: an
        observer's seat after it ("sits on it as an observer") or one sitting attended ("took
        part in the X meeting on 3 May")."""
        return bool(self.observer.match(text, end) or self.one_sitting.match(text, start))

    def unheld(self, text: str, pos: int) -> bool:
        """Whether the words right before a role word at ``pos`` make it no role held: a
        deputy's seat ("serves as vice-chair of", C14) or a denied role ("does not chair", "is
        no longer a member of"); read back ``_NEAR`` characters (linear in a long sentence)."""
        before = max(0, pos - _NEAR)
        return bool(
            self.deputy_before.search(text, before, pos) or self.negated.search(text, before, pos)
        )

    @cached_property
    def posted(self) -> tuple[Trigger, ...]:
        """The triggers whose role the post named before their verb says ("présidence")."""
        return tuple(t for t in self.triggers if t.post is not None)

    @cached_property
    def screened(
        self,
    ) -> tuple[tuple[tuple[Trigger, Screened], ...], Screened, tuple[tuple[str, Screened], ...]]:
        """The patterns :func:`_items` runs over every sentence, each with the words it needs
        (needs.py): the triggers, "based in", and the markers, in the order they are tried
        (kept with these rules, so a sentence is read by the rules it is given)."""
        markers = (
            ("break", self.clause_break),
            ("by", _AND_BY),
            ("co", self.co_holders),
            ("partnership", self.partnership),
            ("with", self.with_),
            ("supported", self.supported),
            ("under", self.part_of),
            ("rel", self.relative),
            ("contrast", self.contrast),
        )
        return (
            tuple((t, Screened(t.pattern)) for t in self.triggers),
            Screened(self.based_in),
            tuple((kind, Screened(regex)) for kind, regex in markers),
        )


@dataclass(frozen=True)
class Minutes:
    """How a set of minutes is told and what its header names for that one meeting
    (labels.toml ``[minutes]``): its chair, co-chair or secretariat holds no standing role (C12)."""

    pattern: re.Pattern[str]  # .search in a document's head: it is one meeting's minutes
    head: int  # how many characters that head holds
    roles: frozenset[str]  # the roles a minutes' header names for that meeting only

    def header(self, text: str, at: int) -> bool:
        """Whether ``at`` lies in the header of a document that is one meeting's minutes."""
        return at < self.head and self.pattern.search(text[: self.head]) is not None


@cache
def minutes() -> Minutes:
    """The minutes rule (cached: it ships with the package), shared by the label and sentence
    readers."""
    data = rules_file("labels.toml")["minutes"]
    return Minutes(
        re.compile(data["pattern"], re.IGNORECASE), data["head"], frozenset(data["roles"])
    )


@cache
def _rules_data() -> dict[str, Any]:
    """The role rules file, parsed (cached: it ships with the package)."""
    return rules_file("roles.toml")


def _languages() -> list[dict[str, Any]]:
    """Each language's level phrases (roles.toml ``[languages]``) with its words that join
    names and its articles before a name, a list's own ones too, those only after its "and"
    (``joined``: languages.toml ``articles_also_english``) and its words for "each"."""
    words = rules_file("languages.toml")
    return [
        {
            **data,
            "level": with_words(data["level"]),
            "and": words[code]["and"],
            "articles": [*words[code]["articles"], *words[code].get("list_articles", [])],
            # "a" and "as" are English words too ("led by WFP, a UN agency"): only after "e"
            "joined": words[code].get("articles_also_english", []),
            "each": words[code].get("each", []),
        }
        for code, data in _rules_data()["languages"].items()
    ]


def _words(words: list[str]) -> str:
    """An alternation of ``words``, each followed by a space, or by nothing when it ends in an
    apostrophe (an elided article: "l'OIM")."""
    return "|".join(
        re.escape(w) if w[-1] in "'’" else re.escape(w).replace(r"\ ", r"\s+") + r"\s+"
        for w in words
    )


def _conjoined() -> re.Pattern[str]:
    """What joins two names of one list, in any language of the rules: "A, B and the C", "A
    & B", "A/ B", "A y la B", "A et l'B", "A e a B" (the joining word and the article of one
    language; an article that is also an English word only after its joining word)."""
    forms = (
        rf"(?:(?:{_words(lang['and'])})(?:{_words(lang['articles'] + lang['joined'])})?"
        rf"|(?:/\s*)?(?:{_words(lang['articles'])})?)"
        for lang in _languages()
    )
    return re.compile(r"^[\s,]*(?:" + "|".join(forms) + r")$", re.IGNORECASE)


def _and_word() -> re.Pattern[str]:
    """The words that join the last two names of a list, in any language of the rules."""
    words = sorted({w for lang in _languages() for w in lang["and"] if " " not in w})
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")(?![\w.])", re.I)


def _ending(key: str, then: str = "", prefix: str = "") -> re.Pattern[str]:
    """The phrase ``key`` of any language of the rules (its ``{words:KEY}`` written out), then
    ``then``, at the end of a text (after ``prefix``)."""
    return re.compile(
        prefix
        + "(?:"
        + "|".join(with_words(lang[key]) for lang in _languages())
        + ")"
        + then
        + "$",
        re.IGNORECASE,
    )


def _level() -> re.Pattern[str]:
    """A level phrase in any language of the rules ("at national level", "a nivel nacional",
    "au niveau régional"); the first group that matched is the level word."""
    return re.compile("|".join(lang["level"] for lang in _languages()), re.IGNORECASE)


def _level_by() -> str:
    """An optional level phrase of another language before its passive's "by" ("liderado a
    nivel nacional por", "piloté au niveau régional par"): ``level_by`` of each language."""
    phrases = [lang["level_by"] for lang in _languages() if "level_by" in lang]
    return "(?:" + "|".join(phrases) + ")?"


# a verb's past in "-ed" ("reviewed", "facilitated"): one sitting held, not a standing rule
_PAST = r"[a-z]+ed"


@cache
def role_rules() -> RoleRules:
    """Load the role triggers and markers (cached: they ship with the package)."""
    data = _rules_data()
    area = data["areas"]["pattern"]
    pasts = alternatives(data["sitting"]["pasts"])  # the pasts not in "-ed": "led", "held"
    triggers = tuple(
        Trigger(
            t["id"],
            t["role"],
            t["voice"],
            re.compile(
                with_words(
                    t["pattern"].replace(r"\s+{level}", "{aside_level}"),
                    aside_level=_ASIDE_BEFORE_LEVEL + _LEVEL_BEFORE_BY,
                    level=_LEVEL_BEFORE_BY,
                    level_by=_level_by(),
                    area=area,
                ),
                re.IGNORECASE,
            ),
            t["confidence"],
            t.get("adjacent", False),
            t.get("subject", False),
            t.get("seat", False),
            re.compile(t["post"], re.IGNORECASE) if "post" in t else None,
            t.get("closing", False),
            re.compile(t["category"], re.IGNORECASE) if "category" in t else None,
        )
        for t in data["trigger"]
    )
    headings = tuple(t for t in triggers if t.voice == "heading")
    markers = data["markers"]
    refs = data["references"]
    return RoleRules(
        tuple(t for t in triggers if t.voice != "heading"),
        frozenset([*with_word_lists(data["gap"]["words"]), *words_of("en", "level_words")]),
        re.compile(markers["co_holders"], re.IGNORECASE),
        re.compile(markers["partnership"], re.IGNORECASE),
        re.compile(with_words(markers["new_post"]), re.IGNORECASE),
        re.compile(markers["with"], re.IGNORECASE),
        re.compile(markers["supported"], re.IGNORECASE),
        re.compile(markers["acting"], re.IGNORECASE),
        re.compile(markers["helping"], re.IGNORECASE),
        re.compile(markers["part_of"], re.IGNORECASE),
        re.compile(with_words(markers["relative"]), re.IGNORECASE),
        re.compile(markers["bare_body"], re.IGNORECASE),
        re.compile(markers["represented"], re.IGNORECASE),
        re.compile(markers["list_end"], re.IGNORECASE),
        re.compile(markers["contrast"], re.IGNORECASE),
        re.compile(with_words(markers["break"], and_phrases=and_phrases())),
        frozenset(data["targets"]["kinds"]),
        frozenset(data["targets"]["holders"]),
        re.compile(refs["government"]["pattern"], re.IGNORECASE),
        frozenset(refs["government"]["kinds"]),
        re.compile(refs["publisher"]["pattern"], re.IGNORECASE),
        headings,
        re.compile(area, re.IGNORECASE),
        re.compile(rf"\bin\s+the\s+({area})(?!\s+(?:of|part)\b)", re.IGNORECASE),
        re.compile(data["areas"]["based_in"] + _CAPITALISED, re.IGNORECASE),
        re.compile(data["areas"]["based_in"] + "$", re.IGNORECASE),
        re.compile(markers["observer"], re.IGNORECASE),
        re.compile(with_words(markers["one_sitting"]), re.IGNORECASE),
        re.compile(markers["among"], re.IGNORECASE),
        re.compile(markers["category"], re.IGNORECASE),
        re.compile(data["areas"]["origin"], re.IGNORECASE),
        re.compile(data["areas"]["venue"], re.IGNORECASE),
        re.compile(data["areas"]["holder_country"], re.IGNORECASE),
        re.compile(data["areas"]["apposed_country"], re.IGNORECASE),
        re.compile(data["areas"]["owner_country"], re.IGNORECASE),
        re.compile(with_words(data["sitting"]["own"], date=_SITTING_DATE)),
        re.compile(with_words(data["sitting"]["past"]), re.IGNORECASE),
        re.compile(data["sitting"]["occasion"], re.IGNORECASE),
        re.compile(data["areas"]["country_part"], re.IGNORECASE),
        re.compile(markers["requester"], re.IGNORECASE),
        re.compile(with_words(data["deputies"]["prefix"]), re.IGNORECASE),
        re.compile(rf"\b(?:{with_words(data['deputies']['prefix'])})$", re.IGNORECASE),
        re.compile(with_words(markers["comparative"]), re.IGNORECASE),
        re.compile(with_words(data["negation"]["before"]), re.IGNORECASE),
        re.compile(rf"\b(?:{_PAST}|{pasts})\s+an?\s+$", re.IGNORECASE),
        re.compile(data["sitting"]["chaired"], re.IGNORECASE),
        re.compile(with_words(data["sitting"]["one"]), re.IGNORECASE),
        re.compile(with_words(data["sitting"]["comma"]), re.IGNORECASE),
        re.compile(with_words(data["sitting"]["then_past"], ed=_PAST, pasts=pasts), re.IGNORECASE),
        re.compile(with_words(data["placed"]["participle"]), re.IGNORECASE),
        frozenset(data["context_bodies"]["rules"]),
        data["context_bodies"]["kind"],
    )


_NUMBERS = {w: i for i, w in enumerate(words_of("en", "numbers"))}  # "two" -> 2 (languages.toml)
_NUM = r"(\d{1,3}|" + "|".join(_NUMBERS) + r")"
_COUNT_OF = re.compile(rf"\b{_NUM}\s+of\s+(?:the\s+|its\s+)?{_NUM}\b", re.IGNORECASE)
_COUNT_OTHER = re.compile(rf"\bthe\s+(?:other|remaining)\s+{_NUM}\b", re.IGNORECASE)
_COUNT_ALL = re.compile(rf"\ball\s+{_NUM}\b", re.IGNORECASE)
LEVEL = _level()
# a level written right before a body's name, outside it ("the national Protection Working
# Group", a heading "Provincial Nutrition Cluster:", "the national coordination Forum on X");
# searched up to the name's start
_LEVEL_AHEAD = re.compile(
    rf"\b({alternatives(words_of('en', 'level_words'))})\s+(?:co-?ordination\s+)?$", re.I
)
# what joins two names of one list: "A, B and the C", "A & B", "A/ B"
_CONJOINED = _conjoined()
_ROMANCE_OF = (
    rf"(?:{_words(language_words('of', english=False))})"
    rf"(?:{_words(language_words('articles', english=False))})?"
)
_UNIT_OF_NEXT = re.compile(
    rf"^([\s,]*(?:(?:{_words([w for lang in _languages() for w in lang['and']])}))?)"
    rf"(?:{_ROMANCE_OF})(?-i:[^\W\d_][\w-]*\s+){{1,3}}(?:{_ROMANCE_OF})$",
    re.IGNORECASE,
)
# What follows a semicolon inside a composition's list of members: a name, its article at most
# ("; el Secretario de Marina", "; the Ministry of Defence"), no word that opens a clause.
_ITEM_ARTICLES = [
    w for lang in _languages() for w in lang["articles"] + lang.get("list_articles", [])
]
_SEMICOLON_ITEM = re.compile(
    rf"\s*(?:(?:{_words(_ITEM_ARTICLES)})\s*)?(?-i:[A-Z])",
    re.IGNORECASE,
)
_ITEM_BRACKET = re.compile(r"^\s*\([^()]{1,80}\)(?=\s*[,;]|\s+\w)")
_AS_WELL_AS_AFTER = re.compile(
    rf"^\s*;\s*((?:{_words([w for lang in _languages() for w in lang['and'] if ' ' in w])}))",
    re.IGNORECASE,
)
# a list item naming a kind of actor, then the actor in parentheses: "UNHCR and the government
# (Office of the Prime Minister)", "A, B and the line ministry (Ministry of Health)"
_KIND_THEN_NAME = re.compile(
    r"^[\s,]*(?:(?:and|&)\s+)?the\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s*\(\s*$", re.IGNORECASE
)
# the next group of a list sorted in counted groups, after a semicolon: "(6 of them resident –
# UNDP, UNHCR and IOM; 5 non-resident – FAO and ILO; and 8 with no office – UNEP)"
# (.match at the semicolon, then .fullmatch of the gap before the group's first name)
_COUNTED_GROUP = re.compile(
    rf"\s*;?\s*(?:and\s+)?(?:{_NUM}|others?)\b[^;:()–—\n]{{0,80}}?(?:\s[–—-]|:)\s*",
    re.IGNORECASE,
)
# a passive in apposition after its subject, closed by a comma: "The X, coordinated by A, ..."
# a comma (after a bracket), or a relative whose post noun the passive gives ("Ce comité, dont la
# présidence reviendra au ministre, réunira A et B", "el Comité, cuya presidencia estará a cargo
# del Ministerio, reúne a A y B": the clause's subject is the body before it)
_APPOSITION_OPENS = re.compile(
    r"\s*(?:\([^()]*\))?\s*,\s*(?:(?:dont\s+l[ae]|cuy[oa]|cuj[oa])\s+[\w-]+\s+)?$", re.IGNORECASE
)
_APPOSITION_CLOSES = re.compile(r"^\s*,\s*$")
# a post's "of" before a capitalised name ("la coordination du Groupe X", "de la Comisión Y")
_OF_CAPITAL = re.compile(
    r"\s+(?:du|des|del|d[oa]s?|de(?:\s+la|\s+l['’])?|d['’])\s*(?-i:[A-ZÀ-Þ])", re.IGNORECASE
)
_AND_WORD = _and_word()
# "chaired by either the X or the Y": both hold the role, in turn
_EITHER = re.compile(r"\beither\s+(?:the\s+)?$", re.IGNORECASE)
_OR = re.compile(r"^[\s,]*or\s+(?:the\s+)?$", re.IGNORECASE)
# the seats an organisation sends, written before it in a list ("A, a representative of B, and
# representatives of C, D"): the words of labels.toml's member lists, which read the same seats
_REPRESENTATIVE = re.compile(
    with_words(rules_file("labels.toml")["members"]["representative"]), re.IGNORECASE
)
_PRONOUN_START = re.compile(
    r"^(?:it|they|the\s+organi[sz]ation|the\s+agency|its(?=\s+[\w-]+\s+(?:of|for|on|in)\b))\b",
    re.IGNORECASE,
)
# "This is the top-level forum ..., led by A": a sentence saying what its topic is, up to a
# participle after a comma (.match(text, 0, pos) with the passive's start)
_THIS_IS = re.compile(
    r"\W*(?:this|it)\s+is\s+(?:the|a|an)\s+(?=[^;]*,\s*(?:(?:[\w-]+\s+){1,2}and\s+)?$)",
    re.IGNORECASE,
)
_THIS_REACH = 300  # how far into its sentence such a participle is looked for (linear)
_IT_PASSIVE = re.compile(
    r"^(?:it\s+(?:is|was|has\s+been|will\s+be)\b"
    # the other languages' "Il est présidé par", "Es presidido por": a participle after `be`
    rf"|(?:(?:{alternatives(language_words('it'))})\s+)?"
    rf"(?:{alternatives(language_words('be', english=False))})\s+"
    r"(?=[\w-]+(?:[ai]d[oa]s?|ée?s?)\b))",
    re.IGNORECASE,
)
# a label line of a slide or a fact box under a body's name: "Jointly led by A and B"
_LINE_PASSIVE = re.compile(
    r"^(?:jointly\s+|co-?)?(?:led|chaired|coordinated|headed)\s+(?:jointly\s+)?by\s+(?!:)",
    re.IGNORECASE,
)
_AFTER_BODY = re.compile(r"^\s*(?:\([^()]*\))?\s*,?\s*$")
# a verb's past and its article right before a body: "Agencies, led by A, launched the X": the
# X is the object of the clause's verb, not the subject a fronted passive waits for; three
# letters before "-ed" at least, so that "led the X" (a role verb) is none
_VERB_OBJECT = re.compile(r"(?-i:\b[a-z]{3,}ed)\s+(?:the|an?|its|their)\s+(?:\d{4}\s+)?$")
_MARKERS = ("co", "partnership", "with", "supported", "under", "rel", "by", "break", "contrast")
_PAREN_OPEN = re.compile(r"\(\s*$")  # .search(text, pos - 4, pos): a parenthesis opens
_POSSESSOR = re.compile(r"['’]s\b")  # .match(text, pos) right after a body
_NEAR = 40  # how far back from a trigger or a body the words before it are read (linear)
_PAREN_REACH = 240  # how long a parenthesis between a body and its passive may be
_IT_ONLY = re.compile(r"^\W*its?\s*$", re.IGNORECASE)
_THE_ONLY = re.compile(r"^\W*(?:the|its)\s+", re.IGNORECASE)  # .match: "The " + a body word
_IT_OBJECT = re.compile(r"\s+it\b(?!\s+(?:is|was|will|has)\b)", re.IGNORECASE)  # .match(text, pos)
_ITS_BEFORE = re.compile(r"\bits\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "World Vision supports it as Co-Lead", "UNICEF joined it as a member": "it" is the body
_IT_AS_BEFORE = re.compile(r"\bit\s+as\s+(?:an?\s+|the\s+|its\s+)?$", re.IGNORECASE)
# what joins a role phrase without holder to its holders: "The chair of the X is UNFPA",
# "Members of the X include A, B and C", "Leadership of the X is shared between A and B"
_APPOSED_HOLDER = re.compile(r"^\s*,\s*(?:the\s+)?$", re.IGNORECASE)  # "The Chair of X, A, ..."
_COPULA = re.compile(
    r"^\s*(?:(?:as\s+well\s+|also\s+)?(?:is|are|was|were|will\s+be)"
    r"(?:\s+(?:currently\s+)?(?:shared\s+(?:between|by|among)|"
    r"held\s+by|ensured\s+by|assumed\s+by))?|include)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# an actor right before its body after a role read for another: "WHO leads the Health
# Cluster, UNICEF the Nutrition Cluster", "UNHCR is the lead for the X, and IOM for the Y"
_ELIDED = re.compile(r"^\s*(?:for|of)?\s*(?:the\s+)?$", re.IGNORECASE)
# "while in Baidoa it is co-led by IRC": the passive is about the body named last
_IT_BEFORE = re.compile(r"\bit\s+(?:is|was|has\s+been|will\s+be)\s+(?:also\s+)?$", re.IGNORECASE)
_SUBJECT_NEXT = re.compile(r"\s*(?:,|\band\b|&)")  # .match(text, pos): a list goes on
_OPENING = re.compile(r"\W*(?:the\s+)?$", re.IGNORECASE)  # .match(text, 0, pos): "The " at most
_IN_NEXT = re.compile(r"\s+in\s", re.IGNORECASE)  # .match(text, pos): "NRC in Balochistan"
# "with" names co-holders only when a name follows it: "with UNHCR", "with the Ministry of …",
# not "with technical support from NRC" (help, not a shared role).
_NAME_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")
_FRONT = (
    re.compile(  # a role phrase before its holder: "As co-lead of X, IOM", "Co-chairing X, IOM",
        # "En sa qualité de président de X, le Ministre" (the other languages' `in_capacity`)
        r"^\W*(?:as\b|in\s+(?:its|their|her|his)\s+(?:role|capacity)\s+as\b|(?:co-?)?[a-z]+ing\b"
        rf"|(?:{alternatives(language_words('in_capacity', english=False))})\s)",
        re.IGNORECASE,
    )
)
# the holder of a fronted role phrase opens the clause after its comma: "As chair of the X, the
# Minister ...", "As lead of X, Mr A B", "As X secretariat, representatives of A" (C1), "Sitting on
# X are a, b, and the C"; past another lower-case word the clause has gone on ("As Chairman of the
# X, Hon. A is expected to draw on the Y": the Y is no holder)
# (in the other languages after its article: "..., le Ministre", "..., a OIM")
_SUBJECT_ARTICLES = alternatives(
    language_words("articles", english=False) + language_words("articles_also_english")
)
_SUBJECT_AFTER_COMMA = re.compile(
    r",(?:\s+(?:(?:l['’])?(?-i:[A-Z])[\w.’'-]*|the|both|and|representatives?\s+(?:of|from)"
    rf"|{_SUBJECT_ARTICLES}))*\s*$",
    re.I,
)
_IT_WORD = re.compile(r"\b(?:it|them)\b", re.IGNORECASE)
_THROUGH = re.compile(r"^\s*,?\s*(?:acting\s+)?through\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
# between a body and "A-led" said of it: "The X is government-led"
_PREDICATIVE = re.compile(r"\s*,?\s*(?:is|are|was|were|remains?)\s+(?:also\s+)?$", re.IGNORECASE)
# between a member and the seat it holds: "the Prime Minister as Chairperson", "the Minister,
# who shall be the Chairman", "the Director (Secretary)"
_AS_OWN = re.compile(
    r"^\s*(?:,\s*who\s+(?:shall|will|is\s+to|would)\s+be|,?\s*as|\()\s+(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
_AS_WORD = re.compile(r"as\s", re.IGNORECASE)  # .match: a role word read with its "as"
# between an agent and a role word closing its apposition: "UNICEF and cluster co-lead"
_APPOSED = re.compile(r"^\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# between a body and the membership verb of its relative clause: "the HCT, which comprises"
_WHICH_GAP = re.compile(
    r"^\s*(?:\([^()]*\))?\s*,?\s*(?:which|that)\s+(?:(?:also|now|currently)\s+)?$", re.IGNORECASE
)
# between a relative clause's antecedent and its pronoun: "the X, of which", "the X (XY) that",
# "the group on "X", which"
_ANTECEDENT_GAP = re.compile(
    r"[\s\"”’']*(?:\([^()]*\))?[\s\"”’']*,?\s*(?:of\s+|in\s+)?\Z", re.IGNORECASE
)
_AND_RELATIVE = re.compile(r",?\s*and\s+(?:of\s+|in\s+)?\Z", re.IGNORECASE)  # a second one
_OWNER_GAP = re.compile(r"^[\s\"”’)]*of\s+(?:the\s+)?$", re.IGNORECASE)  # "X of the Y"
# right after a body, the plural of a role noun makes it a kind of agency: "the UN cluster lead
# agencies", "the sector co-leads" (a coordination structure's page)
_LEADS_OF = re.compile(
    r"\s+(?:co-?)?lead\s+(?:agencies|organi[sz]ations)\b|\s+(?:co-?)?leads\b(?!\s+(?:the|a|an)\b)",
    re.IGNORECASE,
)


def _of_ending() -> re.Pattern[str]:
    """The phrase ``of`` of any language ("of the", "de la", "du", "da") at the end of a text,
    with the ``each`` words of any language (languages.toml) before it as a group of its own:
    "each of", "cada una de", "chacune des" say which of the bodies, no noun the body qualifies."""
    each = {w for lang in _languages() for w in lang["each"]}
    return _ending("of", prefix=r"(?:\b(?P<each>" + _words(sorted(each)) + r"))?")


_OF_ENDING = _of_ending()


def _after_of(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in "of (the)" with no "each" before it: the body
    written at ``end`` qualifies a noun before it."""
    m = _OF_ENDING.search(text, start, end)
    return m is not None and m["each"] is None


# "the 3rd Meeting of the (Thailand –) X", "la reunión de la X": a sitting's words before a body,
# a place between
_SITTING_OF = _ending("sitting", r"(?:[\w–-]+\s+){0,2}")
# between a body and a passive role, a further item of a list that the passive is about: "the
# Programme Management Team (PMT), the Inter-Sector meetings led by OCHA" (OCHA leads the
# meetings, a name no rule reads, not the team): a few words after a comma and "the", one of
# them capitalised (a name), no verb; "the X, the group led by A" is the X said again
_OTHER_ITEM = re.compile(  # .match(text, pos, endpos): bounded work in a sentence of any length
    r"\s*(?:\([^()]{0,80}\))?\s*,\s*(?:and\s+)?the\s+(?=(?:[\w/-]+\s+){0,3}(?-i:[A-Z]))"
    r"(?:[\w/-]+\s+){1,4}$",
    re.IGNORECASE,
)
# between a body and a role said of it: "X includes", "X, currently led", "X (comprising"
_SUBJECT_GAP = re.compile(
    r"^(?:['’]s(?=\s))?[\s,]*\(?\s*(?:(?:also|now|currently|has|have|is|are)\s+)*$",
    re.IGNORECASE,
)
"""Between a clause's subject body and its verb or role noun; the body's possessive "'s" too
("The HCF's chair is the JCC Director-General": the chair is the body's)."""
_WORD = re.compile(r"[\w\-’']+")
_PAREN = re.compile(r"\([^()]*\)")
_AND_BY = re.compile(r"\band\s+by\b", re.IGNORECASE)
_FRONTED = re.compile(r"^\s*(?:\([^()]*\))?\s*,")
# where a relative clause ends: a stop, or a second one joined by "and" ("..., which UNDP
# chairs and which meets monthly"); used with .match(text, pos)
_CLAUSE_ENDS = re.compile(r"\s*(?:of\s*)?(?:[,;.)]|$|and\s+(?:which|that)\b)", re.IGNORECASE)


_BASED = "place.based-in"
_SPACES = re.compile(r"\s*")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_REST = re.compile(r"[^;]{0,200}")  # .match(text, pos): the clause's next words
# between a subject and its passive role verb: "The platform is currently chaired by"
_BE_ONLY = re.compile(
    r"^\s*(?:(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+)?(?:(?:also|currently|now)\s+)?$",
    re.IGNORECASE,
)
# between a passive's agent and the next item of the list it interrupted: ", the", "and the"
_NEXT_ITEM = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", re.IGNORECASE)
# a clause's own subject before its passive: "and the X is led by A" (a copula, not "X led by")
_IS_ONLY = re.compile(
    r"^\s*(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|currently|now)\s+)?$", re.I
)
_AND_THE = re.compile(r",?\s+and\s+(?:the\s+)?$", re.IGNORECASE)  # .search(text, a - 12, a)
# a clause joined after another's last word: ", and the", "; the", "while the" (.search(t, a-14, a))
_NEW_CLAUSE = re.compile(r"(?:,?\s+(?:and|while|whereas)|;)\s+(?:the\s+)?$", re.IGNORECASE)
# a second passive of the same subject: "X is chaired by A and co-chaired by B"
_AND_PASSIVE = re.compile(
    r"^\s*(?:\([^()]*\))?\s*,?\s*(?:and|while)\s+(?:(?:is|was)\s+)?(?:also\s+)?$", re.IGNORECASE
)
# the end of a passive's agent (a name no rule read may close it) before a second passive of
# the same subject: "The meeting was chaired by the JCC Director General Mr. A and co-chaired by"
_AND_AFTER_AGENT = re.compile(r"[^;:]*\band\s+(?:(?:is|was)\s+)?(?:also\s+)?$", re.IGNORECASE)
# "A and B are the co-leads", "... and A and B serve as co-coordinators.": a predicate
_VERB_AND = re.compile(rf"^\s*(?:{alternatives(language_words('and'))})\s*$", re.I)
"""Between two role verbs of one subject and object: "chairs and coordinates"."""
_COPULAR = re.compile(
    r"^\s*(?:(?:is|are|was|were|remains?|serves?\s+as|acts?\s+as"
    r"|(?:will|shall|(?:is|are)\s+to)\s+(?:also\s+)?(?:be|serve|act)(?:\s+as)?)\s+(?:also\s+)?)?$",
    re.I,
)
# a role verb ending the trigger, and what before it makes the word a noun ("are the co-lead")
_ROLE_VERB = re.compile(r"(?<![\w-])(?-i:(?:co-)?(?:lead|leads|chair|chairs))$")  # .search(t, a, b)
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|as|is|are|was|were|be|and|or)|,)\s*$", re.I)
_NOUN_WINDOW = 24  # characters before the verb that _NOUN_BEFORE reads: linear in a long sentence
_NO_OBJECT = re.compile(r"[ \t]*(?:[,;.](?:\s|$)|with\s|$)", re.IGNORECASE)  # .match(text, pos)
_SENTENCE_END = re.compile(r"\W*(?:respectively\W*)?$", re.IGNORECASE)  # .match(text, pos)
# a predicate closing its clause, another clause after it ("A is a member too, while B ...")
_CLAUSE_CLOSES = re.compile(
    r"\s*(?:(?:too|as\s+well|also)\s*)?(?:[;.]|,\s*(?:while|whereas)\b)", re.IGNORECASE
)
# a plural subject of bodies before its passive: "the X and its technical wing, the Y, continue
# to be chaired by" (_PLURAL_BE .match(text, pos, endpos) between the last body and the verb;
# _SUBJECT_JOIN between two bodies; _CLAUSE_OPENING before the first, after a stop or comma)
_PLURAL_BE = re.compile(
    r"\s*(?:\([^()]{0,80}\))?\s*,?\s*(?:are|were|have\s+been|continue\s+to\s+be|remain)\s+"
    r"(?:(?:also|currently|now|jointly|both)\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_JOIN = re.compile(
    r"\s*(?:\([^()]{0,40}\))?\s*(?:,\s*)?(?:(?:and|&)\s+)?"
    r"(?:its\s+(?:[\w-]+\s+){0,3}[\w-]+\s*,\s*)?(?:the\s+)?",
    re.IGNORECASE,
)
_CLAUSE_OPENING = re.compile(r"\s*(?:both\s+)?(?:the\s+)?", re.IGNORECASE)
_OPENING_REACH = 16
# a sentence opening with its subject body in a language that may drop the subject of a second
# verb after "and" (roles: coordinated_subject): the article before the body, the finite "be"
# of that verb, "and" right before it, a relative pronoun and a capitalised name word between
_ROMANCE_ARTICLES = [
    *language_words("articles", english=False),
    *language_words("articles_also_english", english=False),
]  # languages.toml `articles`: "el", "le", "l'", "o"
_ROMANCE_OPENING = re.compile(
    r"\W*(?:(?:"
    + alternatives([w for w in _ROMANCE_ARTICLES if w[-1] not in "'’"])
    + r")\s+|"
    + alternatives([w for w in _ROMANCE_ARTICLES if w[-1] in "'’"])
    + ")?",
    re.IGNORECASE,
)
_ROMANCE_AND_VERB = re.compile(  # languages.toml `be`: "está", "est", "são"
    rf"(?:{alternatives(language_words('be', english=False))})\s", re.IGNORECASE
)
_ROMANCE_AND_BEFORE = re.compile(r"\s(?:y|e|et)\s+$", re.IGNORECASE)
_ROMANCE_RELATIVE = re.compile(  # languages.toml `relatives`, `relatives_of` ("que" among them)
    rf"\b(?:{alternatives(language_words('relatives', english=False))}"
    rf"|{alternatives(language_words('relatives_of', english=False))})\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"\b(?-i:[A-ZÁÉÍÓÚÀÂÊÔÇ])[\w’'-]*")
_SHARED_REACH = 300  # how far a shared subject may stand before its second verb
# after the last of a list of holders or bodies: each goes with the one of the same rank
_RESPECTIVELY = re.compile(r"[\s,]*\(?\s*respectively\b", re.IGNORECASE)  # .match(text, pos)


def level_of(m: re.Match[str]) -> str:
    """The level of the vocabulary a level phrase names: "nationally" -> national, "at the
    state level" -> governorate (first-level), "county level" -> district."""
    return level_word(next((g for g in m.groups() if g), "national"))


def body_scope(body: Mention, text: str, base: int) -> Scope | None:
    """The scope a body's name gives: its qualifier, else a level written right before it
    (``text`` starts at document offset ``base``); a hub's scope is its place, not the
    level of its kind ("two of the five regional hubs, in Wau and Malakal")."""
    if body.qualifier is not None or body.rule == HUB_RULE:
        return body.qualifier
    end = body.start - base
    found = _LEVEL_AHEAD.search(text, max(0, end - 38), end) if end > 0 else None
    return Scope(level=level_of(found)) if found else None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


@dataclass
class _Item:
    start: int
    end: int
    kind: str  # actor | body | place | trigger | co | with | under | rel | by | break | contrast
    mention: Mention | None = None
    trigger: Trigger | None = None


@dataclass
class Frame:
    """A role read but not yet a claim: its holders, body and scopes (the parser makes them too)."""

    trigger: Trigger
    holders: list[Entity]
    body: Mention
    co: list[Entity] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    count: int | None = None
    out_of: int | None = None
    parent: Entity | None = None


def role_family(entity: Entity) -> str | None:
    """What an entity can be in a role: its holder (actor), its body, or its scope (place)."""
    if entity.kind in role_rules().targets:
        return "body"
    k = kinds()
    for family in ("body", "actor", "place"):
        if k.is_(family, entity.kind):
            return family
    return None


def as_body(m: Mention) -> Mention | None:
    """``m`` read as a body, when it is a name whose head may be an organisation or a body
    (``context_bodies`` in roles.toml) read as an organisation and the caller's construction
    puts it where a body goes; None otherwise."""
    rules = role_rules()
    if m.rule not in rules.context_rules or role_family(m.entity) != "actor":
        return None
    return replace(m, entity=replace(m.entity, kind=rules.context_kind))


def may_hold(entity: Entity) -> bool:
    """Whether an entity can hold a role: an actor, or a forum of agencies acting as one ("the
    NGO Forum chairs the X", "NCCI leads the Y")."""
    return role_family(entity) == "actor" or entity.kind in role_rules().holding_bodies


class _Walk:
    """The state of reading one sentence left to right."""

    def __init__(self, text: str, base: int, rules: RoleRules, country: str | None) -> None:
        self.text = text
        self.base = base  # offset of the sentence in the document
        self.rules = rules
        self.country = country
        self.subjects: list[Entity] = []
        self.co: list[Entity] = []
        self.co_mode = False
        self.partners = False  # the pending co-holders are partners unless a body follows
        self.co_after = False  # the pending co-holders belong to the roles already read
        self.trigger: Trigger | None = None
        self.trigger_end = 0
        self.current: list[Frame] = []
        self.frames: list[Frame] = []
        self.before: list[Mention] = []  # bodies seen before the trigger (passive, postfix)
        self.mode: str | None = None  # "rel" | "under" | "by"
        self.by: list[Entity] = []
        self.by_end = 0  # where the last agent of the passive ends
        self.own_seat: set[str] = set()  # members listed with a seat of their own ("as Chair")
        self.context_parent: Entity | None = None
        self.level_for_places: str | None = None
        self.last_end = 0
        self.closed: set[str] = set()  # lists already ended by a bare "and"
        self.either = False  # the list being read opened with "either"
        self.group_end = 0  # the end of a counted group's lead ("; 5 non-resident – "), if any
        self.last_body: Mention | None = None
        self.opening_body: Mention | None = None  # the body the sentence opens with
        self.leading_body: Mention | None = None  # the same after another language's article
        self.passive_body: Mention | None = None  # the body a passive trigger is about
        # "The X meeting was chaired by A": the passive's own role is one sitting's, but an
        # apposition after its agents ("A and B, its co-leads") still reads X as its body
        self.sitting_passive = False
        self.default_scopes: list[Scope] = []  # "At national level, ...", "In Borno, ..."
        self.last_actor: Mention | None = None
        self.post_scopes: dict[str, Scope] = {}  # "the RC for Tanzania": a post's place (C10)
        self.clause_start = 0  # frames before it belong to earlier clauses
        self.clause_scopes: list[Scope] = []  # "..., while in Yobe IOM leads it": this clause's
        self.topic: Mention | None = None
        self.previous_topic: Mention | None = None  # the body the text was about before
        self.topic_just_named = False  # the sentence right before named a body
        self.orphan: tuple[Trigger, Mention] | None = None
        self.waiting: list[Entity] = []  # actors after a trigger that has no body yet
        self.waiting_end = 0  # where the last of them ends
        self.elided: Trigger | None = None  # the role a subject may take without its verb
        self.acting_body: Mention | None = None  # "X, with A as co-lead": X
        self.pending_scopes: list[Scope] = []
        self.antecedent: Mention | None = None  # the body a relative clause is about
        self.rel_actors: list[Entity] = []  # "..., of which IOM and UNDP are members"
        self.rel_scopes: list[Scope] = []  # "the Y, which at national level is chaired by A"
        self.fronted_ok = _FRONT.match(text) is not None
        self.fronted: list[Frame] = []  # roles of a fronted phrase, waiting for their holder
        self.fronted_holders: list[Entity] = []  # shared by those frames
        self.passive_scopes: list[Scope] = []  # "led at national level by"
        self.body_after = -1  # where the sentence's last body starts (read_sentence sets it)
        self.body_starts: frozenset[int] = frozenset()  # where each of its bodies starts
        self.trigger_areas: list[Scope] = []  # "as Sub-National Coordinator North for the X"
        self.located: dict[int, Entity] = {}  # where a body sits, by the body's start
        self.subject_passive = False  # the passive follows its subject ("X is led by")
        self.passive_at = 0  # where that passive's trigger starts
        self.last_bodies: list[Mention] = []  # the bodies the last passive closed was about
        self.again: list[Mention] = []  # those bodies, for a second passive of the same subject
        # an active role whose list of bodies a passive touching one of them interrupts ("takes
        # part in the X meetings led by OCHA, the Y Cluster and ..."): its trigger, trigger
        # end, frames and subjects, taken up again at the list's next body
        self.resume: tuple[Trigger, int, list[Frame], list[Entity]] | None = None
        self.noun_body: Mention | None = None  # a body right before a role noun ("X Lead agency")
        self.last_kind = ""  # the kind of the item read last
        self.unread_agents = False  # the agents of a passive about a name no rule read
        self.copular = False  # the role was read as "A and B are the lead ..." (a predicate)
        self.roles_joined: list[Trigger] = []  # "are the lead and co-lead": in that order
        self.verb_before: Trigger | None = None  # "chairs" of "A chairs and coordinates the X"
        self.verb_next = False  # the active role word read last follows its subject right away
        # "Under the leadership of A and coordinated by B, the X ...": a fronted passive whose
        # body comes after the next one, with its scopes
        self.fronted_passives: list[tuple[Trigger, list[Entity], list[Scope]]] = []

    # -- helpers ------------------------------------------------------------------------
    def gap(self, start: int) -> str:
        return self.text[self.last_end : start]

    def gap_ok(self, gap: str) -> bool:
        """Only small words, levels, counts between two linked items."""
        for word in _WORD.findall(_PAREN.sub(" ", gap).lower()):
            if word not in self.rules.gap_words and not word.isdigit():
                return False
        return True

    def flush_co(self) -> None:
        """Give pending co-holders to the frames just read; before any frame they wait for
        the next body ("IOM, along with UNDP, co-leads the X")."""
        self.co_mode = False
        if self.partners:  # "leads the X, in partnership with the Ministry.": partners
            self.co, self.partners = [], False
        if self.co and self.current:
            for f in self.current:
                f.co.extend(e for e in self.co if e not in f.co)
            self.co = []

    def close_passive(self, body: Mention | None = None, chained: bool = False) -> None:
        """End a passive clause: "X is co-led by A and B" makes A and B co-leads of X.

        The body is the one before the trigger, or, for a fronted "Under the leadership of A,
        the X ...", the first one after the agents (``body``), or the list's topic."""
        target = self.passive_body or body or self.topic
        agents = [e for e in self.by if e.key not in self.own_seat]
        if chained and agents and self.trigger and target is None and not self.before:
            self.fronted_passives.append((self.trigger, agents, list(self.passive_scopes)))
        sitting, self.sitting_passive = self.sitting_passive, False
        if self.mode == "by" and agents and self.trigger and target is not None:
            self.current = []
            again = self.again if self.again[-1:] == [target] else []
            self.last_bodies = again or self.respective_bodies(target, len(agents))
            if body is not None:  # the body after a fronted passive is the earlier ones' too
                for trigger, earlier, scopes in self.fronted_passives:
                    self.frames.extend(Frame(trigger, earlier, b, scopes=list(scopes))
                                       for b in self.last_bodies)  # fmt: skip
            self.fronted_passives = []
            for body in self.last_bodies:
                frame = Frame(self.trigger, agents, body, scopes=list(self.passive_scopes))
                if (own := body_scope(body, self.text, self.base)) is not None:
                    frame.scopes.append(own)
                self.current.append(frame)
                if not sitting:  # one sitting's chairs: none of the body's roles
                    self.frames.append(frame)
            self.subjects = list(self.by)
        if self.mode == "by" and (self.by or target is not None):
            self.by = []
            self.mode = None
            self.again = []

    def respective_bodies(self, target: Mention, agents: int) -> list[Mention]:
        """The bodies a passive is about: ``target``, or, when its agents are paired with them
        "respectively", the list of as many bodies it ends ("the X and the Y under the
        leadership of A and B (respectively)")."""
        if agents < 2 or not _RESPECTIVELY.match(self.text, self.by_end):
            return self.joined_subjects(target)
        bodies = [target]
        for body in reversed(self.before[:-1] if self.before[-1:] == [target] else []):
            between = self.text[body.end - self.base : bodies[0].start - self.base]
            if len(bodies) == agents or not _CONJOINED.match(between):
                break
            bodies.insert(0, body)
        return bodies if len(bodies) == agents else [target]

    def joined_subjects(self, target: Mention) -> list[Mention]:
        """ "Both the X and its technical wing, the Y, are chaired by A": a plural subject that
        joins bodies by "and" and opens its clause holds the passive's roles in each body."""
        bodies = [target]
        if not (self.subject_passive and self.before[-1:] == [target]):
            return bodies
        if not _PLURAL_BE.match(self.text, target.end - self.base, self.passive_at):
            return bodies
        for k in range(len(self.before) - 2, -1, -1):  # no copy: a long sentence stays linear
            body = self.before[k]
            gap = (body.end - self.base, bodies[0].start - self.base)
            if gap[0] > gap[1] or not _SUBJECT_JOIN.fullmatch(self.text, *gap):
                break
            bodies.insert(0, body)
        s = bodies[0].start - self.base
        window = self.text[max(0, s - _OPENING_REACH) : s]
        cut = max(window.rfind(c) for c in ",;:")
        if len(bodies) < 2 or (cut < 0 and s > _OPENING_REACH):
            return [target]
        return bodies if _CLAUSE_OPENING.fullmatch(window[cut + 1 :]) else [target]

    def distribute(self) -> None:
        """ "A and B lead the X and the Y respectively": the roles read with the same holders,
        as many as there are holders, go one holder each, in order; only where "respectively"
        follows the run's last body or a passive's agents ("…, which have 12 and 15 partners
        respectively" pairs other things)."""
        k = 0
        while k < len(self.frames):
            holders = self.frames[k].holders
            run = self.frames[k : k + len(holders)]
            if (
                len(holders) > 1
                and len(run) == len(holders)
                and all(f.holders == holders and f.trigger is run[0].trigger for f in run)
                and self.respectively_after(run[-1].body)
            ):
                for holder, f in zip(holders, run, strict=True):
                    f.holders, f.co = [holder], []
                k += len(run)
            else:
                k += 1

    def respectively_after(self, body: Mention) -> bool:
        """Whether "respectively" follows ``body`` or the last passive's agents."""
        at = (body.end - self.base, self.by_end)
        return any(_RESPECTIVELY.match(self.text, i) for i in at if i > 0)

    def open_passive(self) -> tuple[Trigger, Mention | None] | None:
        """A role left without holders, for the list below: "The cluster is co-led by:",
        "The following organisations are members of the SAG:"."""
        if self.mode == "by" and not self.by and self.trigger is not None:
            return self.trigger, self.passive_body
        return self.orphan

    def settle(self) -> None:
        """End of a clause: close the passive, give out co-holders, and let a role still
        waiting for its body take the list's topic ("- UNHCR serves as Cluster Coordinator;")."""
        if not (self.mode == "by" and not self.by):
            self.close_passive()
        self.flush_co()
        self.frame_waiting(self.noun_body or self.acting_body or self.topic)
        self.pending_scopes = []

    def frame_waiting(self, body: Mention | None) -> None:
        """Give a role still waiting for its body (it named none) the body ``body``."""
        t = self.trigger
        waiting = t is not None and t.voice == "active" and not self.current and bool(self.subjects)
        if waiting and body is self.topic and body is not self.acting_body:
            # "- UNHCR serves as Cluster Coordinator;" under a list about the X, but not
            # "- Facilitating food security and nutrition assessments;" (an object of its own)
            rest = _CLAUSE_REST.match(self.text, self.trigger_end).group()  # type: ignore[union-attr]
            waiting = self.gap_ok(rest.replace(".", " "))
        if waiting and body is not None:
            scopes = list(self.pending_scopes)
            if len(self.roles_joined) == len(self.subjects) > 1:
                # "A and B are the lead and co-lead agencies": each holder its own role
                for holder, role in zip(self.subjects, self.roles_joined, strict=True):
                    self.frames.append(Frame(role, [holder], body, scopes=list(scopes)))
            else:
                self.frames.append(Frame(t, list(self.subjects), body, scopes=scopes))  # type: ignore[arg-type]
            self.pending_scopes = []

    def finish(self) -> None:
        """End of sentence: settle the last clause; unscoped frames take the fronted scopes."""
        if self.predicate_ends_sentence():
            self.predicate_body()
        self.settle()
        self.locate()
        self.scope_clause()
        self.distribute()
        self.scope_posts()

    def scope_posts(self) -> None:
        """Frames held by an international post whose place the sentence gave ("the RC for
        Tanzania co-chairs the X") take that place as their scope when they have none."""
        for f in self.frames:
            found = [
                self.post_scopes[e.key] for e in (*f.holders, *f.co) if e.key in self.post_scopes
            ]
            if found and not f.scopes:
                f.scopes.append(found[0])

    def on_intransitive(self, t: Trigger) -> None:
        """A role verb with no object, a clause's end or "with" right after it ("UNICEF and
        Save the Children co-lead, following ...", "A co-leads with B."): the role is in the
        body the sentence named last, else the one the text is about."""
        body = self.last_body or self.previous_topic
        if body is None or self.current or not self.subjects or self.body_after > self.trigger_end:
            return  # "A co-leads, with B, the X": the object comes after an aside
        verb = _ROLE_VERB.search(self.text, max(0, self.trigger_end - 9), self.trigger_end)
        before = max(0, verb.start() - _NOUN_WINDOW) if verb else 0
        if verb is None or _NOUN_BEFORE.search(self.text, before, verb.start()) is not None:
            return
        if _NO_OBJECT.match(self.text, self.trigger_end) is None:
            return
        frame = Frame(t, list(self.subjects), body, scopes=list(self.trigger_areas))
        self.current = [frame]
        self.add(frame)

    def predicate_ends_sentence(self) -> bool:
        """Whether the sentence ends with a role predicated of its subjects, naming no body
        ("..., and UNICEF is the lead agency.", "... are the lead and co-lead respectively")."""
        if not (self.copular and self.trigger is not None and not self.current):
            return False
        return _SENTENCE_END.match(self.text, self.trigger_end) is not None

    def predicate_ends_clause(self, at: int) -> bool:
        """Whether the clause ending at ``at`` (a "while" or ";") ends with a role predicated
        of its subjects, naming no body ("A is a member too, while B ...")."""
        if not (self.copular and self.trigger is not None and not self.current):
            return False
        return _CLAUSE_CLOSES.match(self.text, self.trigger_end, at) is not None

    def predicate_body(self) -> None:
        """The body of a role predicated with none: the one the sentence named last, else the
        one the text was about ("A chairs the X, and B and C are the lead and co-lead
        agencies.": in the X; "The IMF and the World Bank are also members." after a sentence
        on the X: of X); a seat other than a member's only where the sentence right before
        named a body ("Its other members are ... The Permanent Secretary of B will serve as the
        secretariat."), not a body read sentences before ("The centre is headed by ... A acts
        as the National Coordinator": a centre no rule read)."""
        member = self.trigger is not None and self.trigger.role == "member"
        earlier = self.previous_topic if member or self.topic_just_named else None
        self.acting_body = self.acting_body or self.last_body or earlier

    def locate(self) -> None:
        """Roles in a body the sentence places ("based in Sloviansk") hold there: the place
        takes over the bare level the body's name gives ("a sub-national Shelter Cluster")."""
        for f in self.frames:
            place = self.located.get(f.body.start)
            if place is None:
                continue
            level = next((s.level for s in f.scopes if s.place is None and s.level), None)
            f.scopes = [s for s in f.scopes if s.place is not None]
            f.scopes.append(Scope(level=level, place=place))

    def scope_clause(self) -> None:
        """Give the clause's unscoped frames the scopes fronted in that clause, else those
        fronted in the sentence; the next clause starts with none of its own."""
        scopes = self.clause_scopes or self.default_scopes
        for f in self.frames[self.clause_start :]:
            if not f.scopes:
                f.scopes.extend(scopes)
        self.clause_start, self.clause_scopes = len(self.frames), []

    def fronted_scopes(self) -> list[Scope]:
        """Where a fronted scope goes: the sentence's in its first clause, else the clause's."""
        return self.default_scopes if self.clause_start == 0 else self.clause_scopes

    def clause_opening(self) -> bool:
        """Whether no role has been read yet in this clause (scopes here are fronted)."""
        return len(self.frames) == self.clause_start and self.trigger is None

    def read_scope_gap(self, gap: str) -> None:
        """Levels written after a body: "at the national level and the governorate level in";
        before any role, they scope the whole sentence ("At national level, ...")."""
        found = list(LEVEL.finditer(gap))
        if found and self.mode == "by" and self.by:
            self.close_passive()  # "co-led by A and B at national level"
        if self.mode == "rel":
            # "the Y, which at the national level is chaired by A": the relative clause's own
            self.rel_scopes.extend(Scope(level=level_of(m)) for m in found)
            return
        fronted = self.clause_opening()
        self.read_area_gap(gap, fronted)
        if not self.current and not fronted:
            # a role still waiting for its body ("serves as Cluster Coordinator at national
            # level" in a list about the cluster): keep the level for it
            self.pending_scopes.extend(Scope(level=level_of(m)) for m in found)
            return
        trailing_in = re.search(r"\bin\s*$", gap) is not None
        for i, m in enumerate(found):
            level = level_of(m)
            if trailing_in and i == len(found) - 1:
                self.level_for_places = level
            elif fronted:
                self.fronted_scopes().append(Scope(level=level))
            else:
                for f in self.current:
                    f.scopes.append(Scope(level=level))

    def read_area_gap(self, gap: str, fronted: bool) -> None:
        """Areas named by direction ("In the north-east, the X is chaired by A", "A chairs the
        X in the south"): a fronted one scopes the clause, a later one the roles just read."""
        if self.mode == "rel":
            return  # "the X, which works in the north": where X works, not where A holds it
        areas: list[Scope] = []
        end = 0
        for m in self.rules.area_in.finditer(gap):
            # "chairs it in the north", not "..., much of it in the north"
            if not fronted and not self.gap_ok(_IT_WORD.sub(" ", gap[end : m.start()])):
                break
            areas.append(Scope(place=Entity(minted_key(m.group(1)), m.group(1), "Place")))
            end = m.end()
        if not areas:
            return
        if self.mode == "by" and self.by:
            self.close_passive()  # "chaired by UNICEF in the north"
        if fronted:
            self.fronted_scopes().extend(areas)
        else:
            for f in self.current:
                f.scopes.extend(areas)

    # -- items --------------------------------------------------------------------------
    def on_marker(self, item: _Item) -> None:
        if item.start < self.group_end:
            return  # "; and 8 work with no office – A, B": a counted group's lead says no role
        if item.kind == "by":  # "..., and by IOM and SEMA in Borno": the passive goes on
            self.close_passive()  # its agents so far are complete ("by A and B in X, and by C")
            last = self.frames[-1] if self.frames else None
            if last is not None and last.trigger.voice == "passive":
                self.trigger, self.passive_body, self.mode, self.by = (
                    last.trigger,
                    last.body,
                    "by",
                    [],
                )
                self.again = self.last_bodies
                self.closed.discard("by")
        elif item.kind == "break":
            group = _COUNTED_GROUP.match(self.text, item.start)
            if self.mode == "by" and self.by and group is not None:
                self.group_end = group.end()  # the passive's agents go on in the next group
                self.closed.discard("by")
                return
            if self.text[item.start] == ";" and self.semicolon_member(item.end):
                return  # "integrado por A, quien lo preside; B; C y D": one more member
            if self.predicate_ends_clause(item.end):
                self.predicate_body()
            self.settle()
            self.scope_clause()
            self.co, self.subjects, self.trigger, self.current, self.mode = [], [], None, [], None
        elif item.kind == "contrast":
            if self.predicate_ends_clause(item.end):
                self.predicate_body()
            self.settle()
            self.scope_clause()
            self.co, self.trigger, self.current, self.mode, self.before = [], None, [], None, []
            self.closed.add("subjects")  # a new actor is a new subject, not one more
        elif item.kind == "partnership" and self.current:
            # after a role its actors are partners, unless a body of theirs follows ("co-leads
            # the X and, in collaboration with A and B, the Y")
            self.flush_co()
            self.co_mode = self.partners = True
        elif item.kind in ("co", "partnership"):
            # "leads the X, alongside NRC as co-chair", "is led by A, jointly with B as the
            # co-lead": B's own role in the X (the agents before it are complete)
            if self.mode == "by" and self.by and self.rules.acting.match(self.text, item.end):
                self.close_passive()
            if not ((self.current or self.frames) and self.acting_as(item)):
                self.co_mode = True
        elif item.kind == "with":
            self.on_with(item)
        elif item.kind == "supported":
            self.on_supported(item)
        elif item.kind == "under":
            if self.mode == "by" and self.by:
                self.close_passive()  # "X (chaired by A) working under the Y"
            self.mode = "under"
        elif item.kind == "rel":
            agents = self.mode == "by"
            self.close_passive()
            self.flush_co()
            if agents:  # "led by A, which works alongside B": B is A's partner, no co-holder
                self.current = []
            self.mode = "rel"
            body = self.last_body
            if body is not None and not _ANTECEDENT_GAP.match(
                self.text, body.end - self.base, item.start
            ):
                # "the X, which A leads, and of which B is a member": the first one's antecedent;
                # "the household assessments that A is leading": no body's clause
                again = _AND_RELATIVE.search(self.text, max(0, item.start - 12), item.start)
                body = self.antecedent if again else None
            self.antecedent, self.rel_actors, self.rel_scopes = body, [], []

    def on_with(self, item: _Item) -> None:
        """ "co-leads the X with UNHCR": co-holders of the roles read; "IOM, with UNHCR,
        co-leads": co-holders of the role to come; "IOM works with UNHCR", "Led by A, the X has
        stepped up its support, working closely with B" (a clause of its own after the roles'
        last word): a partner."""
        agents = self.mode == "by" and bool(self.by)
        if agents:
            self.close_passive()  # "led by UNHCR, with NRC ...": the agents are complete
        if self.mode is not None:
            return
        t = self.trigger
        if self.acting_as(item):
            return
        alone = agents or (t is not None and not t.role.startswith("co-"))
        if not _NAME_NEXT.match(self.text, item.end) or (
            alone and self.rules.helping.match(self.text, item.end)
        ):
            # "co-chaired by A and B, with C supporting the X", "leads the X, with UNHCR and
            # partners giving operational support" (after "co-leads the X" they co-lead)
            self.mode = "partner"
        elif self.current and self.gap_ok(self.gap(item.start).rstrip(" ,")):
            self.co_mode = self.co_after = True
        elif self.subjects and t is None and not self.gap(item.start).strip(" ,"):
            self.co_mode = True
        elif t is not None and t.voice == "active" and not self.gap(item.start).strip(" ,"):
            self.co_mode = True  # "co-leads with IOM the X", "co-leads, with A and B, the X"
        else:
            self.mode = "partner"

    def acting_as(self, item: _Item) -> bool:
        """ "with NRC acting as its co-lead", "supported by IOM as co-chair": a new clause
        whose role, if it names no body, is in the body named last."""
        if not self.rules.acting.match(self.text, item.end):
            return False
        self.settle()
        self.co, self.subjects, self.trigger, self.current = [], [], None, []
        # "X, with A as co-lead"; "The lead agency is WHO, with A as co-lead": the body of
        # the role just read; "Other members are A and B, with C acting as secretariat" (the
        # members' body is read by the member lists): the text's topic
        last = self.frames[-1].body if self.frames else None
        self.acting_body = self.last_body or last or self.previous_topic
        self.closed.discard("subjects")
        return True

    def paired_verb(self, before: Trigger | None, gap: str) -> Trigger | None:
        """The role verb joined by "and" to the one read now, their subject and object shared
        ("A chairs and coordinates the X", "A convenes and chairs the X"): each its role; not
        a predicate's nouns ("A and B are the lead and co-lead", one role each): the first
        verb right after its subject."""
        if before is None or self.current or not self.subjects or not self.verb_next:
            return None
        return before if _VERB_AND.match(gap) else None

    def areas(self, item: _Item) -> list[Scope]:
        """The areas a title names after its role word ("Sub-National Coordinator Center and
        South"), each a place of its own."""
        found = self.rules.area.finditer(self.text, item.start, item.end)
        return [Scope(place=Entity(minted_key(m.group()), m.group(), "Place")) for m in found]

    def on_supported(self, item: _Item) -> None:
        """ "led by UNHCR, supported by IOM as a co-chair": IOM's role is in the same body;
        without a role ("supported by IOM") it names a partner."""
        if self.mode == "by" and self.by:
            self.close_passive()
        if self.mode is None and not self.acting_as(item):
            self.mode = "partner"

    def on_trigger(self, item: _Item, gap: str) -> None:
        t = item.trigger
        assert t is not None
        if self.appositive_role(item, gap) or self.about_unread_item(item) or t.seat:
            return  # a seat's relative clause away from a listed member says nothing
        if self.another_post(t, gap):  # "..., président du X, le Secrétaire de Y"
            self.subjects, self.current = [], []
        active = (
            self.trigger if self.trigger is not None and self.trigger.voice == "active" else None
        )
        paused = (active, self.trigger_end, self.current, self.subjects) if active else None
        self.resume = None
        self.verb_before = None  # a role verb pairs with the next one only (paired_verb)
        # "Under the leadership of A and coordinated by B, the X": A's role waits for the X
        chained = self.mode == "by" and t.voice == "passive" and bool(_AND_PASSIVE.match(gap))
        self.close_passive(chained=chained)
        self.flush_co()
        self.level_for_places = None
        if self.mode == "partner":
            self.mode = None
        if self.on_relative_role(item):
            return
        if t.voice == "active":
            if self.waiting and self.trigger is not None and not self.current:
                # "X, with A as lead and B as co-lead": A's role is in X before B takes the next
                self.frame_waiting(self.acting_body)
                self.subjects, self.closed = list(self.waiting), self.closed - {"subjects"}
            # "A and B are the lead and co-lead agencies": the second role word goes on the first
            joined = self.copular and _CONJOINED.match(gap) is not None
            self.copular = bool(self.subjects) and (joined or _COPULAR.match(gap) is not None)
            self.roles_joined = [*self.roles_joined, t] if joined else [t]
            self.verb_before = self.paired_verb(active, gap)
            self.verb_next = bool(self.subjects) and not gap.strip()
            self.trigger, self.trigger_end, self.current, self.waiting = t, item.end, [], []
            self.trigger_areas = self.areas(item)
            # "IOM is the CCCM Cluster Lead agency for natural disasters": the body it follows
            body = self.last_body
            # "A and B are the committee's Co-Chairman": the seat of the body it owns
            touching = body is not None and (
                not self.text[body.end - self.base : item.start].strip()
                or _OWNER.fullmatch(self.text, body.end - self.base, item.start) is not None
            )
            self.noun_body = body if touching else None
            self.mode = None
            self.on_pronoun_body(item)
            self.on_intransitive(t)
        elif t.voice == "passive":
            generic = self.generic_subject(item)
            shared_subject = None
            if t.adjacent and not (
                self.subject_before(item)
                or self.subject_past_passive(gap)
                or self.it_subject(item)
                or generic
                or self.relative_subject(item)
            ):
                shared_subject = self.coordinated_subject(item)
                if shared_subject is None:
                    return
            relative = self.mode == "rel"
            self.trigger, self.mode, self.by = t, "by", []
            self.sitting_passive = False
            # "The meeting was chaired by A, lead of the X, and co-chaired by B": the second
            # passive shares the first's subject, no body; the X in A's apposition is no subject
            and_after_agent = _AND_AFTER_AGENT.match(gap) is not None
            shared = self.subject_passive and self.passive_body is None and and_after_agent
            if _PAREN_OPEN.search(self.text, max(0, item.start - 4), item.start):
                self.on_parenthesised_passive(item)
                return
            if self.rules.occasion.search(self.text, max(0, item.start - _NEAR), item.start):
                self.trigger, self.passive_body = None, None  # "after discussions led by A"
                return
            # "The architecture is led by A ...": its subject was before, no body after it is;
            # "The meeting was chaired by A and co-chaired by B of the X": nor after B (C12)
            self.subject_passive = (self.subject_passive and and_after_agent) or _BE_BEFORE.search(
                self.text, max(0, item.start - _NEAR), item.start
            ) is not None
            self.passive_at = item.start
            self.passive_scopes = [
                Scope(level=level_of(m)) for m in LEVEL.finditer(self.text, item.start, item.end)
            ]
            if relative:
                self.passive_scopes += self.rel_scopes
            # "X is chaired by", "X, which is chaired by", "member of X, led by": the body
            # named last before it; "It comprises ...": the text's topic
            if t.post is not None:  # "La présidence du Comité est assurée par": its body
                self.passive_body = self.last_body or self.post_topic(t, item)
            elif t.subject:
                self.passive_body = self.opening_body or self.previous_topic
            elif not self.before and self.new_clause_subject(item):
                self.passive_body = self.last_body  # "..., and the X is led by A"
            elif self.subject_after_agents(item):
                self.passive_body = self.last_body  # "X is chaired by A, and Y is chaired by B"
            elif relative or (not self.before and self.right_after_body(item)):
                # "X, which is chaired by A"; "the 3rd Meeting of X, co-chaired by A": a sitting
                last = self.last_body
                self.passive_body = None if last is not None and self.sitting_of(last) else last
                if not relative and paused and paused[2] and paused[2][-1].body is last:
                    self.resume = paused  # "the X meetings led by OCHA": a listed body's
            elif self.before:
                # "The meeting of the X was chaired by A": a role in the meeting, not in X;
                # "the Plan of the X, co-led by A and B": a participle right after X is X's
                # (not in a clause with a subject: "A has been part of the X led by B" is
                # read whole by the parser's rules)
                body = self.placed_subject(item) or self.before[-1]
                own = self.rules.own_sitting.match(self.text, body.end - self.base)
                gap_after = self.text[body.end - self.base : item.start]
                alone = not (self.current or self.subjects)
                participle = alone and _AFTER_BODY.match(gap_after) is not None
                of = self.of_before(body) and not own
                if of and participle:
                    # "the presentation for Argentina of the X, co-led by": the places before
                    # X say where the noun "of" hangs from is, not where X is led
                    self.default_scopes, self.clause_scopes = [], []
                event = (of and not participle) or self.sitting_of(body)
                self.passive_body = None if event else body
                # "The X meeting was chaired by A": no chair of X, but "A, its co-lead" is
                self.sitting_passive = not event and (
                    self.rules.past_sitting.match(gap_after) is not None
                    or shared
                    or (
                        self.rules.sitting_comma.match(gap_after) is not None
                        and self.rules.then_past.match(self.text, item.end) is not None
                    )
                )
            elif self.it_subject(item) or generic or self.this_is_subject(item):
                self.passive_body = self.previous_topic
            elif _IT_BEFORE.search(self.text, max(0, item.start - _NEAR), item.start):
                self.passive_body = self.last_body
            elif (
                self.frames
                and self.frames[-1].trigger.voice == "passive"
                and _AND_PASSIVE.match(gap)
            ):
                self.passive_body = self.frames[-1].body
            else:
                self.passive_body = None
            if shared_subject is not None:
                self.passive_body = shared_subject
            if (
                self.frames
                and self.frames[-1].trigger.voice == "passive"
                and _AND_PASSIVE.match(gap)
            ):
                self.again = self.last_bodies  # "X and Y are chaired by A and co-chaired by B"
        elif t.voice == "postfix":
            near = self.before and (not t.adjacent or self.subject_before(item))
            titled = [] if self.subjects else self.titled_waiting()
            if (self.subjects or titled or self.fronted_ok) and near:
                holders = titled or self.holders()
                frame = Frame(t, holders, self.before[-1], scopes=self.areas(item))
                self.current = [frame]
                self.add(frame)
        elif t.voice == "adjective":
            self.trigger, self.trigger_end, self.current = t, item.end, []
            self.mode = "adjective"

    def titled_waiting(self) -> list[Entity]:
        """The actor right before the body of a title that follows them, when a role word
        left it waiting ("CHAIR: A (WFP) Food Cluster Co-Coordinator, B (FAO) Food Cluster
        Co-Coordinator": each title is its own organisation's)."""
        body = self.before[-1] if self.before else None
        if not self.waiting or body is None:
            return []
        if self.text[self.waiting_end : body.start - self.base].strip(" )"):
            return []  # "(WFP) Food Cluster": only the bracket that holds the actor between
        return [self.waiting.pop()]

    def another_post(self, t: Trigger, gap: str) -> bool:
        """Whether a post's word after a comma and an article, following a body or place once
        a role was read, opens another person's post ("au nom du X, président du Comité Y, le
        Secrétaire Exécutif de la Plateforme Z, A, ..."): none of the clause's subject."""
        after_name = self.last_kind in ("body", "place")
        return (
            t.voice == "active"
            and bool(self.frames)
            and after_name
            and bool(self.rules.new_post.match(gap))
        )

    def appositive_role(self, item: _Item, gap: str) -> bool:
        """ "co-chaired by Mr X, Nutrition Specialist at UNICEF and cluster co-lead": a role
        word closing the last agent's apposition is that agent's own role in the same body."""
        t = item.trigger
        assert t is not None
        if self.mode != "by" or not self.by or self.passive_body is None or t.voice != "active":
            return False
        if not _CLAUSE_ENDS.match(self.text, item.end):
            return False
        seat = (
            _AS_OWN.match(gap)
            or (not gap.strip() and _AS_WORD.match(self.text, item.start))
            or (t.seat and _APPOSITION_CLOSES.match(gap))
        )
        if self.trigger is not None and self.trigger.role == "member" and seat:
            # "consists of the Prime Minister as Chairperson, the Attorney General and ...",
            # "the Deputy Commissioner, who shall be the Chairperson, ...": that member's seat
            self.frames.append(Frame(t, [self.by[-1]], self.passive_body))
            if not t.seat:  # "A, que lo preside, B y C": A is a member too (C8)
                self.own_seat.add(self.by[-1].key)
            return True
        if not _APPOSED.match(gap):
            return False
        self.frames.append(Frame(t, [self.by[-1]], self.passive_body))
        return True

    def about_unread_item(self, item: _Item) -> bool:
        """Whether a passive role is said of a further item of a list that no rule read as a
        name ("the Programme Management Team (PMT), the Inter-Sector meetings led by OCHA"):
        none of the bodies read is its body, so the role is passed over."""
        body = self.last_body
        if item.trigger is None or item.trigger.voice != "passive" or body is None:
            return False
        self.unread_agents = bool(_OTHER_ITEM.match(self.text, body.end - self.base, item.start))
        return self.unread_agents

    def holders(self) -> list[Entity]:
        """The holders of a role read now: the subjects, or, in a fronted phrase, the list
        its holder will fill ("As co-lead of the X, IOM ...")."""
        if self.subjects or not self.fronted_ok:
            return list(self.subjects)
        return self.fronted_holders

    def add(self, frame: Frame) -> None:
        self.frames.append(frame)
        if frame.holders is self.fronted_holders:
            self.fronted.append(frame)

    def post_topic(self, t: Trigger, item: _Item) -> Mention | None:
        """The text's topic as the body of a post no body was read for ("La présidence est
        assurée par A"); none when the post's "of" names a body no rule read ("La coordination
        du Groupe de travail élargi revient au ministre": that group's, not the topic's)."""
        posts = list(t.post.finditer(self.text, 0, item.start)) if t.post else []
        if posts and _OF_CAPITAL.match(self.text, posts[-1].end()) is not None:
            return None
        return self.previous_topic

    def subject_before(self, item: _Item) -> bool:
        """Whether the body named last is the subject of the clause ``item`` goes on: "X
        includes A" but not "the work of X includes A"."""
        if not self.before:
            return False
        body = self.before[-1]
        a, b = body.start - self.base, body.end - self.base
        return bool(_SUBJECT_GAP.match(self.text[b : item.start])) and not _after_of(
            self.text, max(0, a - _NEAR), a
        )

    def coordinated_subject(self, item: _Item) -> Mention | None:
        """The body the sentence opens with when this verb is the clause's second, after "and"
        and with no subject of its own, in a language that drops it ("La Mesa, inaugurada en
        agosto, tiene el apoyo de A y está integrada por B y C"): the members are the opening
        body's.  The verb must be finite (a participle after "and" may hang from any noun), and
        a relative pronoun after a name in between makes the verb that name's ("apoya a A,
        que fue creada en 2010 y está integrada por B")."""
        body = self.leading_body
        if body is None:
            return None
        if _ROMANCE_AND_VERB.match(self.text, item.start) is None:
            return None
        if item.start - (body.end - self.base) > _SHARED_REACH:
            return None  # measured before the gap is cut out: a long sentence stays linear
        last = self.last_body
        if last is not None and last is not body and last.start >= body.end:
            return None  # "travaille avec la Commission X, ... et est composée de": X's verb
        gap = self.text[body.end - self.base : item.start]
        if not _ROMANCE_AND_BEFORE.search(gap) or ";" in gap:
            return None
        pronouns = [r.start() for r in _ROMANCE_RELATIVE.finditer(gap)]
        if pronouns and _NAME_WORD.search(gap, 0, pronouns[-1]):
            return None
        return body

    def placed_subject(self, item: _Item) -> Mention | None:
        """The clause's subject when the body right before the passive is only where the
        subject is placed, in apposition ("El Consejo X, integrado en la Comisión Y, estará
        compuesto por A"): the body before the participle, else None."""
        if len(self.before) < 2:
            return None
        subject, inner = self.before[-2], self.before[-1]
        between = self.text[subject.end - self.base : inner.start - self.base]
        after = self.text[inner.end - self.base : item.start]
        if self.rules.placed.match(between) is None or _FRONTED.match(after) is None:
            return None
        return subject

    def subject_past_passive(self, gap: str) -> bool:
        """Whether a passive in apposition stands between the clause's subject and this verb
        ("The X, coordinated by A, brings together B and C"): the subject is that passive's
        body, named right before it and not after "of"."""
        frame = self.frames[-1] if self.frames else None
        if frame is None or frame.trigger.voice != "passive" or self.before[-1:] != [frame.body]:
            return False
        a, b = frame.body.start - self.base, frame.body.end - self.base
        return (
            self.passive_at - b <= _PAREN_REACH
            and _APPOSITION_CLOSES.match(gap) is not None
            and _APPOSITION_OPENS.match(self.text, b, self.passive_at) is not None
            and not _after_of(self.text, max(0, a - _NEAR), a)
        )

    def on_parenthesised_passive(self, item: _Item) -> None:
        """ "the Child Protection (led by UNICEF), ... Sub-Clusters": a passive in parentheses
        is about the words right before it, a body only if one ends there; its agents hold
        no role in a body named earlier."""
        body = self.last_body
        if body is not None and not self.text[body.end - self.base : item.start].strip(" ("):
            self.passive_body = body
        else:
            self.trigger, self.passive_body = None, None

    def seat_named_after(self, body: Mention) -> bool:
        """Whether a seat of the body and a copula follow its possessive ("The HCF's chair is
        the JCC Director-General"): the body's own role noun (an ``adjacent`` trigger)."""
        seat = _OWNER.match(self.text, body.end - self.base)
        return seat is not None and any(
            t.adjacent and t.pattern.match(self.text, seat.end()) for t in self.rules.triggers
        )

    def of_before(self, body: Mention) -> bool:
        """Whether ``body`` is written after "of (the)": it qualifies a noun before it."""
        a = body.start - self.base
        return _after_of(self.text, max(0, a - _NEAR), a)

    def sitting_of(self, body: Mention) -> bool:
        """Whether ``body`` is written after "meeting of (the)": the passive after it names one
        sitting's chairs, no role of the body (C12)."""
        a = body.start - self.base
        return _SITTING_OF.search(self.text, max(0, a - _NEAR), a) is not None

    def relative_subject(self, item: _Item) -> bool:
        """Whether ``item`` follows "X, which" with nothing else between: the relative pronoun
        is the clause's subject and stands for X ("leads the HCT, which comprises A and B")."""
        body = self.antecedent
        if self.mode != "rel" or body is None or self.rel_actors:
            return False
        return _WHICH_GAP.match(self.text[body.end - self.base : item.start]) is not None

    def right_after_body(self, item: _Item) -> bool:
        """Whether ``item`` follows the body named last with only a comma or a parenthesis
        between ("... of the X (its name in French), led by A")."""
        body = self.last_body
        if body is None or item.start - (body.end - self.base) > _PAREN_REACH:
            return False
        return bool(_AFTER_BODY.match(self.text[body.end - self.base : item.start]))

    def new_clause_subject(self, item: _Item) -> bool:
        """Whether the body named last, read as the object of an active role, opens a clause of
        its own joined by "and" whose verb is this passive ("NRC leads the X group, and the Y
        group is led by OHCHR"): then it is the passive's subject, and the active frame that
        took it is undone."""
        body = self.last_body
        frame = self.current[-1] if self.current else None
        if body is None or frame is None or frame.body is not body or self.frames[-1] is not frame:
            return False
        a, b = body.start - self.base, body.end - self.base
        if not _IS_ONLY.match(self.text[b : item.start]):
            return False
        if not _AND_THE.search(self.text, max(0, a - 12), a):
            return False
        self.current.pop()
        self.frames.pop()
        return True

    def subject_after_agents(self, item: _Item) -> bool:
        """Whether the body named last follows the agents of a passive already read and opens
        a clause of its own, joined by "and" or "while", whose verb is this passive ("The X is
        chaired by A, and the Y is chaired by B"): then it is this passive's subject, not the
        first clause's body (which took no new body while its agents were read)."""
        body = self.last_body
        frame = self.frames[-1] if self.frames else None
        if body is None or frame is None or frame.trigger.voice != "passive":
            return False
        if frame.body.start >= body.start or body in self.before:
            return False
        a, b = body.start - self.base, body.end - self.base
        if item.start - b > _NEAR:
            return False  # "is chaired by" touches its subject
        return bool(_IS_ONLY.match(self.text[b : item.start])) and bool(
            _NEW_CLAUSE.search(self.text, max(0, a - 14), a)
        )

    def it_subject(self, item: _Item) -> bool:
        """Whether the clause's subject is "It" standing for the text's topic ("It comprises
        representatives of A and B", "Its members include A and B", "Members include A")."""
        if self.previous_topic is None or item.start > _NEAR:
            return False  # the pronoun opens the sentence
        before = self.text[: item.start]
        its = not before.strip(" *-•") and self.text[item.start : item.end].lower().startswith(
            ("its", "members")
        )
        return bool(_IT_ONLY.match(before) or its)

    def this_is_subject(self, item: _Item) -> bool:
        """Whether the sentence says what the text's topic is and goes on with a participle
        ("This is the top-level forum for decisions in X, established and led by A" under the
        body's heading): no body named before it, a body word after "This is the"."""
        if self.previous_topic is None or self.last_body is not None or item.start > _THIS_REACH:
            return False
        this = _THIS_IS.match(self.text, 0, item.start)
        return this is not None and bool(
            phrase_rules().pattern.search(self.text, this.end(), item.start)
        )

    def generic_subject(self, item: _Item) -> bool:
        """Whether the clause's subject is a bare body word standing for the text's topic
        ("The Cluster Lead Agency is WHO", "The platform is chaired by A" after a sentence on
        the X Forum)."""
        if self.previous_topic is None or item.start > _NEAR:
            return False
        the = _THE_ONLY.match(self.text, 0, item.start)
        head = the and phrase_rules().pattern.match(self.text, the.end(), item.start)
        return bool(head) and _BE_ONLY.match(self.text[head.end() : item.start]) is not None  # type: ignore[union-attr]

    def on_pronoun_body(self, item: _Item) -> None:
        """ "WFP will chair it", "with NRC acting as its co-coordinator": the body is the one
        named last (with that role's scopes)."""
        t = item.trigger
        body = self.last_body or self.previous_topic  # "WFP and NRC co-chair it."
        if t is None or body is None:
            return
        window = max(0, item.start - _NEAR)
        its = (
            _ITS_BEFORE.search(self.text, window, item.start)
            or _IT_AS_BEFORE.search(self.text, window, item.start)
        ) and not re.search(r"\b(?:of|for|on|in)$", self.text[item.start : item.end])
        if its and not self.subjects:
            self.orphan = (t, body)  # "Its chair is the Ministry of Interior."
            return
        pronoun = _IT_OBJECT.match(self.text, item.end) or self.bare_body(item.end)
        if not self.subjects or not (its or pronoun):
            return
        # "its co-coordinator" shares the scope of the role in its body read just before
        scopes = next((list(f.scopes) for f in reversed(self.frames) if f.body is body), [])
        if not its or self.clause_scopes:
            scopes = []
        frame = Frame(t, list(self.subjects), body, scopes=scopes)
        self.frames.append(frame)
        self.current, self.trigger = [frame], None

    def bare_body(self, end: int) -> re.Match[str] | None:
        """ "co-chairs the group.": a bare body word right after a role word, unless the
        mentions read it as a body of its own ("Co-Chair of the Partnership" naming the last
        partnership, not the last committee): then it is that body's mention."""
        bare = self.rules.bare_body.match(self.text, end)
        if bare is None or bare.end() - len(bare.group().lstrip()) in self.body_starts:
            return None
        return bare

    def on_fronted_holder(self, item: _Item, entity: Entity, gap: str) -> bool:
        """The holder of a fronted role phrase: the first actor after its comma (not one of
        the phrase's own co-holders: "Co-chairing the X with WFP, UNHCR ..."), or after the
        copula of an inverted one ("Sitting on the X are A, B and C")."""
        if not self.fronted:
            return False
        if not (_SUBJECT_AFTER_COMMA.search(gap) or _COPULA.match(gap)) or (
            self.co_mode and _SUBJECT_NEXT.match(self.text, item.end)
        ):
            return False
        self.flush_co()
        self.fronted_holders.append(entity)
        self.subjects = self.fronted_holders  # more subjects ("IOM and UNHCR") join the roles
        self.fronted = []
        self.co_mode = self.co_after = self.fronted_ok = False
        self.trigger, self.current, self.mode = None, [], None
        return True

    def on_actor(self, item: _Item, gap: str) -> None:
        entity = item.mention.entity  # type: ignore[union-attr]
        self.last_actor = item.mention
        posted = item.mention.qualifier  # type: ignore[union-attr]
        if item.mention.rule == OFFICE_RULE and posted is not None and posted.place is not None:  # type: ignore[union-attr]
            self.post_scopes[entity.key] = posted  # "the RC for Tanzania" read as one name
        if self.unread_agents and _CONJOINED.match(gap):
            return  # "..., the Inter-Sector meetings led by OCHA, the Y": the list goes on
        self.unread_agents = False
        if self.mode == "adjective":
            self.mode = None
            self.trigger = None
        if self.on_fronted_holder(item, entity, gap):
            return
        start = item.start
        if self.rules.requester.search(self.text, max(0, start - _NEAR), start):
            # "At the request of the HC, IOM has agreed to coordinate": IOM alone, whatever
            # names came before the phrase (a title line run into it)
            self.subjects = []
            return
        if self.orphan is not None and not self.current and self.names_orphan(item, gap):
            # "The chair of the X is UNFPA.", "Members of the X include A, B and C", "The Chair
            # of the X, Union Secretary of Health, Mr A, opened": the holders follow as the
            # agents of a passive do
            self.trigger, self.passive_body = self.orphan
            self.mode, self.by, self.orphan = "by", [entity], None
            return
        if self.co_mode:
            if self.extend("co", self.co, entity, gap):
                if self.trigger is not None and not self.current:
                    self.trigger_end = item.end  # "co-leads with IOM the X": the body follows
                return
            self.co_mode = False
        if self.mode == "by":
            if self.join_agents(entity, gap, item.end):
                return
            self.close_passive()
        if self.placed_agent(entity, gap, item.end):
            return
        if self.mode == "rel":
            self.extend("rel", self.rel_actors, entity, gap)
            return
        if self.mode == "partner":
            if not self.role_next(item):
                return
            self.mode = None  # "(with WFP co-leading the X and ...)": WFP's own clause
        if self.trigger is not None and not self.current:
            # an actor between a trigger and its body is not a new subject, unless the
            # trigger never finds one: "A is the lead for child protection, B leads the X"
            self.waiting.append(entity)
            self.waiting_end = item.end
            return
        starts_list = self.subjects and not self.current and self.trigger is None
        # "After consulting the Government and the UN Country Team, the RC heads the X": past
        # a body, only "and" joins one more subject; a comma opens the clause's own subject
        past_body = bool(self.before) and _AND_WORD.search(gap) is None
        if starts_list and not past_body and self.extend("subjects", self.subjects, entity, gap):
            return
        t = self.trigger
        elided = self.current and t is not None and t.voice == "active" and gap.strip()
        self.flush_co()
        self.co = []
        self.subjects, self.trigger, self.current, self.before = [entity], None, [], []
        self.elided = t if elided and _CONJOINED.match(gap) else None
        self.closed.discard("subjects")
        self.mode = None

    def names_orphan(self, item: _Item, gap: str) -> bool:
        """Whether the actor ``item`` holds the role left without holders: after a copula, or
        set off by commas right after the body (a seat's holder in apposition, never a member
        list's first item)."""
        if _COPULA.match(gap):
            return True
        assert self.orphan is not None
        trigger, body = self.orphan
        return (
            trigger.role != "member"
            and body.end - self.base == self.last_end
            and _APPOSED_HOLDER.match(gap) is not None
            and self.text.startswith(",", item.end)
        )

    def placed_agent(self, entity: Entity, gap: str, end: int) -> bool:
        """ "led by IOM in Sindh, NRC in Balochistan and UNHCR in Khyber Pakhtunkhwa": after an
        agent and its place, the next name with a place of its own is one more agent, there."""
        last = self.frames[-1] if self.frames else None
        if self.mode is not None or self.last_kind != "place" or last is None:
            return False
        placed = last in self.current and last.trigger.voice == "passive"
        if not placed or not any(s.place for s in last.scopes):
            return False
        if not _CONJOINED.match(gap) or not _IN_NEXT.match(self.text, end):
            return False
        self.trigger, self.passive_body, self.mode = last.trigger, last.body, "by"
        self.by, self.by_end, self.passive_scopes = [entity], end, []
        self.closed.discard("by")
        return True

    def role_next(self, item: _Item) -> bool:
        """Whether an active role word follows the actor ``item`` right away ("WFP co-leading")."""
        return self.verb_at(item.end, "active")

    def verb_at(self, end: int, voice: str) -> bool:
        """Whether a role trigger of ``voice`` follows ``end`` (in the sentence) after spaces."""
        at = _SPACES.match(self.text, end).end()  # type: ignore[union-attr]
        return any(t.voice == voice and t.pattern.match(self.text, at) for t in self.rules.triggers)

    def through_government(self, entity: Entity, gap: str) -> bool:
        """ "led by the Government of X through the Ministry of Y": the unit the government acts
        through holds the role with it."""
        government = bool(self.by) and self.by[-1].kind in self.rules.government_kinds
        if government and _THROUGH.match(gap):
            self.by.append(entity)
            return True
        return False

    def extend(self, name: str, items: list[Entity], entity: Entity, gap: str) -> bool:
        """Add ``entity`` to a list of names ("A, B and C") if ``gap`` continues the list.

        A list joined once by a bare "and" is complete: "co-led by A and B, and C serves as
        chair" starts a new clause with C.
        """
        # the first name of a counted group: right where the group's lead ends
        group = name == "by" and self.last_end + len(gap) == self.group_end
        adds = False
        if items:
            # "A (its unit), B y C": a bracket closing the item before is the item's own;
            # "A y B; así como C", "A and B; as well as C": "as well as" adds to a list its
            # "and" has closed, after a semicolon only ("A and B, as well as C, which leads
            # X" is C's own clause)
            gap = _ITEM_BRACKET.sub("", gap, count=1)
            adds = _AS_WELL_AS_AFTER.match(gap) is not None
            gap = _AS_WELL_AS_AFTER.sub(r"\1", gap)
            # "de A, del destacamento de la B, de la oficina regional del C": a Romance list
            # item naming a unit of the next name by a common noun is that name's (C1)
            gap = _UNIT_OF_NEXT.sub(r"\1", gap)
        if not items:
            self.either = _EITHER.search(gap) is not None  # "chaired by either A or B"
        alternative = bool(items) and self.either and _OR.match(gap) is not None
        seats = _without_representative(gap)  # "A, and representatives of B": one list
        joined = _CONJOINED.match(seats) or _KIND_THEN_NAME.match(gap) or group or alternative
        if items and ((name in self.closed and not adds) or not joined):
            return False
        serial = seats == gap and "," in gap and _AND_WORD.search(gap.replace("&", " "))
        if len(items) == 1 and serial:
            return False  # "led by WHO, and the IRC is ...": a serial comma needs a list first
        if not items or adds:
            self.closed.discard(name)  # "A and B, as well as C and D": open for one "and" more
        elif (_AND_WORD.search(gap) and "," not in gap) or alternative:
            self.closed.add(name)
        items.append(entity)
        return True

    def on_relative_role(self, item: _Item) -> bool:
        """ "the X, of which IOM is part, ...", "the X, which UNHCR leads.": the actors of a
        relative clause hold a role in its antecedent when the clause ends after the role."""
        t = item.trigger
        assert t is not None
        if not (self.mode == "rel" and self.rel_actors and self.antecedent is not None):
            return False
        if t.voice != "active" or not _CLAUSE_ENDS.match(self.text, item.end):
            return False
        frame = Frame(t, list(self.rel_actors), self.antecedent)
        self.frames.append(frame)
        self.current, self.trigger, self.mode, self.rel_actors = [frame], None, None, []
        return True

    def on_adjective_holder(self, item: _Item, prev: _Item | None) -> bool:
        """ "the UNHCR-led X": a lead whose holder is written right before the trigger."""
        t = item.trigger
        if t is None or t.voice != "adjective" or prev is None or prev.kind != "actor":
            return False
        if self.text[prev.end : item.start].strip(" -"):
            return False
        self.subjects = [prev.mention.entity]  # type: ignore[union-attr]
        body = self.last_body
        if body is not None and _PREDICATIVE.match(self.text, body.end - self.base, prev.start):
            # "The X is government-led": the body comes first
            frame = Frame(t, list(self.subjects), body)
            self.current = [frame]
            self.add(frame)
            return False
        return True

    def on_body(self, item: _Item, gap: str) -> None:
        m = item.mention
        assert m is not None
        if _LEADS_OF.match(self.text, m.end - self.base):
            return  # "together with OCHA and the UN cluster lead agencies": agencies, no body
        self.unread_agents = False
        if self.last_body is None and _OPENING.match(self.text, 0, item.start):
            self.opening_body = m  # "The network began in 2015 ...": the sentence's subject
        if self.last_body is None and _ROMANCE_OPENING.fullmatch(self.text, 0, item.start):
            self.leading_body = m  # "La Mesa X, ..., tiene A y está integrada por B"
        self.last_body = m
        if self.mode == "partner":
            self.mode = None
        restart = self.co_after  # "co-chairs the X with IOM, the Y with WHO": IOM is X's only
        if restart:
            self.flush_co()
            self.co_after = False
        if self.forum_agent(m, gap):
            return  # "chaired by the NGO Forum and UNHCR": a forum among the agents
        if self.mode == "by" and self.by and self.passive_body is None:
            # "Under the leadership of UNHCR, the Protection Sector ..."
            self.close_passive(None if self.subject_passive or _VERB_OBJECT.search(gap) else m)
            if self.subject_passive:
                self.by, self.mode = [], None
            return
        if self.mode == "under":
            self.mode = None
            if self.current:
                for f in self.current:
                    f.parent = m.entity
            elif _FRONTED.match(self.text[m.end - self.base :]):
                self.context_parent = m.entity  # "Within the X, IOM leads the Y"
            return
        if self.mode == "by" and self.resume is not None and self.by and _NEXT_ITEM.match(gap):
            self.close_passive()  # "..., the Protection Cluster": the interrupted list goes on
            self.trigger, self.trigger_end, self.current, self.subjects = self.resume
            self.resume, self.mode = None, None
        if self.mode in ("rel", "by"):
            return
        if _POSSESSOR.match(self.text, m.end - self.base) and not self.seat_named_after(m):
            return  # "part of the X's response": the role is in what X owns, not in X
        if self.trigger is None and self.elided is not None and _ELIDED.match(gap):
            self.trigger, self.trigger_end = self.elided, self.last_end
        self.elided = None
        t = self.trigger
        if (
            t is not None
            and t.voice == "active"
            and not self.subjects
            and self.gap_ok(self.text[self.trigger_end : item.start])
        ):
            self.orphan = (t, m)  # "The following organisations are members of the SAG:"
        if (
            t is not None
            and t.voice in ("active", "adjective")
            and (self.subjects or self.fronted_ok)
        ):
            if self.current and _OWNER_GAP.match(gap):
                # "co-leads the Working Group X of the Framework Y (Y-2024)": Y owns X
                self.trigger, self.current = None, []
                return
            link_gap = self.text[self.trigger_end : item.start] if not self.current else gap
            if self.gap_ok(link_gap) or (self.current and self.co):
                frame = Frame(t, self.holders(), m, list(self.co), scopes=list(self.trigger_areas))
                self.co, self.co_mode, self.partners = [], False, False
                self._count(link_gap, frame)
                if (own := body_scope(m, self.text, self.base)) is not None:
                    frame.scopes.append(own)
                if self.context_parent is not None:
                    frame.parent = self.context_parent
                if restart or (self.current and not self.gap_ok(gap) and not frame.co):
                    self.current = []
                self.current.append(frame)
                self.add(frame)
                if self.verb_before is not None:  # "A chairs and coordinates the X": both
                    self.add(
                        replace(
                            frame,
                            trigger=self.verb_before,
                            co=list(frame.co),
                            scopes=list(frame.scopes),
                        )
                    )
                if t.voice == "adjective":
                    self.trigger = None
                return
            self.trigger, self.current = None, []
        self.before.append(m)

    def forum_agent(self, body: Mention, gap: str) -> bool:
        """Whether a body that may hold a role joins the agents of a passive about another."""
        if self.mode != "by" or self.passive_body is None or not may_hold(body.entity):
            return False
        if self.verb_at(body.end - self.base, "passive"):
            return False  # "X chaired by A and a Y chaired by B": Y opens a clause of its own
        return self.join_agents(body.entity, gap, body.end - self.base)

    def semicolon_member(self, end: int) -> bool:
        """Whether a semicolon at ``end`` goes on with a composition's list of members: "is
        composed of A; B; C", "integrado por A, quien lo preside; el B; el C" (decrees and
        press list a body's members so, one to a clause), a name right after it (its article
        at most); a list an "and" closed ("comprises A and B; C chairs it") is complete."""
        t = self.trigger
        if self.mode != "by" or not self.by or "by" in self.closed:
            return False
        if t is None or t.role != "member" or t.voice != "passive":
            return False
        return _SEMICOLON_ITEM.match(self.text, end) is not None

    def join_agents(self, entity: Entity, gap: str, end: int) -> bool:
        """Whether ``entity`` (ending at ``end``) is one more agent of the passive read ("by A
        and B", "by the Government through the Ministry", "comprises NGOs through A, UN
        agencies through B"); one listed "as observers" is in the list but holds no role."""
        observer = self.trigger is not None and self.trigger.role == "member"
        if observer and self.rules.observer.match(self.text, end):
            return True
        if self.extend("by", self.by, entity, gap) or self.through_government(entity, gap):
            self.by_end = end
            return True
        if self.by and "by" not in self.closed and self.rules.represented.match(gap):
            self.by.append(entity)
            self.by_end = end
            return True
        return False

    def on_place(self, item: _Item, gap: str) -> None:
        place = item.mention.entity  # type: ignore[union-attr]
        if self.apposed_country(item) or self.member_state(place, item, gap):
            return
        if self.post_place(place, gap):
            return
        if self.last_kind == "actor" and not gap.strip():
            return  # "IOM Tehran is part of the X": where the actor's office is
        if self.rules.based_in_end.search(gap) and self.last_body is not None:
            self.located[self.last_body.start] = place  # "the X, based in Sloviansk, ..."
            return
        if item.mention.rule == _BASED:  # type: ignore[union-attr]
            return  # "UNHCR, based in Geneva, leads ...": where an actor sits
        if self.rules.origin.search(gap):
            return  # "the Platform for Refugees and Migrants from X": where they come from
        if self.rules.venue.search(gap):
            return  # "Held in Siem Reap, the forum ...": where one event took place
        if self.holder_country(place, gap):
            return
        if self.mode == "by" and self.by:
            self.close_passive()  # "chaired by UNDP in Bay region": the agents are complete
        if place.kind == "Country" and (part := self.rules.country_part.search(gap)):
            name = f"{part.group(1)} {item.mention.surface}"  # type: ignore[union-attr]
            place = Entity(minted_key(name), name, "Place")  # "in north-east Nigeria"
        elif self._own_country(place):
            if not self.gap_ok(gap):
                # "X, made up of A and B, has done much to rid Ghana of Guinea worm", "cooperation
                # between Viet Nam and Germany": past the roles' clause, no place is their scope
                self.current = []
            return  # the plan's own country is no narrower scope
        scope = Scope(level=self.level_for_places, place=place)
        if self.clause_opening() and self.mode is None:
            self.fronted_scopes().append(scope)  # "In Aden and Hodeidah, the X is ..."
            return
        if not self.current or not self.gap_ok(gap) or self.mode in ("rel", "by"):
            return
        for f in self.current:
            f.scopes.append(_in_place(f, scope))

    def _own_country(self, place: Entity) -> bool:
        """Whether ``place`` is the document's own country: no narrower scope (C3, C9)."""
        return place.kind == "Country" and place.key == self.country

    def post_place(self, place: Entity, gap: str) -> bool:
        """ "the UN Resident Coordinator for Tanzania": the place of an international post right
        after its title is the scope of the post's roles in this sentence (convention C10),
        kept for :meth:`finish`, which gives it to the post's frames that have no other."""
        post = self.last_actor
        if self.last_kind != "actor" or post is None or not post_place(post, gap):
            return False
        if not self._own_country(place):
            self.post_scopes[post.entity.key] = Scope(place=place)
        return True  # the document's own country is no narrower scope (C3, C9)

    def holder_country(self, place: Entity, gap: str) -> bool:
        """A country opening the list of holders a plural noun introduces, before any role:
        "three donors (Sweden, ECHO and DFID) have sat on the HCT" -- the clause's first
        subject, the names after it joining it as actors do."""
        if place.kind != "Country" or not self.clause_opening() or self.mode is not None:
            return False
        if not self.rules.holder_country.search(gap):
            return False
        self.flush_co()
        self.subjects, self.current, self.before = [place], [], []
        self.closed.discard("subjects")
        return True

    def apposed_country(self, item: _Item) -> bool:
        """A country followed by the post it holds now: "..., Kenya and Uganda, the current
        Forum Chair" -- Uganda alone is the post's holder, whatever the clause's subject was,
        and the countries listed before it are its fellow states, no scope of its post."""
        place = item.mention.entity  # type: ignore[union-attr]
        if place.kind != "Country" or not self.rules.apposed_country.match(self.text, item.end):
            return False
        scopes = self.fronted_scopes()
        scopes[:] = [s for s in scopes if s.place is None or s.place.kind != "Country"]
        self.flush_co()
        self.subjects, self.current, self.before = [place], [], []
        self.closed.discard("subjects")
        return True

    def member_state(self, place: Entity, item: _Item, gap: str) -> bool:
        """Countries holding a fronted membership: "As members of the MIRPS, Belize, Costa
        Rica and Panama have pledged ...": the states are the members (a country holds no
        other role here, and a country elsewhere stays a scope)."""
        if place.kind != "Country":
            return False
        if self.fronted and all(f.trigger.role == "member" for f in self.fronted):
            return self.on_fronted_holder(item, place, gap)
        states = self.fronted_holders
        if not states or self.subjects is not states or self.current or self.trigger:
            return False
        return all(s.kind == "Country" for s in states) and self.extend(
            "subjects", states, place, gap
        )

    @staticmethod
    def _count(gap: str, frame: Frame) -> None:
        if m := _COUNT_OF.search(gap):
            frame.count, frame.out_of = _number(m.group(1)), _number(m.group(2))
        elif m := _COUNT_OTHER.search(gap):
            frame.count = _number(m.group(1))
        elif m := _COUNT_ALL.search(gap):
            frame.count = frame.out_of = _number(m.group(1))


def _in_place(frame: Frame, scope: Scope) -> Scope:
    """A place after a body whose name gives a bare level: "leads the CCCM subnational cluster
    in Marib" holds in Marib (at that level), not both in Marib and sub-nationally."""
    level = frame.body.qualifier
    if level is None or level.place is not None or level not in frame.scopes:
        return scope
    frame.scopes.remove(level)
    return Scope(level=level.level, place=scope.place)


_ARTICLE = re.compile(r"(?i:the\s+)?")  # written before "Government": no part of its name
_NAMED_AFTER = re.compile(r"\s*\((?-i:[A-Z])")  # .match(text, pos): a name in parentheses follows


def _references(sentence: Sentence, rules: RoleRules, context: Context) -> list[Mention]:
    """Words that stand for an actor named elsewhere ("government-led", "we"), as mentions."""
    found: list[Mention] = []
    for regex, entity, rule in (
        (rules.government, context.government, "reference.government"),
        (rules.publisher, context.publisher, "reference.publisher"),
    ):
        if entity is not None:
            base = sentence.start
            for m in regex.finditer(sentence.text):
                if _NAMED_AFTER.match(sentence.text, m.end()):
                    continue  # "the government (Office of the Prime Minister)": that office
                lead = _ARTICLE.match(sentence.text, m.start())
                a = lead.end() if lead else m.start()
                found.append(
                    Mention(base + a, base + m.end(), sentence.text[a : m.end()], entity, rule)
                )
    return found


def _items(
    sentence: Sentence, mentions: Sequence[Mention], rules: RoleRules, context: Context
) -> list[_Item]:
    text = sentence.text
    base = sentence.start
    items: list[_Item] = []
    taken = Taken(max([len(text), *(m.end - base for m in mentions)]))
    for i, mention in enumerate(mentions):
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        family = role_family(mention.entity)
        a, b = mention.start - base, mention.end - base
        if family is not None and not _owner_of(text, b, after, base, family):
            items.append(_Item(a, b, family, mention=mention))
        taken.claim(a, b)
    free = taken.free
    for ref in _references(sentence, rules, context):
        a, b = ref.start - base, ref.end - base
        if free(a, b):
            items.append(_Item(a, b, "actor", mention=ref))
            taken.claim(a, b)
            context.referred.append(ref)
    found: list[tuple[int, int, Trigger]] = []
    low = folded(text)
    triggers, based_in, markers = rules.screened
    posts: _Posts | None = None  # read once a sentence, at its first verb of a post
    # where each comparison's "than" ends ("mais membros do que", "más recursos del que"): the
    # words after it are the term compared, no relative clause nor a closing verb's subject
    compared = [m.end() for m in rules.comparative.finditer(text)]
    for t, screened in triggers:
        for m in screened.finditer(text, low):
            if t.role == "member" and (
                rules.no_member(text, m.start(), m.end())  # "sits on it as an observer"
                or rules.among.search(text, max(0, m.start() - _NEAR), m.start())
                or (
                    t.category is not None
                    and t.category.match(m.group())
                    and rules.category.search(text, max(0, m.start() - _NEAR), m.start())
                )
            ):
                continue  # no member; "shares information among the members of the X": others;
                # "NGO members of the X": what kind of members, no holder
            if rules.unheld(text, m.start()):
                continue  # "serves as vice-chair of the X" (C14), "it does not chair the X"
            if t.post is not None:
                posts = posts or _Posts(text, rules)
                if not posts.last(t, m.start()):
                    continue  # "la coordination du Comité est assurée par": no chair
            if t.closing and _compared_subject(text, compared, m.start()):
                continue  # "mais membros do que o Ministério faz parte": a comparison
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), t))
    for a, b, t in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if free(a, b):
            items.append(_Item(a, b, "trigger", trigger=t))
            taken.claim(a, b)
    items.extend(_bare_acronyms(text, base, items, taken, context))
    for m in based_in.finditer(text, low):
        a, b = m.span(1)
        if free(a, b):  # a place no gazetteer knows ("based in Sloviansk")
            place = Entity(minted_key(m.group(1)), m.group(1), "Place")
            mention = Mention(base + a, base + b, m.group(1), place, _BASED)
            items.append(_Item(a, b, "place", mention))
            taken.claim(a, b)
    for kind, regex in markers:
        for m in regex.finditer(text, low):
            if kind == "rel" and m.end() in compared:
                continue  # "mais do que", "más ... del que": a comparison, no relative clause
            if free(m.start(), m.end()):
                items.append(_Item(m.start(), m.end(), kind))
                taken.claim(m.start(), m.end())
    return _bodies_in_context(sorted(items, key=lambda i: i.start), text, rules)


def _compared_subject(text: str, compared: list[int], at: int) -> bool:
    """Whether a closing verb at ``at`` ends the term of the comparison before it in its own
    clause ("mais membros do que o PMA faz parte"): no ";", "," nor "and" word between the
    comparison's "than" and the verb ("..., mais do que a OIM, e o PMA faz parte" is a member)."""
    i = bisect_right(compared, at) - 1
    if i < 0:
        return False
    gap = text[compared[i] : at]
    return not any(c in gap for c in ";,") and _AND_WORD.search(gap) is None


class _Posts:
    """The posts a sentence names ("présidence", "coordination") and where its clauses begin,
    found once for the sentence: each verb of a post looks its post up here, not by reading
    the clause again back to its start (which read a long sentence once for every verb)."""

    def __init__(self, text: str, rules: RoleRules) -> None:
        found = [
            (m.start(), -i, m.end(), p)
            for i, p in enumerate(rules.posted)
            for m in p.post.finditer(text)  # type: ignore[union-attr]
        ]  # by start, and the first of rules.posted last of posts that start together
        self.named = [(a, b, p) for a, _, b, p in sorted(found, key=lambda n: n[:2])]
        self.starts = [n[0] for n in self.named]
        self.stops = [i for i, c in enumerate(text) if c in ".;:"]

    def last(self, t: Trigger, at: int) -> bool:
        """Whether ``t``'s post is the last post named before ``at`` in its clause: "La
        présidence du Comité est assurée par A" gives A the chair, "la coordination ... est
        assurée par" the coordination, one verb for each post."""
        stop = bisect_left(self.stops, at)
        start = self.stops[stop - 1] + 1 if stop else 0
        i = bisect_left(self.starts, at) - 1
        while i >= 0 and self.named[i][1] > at:  # a post running past the verb: none before it
            i -= 1
        return i >= 0 and self.named[i][0] >= start and self.named[i][2] is t


_OWNER = re.compile(r"['’]s[ \t]+")


def _without_representative(gap: str) -> str:
    """A list's gap without the seat words before its next name: ", and representatives of
    the " joins the names as ", and the " does."""
    m = _REPRESENTATIVE.search(gap)
    return gap if m is None or not m.group().strip() else gap[: m.start()] + " " + gap[m.end() :]


def _owner_of(text: str, end: int, after: Mention | None, base: int, family: str) -> bool:
    """Whether an organisation is only the owner of the next one, which holds: "together with
    the Government of Rwanda's Ministry of Refugee Affairs" (the ministry co-leads)."""
    return (
        family == "actor"
        and after is not None
        and role_family(after.entity) == "actor"
        and _OWNER.fullmatch(text, end, after.start - base) is not None
    )


# an acronym no one defines or knows as the agent right after a passive role ("chaired by
# MINEPAT and the RC/HC"), or as the subject opening the sentence right before an active one
# ("NCCI is also a member of the ICCG"): the organisation it abbreviates (group 1)
_ACRONYM = r"((?-i:[A-Z][A-Z0-9]{2,9}))(?![\w/&-])"
# as the subject, also in mixed case with its country ("DPNet-Nepal, which serves as the
# Secretariat of the NPDRR"; two lower-case letters at least, so no plural "NGOs"), before "is
# the", "serves as" or ", which" and the role
_SUBJECT = r"((?-i:[A-Z][A-Z0-9]{2,9}|[A-Z]{2,}[a-z]{2,}(?:-[A-Z][a-z]+)?))(?![\w/&-])"
_AGENT_ACRONYM = re.compile(
    r"\s+(?:(?-i:[Tt]he)\s+)?" + _ACRONYM, re.IGNORECASE
)  # .match at a trigger's end; "THE" in capitals is no article but a word of a run of them
_SUBJECT_ACRONYM = re.compile(
    r"^\W*(?:(?:on|in|since|after|at)\s[^,]{1,50},\s+)?"  # "On 31 December 2018, A is"
    + _SUBJECT
    + r"(?:\s*,\s*which)?\s+(?:(?:is|are|was|were|will|shall|also|now|"
    r"currently|has|have|been|an?|the|serves|acts|as)\s+)*$",
    re.IGNORECASE,
)
_CAPITALS_ON = re.compile(r"[ \t]+[A-Z][A-Z0-9]+\b")  # .match at its end: a run of capitals
_BARE_ACRONYM = "actor.bare-acronym"


def _bare_acronyms(
    text: str, base: int, items: list[_Item], taken: Taken, context: Context
) -> list[_Item]:
    """Acronyms that hold a role though no name rule read them (``_AGENT_ACRONYM``,
    ``_SUBJECT_ACRONYM``), as actors of their own.  A word in capitals is one only where it
    stands alone: not in a line written in capitals (a heading: "CHAIRED BY THE MINISTRY"),
    not in a run of capitalised words ("THE MINISTRY OF HEALTH"), and not a word the document
    also writes in lower case ("GOVERNMENT", "NOTE")."""
    found: list[_Item] = []
    for item in items:
        t = item.trigger
        if t is None or t.voice not in ("active", "passive"):
            continue
        if t.voice == "passive":
            m = _AGENT_ACRONYM.match(text, item.end)
        else:
            m = _SUBJECT_ACRONYM.match(text, 0, item.start)
        if m is None or not taken.free(*m.span(1)):
            continue
        a, b = m.span(1)
        if _CAPITALS_ON.match(text, b) or context.writes_lower(m.group(1)):
            continue
        if not found and text.upper() == text:
            return []  # a line in capitals (asked at the first acronym only)
        actor = Entity(minted_key(m.group(1)), m.group(1), "Actor", acronym=m.group(1))
        found.append(
            _Item(a, b, "actor", Mention(base + a, base + b, m.group(1), actor, _BARE_ACRONYM))
        )
        taken.claim(a, b)
    return found


# between a body and its passive role ("X is chaired by", "X, headed by", "X (NEMO) is led by",
# "X (CTSA), which is led by")
_BEFORE_PASSIVE = re.compile(
    r"^\s*(?:\([^()]*\))?\s*,?\s*(?:(?:which|that)\s+)?"
    rf"(?:(?:{alternatives(language_words('be'))})\s+)?"
    r"(?:(?:also|currently|now|to\s+be)\s+)?$",
    re.IGNORECASE,
)
"""Between a body and its passive role ("... Council is chaired by", "le Conseil National X est
présidé par", "el Consejo Nacional X es presidido por"): the forms of "to be" of
``languages.toml``."""
# between the holder and its active role: auxiliaries only ("the Governor chairs", "the
# Minister is also a member of"; not "Minister Reber greeted the members of")
_SUBJECT_ONLY = re.compile(
    r"^(?:\s|,|\b(?:is|are|was|were|will|shall|would|also|now|currently|has|have|been|be|"
    r"an?|jointly)\b)*$",
    re.IGNORECASE,
)
_AFTER_ACTIVE = re.compile(r"^\s*(?:the\s+|its\s+|this\s+)?$", re.IGNORECASE)


def _past_apposition(prev: _Item | None, gap: str) -> str:
    """The gap after an office whose holder's name stands in apposition ("the Governor, Martyn
    Roper, and the Premier"): the comma closing the apposition is the name's, not the list's."""
    office = prev.mention if prev is not None else None
    if (
        office is not None
        and office.entity.kind == "Office"
        and "," in office.surface
        and gap.lstrip().startswith(",")
    ):
        return gap.replace(",", "", 1)
    return gap


def beside_role(trigger: Trigger, gap: str, after: bool) -> bool:
    """Whether a name ``gap`` away from a role word is the body it is said of: the object
    right ``after`` an active one ("the Governor chairs the … Commission"), or the subject
    right before a passive one ("… Council is chaired by", "… Authority, headed by").  The one
    test of where a name whose head may name an organisation or a body (``context_bodies``)
    is a body, for the role rules and the membership lists alike."""
    if after:
        return trigger.voice == "active" and _AFTER_ACTIVE.match(gap) is not None
    return trigger.voice == "passive" and _BEFORE_PASSIVE.match(gap) is not None


def _object_of_relative(items: list[_Item], k: int, text: str) -> bool:
    """Whether the name at ``k`` is the object of the relative clause after it, an actor its
    subject and an active role word its verb, the clause ending there ("a Crisis Management
    Unit that the Minister of Interior chairs")."""
    if k + 3 >= len(items) or items[k + 1].kind != "rel" or items[k + 2].kind != "actor":
        return False
    verb = items[k + 3]
    return (
        verb.trigger is not None
        and verb.trigger.voice == "active"
        and _SUBJECT_ONLY.match(text[items[k + 2].end : verb.start]) is not None
        and _CLAUSE_ENDS.match(text, verb.end) is not None
    )


def _bodies_in_context(items: list[_Item], text: str, rules: RoleRules) -> list[_Item]:
    """Names whose head may be an organisation or a body (``context_bodies`` in roles.toml)
    read as a body where the sentence makes them one: the subject right before a passive role
    or the object right after an active role, an actor holding it on the other side."""
    for k, item in enumerate(items):
        mention = item.mention
        if item.kind != "actor" or mention is None or mention.rule not in rules.context_rules:
            continue
        j = k + 2 if k + 2 < len(items) and items[k + 1].kind == "rel" else k + 1  # ", which"
        nxt = items[j] if j < len(items) else None
        prev = items[k - 1] if k > 0 else None
        rel = k > 2 and items[k - 2].kind == "rel"  # "A and B, who co-chair the X"
        holder = items[k - 3 if rel else k - 2] if k > 1 else None
        passive = (
            nxt is not None
            and nxt.trigger is not None
            and beside_role(nxt.trigger, text[item.end : nxt.start], after=False)
            and any(i.kind == "actor" for i in items[j + 1 :])
        )
        active = (
            prev is not None
            and holder is not None
            and prev.trigger is not None
            and beside_role(prev.trigger, text[prev.end : item.start], after=True)
            and holder.kind == "actor"
            and _SUBJECT_ONLY.match(text[items[k - 2].end : prev.start]) is not None
        )
        if passive or active or _object_of_relative(items, k, text):
            entity = replace(mention.entity, kind=rules.context_kind)
            items[k] = _Item(item.start, item.end, "body", mention=replace(mention, entity=entity))
    return items


@dataclass
class Context:
    """What a sentence inherits from the ones before it.

    ``lead_in``: subjects of a sentence ending with a colon, for the list items under it ("IOM
    holds these roles:" / "- co-lead of the X"); ``passive``: the trigger and body of a passive
    lead-in ("The cluster is co-led by:" / "- UNHCR"); ``previous``: the last sentence's
    subjects, for one starting "It"; ``topic``: the body the text was last about, for a list
    item that names no body ("- UNHCR serves as Cluster Coordinator"); ``government``: the
    national government named last, and ``publisher``, the document's, for the words that
    stand for them ("government-led", "we"); ``text``: the document's, whose words in lower case
    say which words in capitals are no acronyms.
    """

    lead_in: list[Entity] = field(default_factory=list)
    passive: tuple[Trigger, Mention | None] | None = None
    previous: list[Entity] = field(default_factory=list)
    topic: Mention | None = None
    topic_just_named: bool = False  # the last sentence named a body
    in_list: bool = False
    government: Entity | None = None
    publisher: Entity | None = None
    titled: Mention | None = None  # the body the last heading named ("About the X Forum")
    text: str = ""  # the document's, for the words it writes in lower case
    referred: list[Mention] = field(default_factory=list)  # "the Government" read as an actor

    def writes_lower(self, word: str) -> bool:
        """Whether the document writes ``word`` in lower case ("note", "government"): then
        the word in capitals is that word, no acronym."""
        return word.lower() in lower_case_words(self.text)


# a list item (Markdown lists follow a blank line); a number may stand alone on its line
_ITEM = re.compile(r"^(?:[-*•]|\d{1,2}[.)])(?:\s|$)")
_HEADING_WORDS = 12  # a heading line is short and ends without punctuation
# what may come before the holder a list item opens with: a bullet, a number, "the", emphasis
_ITEM_HEAD = re.compile(r"[\W_]*(?:\d{1,2}[.)]\s*)?[\W_]*(?:the\s+)?$", re.IGNORECASE)
_LABEL = re.compile(
    r"^[-*•]?\s*((?:[A-Z][\w'’-]*\s?){1,4}(?:(?:state|province|governorate|region|district|"
    r"county|oblast|hub)\s?)?):\s"
)


def read_sentence(
    sentence: Sentence,
    mentions: Sequence[Mention],
    rules: RoleRules,
    country: str | None,
    context: Context,
) -> _Walk:
    """Read one sentence; the walk holds its frames and its state at the end."""
    walk = _Walk(sentence.text, sentence.start, rules, country)
    walk.previous_topic = context.topic
    walk.topic_just_named = context.topic_just_named
    items = _owned(_member_body(_items(sentence, mentions, rules, context)), sentence.text, rules)
    walk.body_after = max((i.start for i in items if i.kind == "body"), default=-1)
    walk.body_starts = frozenset(i.start for i in items if i.kind == "body")
    first_trigger = _first_trigger(items)
    no_subject = not any(i.kind == "actor" for i in items if i.start < first_trigger)
    if context.previous and _PRONOUN_START.match(sentence.text):
        walk.subjects = list(context.previous)
    if _IT_PASSIVE.match(sentence.text) and not context.in_list:
        walk.topic = context.topic  # "It is co-led by ...": the body the text was about
    elif _LINE_PASSIVE.match(sentence.text) and _own_line(context.text, sentence):
        walk.topic = context.topic  # "Shelter cluster" / "Jointly led by A and B"
    elif context.lead_in and no_subject and not _own_clause(sentence.text, items, context, rules):
        walk.subjects = list(context.lead_in)
    if context.in_list:
        walk.topic = context.topic
        if context.passive is not None and _item_names_holder(sentence.text, items):
            walk.trigger, walk.passive_body = context.passive
            walk.mode = "by"
        label = _LABEL.match(sentence.text)
        if label is not None and (own := _row_body(label, items)) is not None:
            walk.topic = own  # "- Health Sector: UNHCR, WHO (co-chair)": the row names its body
        if label is not None and not any(
            i.start < label.end(1) for i in items if i.kind != "place"
        ):
            walk.default_scopes.append(Scope(place=_label_place(label.group(1), mentions)))
    prev: _Item | None = None
    for item in items:
        gap = _past_apposition(prev, walk.gap(item.start))
        if item.kind == "trigger":
            # "... at national level and co-chairs the Y": the level closes the roles before
            walk.read_scope_gap(gap)
            if walk.on_adjective_holder(item, prev) or item.trigger.voice != "adjective":  # type: ignore[union-attr]
                walk.on_trigger(item, gap)
        elif item.kind in _MARKERS:
            walk.read_scope_gap(gap)
            walk.on_marker(item)
        elif item.kind == "actor":
            walk.read_scope_gap(gap)
            walk.on_actor(item, gap)
        elif item.kind == "body":
            walk.read_scope_gap(gap)
            walk.on_body(item, gap)
        elif item.kind == "place":
            walk.read_scope_gap(gap)
            walk.on_place(item, gap)
        walk.last_end, walk.last_kind = item.end, item.kind
        prev = item
    walk.read_scope_gap(sentence.text[walk.last_end :])
    walk.finish()
    return walk


def _owned(items: list[_Item], text: str, rules: RoleRules) -> list[_Item]:
    """Items with a country's possessive before a name joined to that name: "UNICEF and the
    United Kingdom's former DFID" lists two agencies, the country being DFID's owner (no scope
    of the role, nor the end of the list of its holders)."""
    out: list[_Item] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.mention is not None
            and prev.mention.entity.kind == "Country"
            and item.kind in ("actor", "body")
            and rules.owner_country.fullmatch(text, prev.end, item.start) is not None
        ):
            out[-1] = replace(item, start=prev.start)
        else:
            out.append(item)
    return out


_OWN_CLAUSE_WORDS = 3
"""How many words besides small ones an item may hold before its first role word and still
take the holders of its lead-in ("- In Borno, co-leads the X"); more are a clause of its own (a
threshold read from one document)."""


def _own_clause(text: str, items: list[_Item], context: Context, rules: RoleRules) -> bool:
    """Whether a list item under a lead-in says, before its first role word, a clause with a
    subject of its own: "1. The Secretaries of Home and Finance are to draw up a list and
    publish it once the Coordinator of X has approved it" under "They are presented for
    information:" gives the lead-in's holders no role (the post is the Coordinator's own).  An
    item naming a lead-in holder again ("... the task of coordinating the response now rests
    with UNHCR" under "UNHCR coordinates, with the partners below:") is still about it."""
    again = {e.key for e in context.lead_in}
    if any(i.mention is not None and i.mention.entity.key in again for i in items):
        return False
    first = _first_trigger(items)
    before = text[: min(first, len(text))]
    for i in items:
        if i.start < first:
            before = before[: i.start] + " " * (i.end - i.start) + before[i.end :]
    words = _WORD.findall(_PAREN.sub(" ", before).lower())
    own = [w for w in words if w not in rules.gap_words and not w.isdigit()]
    return len(own) > _OWN_CLAUSE_WORDS


def _own_line(text: str, sentence: Sentence) -> bool:
    """Whether a sentence opens its line (a label line, not a clause after another)."""
    return sentence.start == 0 or text[sentence.start - 1] == "\n"


def _row_body(label: re.Match[str], items: list[_Item]) -> Mention | None:
    """The body a list row's label is, word for word ("- Health Sector: A, B (co-chair)")."""
    for i in items:
        if i.kind == "body" and (i.start, i.end) == label.span(1):
            return i.mention
    return None


def _heading(text: str, rules: RoleRules) -> Trigger | None:
    """The role a heading line gives the holders listed under it ("Members")."""
    return next((t for t in rules.headings if t.pattern.match(text.strip())), None)


def _is_heading(text: str, sentence: Sentence) -> bool:
    """Whether a sentence is a heading: a short line of its own, without final punctuation."""
    words = sentence.text.split()
    if not words or len(words) > _HEADING_WORDS or sentence.text.rstrip()[-1] in ".;:,!?":
        return False
    before = text[sentence.start - 1] if sentence.start > 0 else "\n"
    after = text[sentence.end] if sentence.end < len(text) else "\n"
    return before == "\n" and after == "\n" and not _ITEM.match(sentence.text)


def _item_names_holder(text: str, items: list[_Item]) -> bool:
    """Whether a list item under "X is co-led by:" names its holders: an actor opens it and it
    has no role word of its own ("- the member is registered with the Government of Jordan"
    under "Members must meet these conditions:" names none)."""
    if any(i.kind == "trigger" for i in items):
        return False
    actor = next((i for i in items if i.kind == "actor"), None)
    return actor is not None and _ITEM_HEAD.match(text, 0, actor.start) is not None


def _label_place(label: str, mentions: Sequence[Mention]) -> Entity:
    """The place a list item is labelled with ("- South West State: co-led by ...")."""
    for m in mentions:
        if m.surface in label and kinds().is_("place", m.entity.kind):
            return m.entity
    return Entity(minted_key(label), label, "Place")


def _member_body(items: list[_Item]) -> list[_Item]:
    """A body is a member of another body ("The Health Cluster is a member of the ICCG", "the
    Shelter Consortium sits on the Cash Working Group"): when the first role word is a
    membership and a body alone stands before it, that body holds the membership."""
    trigger = next((i for i in items if i.kind == "trigger"), None)
    if trigger is None or trigger.trigger is None:
        return items
    if trigger.trigger.role != "member" or trigger.trigger.voice != "active":
        return items  # "The UNCT comprises ... IOM": the body before is the one joined
    before = [i for i in items if i.start < trigger.start and i.kind in ("actor", "body")]
    after = [i for i in items if i.start > trigger.start and i.kind == "body"]
    if len(before) != 1 or before[0].kind != "body" or not after:
        return items
    subject = before[0]
    return [_Item(i.start, i.end, "actor", i.mention) if i is subject else i for i in items]


def _first_trigger(items: list[_Item]) -> int:
    return next((i.start for i in items if i.kind == "trigger"), 1 << 30)


_MONTH = "|".join(MONTHS)
# a day's date in a body's name: "the Coordination Meeting ... of 5 October 2018", "the
# meeting on March 3": one sitting, whose chairs hold no standing role
_DAY_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_MONTH})\b|\b(?:{_MONTH})[ \t]+\d{{1,2}}\b",
    re.IGNORECASE,
)


# a day's date after a sitting word (rules' sitting.own): "meeting held on 15 March", "meeting
# of 3 May", "meeting on 15/03/2015" (case-insensitive inside the case-sensitive pattern)
_SITTING_DATE = rf"(?i:{_DAY_DATE.pattern}|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b)"


# "chaired the 1st Steering Committee meeting": a name kept with its ordinal is one sitting
_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)\s", re.IGNORECASE)


def _dated(body: Mention) -> bool:
    """Whether a body is named with the day it sat or its number: a meeting, not a standing
    body (C12: one meeting's chairs hold no role of the body)."""
    return _DAY_DATE.search(body.surface) is not None or _NUMBERED.match(body.surface) is not None


def _one_sitting(body: Mention, sentence: Sentence, rules: RoleRules) -> bool:
    """Whether a name headed by a sitting word is written after a verb's past and "a" or "an":
    "the AHA Centre facilitated a Coordination Meeting with Diplomatic Missions" is one meeting
    held, no standing body (C12), where "the Coordination Meeting is chaired by OCHA" and "OCHA
    chairs a weekly Coordination Meeting" name one."""
    a = body.start - sentence.start
    if a < 0 or rules.held_one.search(sentence.text, max(0, a - _NEAR), a) is None:
        return False
    head = body.surface.lower().split()[-1:]
    return any(r.sitting and list(r.head) == head for r in kinds().heads_ending(*head[:1] or ""))


def _chaired_once(body: Mention, sentence: Sentence, rules: RoleRules) -> bool:
    """Whether a body is written between a role verb's past and one sitting word: "IOM chaired
    the Shelter Cluster meeting" chaired one meeting, no role of the cluster (C12)."""
    a, b = body.start - sentence.start, body.end - sentence.start
    return (
        a >= 0
        and rules.chaired_one.search(sentence.text, max(0, a - _NEAR), a) is not None
        and rules.sitting_after.match(sentence.text, b) is not None
    )


def claims_from_frames(
    frames: list[Frame], doc: Document, sentence: Sentence
) -> tuple[list[RoleClaim], list[RelationClaim]]:
    """Turn frames into one claim per (holder, body, scope), co-holders included as holders."""
    roles: list[RoleClaim] = []
    relations: list[RelationClaim] = []
    start, end = doc.raw_span(sentence.start, sentence.end)
    rules = role_rules()
    for f in frames:
        if role_family(f.body.entity) != "body" or _hub_without_place(f) or _dated(f.body):
            continue
        if _one_sitting(f.body, sentence, rules) or _chaired_once(f.body, sentence, rules):
            continue
        evidence = Evidence(doc.id, start, end, sentence.text, f.trigger.id, f.trigger.confidence)
        everyone = [*f.holders, *(c for c in f.co if c not in f.holders)]
        scopes = _merge_scopes(f.scopes) or [Scope()]
        for holder in everyone:
            member_body = f.trigger.role == "member" and holder.key != f.body.entity.key
            # a state read as a holder ("Kenya, the current Forum Chair", "donors (Sweden, ...)")
            # holds its role as an organisation would
            holds = may_hold(holder) or holder.kind == "Country"
            if not (holds and holder.key != f.body.entity.key) and not member_body:
                continue
            # co-holders share a lead, chair or coordination; members are just members
            shared = f.trigger.role != "member"
            others = tuple(e for e in everyone if e.key != holder.key) if shared else ()
            for scope in scopes:
                roles.append(
                    RoleClaim(
                        holder,
                        f.trigger.role,
                        f.body.entity,
                        evidence,
                        scope,
                        others,
                        f.count,
                        f.out_of,
                    )
                )
        if f.parent is not None and f.parent.key != f.body.entity.key:
            relations.append(
                RelationClaim(
                    f.body.entity,
                    "subBodyOf",
                    f.parent,
                    Evidence(doc.id, start, end, sentence.text, "relation.part-of", 0.8),
                )
            )
    return roles, relations


def _minutes_chair(frame: Frame, sentence: Sentence, text: str) -> bool:
    """ "Participants: A / COOPI (Chairing); B / FAO; ..." in the header of one meeting's
    minutes, the body named above it only: that meeting's chair (C12), as the label reader
    reads "Chair: A" there; a sentence that names the body itself keeps its role."""
    rule = minutes()
    named = sentence.start <= frame.body.start < sentence.end
    return frame.trigger.role in rule.roles and not named and rule.header(text, sentence.start)


def _hub_without_place(frame: Frame) -> bool:
    """A role in a hub whose place the text does not give ("IOM co-leads two of the five
    regional hubs."): it is a role in the body somewhere, not in the body as a whole."""
    return frame.body.rule == HUB_RULE and not any(s.place for s in frame.scopes)


def _merge_scopes(scopes: list[Scope]) -> list[Scope]:
    """Drop a bare level when a place of that level is also given; keep the order."""
    out: list[Scope] = []
    for s in scopes:
        if s.place is None and any(o.place is not None and o.level == s.level for o in scopes):
            continue
        if s not in out:
            out.append(s)
    return out


def page_subject(text: str, mentions: Sequence[Mention]) -> Mention | None:
    """The body a page is about: the one body it names, at least twice, or the body it names
    again and again (``SUBJECT_DOMINANT`` times) beside others each named once in passing (a
    cluster's country page: "the cluster", "Nutrition Cluster Coordinator", "hubs" beside one
    "Strategic advisory group"): the body of a label line that names none, far from any
    heading that names one.  The key of a fact line ("Coordination mechanism: cluster") and a
    body that is its value ("Coordination structure: Protection Cluster") are not counted: such
    a line says what the page is in, not what it is about."""
    named: dict[str, list[Mention]] = {}
    for m in mentions:
        if not kinds().is_("body", m.entity.kind) or text.startswith(":", m.end):
            continue
        if _KEYED.search(text, max(0, m.start - 8), m.start):
            continue
        named.setdefault(m.entity.key, []).append(m)
    ranked = sorted(named.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < SUBJECT_NAMED:
        return None
    if len(ranked) == 1 or (len(ranked[0]) >= SUBJECT_DOMINANT and len(ranked[1]) == 1):
        return ranked[0][0]
    return None


SUBJECT_NAMED = 2
"""How many times a page names its one body for it to be the page's subject: a body named
once in passing ("formal IASC activation in 2021" on a cluster's country page) is not."""

SUBJECT_DOMINANT = 3
"""How many times a page names its subject when it names other bodies, each once."""


_KEYED = re.compile(r":[ \t]*(?:the[ \t]+)?$", re.IGNORECASE)
"""A colon right before a mention, "the" at most between: the mention is a key's value."""


_POST_OF = re.compile(rf"\b{post_alone()}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""A post before the body it is held in ("the Chairman of the NGO Forum" among members)."""
_OFFICE_RULES = (OFFICE_RULE, rules_file("persons.toml")["office_title"]["id"])
"""The rules of an organisation named by an office in it ("the Chairman of the X Forum")."""


def _post_of(text: str, body: Mention, framed: set[str]) -> bool:
    """Whether ``body`` is named only as where a post is held ("Its other members are ... the
    Chairman of the NGO Forum"): the organisation of a holder, no body the text goes on about
    (unless a role of the sentence is in it: ``framed`` holds the keys of the sentence's bodies
    with a role, gathered once so that a sentence of many bodies and roles stays linear)."""
    if body.entity.key in framed:
        return False
    if body.rule in _OFFICE_RULES:
        return True  # "the Chairman of the Nigeria Governors' Forum" read as one name
    return _POST_OF.search(text, max(0, body.start - _NEAR), body.start) is not None


def extract_roles(
    doc: Document,
    sentences: list[Sentence],
    mentions: list[Mention],
    country: str | None,
    publisher: Entity | None = None,
    referred: list[Mention] | None = None,
) -> tuple[list[RoleClaim], list[RelationClaim]]:
    """Every role stated in a document, with its evidence; ``referred``, when given, gets the
    words read as standing for an actor named elsewhere ("the Government"), so that the graph
    keeps how the document wrote a holder."""
    rules = role_rules()
    roles: list[RoleClaim] = []
    relations: list[RelationClaim] = []
    context = Context(publisher=publisher, text=doc.text)
    if referred is not None:
        context.referred = referred
    context.government = next(
        (m.entity for m in mentions if m.entity.kind in rules.government_kinds), None
    )
    last_end = 0
    for sentence, inside in zip(sentences, by_sentence(sentences, mentions), strict=True):
        for m in inside:
            if m.entity.kind in rules.government_kinds:
                context.government = m.entity
        if "\n\n" in doc.text[last_end : sentence.start] and not _ITEM.match(sentence.text):
            context.lead_in, context.passive, context.in_list = [], None, False
        last_end = sentence.end
        walk = read_sentence(sentence, inside, rules, country, context)
        context.previous = walk.subjects
        if sentence.text.rstrip().endswith(":"):
            context.in_list = True
            context.lead_in = walk.subjects
            context.passive = walk.open_passive()
        elif (heading := _heading(sentence.text, rules)) and context.titled is not None:
            # "About the X" ... "Members" over a list: each item's holder is a member of X
            context.in_list, context.lead_in = True, []
            context.passive = (heading, context.titled)
        bodies = [m for m in inside if kinds().is_("body", m.entity.kind)]
        context.topic_just_named = bool(bodies)
        if bodies:
            framed = {f.body.entity.key for f in walk.frames}
            about = [m for m in bodies if not _post_of(doc.text, m, framed)]
            context.topic = about[-1] if about else context.topic or bodies[-1]
            if _is_heading(doc.text, sentence):
                context.titled = bodies[0]
        elif _is_heading(doc.text, sentence):  # "About the X Consortium": a page about a body
            context.titled = next(filter(None, map(as_body, inside)), context.titled)
        frames = [f for f in walk.frames if not _minutes_chair(f, sentence, doc.text)]
        r, rel = claims_from_frames(frames, doc, sentence)
        roles.extend(r)
        relations.extend(rel)
    return roles, relations
