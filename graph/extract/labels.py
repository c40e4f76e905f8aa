"""Roles stated by layout rather than by sentences: label lines, tables of leads, bullets.

"Lead: A / Co-lead: B & C", "Co-chairs: A and B", "- National level: A Lead, B Co-lead",
"Mercy Corps [lead agency, the X Consortium]", a row "Protection Cluster | UNHCR | NRC" under
the header "Sector | Lead | Co-lead", "AWG | 2 Co-chairs (NRC + vacant)", bullets of holders
under "Co-leads of the X:" or "The HCT is composed of:", rows "Cash Working Group (CWG), WFP"
under "Working groups and their leads:": none of these has a verb the role rules
(``roles.py``) read.  The role is a label word (``rules/labels.toml``); the body is the one the
line or its row names, else the one of the nearest heading, lead-in or "Body:" line above; the
scope is the row's places or level, else the level or places of the heading above ("At
national level").  A heading holds for a few lines only, so reading stays linear.  Without a
body, under a label that is no role ("Location:"), or with a contact as its value ("name@…",
a telephone number), a line gives nothing.

Layout also names what no mention reads: a header cell naming the bodies' kind makes a row's
topic cell a body ("Shelter" under "Cluster"), a short heading spells one with its kind's
acronym ("Health SWG"), and an organisation's name listed under a role ("Co-Chairs: Embassy of
Japan / Delegation of the European Union") is its holder; a two-column row of a key and its
value ("| Co-chairs | A, B |") reads as a label line, and so does a cover sheet's key alone on its
line over its value on the next ("CLUSTER LEAD AGENCY" / "UNHCR").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from coordkg.graph.extract.alternation import by_first_letter
from coordkg.graph.extract.bodyphrases import phrase_rules
from coordkg.graph.extract.kinds import kinds
from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.extract.roles import (
    LEVEL,
    Frame,
    Minutes,
    Trigger,
    as_body,
    body_scope,
    claims_from_frames,
    level_of,
    minutes,
    page_subject,
    role_family,
    role_rules,
)
from coordkg.graph.extract.rulefiles import (
    alternatives,
    language_words,
    rules_file,
    with_words,
    words_of,
)
from coordkg.graph.extract.spans import by_sentence
from coordkg.graph.model import Document, Entity, Mention, RoleClaim, Scope, Sentence

LOOK_BACK = 12
"""How many lines below its heading or lead-in a body is still the one a label line is about."""

MAX_CO_HOLDERS = 8
"""More holders than this in one list under a role label are not co-holders of each other (a
page of bullets would otherwise give every row every other one)."""

# "- A", "2. A", "b) A", "(iv) A", and a law's "1 - A", "IV – A" or "IV. A" clause number: an
# item's bullet
BULLET = re.compile(
    r"^\s*(?:[-*•·▪●◦‣]|\d{1,3}[.)]|(?:\d{1,3}|[IVX]{1,5})\s[-–—]|[IVX]{1,5}[.)]|[a-z]\)"
    r"|\([a-z0-9ivx]{1,4}\))\s+"
)
_HEADING = re.compile(r"^\s*#{1,6}\s")
# a label and its colon, at the line's start or after a separator ("Lead: A / Co-lead: B")
_SEGMENT = re.compile(
    r"(?:^\s*(?:(?:[-*•·▪●◦‣]|\d{1,2}[.)])\s+)?|\s[/|;]\s|;\s|(?P<chained>(?:,|(?<=:))\s(?=[^,:;/|\n]{1,60}:)))\s*"
    r"(?P<label>[^:/;|\n]{1,60}?)\s*:(?!//)(?=\s|$)"
)
# a capitalised label glued to the value before it ("Co-lead: A Co-facilitator: B")
_GLUED = re.compile(r"(?P<chained>\s)(?P<label>[A-Z][^:/;|\n]{0,59}?)\s*:(?!//)(?=\s|$)")
# "of the", "for", "in the" left at a label's edges once its body is taken out ("Members of the")
_LABEL_EDGES = re.compile(
    r"^\W*(?:(?:of|for|in)\b)?\s*(?:the\s+)?|\s+(?:of|for|in)(?:\s+the)?\s*$", re.IGNORECASE
)
# a level alone in a table's cell ("National", "Sub-national level")
_LEVEL_CELL = re.compile(
    rf"(?:at\s+(?:the\s+)?)?({alternatives(words_of('en', 'level_words'))})(?:\s+levels?)?", re.I
)
# an e-mail address, a telephone number or their labels: a contact block's value
_CONTACT = re.compile(r"\S@\S|\+?\d(?:[ ()-]{0,2}\d){8,}|\b(?:tel|phone|e-?mail)\b", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?]\s*$")
_TITLE_DASH = re.compile(r"\s+[–—-]\s+\S")
# a row naming a body by its topic, an aside in brackets, then its holders ("Health: WHO")
_TOPIC_ROW = re.compile(
    r"\s*(?:[-*•·▪●◦‣]\s+)?(?P<topic>[A-Z][\w&/' -]{1,60}?)(?:\s*\([^()]{0,60}\))?\s*:\s+"
)
_FOOTNOTE = re.compile(r"\[\d{1,2}\]")
_DETERMINERS = r"(?:the|these|those|its|their|our|all|each|other)\b"
# a short heading of capitalised words, "&" or "and" between ("Shelter & Settlement")
_TOPIC_HEADING = re.compile(
    r"\s*(?:#{1,6}\s+)?[A-Z][\w-]*(?:\s+(?:&|and|[A-Z][\w-]*)){0,4}\s*:?\s*"
)
_GLUE = re.compile(r"^[\s,/&+|]*(?:(?:and|or)\s+)?[\s,/&+|]*$", re.IGNORECASE)
_PAREN = r"(?:\s*\([^()]{0,80}\))?"
# before a role word after its holder: spaces, or a dash between ("Department of X (DX) -
# Co-Coordinator" in a contact row); a seat in brackets after the dash closing a line of a
# members list ("Minister of Works – (Chairman)") is that list's own (members.py ``_seat``)
_BEFORE_SUFFIX = re.compile(_PAREN + r"\s+(?:[-–—]\s+)?")
# after it: the item ends, or a contact row's e-mail address follows ("... - Co-Coordinator
# name@example.org")
_AFTER_SUFFIX = re.compile(r"\s*(?:[,;/)]|\band\b|\bin\b|\bfor\b|$)|\s+[\w.+-]+@", re.IGNORECASE)
# after a role word in lower case ("Government lead; UNICEF co-lead"): the item ends there, so
# the word is no verb ("WHO and UNICEF lead in ..." is)
_AFTER_LOWER_SUFFIX = re.compile(r"\s*(?:[,;/)]|$)")
_BRACKET_END = re.compile(r"\s*[\])]")
_TABLE_GAP = 2  # raw characters a column break spans ("Protection    UNHCR")
_LIST_FOLLOWS = re.compile(r"\s*(?:the\s+following(?:\s+[\w-]+)?\s*)?", re.IGNORECASE)
# "Cash Working Group (CWG), WFP", "Protection – UNHCR", "Education: UNICEF/Save the Children"
_ROW_BREAK = re.compile(_PAREN + r"\s*(?:[,:|]|\s[-–—]\s?)\s*")
_HOLDERS_BRACKET = re.compile(r"\s*\(([^()]{1,120})\)")
_VACANT_GLUE = re.compile(
    r"(?:[\s,/&+;]|\band\b|\bvacant\b|\btbc\b|\btbd\b|\bn/?a\b|\bnil\b|\bnone\b)*", re.IGNORECASE
)
_ROW_END = re.compile(_PAREN + r"\s*[.;]?\s*")
# holders in a label's value or a role cell: split at "/", "&", "+", ";", "," or "and" in any
# language ("DRC et CIAUD")
_HOLDER_SPLIT = re.compile(
    rf"\s*(?:[/&+;,|]|(?<!\S)(?:{alternatives(language_words('and'))})(?!\S))\s*"
)
# a capitalised name phrase: two to eight words, each capitalised or a small linking word
_NAME_PHRASE = re.compile(
    r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:of|for|the|and|on|in|de|du|des|la|le|(?-i:[A-Z])[\w'’.-]*)){1,7}"
)
# a person's name alone on its line, over the organisation and the post of a contact block
_PERSON_LINE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*")
# an acronym no rule reads, alone as an item of a label's value ("Co-lead: MAHGC"): the
# organisation holding the role, as a name phrase with an organisation's word is
_HOLDER_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,30}\)\s*$")
# what a value line under a key holds besides its organisations' names ("ACTED, DRC and IOM",
# "UNICEF et ACF": every language's and-words, as _HOLDER_SPLIT splits at)
_VALUE_GLUE = re.compile(
    rf"[\s,;/&+|.]*(?:(?:{alternatives(language_words('and'))}|or)(?!\w)[\s,;/&+|.]*)*",
    re.IGNORECASE,
)
# the office that holds a seat for its ministry, before the ministry's name on an item line
# ("Secretary, Ministry of Disaster Management" under "Chairperson:"): the ministry holds it
_SEAT_OFFICE = re.compile(
    r"\s*(?:the\s+)?(?:(?:permanent|principal|additional|joint)\s+)?secretary\s*,\s*$", re.I
)


@dataclass(frozen=True)
class LabelRules:
    """The label words and the role each says, one regex of all of them, and the words a
    lead-in line may hold beside its role word."""

    words: dict[str, Trigger]
    any_word: re.Pattern[str]
    fillers: frozenset[str]
    body_keys: frozenset[str]
    qualifiers: re.Pattern[str]
    holder_words: frozenset[str]
    body_members: frozenset[str]
    clause_value: re.Pattern[str]
    clause_after: re.Pattern[str]  # .search in a value: where its holders end
    deputy: re.Pattern[str]  # .search in the text before a role word: "Deputy coordinator"
    observer: re.Pattern[str]  # .search in an item of a value: "UNOCHA (Observer)", no member
    title_kinds: frozenset[str]
    key_words: int
    member_categories: re.Pattern[str]  # "Donors", "UN Agencies": a kind of members
    minutes: Minutes  # how one meeting's minutes are told, and the roles their header names
    minutes_labels: frozenset[str]  # the labels (trigger ids) it names so whatever their role
    participles: dict[str, str]  # a lead-in's "leading" for the label word "lead"


@cache
def label_rules() -> LabelRules:
    """Load the label words (cached: they ship with the package)."""
    data = rules_file("labels.toml")
    words: dict[str, Trigger] = {}
    for key, entry in data["labels"].items():
        forms = sorted(entry["words"], key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")s?\b", re.IGNORECASE)
        trigger = Trigger(f"label.{key}", entry["role"], "active", pattern, entry["confidence"])
        words.update((w.lower(), trigger) for w in forms)
    every = sorted(words, key=len, reverse=True)
    any_word = re.compile(rf"(?:{by_first_letter(every, re.escape, True)})s?\b", re.IGNORECASE)
    qualifiers = sorted(data["qualifiers"]["words"], key=len, reverse=True)
    return LabelRules(
        words,
        any_word,
        frozenset(data["lead_in"]["fillers"]),
        frozenset(data["body_keys"]["words"]),
        re.compile(r"^(?:" + "|".join(map(re.escape, qualifiers)) + r")\s+|\s*\([^()]*\)$"),
        frozenset(data["holder_words"]["words"]),
        frozenset(data["body_members"]["words"]),
        re.compile(r"\b(?:" + "|".join(data["clause_value"]["verbs"]) + r")\b", re.IGNORECASE),
        re.compile(data["clause_value"]["after"]),
        re.compile(with_words(data["deputies"]["before"]), re.IGNORECASE),
        re.compile(data["observers"]["bracket"], re.IGNORECASE),
        frozenset(data["key_sheet"]["title_kinds"]),
        data["key_sheet"]["max_words"],
        re.compile(data["member_categories"]["pattern"], re.IGNORECASE),
        minutes(),
        frozenset(f"label.{key}" for key in data["minutes"]["labels"]),
        dict(data["lead_in"]["participles"]),
    )


def kind_of_header(text: str) -> str | None:
    """The kind of body a table's header cell names ("Cluster", "Sectors", "Working group"),
    as the head of a body's name, or None."""
    low = " ".join(text.replace("*", " ").lower().split()).removesuffix("s")
    return " ".join(w.capitalize() for w in low.split()) if low in kinds().body_heads else None


def kind_heading(text: str) -> str | None:
    """The body's name a short heading spells out with its kind ("Health SWG" -> "Health
    Sector Working Group", "Protection Sector"), an acronym of the kind written out; None for
    a heading without a kind or with the kind alone."""
    words = text.strip().lstrip("#").strip().rstrip(":").split()
    if not 2 <= len(words) <= 7 or not words[0][:1].isupper():
        return None
    words[-1] = kinds().kind_acronyms.get(words[-1], words[-1])
    name = " ".join(words)
    low = name.lower()
    if low in kinds().body_heads:
        return None  # a kind alone, however many words it has ("Coordination mechanism")
    head = next((h for h in kinds().body_heads if low.endswith(" " + h)), None)
    topic = name[: len(name) - len(head or "")].split()
    if head is None or not all(w[:1].isupper() or w in ("and", "&", "/") for w in topic):
        return None  # "Overview of the Cluster" is about a body, not its name
    return name


def label_word(text: str) -> Trigger | None:
    """The role a label says when it is a label word as a whole ("Co-chairs", "Lead agency")."""
    rules = label_rules()
    low = " ".join(text.replace("*", " ").lower().split()).removesuffix("(s)")
    for form in (low, rules.qualifiers.sub("", low)):
        hit = rules.words.get(form) or rules.words.get(form.removesuffix("s"))
        if hit is not None:
            return hit
    return None


def deputy_seat(text: str) -> bool:
    """Whether a label is a deputy's seat, a role word after "vice" or "deputy" ("Vice-Chair",
    "Co-Vice Chair", "Deputy Chairman", "Vicepresidente"): no role of its own (C14)."""
    text = text.strip()
    prefix = role_rules().deputy.match(text)
    return prefix is not None and label_word(text[prefix.end() :]) is not None


def lead_in_word(text: str) -> Trigger | None:
    """The role of a lead-in naming what the list below pairs ("Working groups and their
    leads", "Sectors and lead agencies", "The groups, with the agencies leading them, are"):
    one role word (or a participle standing for one), every other word a filler."""
    rules = label_rules()
    found = {label_word(m.group()) for m in rules.any_word.finditer(text)}
    rest = rules.any_word.sub(" ", text).lower().replace("-", " ").split()
    said = [w.strip(",") for w in rest]
    found |= {label_word(rules.participles[w]) for w in said if w in rules.participles}
    rest = [w for w in said if w not in rules.participles]
    if len(found) != 1 or not all(w in rules.fillers for w in rest):
        return None
    return found.pop()


@dataclass
class _Open:
    """A role waiting for its holders in the bullets or rows below ("Co-leads of the X:")."""

    trigger: Trigger
    body: Mention | None
    scopes: list[Scope]
    bullets: list[tuple[Sentence, list[Entity], Mention]] = field(default_factory=list)
    bulleted: bool = False  # an item had a bullet: a bare line is then no item of the list
    kind: str | None = None  # the kind of bodies a lead-in lists ("Coordination Group")


class _Reader:
    """The state of reading a document's lines top to bottom."""

    def __init__(self, doc: Document, country: str | None, resolver: Resolver) -> None:
        self.doc = doc
        self.country = country
        self.line = 0
        self.heading: tuple[Mention, int] | None = None  # a body and the line that named it
        self.section: tuple[list[Scope], int] | None = None  # a level or place heading
        self.columns: list[Trigger | None] | None = None  # a table header's role per column
        self.kinds: list[str | None] = []  # a table header's body kind per column ("Cluster")
        self.resolver = resolver  # the document's: a body layout names joins its mentions
        self.open: _Open | None = None
        self.key: tuple[Trigger, Mention] | None = None  # a key alone on the line above
        self.title: tuple[int, str, int] | None = None  # a plan's title: start, text, line
        self.topic: tuple[int, str, int] | None = None  # a heading of topics: start, text, line
        self.before: Sentence | None = None  # the line read before this one
        self.before_inside: Sequence[Mention] = ()  # its mentions
        self.earlier: Sentence | None = None  # the line read before that one
        self.subject: Mention | None = None  # the one body the page is about, if any
        self.claims: list[RoleClaim] = []
        rules = label_rules()
        self.minutes = rules.minutes.header(doc.text, 0)

    def read(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        self.line += 1
        text = sentence.text
        key, self.key = self.key, None
        if key is not None and self.key_value(sentence, inside, *key):
            return
        cells = self.cells(sentence)
        bullet = BULLET.match(text) is not None
        if len(cells) < 2:
            self.columns = None
        if self.open is not None:
            self.open.bulleted |= bullet
            listed = (
                bullet
                or len(cells) >= 2
                or self.body_row(sentence, inside) is not None
                or self.topic_row(sentence, inside) is not None
                or (not self.open.bulleted and self.bare_item(sentence, inside))
            )
            if not listed:
                self.close_open()
        if len(cells) >= 2 and self.table_row(sentence, cells, inside):
            return
        if self.open is not None and self.under_open(sentence, inside):
            return
        labelled = self.label_line(sentence, inside)
        loose = labelled or bullet or len(cells) >= 2 or _TERMINAL.search(text) is None
        if loose:
            self.suffix_roles(sentence, inside, labelled)
            self.paren_roles(sentence, inside)
        self.bracket_roles(sentence, inside)
        self.bracketed_bodies(sentence, inside)
        self.note_heading(sentence, inside)
        if not labelled and not bullet and len(cells) < 2 and self.contact_post(sentence, inside):
            return  # before a key and its value: "Cluster Coordinator WASH" is a post
        if not labelled and len(cells) < 2 and self.key_then_value(sentence, inside):
            return
        if not labelled and not bullet and len(cells) < 2:
            self.note_key(sentence, inside)

    def read_line(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """Read a line, remembering it as the one before the next."""
        self.read(sentence, inside)
        self.earlier, self.before, self.before_inside = self.before, sentence, inside

    # -- where the body comes from ---------------------------------------------------------
    def heading_body(self) -> Mention | None:
        """The body of the heading above, else the one body the page names (its subject)."""
        return self.near_heading() or self.subject

    def near_heading(self) -> Mention | None:
        """The body of the heading or lead-in a few lines above, if any."""
        if self.heading is not None and self.line - self.heading[1] <= LOOK_BACK:
            return self.heading[0]
        return None

    def section_scopes(self) -> list[Scope]:
        """The level or places of the heading above ("At national level", "Northland:")."""
        if self.section is not None and self.line - self.section[1] <= LOOK_BACK:
            return self.section[0]
        return []

    def note_heading(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """A heading or a short lead-in line naming a body: the body of the lines below it;
        one naming only a level or places: their scope.  A key that says its value is a body,
        with a body alone as its value ("Body: Food Security Cluster"), names the body of the
        lines below it too ("Coordination structure: Protection Cluster" does not)."""
        text = sentence.text
        heading_like = (
            _HEADING.match(text) is not None
            or text.rstrip().endswith(":")
            or (_TERMINAL.search(text) is None and len(text.split()) <= 10)
            or self.titled_body(sentence, inside)
        )
        key = _SEGMENT.match(text)
        if key is not None and not text.rstrip().endswith(":") and not _HEADING.match(text):
            said = " ".join(key.group("label").lower().split())
            value = None
            if said in label_rules().body_keys:
                value = self.body_value(sentence, inside, key.end())
            a, b = sentence.start + key.start("label"), sentence.start + key.end("label")
            # "Education Cluster: Strategy 2016", a title; not "Coordination mechanism: Cluster"
            titled = [m for m in inside if (m.start, m.end) == (a, b) and kind_heading(m.surface)]
            if label_rules().member_categories.fullmatch(said):
                titled = []  # "Private Sector: A" under "Composition": members, no title
            value = value or next((m for m in titled if role_family(m.entity) == "body"), None)
            if value is not None:
                self.heading, self.section = (value, self.line), None
            return  # a key and its value ("Mechanism: Cluster") heads nothing else
        if not heading_like:
            return
        topic = text.strip().lstrip("#").strip().rstrip(":").rstrip()
        if not inside and _TOPIC_HEADING.fullmatch(text) and _topic_words(topic):
            self.topic = (sentence.start + text.index(topic), topic, self.line)
        body = next((m for m in inside if role_family(m.entity) == "body"), None)
        name = kind_heading(text) if body is None and not BULLET.match(text) else None
        if name is not None:
            body = self.named_body(name, sentence.start, sentence.end)
        scopes = self.scope_heading(sentence, inside)
        if body is not None:
            self.heading, self.section = (body, self.line), None
        elif scopes:
            self.section = (scopes, self.line)
        elif _HEADING.match(text):
            self.heading, self.section = None, None  # a new section about no body

    @staticmethod
    def titled_body(sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """A title of any length that opens with a body and a dash before what the page is
        ("Emergency Support Function #6 – Mass Care, Emergency Assistance, Housing, and Human
        Services"): a heading naming that body."""
        first = inside[0] if inside else None
        if first is None or first.start != sentence.start or role_family(first.entity) != "body":
            return False
        text = sentence.text
        return (
            _TERMINAL.search(text) is None
            and _TITLE_DASH.match(text, first.end - sentence.start) is not None
        )

    def body_value(self, sentence: Sentence, inside: Sequence[Mention], at: int) -> Mention | None:
        """The body that is the whole value of a key line, after its colon at ``at``."""
        after = [m for m in inside if m.start >= sentence.start + at]
        if len(after) != 1 or role_family(after[0].entity) != "body":
            return None
        a, b = after[0].start - sentence.start, after[0].end - sentence.start
        around = sentence.text[at:a] + sentence.text[b:]
        return after[0] if re.fullmatch(_PAREN + r"\s*\W*", around.strip()) else None

    def scope_heading(self, sentence: Sentence, inside: Sequence[Mention]) -> list[Scope]:
        """The scopes of a heading that names a level or places and nothing else (a bullet
        naming a place is an item of a list, no heading)."""
        if BULLET.match(sentence.text):
            return []
        words = sentence.text.strip().lstrip("#").rstrip(":").strip()
        level = LEVEL.fullmatch(words)
        if level is not None:
            return [Scope(level=level_of(level))]
        places = [m for m in inside if role_family(m.entity) == "place"]
        if not places or len(places) != len(inside) or places[0].entity.key == self.country:
            return []
        rest = words
        for m in places:
            rest = rest.replace(m.surface, " ")
        if not _GLUE.match(re.sub(r"^\s*(?:in|at)\s+(?:the\s+)?", "", rest, flags=re.I)):
            return []
        return [Scope(place=m.entity) for m in places]

    def named_body(self, name: str, start: int, end: int) -> Mention | None:
        """A body the layout names but no mention reads ("Shelter" in a "Cluster" column, the
        heading "Health SWG"): the body ``name`` is, as a mention of the text ``start``-``end``."""
        found = find_mentions(name, self.resolver, self.country)
        if len(found) != 1 or role_family(found[0].entity) != "body" or found[0].surface != name:
            return None
        return replace(found[0], start=start, end=end, surface=self.doc.text[start:end])

    def listed_holders(self, a: int, b: int, inside: Sequence[Mention]) -> list[Entity]:
        """The holders a label's value or a role cell lists between ``a`` and ``b``: the actors
        its items name, and an item that is an organisation's name no mention reads ("Embassy
        of Japan / Delegation of the European Union"), as the layout says it holds the role."""
        holders: list[Entity] = []
        text = self.doc.text
        cuts = [
            a,
            *(x for m in _HOLDER_SPLIT.finditer(text, a, b) for x in (m.start(), m.end())),
            b,
        ]
        for pa, pb in zip(cuts[::2], cuts[1::2], strict=True):
            # the item's mentions, not one running into the list from before it (a PDF
            # table's cells are one space apart once cleaned: "Education Ministry of Education")
            if label_rules().observer.search(text, pa, pb):
                continue  # "and UNOCHA (Observer)": it sits in, no holder
            named = [m for m in inside if a <= m.start < pb and m.end > pa]
            actors = [m.entity for m in named if role_family(m.entity) == "actor"]
            holders += [e for e in actors if e not in holders]
            if actors or any(role_family(m.entity) != "place" for m in named):
                continue
            item = _TRAILING_BRACKET.sub("", text[pa:pb]).strip()
            words = {w.lower() for w in re.findall(r"[\w'’-]+", item)}
            if _NAME_PHRASE.fullmatch(item) and words & label_rules().holder_words:
                acronym = re.search(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)\s*$", text[pa:pb])
                holders.append(self.resolver.resolve(item, "Actor", acronym and acronym[1]))
            elif _HOLDER_ACRONYM.fullmatch(item) and not _VACANT_GLUE.fullmatch(item):
                holders.append(self.resolver.resolve(item, "Actor", item))  # "Co-lead: MAHGC"
        return holders

    # -- label lines -----------------------------------------------------------------------
    def label_line(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """ "Lead: A / Co-lead: B & C", "Protection Cluster co-chairs: A and B": the holders
        after each role label; a role label with nothing after it opens a list below."""
        text, base = sentence.text, sentence.start
        found = _segments(text)
        for i, seg in enumerate(found):
            a, b = seg.start("label") + base, seg.end("label") + base
            end = (found[i + 1].start() if i + 1 < len(found) else len(text)) + base
            in_label = [m for m in inside if a <= m.start and m.end <= b]
            named = next((m for m in in_label if role_family(m.entity) == "body"), None)
            rest = seg.group("label")
            if named is not None:
                rest = rest.replace(named.surface, " ")
            rest = _LABEL_EDGES.sub("", rest.strip())
            if _gives_way(text, found, i):
                continue  # "Chair : lead: A, Co-lead: B": the labels after it say the roles
            if _CONTACT.search(text, seg.end(), end - base):
                continue  # "Coordinator: WHO, name@who.int": a contact, not a role
            value = text[seg.end() : end - base]
            if _TERMINAL.search(value) and label_rules().clause_value.search(value):
                continue  # "Membership: The X is chaired by A.": a sentence, not a list
            if clause := label_rules().clause_after.search(value):
                end = seg.end() + clause.start() + base  # "WHO, as lead, supporting the MoHP"
            holders = self.listed_holders(seg.end() + base, end, inside)
            trigger = label_word(rest) or (members_word(rest) if named is not None else None)
            if trigger is None and not text[seg.end() :].strip():
                trigger = lead_in_word(rest) or self.lead_in_verb(sentence, named, seg.end())
            if trigger is None and deputy_seat(rest) and self.open is not None:
                self.close_open()  # "Chair:" / "- A" / "Vice-Chair:" / "- B": B holds no chair
            if trigger is None or self.one_meeting_chair(trigger, named):
                continue
            body = named or self.topic_body(rest) or self.heading_body()
            scopes = self.own_scopes(body)  # "National Nutrition Cluster:" over "- Lead: A"
            if not holders:
                if self.open is not None:  # "• Chair:" over its item, then "• Members:"
                    self.close_open()
                self.open = _Open(trigger, body, scopes, kind=self.listed_kind(sentence, rest))
            elif body is not None:
                self.emit(Frame(trigger, _unique(holders), body, scopes=scopes), sentence)
        return bool(found)

    def one_meeting_chair(self, trigger: Trigger, named: Mention | None) -> bool:
        """ "Chair: A" in a set of minutes, naming no body: that meeting's chair (C12), as
        "Secretariat: B" names who wrote its minutes and "Facilitator: C" who ran it."""
        rules = label_rules()
        one = trigger.role in rules.minutes.roles or trigger.id in rules.minutes_labels
        return self.minutes and named is None and one

    def lead_in_verb(self, sentence: Sentence, body: Mention | None, colon: int) -> Trigger | None:
        """ "The Humanitarian Country Team is composed of:": a body, a role verb whose holders
        follow it (the sentence rules' passive triggers), then the colon of the list below.
        The trigger is matched as if a holder followed the colon, where its holders are."""
        if body is None:
            return None
        text = sentence.text[: colon - 1].rstrip() + " "
        at = body.end - sentence.start
        at += len(text[at:]) - len(text[at:].lstrip())
        for t in role_rules().triggers:
            hit = t.pattern.match(text, at)
            if t.voice == "passive" and hit and _LIST_FOLLOWS.fullmatch(text, hit.end()):
                return replace(t, id=f"label.lead-in-{t.role}", voice="active")
        return None

    def suffix_roles(self, sentence: Sentence, inside: Sequence[Mention], labelled: bool) -> None:
        """ "- National level: A Lead, B (nutrition service) Co-lead, C Co-coordinator in X and
        Y", "Government lead; UNICEF co-lead": each holder takes the role word right after it
        (in lower case only where the item ends with it); the label's level, or
        the places after the roles, are the scopes."""
        text, base = sentence.text, sentence.start
        rules = label_rules()
        pairs: list[tuple[Entity, Trigger, int]] = []
        for m in inside:
            if role_family(m.entity) != "actor":
                continue
            hit = _BEFORE_SUFFIX.match(text, m.end - base)
            if hit is None:
                continue
            word = rules.any_word.match(text, hit.end())
            after = _AFTER_SUFFIX if word and word.group()[0].isupper() else _AFTER_LOWER_SUFFIX
            if word is None or not after.match(text, word.end()):
                continue
            trigger = label_word(word.group())
            if trigger is not None:
                pairs.append((m.entity, trigger, word.end() + base))
        if not pairs:
            return
        body = next((m for m in inside if role_family(m.entity) == "body"), None)
        body = body or self.heading_body()
        if body is None:
            return
        last = pairs[-1][2]
        scopes = [
            Scope(place=m.entity)
            for m in inside
            if m.start >= last and role_family(m.entity) == "place" and m.entity.key != self.country
        ]
        if not scopes and labelled:
            head = text.split(":", 1)[0]
            scopes = [Scope(level=level_of(lv)) for lv in LEVEL.finditer(head)]
        scopes = scopes or self.own_scopes(body)
        for holder, trigger, _ in pairs:
            self.emit(Frame(trigger, [holder], body, scopes=list(scopes)), sentence)

    def paren_roles(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """ "AWG | 2 Co-chairs (NRC + vacant) + Advocacy Coordinator": a role word, maybe
        counted, with its holders in a bracket right after it, in the body the line names
        before it (else the heading's)."""
        text, base = sentence.text, sentence.start
        starts = [m.start for m in inside]
        body: Mention | None = None  # the last body named before the role word
        seen = 0
        for word in label_rules().any_word.finditer(text):
            trigger = label_word(word.group())
            bracket = _HOLDERS_BRACKET.match(text, word.end())
            if trigger is None or bracket is None:
                continue
            if label_rules().deputy.search(text, max(0, word.start() - 60), word.start()):
                continue  # "Deputy coordinator (WFP)": an assistant's post, not the role
            a, b = base + bracket.start(1), base + bracket.end(1)
            for m in inside[seen : bisect_left(starts, base + word.start())]:
                body = m if role_family(m.entity) == "body" else body
            seen = max(seen, bisect_left(starts, base + word.start()))
            held = [
                m for m in inside[bisect_left(starts, a) : bisect_left(starts, b)] if m.end <= b
            ]
            if not held or any(role_family(m.entity) != "actor" for m in held):
                continue
            rest = text[bracket.start(1) : bracket.end(1)]
            for m in reversed(held):
                rest = rest[: m.start - a] + " " + rest[m.end - a :]
            owner = body or self.heading_body()
            if _VACANT_GLUE.fullmatch(rest) and owner is not None:
                holders = _unique([m.entity for m in held])
                self.emit(Frame(trigger, holders, owner, scopes=self.own_scopes(owner)), sentence)

    def bracket_roles(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """ "Mercy Corps [lead agency, Cash Consortium for Iraq (CCI)]": the role and its body
        in a bracket right after the holder."""
        text, base = sentence.text, sentence.start
        rules = label_rules()
        for holder, named in pairwise(inside):
            body = named if role_family(named.entity) == "body" else as_body(named)
            if role_family(holder.entity) != "actor" or body is None:
                continue
            between = text[holder.end - base : body.start - base]
            m = re.fullmatch(r"\s*[\[(]\s*(.+?)\s*(?:,|\bof|\bfor)\s*(?:the\s+)?", between)
            if m is None or not _BRACKET_END.match(text, body.end - base):
                continue
            trigger = label_word(m.group(1))
            if trigger is not None and rules.any_word.fullmatch(m.group(1)):
                self.emit(Frame(trigger, [holder.entity], body, scopes=self.scopes_of(body)),
                          sentence)  # fmt: skip

    # -- cover sheets of keys over values -------------------------------------------------
    def bracketed_bodies(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """ "through the coordination model, with working groups as Protection (UNHCR) including
        child protection (with UNICEF), education sectors (UNICEF), ...": each body named before
        a bracket is led by the organisations in it ("with B": and by the holders of the body
        before), in a sentence that speaks of coordinating or leading."""
        rules = bracketed_rules()
        text, base = sentence.text, sentence.start
        if not rules.cue.search(text):
            return  # organisations in brackets name who works or is funded there
        for lead in rules.lead_in.finditer(text):
            kind = rules.kinds[" ".join(lead.group(1).lower().split())]
            frames: list[Frame] = []
            main: list[Entity] = []  # the holders of the last item not joined "with"
            at = lead.end()
            while (item := rules.item.match(text, at)) is not None:
                a, b = base + item.start(2), base + item.end(2)
                actors = [
                    m.entity
                    for m in inside
                    if a <= m.start and m.end <= b and role_family(m.entity) == "actor"
                ]
                if actors:
                    joint = item.group(2).lstrip().lower().startswith("with ")
                    main = main if joint else actors
                    held = _unique([*main, *actors]) if joint else actors
                    body = self.bracketed_body(item, base, kind, inside)
                    frames.append(Frame(rules.trigger, held, body))
                at = item.end()
            if len(frames) >= 2:
                for frame in frames:
                    self.emit(frame, sentence)

    def bracketed_body(
        self, item: re.Match[str], base: int, kind: str, inside: Sequence[Mention]
    ) -> Mention:
        """The body an item names before its bracket: a mention of it, else one minted."""
        a, b = base + item.start(1), base + item.end(1)
        named = next(
            (m for m in inside if m.start == a and m.end == b and role_family(m.entity) == "body"),
            None,
        )
        name = item.group(1)
        return named or Mention(a, b, name, self.resolver.resolve(name, kind), "label.bracketed")

    def key_then_value(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """A fact box's row without its colon, a role word and then its holders and nothing
        else ("Co-coordinator ALIMA", "- Co-coordinators World Vision" on a cluster's country
        page): the label line it would be with a colon, in the heading's body or the page's."""
        text = sentence.text
        if ":" in text or _TERMINAL.search(text) or len(text.split()) > label_rules().key_words:
            return False
        if not inside:
            return self.key_then_acronym(sentence)
        if any(role_family(m.entity) != "actor" for m in inside):
            return False
        head = BULLET.sub("", text[: inside[0].start - sentence.start])
        trigger = label_word(_LABEL_EDGES.sub("", head)) if head.strip() else None
        body = self.heading_body() if trigger is not None else None
        if trigger is None or body is None:
            return False
        edges = [*(x for m in inside for x in (m.start, m.end)), sentence.end]
        gaps = " ".join(self.doc.text[a:b] for a, b in zip(edges[1::2], edges[2::2], strict=False))
        if not _VALUE_GLUE.fullmatch(gaps):
            return False
        holders = _unique([m.entity for m in inside])
        self.emit(Frame(trigger, holders, body, scopes=self.own_scopes(body)), sentence)
        return True

    def key_then_acronym(self, sentence: Sentence) -> bool:
        """The same row with an acronym no rule reads as its value ("Co-coordinator ABC"), as
        a label's value alone holds its role ("Co-lead: ABC")."""
        head, _, last = sentence.text.rstrip().rpartition(" ")
        if not _HOLDER_ACRONYM.fullmatch(last) or _VACANT_GLUE.fullmatch(last) or head.isupper():
            return False  # "LEAD MINISTRY": a line in capitals, whose words all look so
        trigger = label_word(_LABEL_EDGES.sub("", BULLET.sub("", head))) if head.strip() else None
        body = self.heading_body() if trigger is not None else None
        if trigger is None or body is None:
            return False
        holder = self.resolver.resolve(last, "Actor", last)
        self.emit(Frame(trigger, [holder], body, scopes=self.own_scopes(body)), sentence)
        return True

    def note_key(self, sentence: Sentence, inside: Sequence[Mention]) -> None:
        """A key alone on its line, without a colon ("CLUSTER/SECTOR LEAD AGENCY", "STRATEGIC
        ADVISORY GROUP (SAG) - AGENCIES"): its value is the next line; a plan's title is
        remembered for a key naming the kind of its body only."""
        text = sentence.text
        rules = label_rules()
        if ":" in text or _TERMINAL.search(text) or len(text.split()) > rules.key_words:
            return
        lead = inside[0] if inside and inside[0].start == sentence.start else None
        if lead is not None and lead.entity.kind in rules.title_kinds:
            self.title = (sentence.start, text, self.line)
        named = next((m for m in inside if role_family(m.entity) == "body"), None)
        if any(m is not named for m in inside):
            return  # "Lead agency UNHCR": a key and its value on one line, or no key
        rest = _LABEL_EDGES.sub("", text.replace(named.surface, " ") if named else text)
        trigger = label_word(rest) or (members_word(rest) if named is not None else None)
        titled = self.title_body(rest) if trigger else None  # before the page's one body
        body = named or self.near_heading() or titled or self.subject
        if trigger is not None and body is not None:
            self.key = (trigger, body)

    def key_value(
        self, sentence: Sentence, inside: Sequence[Mention], trigger: Trigger, body: Mention
    ) -> bool:
        """The line under a key: its holders when it names organisations and nothing else
        ("ACTED, DRC, IOM"); "n/a" or prose gives nothing."""
        rest = sentence.text
        for m in reversed(inside):
            a, b = m.start - sentence.start, m.end - sentence.start
            rest = rest[:a] + " " + rest[b:]
        actors = [m.entity for m in inside if role_family(m.entity) == "actor"]
        if not actors or len(actors) != len(inside) or not _VALUE_GLUE.fullmatch(rest):
            return False
        self.emit(Frame(trigger, _unique(actors), body, scopes=self.own_scopes(body)), sentence)
        return True

    def topic_body(self, label: str) -> Mention | None:
        """The body a label naming only its kind ("Sector Lead") is about under a heading of
        topic words alone right above it ("Shelter & Settlement" over "Sector Lead: IOM", a
        situation report's section): the body that kind makes with the heading's words."""
        kind = _kind_word(label)
        if kind is None or self.topic is None or self.line - self.topic[2] != 1:
            return None
        start, text, _ = self.topic
        return self.named_body(f"{text} {kind.capitalize()}", start, start + len(text))

    def title_body(self, key: str) -> Mention | None:
        """The body a key naming only its kind ("Cluster lead agency") is about: the one that
        kind makes with the topic words opening the plan's title above ("CCCM Iraq Response
        Strategy" -> CCCM Cluster)."""
        kind = _kind_word(key)
        if kind is None or self.title is None or self.line - self.title[2] > LOOK_BACK:
            return None
        start, text, _ = self.title
        opening = []
        for word in text.split():
            if word.lower() not in phrase_rules().topics:
                break
            opening.append(word)
        topic = " ".join(opening)
        if not topic:
            return None
        return self.named_body(f"{topic} {kind.capitalize()}", start, start + len(topic))

    def contact_post(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """A contact block's post under its holder's organisation, under the person's name
        ("Jane Doe" / "World Food Programme (WFP)" / "Logistics Cluster Coordinator", or the
        topic after the post, "Cluster Coordinator Logistics"): the organisation holds the
        post's role in the body it names, else in the heading's or the page's body (C1)."""
        org, name = self.before_inside, self.earlier
        text = sentence.text.strip()
        if len(org) != 1 or role_family(org[0].entity) != "actor" or name is None:
            return False
        if self.before is None or org[0].surface.strip() != self.before.text.strip():
            return False
        if ":" in text or _TERMINAL.search(text) or not _PERSON_LINE.fullmatch(name.text.strip()):
            return False
        if label_word(_LABEL_EDGES.sub("", name.text)) is not None:
            return False  # "LEAD MINISTRY" / its value / "COORDINATING AGENCIES": a key, no name
        named = next((m for m in inside if role_family(m.entity) == "body"), None)
        if any(m is not named for m in inside):
            return False
        rest = _LABEL_EDGES.sub("", text.replace(named.surface, " ") if named else text).strip()
        post = self.post_body(rest, sentence) if named is None else None
        trigger = label_word(post[0] if post else rest)
        body = named or (post[1] if post else self.heading_body())
        if trigger is None or body is None or deputy_seat(rest):
            return False
        block = Sentence(name.start, sentence.end, self.doc.text[name.start : sentence.end])
        self.emit(Frame(trigger, [org[0].entity], body, scopes=self.own_scopes(body)), block)
        return True

    def post_body(self, post: str, sentence: Sentence) -> tuple[str, Mention] | None:
        """A post naming its body's kind and then its topic ("Cluster Coordinator WASH"): the
        role label and the body that kind makes with the topic."""
        words = post.split()
        for k in range(len(words) - 1, 0, -1):
            label, topic = " ".join(words[:k]), " ".join(words[k:])
            kind = _kind_word(label)
            if label_word(label) is None or kind is None:
                continue
            at = sentence.start + sentence.text.index(topic)
            body = self.named_body(f"{topic} {kind.capitalize()}", at, at + len(topic))
            return (label, body) if body is not None else None
        return None

    # -- lists and tables ------------------------------------------------------------------
    def under_open(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """A line under an open role label: the holders of a bullet in the label's body
        ("- UNHCR"), or of a row pairing a body with its holders ("- Shelter Cluster (SC),
        IOM", "Protection – UNHCR")."""
        assert self.open is not None
        row = self.body_row(sentence, inside) or self.topic_row(sentence, inside)
        if row is None:
            actors = [m for m in inside if role_family(m.entity) == "actor"]
            lead = sentence.text[: actors[0].start - sentence.start] if actors else ""
            lead = BULLET.sub("", lead)
            if (
                self.open.body is None
                or not actors
                or (lead.strip() and not _SEAT_OFFICE.fullmatch(lead))
            ):
                return False  # "- Camp Management: UNHCR": a subject no mention names
            row = (self.open.body, actors)
        body, actors = row
        self.open.bullets.append((sentence, _unique([m.entity for m in actors]), body))
        return True

    def bare_item(self, sentence: Sentence, inside: Sequence[Mention]) -> bool:
        """A line of organisations and nothing else, without a bullet ("Department of
        Agriculture" under "Support Agencies:"): an item of the list above, as a bullet is,
        in a page whose list lost its bullets (a PDF's side column); not once the list has
        had a bullet, where a bare line is a heading or a new paragraph."""
        if not inside or any(role_family(m.entity) != "actor" for m in inside):
            return False
        edges = [sentence.start, *(x for m in inside for x in (m.start, m.end)), sentence.end]
        if _SEAT_OFFICE.fullmatch(self.doc.text, sentence.start, inside[0].start):
            edges[0] = inside[0].start  # "Secretary, Ministry of X": the ministry's seat
        gaps = " ".join(self.doc.text[a:b] for a, b in zip(edges[::2], edges[1::2], strict=True))
        return _VALUE_GLUE.fullmatch(gaps) is not None

    def body_row(
        self, sentence: Sentence, inside: Sequence[Mention]
    ) -> tuple[Mention, list[Mention]] | None:
        """A line that is a body, a break and its holders, nothing else: "Cash Working Group
        (CWG), WFP", "- Protection Cluster – UNHCR", "Education Cluster: UNICEF/Save the
        Children" (a list of bodies and their holders under a role lead-in)."""
        text, base = sentence.text, sentence.start
        if len(inside) < 2 or role_family(inside[0].entity) != "body":
            return None
        body, rest = inside[0], list(inside[1:])
        if BULLET.sub("", text[: body.start - base]).strip():
            return None
        if any(role_family(m.entity) != "actor" for m in rest):
            return None
        if not _ROW_BREAK.fullmatch(text, body.end - base, rest[0].start - base):
            return None
        for a, b in pairwise(rest):
            if not _GLUE.match(re.sub(_PAREN, "", text[a.end - base : b.start - base])):
                return None
        return (body, rest) if _ROW_END.fullmatch(text, rest[-1].end - base) else None

    def listed_kind(self, sentence: Sentence, label: str) -> str | None:
        """The kind of bodies a lead-in lists, named in the plural ("Sectors and lead agencies:"
        -> Sector), as the line before names it when the lead-in refers back to it ("... eight
        Coordination Groups ... The groups, with the agencies leading them, are:" ->
        Coordination Group)."""
        kind = _kind_word(label)
        plural = rf"{re.escape(kind)}s\b" if kind is not None else ""
        if not plural or not re.search(rf"\b{plural}", label, re.IGNORECASE):
            return None  # "Cluster lead agencies:" lists agencies, not clusters
        said = self.doc.text[self.before.start if self.before else sentence.start : sentence.end]
        named = re.compile(rf"\b((?:(?!{_DETERMINERS})(?-i:[A-Z])[\w-]*\s+){{0,2}}){plural}", re.I)
        words = [m.group(1) for m in named.finditer(said) if m.group(1)]
        return " ".join(w.capitalize() for w in [*(words[-1] if words else "").split(), kind])

    def topic_row(
        self, sentence: Sentence, inside: Sequence[Mention]
    ) -> tuple[Mention, list[Mention]] | None:
        """A row under a lead-in listing a kind of bodies, naming a body by its topic alone
        and its holders ("Health: WHO", "Food Security (including nutrition): WFP" under "The
        groups, with the agencies leading them, are:"): the topic with the lead-in's kind."""
        if self.open is None or self.open.kind is None:
            return None
        row = _TOPIC_ROW.match(sentence.text)
        if row is None or not _topic_words(row.group("topic")):
            return None
        at = sentence.start + row.end()
        if not inside or inside[0].start < at:
            return None  # a mention in the topic: the body rows read it
        if not _VALUE_GLUE.fullmatch(_gaps(self.doc.text, inside, at, sentence.end)):
            return None
        if any(role_family(m.entity) != "actor" for m in inside):
            return None
        a = sentence.start + row.start("topic")
        body = self.named_body(f"{row.group('topic')} {self.open.kind}", a, a + len(row["topic"]))
        return (body, list(inside)) if body is not None else None

    def close_open(self) -> None:
        """End of a list under a role label: bullets in one body share the role."""
        assert self.open is not None
        t, bullets = self.open.trigger, self.open.bullets
        groups: dict[str, dict[str, Entity]] = {}
        for _, holders, body in bullets:
            groups.setdefault(body.entity.key, {}).update((e.key, e) for e in holders)
        for sentence, holders, body in bullets:
            group = groups[body.entity.key]
            shared = t.role != "member" and len(group) <= MAX_CO_HOLDERS
            co = [e for e in group.values() if shared and e not in holders]
            scopes = self.open.scopes if body is self.open.body else self.own_scopes(body)
            self.emit(Frame(t, holders, body, co, list(scopes)), sentence, holders)
        self.open = None

    def cells(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The cells of a table row, as spans of the document text: split at "|" when the row
        has one (an empty cell between two keeps its column; the row's outer bars are no
        cells), else at a tab or a run of spaces in the raw text (the cleaned text keeps one
        space of a run)."""
        text, base = sentence.text, sentence.start
        if "|" in text:
            spans = _split(base, [i for i, ch in enumerate(text) if ch == "|"], len(text))
            first = 1 if text.startswith("|") else 0
            return spans[first : len(spans) - 1 if text.endswith("|") else len(spans)]
        origin, raw = self.doc.origin, self.doc.raw
        cuts = []
        for i, ch in enumerate(text):
            gap = raw[origin[base + i] : origin[base + i + 1]]
            if ch == " " and len(gap) >= _TABLE_GAP and not gap.strip():
                cuts.append(i)
        spans = _split(base, cuts, len(text))
        return [(a, b) for a, b in spans if self.doc.text[a:b].strip()]

    def table_row(
        self, sentence: Sentence, cells: list[tuple[int, int]], inside: Sequence[Mention]
    ) -> bool:
        """A header "Sector | Lead | Co-lead" sets each column's role; a row below gives the
        actors of a role column that role in the body its other cells name (places there are
        its scope).  Under a role lead-in without a header, every actor of the row holds it."""
        labels = [label_word(self.doc.text[a:b]) for a, b in cells]
        actors = [m for m in inside if role_family(m.entity) == "actor"]
        if any(labels) and not actors:
            self.columns = labels
            self.kinds = [kind_of_header(self.doc.text[a:b]) for a, b in cells]
            return True
        columns = self.columns
        kinds_ = self.kinds if columns is not None else []
        if columns is None and self.open is not None:
            columns = [None] + [self.open.trigger] * (len(cells) - 1)
        if columns is None:
            return len(cells) == 2 and self.key_row(sentence, cells, inside)

        def column(m: Mention) -> int:
            return next((i for i, (a, b) in enumerate(cells) if a <= m.start < b), -1)

        plain = [
            m
            for m in inside
            if column(m) >= 0 and columns[min(column(m), len(columns) - 1)] is None
        ]
        body = next((m for m in plain if role_family(m.entity) == "body"), None)
        body = body or self.kind_cell(cells, kinds_)
        if body is None and self._unread(cells, columns, plain):
            return True  # a row about something no mention names ("Camp Management  UNHCR")
        body = body or (self.open.body if self.open is not None else self.heading_body())
        if body is None:
            return True
        places = [
            Scope(place=m.entity)
            for m in plain
            if role_family(m.entity) == "place" and m.entity.key != self.country
        ]
        scopes = places or self.level_cells(cells, columns) or self.own_scopes(body)
        for i, trigger in enumerate(columns[: len(cells)]):
            holders = self.listed_holders(*cells[i], inside) if trigger is not None else []
            own = _role_before_bracket(self.doc.text[cells[i][0] : cells[i][1]])
            if trigger is not None and holders and not own:
                self.emit(Frame(trigger, _unique(holders), body, scopes=list(scopes)), sentence)
        self.paren_roles(sentence, inside)  # a cell saying its own role: "2 Co-chairs (A, B)"
        return True

    def key_row(
        self, sentence: Sentence, cells: list[tuple[int, int]], inside: Sequence[Mention]
    ) -> bool:
        """A row of a two-column table of keys and values (a fact box, a terms of reference's
        cover table): "| Co-chairs | UNICEF, WFP |" says what the label line "Co-chairs: UNICEF,
        WFP" does, in the body its key names or the heading's."""
        (a, b), (c, d) = cells
        key = self.doc.text[a:b]
        named = next(
            (m for m in inside if a <= m.start < b and role_family(m.entity) == "body"), None
        )
        trigger = label_word(
            _LABEL_EDGES.sub("", key.replace(named.surface, " ") if named else key)
        )
        body = named or self.heading_body()
        if trigger is None or body is None or _CONTACT.search(self.doc.text, c, d):
            return False
        holders = self.listed_holders(c, d, inside)
        if holders:
            self.emit(
                Frame(trigger, _unique(holders), body, scopes=self.own_scopes(body)), sentence
            )
        return bool(holders)

    def kind_cell(self, cells: list[tuple[int, int]], kinds_: list[str | None]) -> Mention | None:
        """The body a row's cell names under a header naming the body's kind: "Shelter" in the
        column "Cluster" is the Shelter Cluster."""
        for (a, b), kind in zip(cells, kinds_, strict=False):
            cell = self.doc.text[a:b]
            topic = _TRAILING_BRACKET.sub("", cell).strip()
            if kind is None or not topic:
                continue
            start = a + cell.index(topic)
            body = self.named_body(f"{topic} {kind}", start, start + len(topic))
            if body is not None:
                return body
        return None

    def _unread(
        self, cells: list[tuple[int, int]], columns: list[Trigger | None], plain: list[Mention]
    ) -> bool:
        """Whether a cell outside the role columns holds words no mention reads."""
        for i, (a, b) in enumerate(cells):
            if columns[min(i, len(columns) - 1)] is not None:
                continue
            words = self.doc.text[a:b]
            for m in plain:
                if a <= m.start < b:
                    words = words.replace(m.surface, " ")
            if re.search(r"[^\W\d_]", words) and not _LEVEL_CELL.fullmatch(words.strip()):
                return True
        return False

    def level_cells(
        self, cells: list[tuple[int, int]], columns: list[Trigger | None]
    ) -> list[Scope]:
        """The levels a row's cells outside the role columns name ("National | UNHCR | NRC")."""
        found = []
        for i, (a, b) in enumerate(cells):
            level = _LEVEL_CELL.fullmatch(self.doc.text[a:b].strip())
            if level is not None and columns[min(i, len(columns) - 1)] is None:
                found.append(Scope(level=level_of(level)))
        return found

    # -- output ----------------------------------------------------------------------------
    def scopes_of(self, body: Mention | None) -> list[Scope]:
        own = body_scope(body, self.doc.text, 0) if body is not None else None
        return [own] if own is not None else []

    def own_scopes(self, body: Mention | None) -> list[Scope]:
        """The scope a body's name gives, else the one of the level or place heading above."""
        return self.scopes_of(body) or self.section_scopes()

    def emit(self, frame: Frame, sentence: Sentence, only: list[Entity] | None = None) -> None:
        """Add the frame's claims (only those of ``only``, the holders its sentence names,
        when its co-holders are named on other lines)."""
        roles, _ = claims_from_frames([frame], self.doc, sentence)
        self.claims.extend(r for r in roles if only is None or r.holder in only)


@dataclass(frozen=True)
class BracketedRules:
    """A lead-in naming a kind of bodies, the kind each names, and one body with its bracket."""

    lead_in: re.Pattern[str]
    cue: re.Pattern[str]  # .search in the sentence: a word of leading or coordinating
    kinds: dict[str, str]
    item: re.Pattern[str]  # .match after the lead-in or an item: group 1 the body, 2 the bracket
    trigger: Trigger


@cache
def bracketed_rules() -> BracketedRules:
    """Load ``[bracketed_bodies]`` of ``rules/labels.toml`` (cached)."""
    data = rules_file("labels.toml")["bracketed_bodies"]
    role = data["role"]
    never = re.compile(r"(?!)")
    return BracketedRules(
        re.compile(data["lead_in"], re.IGNORECASE),
        re.compile(data["cue"], re.IGNORECASE),
        dict(data["kinds"]),
        re.compile(data["item"], re.IGNORECASE),
        Trigger(f"label.bracketed-{role}", role, "active", never, 0.7),
    )


def members_word(rest: str) -> Trigger | None:
    """The member role of a key that names a body and then what it gathers ("SAG -
    Agencies", "Steering committee partners")."""
    said = " ".join(rest.lower().split())
    return label_word("members") if said in label_rules().body_members else None


def _segments(text: str) -> list[re.Match[str]]:
    """The labelled segments of a line; one opening after a comma or right after another
    label's colon ("Chair : lead: A, Co-lead: B") only when its label is a role word, so a
    comma inside a value ("Location: Erbil, Duhok") opens none.  A chained label that is no
    role word may end with one glued to the value before it, as a flattened header writes
    them ("Co-lead: A Co-facilitator: B"): that role word opens a segment of its own."""
    found: list[re.Match[str]] = []
    for seg in _SEGMENT.finditer(text):
        if not seg.group("chained") or label_word(seg.group("label")) is not None:
            found.append(seg)
        elif glued := _glued(text, seg):
            found.append(glued)
    return found


def _glued(text: str, seg: re.Match[str]) -> re.Match[str] | None:
    """The capitalised role label closing the label of a chained segment after a value
    ("A Co-facilitator" -> "Co-facilitator"), as a segment of its own, or None."""
    label = seg.group("label")
    for space in (m.start() for m in re.finditer(r"\s(?=[A-Z])", label)):
        glued = _GLUED.match(text, seg.start("label") + space)
        if glued is not None and label_word(glued.group("label")) is not None:
            return glued
    return None


def _gives_way(text: str, found: list[re.Match[str]], i: int) -> bool:
    """Whether segment ``i`` has no value of its own before a label chained to it."""
    nxt = found[i + 1] if i + 1 < len(found) else None
    return (
        nxt is not None
        and bool(nxt.group("chained"))
        and not text[found[i].end() : nxt.start()].strip()
    )


def _kind_word(label: str) -> str | None:
    """The body's kind a label names ("Cluster lead agency" -> "cluster", "The groups" ->
    "group"), if any."""
    said = " " + " ".join(w.removesuffix("s") for w in re.findall(r"[\w-]+", label.lower())) + " "
    heads = sorted(kinds().body_heads, key=len, reverse=True)
    return next((h for h in (*heads, "group") if f" {h} " in said), None)


def _gaps(text: str, inside: Sequence[Mention], start: int, end: int) -> str:
    """The text between ``start`` and ``end`` outside the mentions ``inside``, footnote marks
    ("[1]") dropped."""
    edges = [start, *(x for m in inside for x in (m.start, m.end)), end]
    gaps = " ".join(text[a:b] for a, b in zip(edges[::2], edges[1::2], strict=True))
    return _FOOTNOTE.sub(" ", gaps)


def _topic_words(text: str) -> bool:
    """Whether a heading's words are a sector's topic ("Shelter & Settlement", "Food
    Security"): it opens with a topic word and names nothing else."""
    words = re.findall(r"[\w-]+", text.lower())
    topics = phrase_rules().topics
    return bool(words) and words[0] in topics and not any(w in kinds().body_heads for w in words)


def _role_before_bracket(text: str) -> bool:
    """Whether a cell says its own role with its holders in a bracket ("2 Co-chairs (A)")."""
    words = label_rules().any_word.finditer(text)
    return any(_HOLDERS_BRACKET.match(text, w.end()) for w in words)


def _split(base: int, cuts: list[int], length: int) -> list[tuple[int, int]]:
    """The spans between one-character cuts of a text ``length`` long starting at ``base``."""
    edges = [-1, *cuts, length]
    return [(base + a + 1, base + b) for a, b in pairwise(edges)]


def _unique(entities: list[Entity]) -> list[Entity]:
    return list({e.key: e for e in entities}.values())


def label_roles(
    doc: Document,
    sentences: list[Sentence],
    mentions: list[Mention],
    country: str | None,
    resolver: Resolver,
) -> list[RoleClaim]:
    """Every role a document states by its layout, with its evidence (rule ``label.<id>``);
    names only layout shows are resolved through the document's ``resolver``."""
    reader = _Reader(doc, country, resolver)
    reader.subject = page_subject(doc.text, mentions)
    for sentence, inside in zip(sentences, by_sentence(sentences, mentions), strict=True):
        reader.read_line(sentence, inside)
    if reader.open is not None:
        reader.close_open()
    return reader.claims
