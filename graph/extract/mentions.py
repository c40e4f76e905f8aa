"""Recognise the organisations, coordination bodies, places and frameworks a document names.

Names come from several readers, merged into one stream of mentions without overlaps:

1. reference data (well-known names and acronyms, ``reference/``; names that hold in one
   country only are read in documents about that country);
2. acronyms the document defines ("Returns Working Group (RWG)"), expanded wherever used; a
   defined long form is one name, whatever it holds ("Cash Consortium for Iraq (CCI)");
3. names the reference data lacks, typed by their head noun ("... Working Group", "Ministry of
   ...", "Direction Régionale de ..."; ``rules/kinds.toml``);
4. organisations a noun or an apposition types ("the national NGO Paths of Tomorrow (PoT)",
   "X (XA), a national NGO"), and an organisation's office or the person heading it ("the
   UNHCR Representative", "IOM Malawi");
5. bodies written as common nouns, lists of them and the topic after a role noun ("the
   protection and basic needs sectors", "sector lead on CCCM"; ``bodyphrases.py``), and the
   acronym of such a body used alone later;
6. references back ("the cluster"), hubs ("the CCCM hub in Malakal") and places.

Places written into a body's name ("Iraq CCCM Cluster", "Central/South Shelter-NFI Cluster")
are taken out as a qualifier, a level word stays in the name ("National Protection Cluster",
convention C9), and a government
written next to a unit ("KRG Ministry of Planning", "... Centre (JCC) of the KRG") becomes its
owner.  Every mention is resolved through the shared ``Resolver``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import accumulate, count

from coordkg.graph.extract.acronyms import (
    AcronymDefinition,
    find_definitions,
    lower_case_words,
    spells,
)
from coordkg.graph.extract.alternation import by_first_letter, name_words, words
from coordkg.graph.extract.bodyentities import entity_bodies
from coordkg.graph.extract.bodylists import distributive_after
from coordkg.graph.extract.bodyphrases import (
    NAME_LEVELS,
    body_head_at,
    body_phrases,
    founded_in_title,
    phrase_rules,
    the_before,
)
from coordkg.graph.extract.bodyshort import QUALIFIERS, head_first_forms, short_forms, tail_forms
from coordkg.graph.extract.bodytails import ANAPHORA_RULE, with_tails
from coordkg.graph.extract.kinds import AcronymSlots, HeadRule, kinds, word_forms
from coordkg.graph.extract.language import in_english, singular_after
from coordkg.graph.extract.metadata import PERIOD
from coordkg.graph.extract.places import subdivisions
from coordkg.graph.extract.reference import (
    reference_by_key,
    reference_entries,
    translated_acronyms,
)
from coordkg.graph.extract.resolve import Resolver, name_key, singular
from coordkg.graph.extract.rulefiles import (
    alternatives,
    and_tokens,
    and_words,
    generic_actors,
    language_words,
    rules_file,
    with_words,
    words_of,
)
from coordkg.graph.extract.spans import Coverage, cut_off, longest_first, starting_within
from coordkg.graph.folding import fold
from coordkg.graph.model import Entity, Mention, Scope
from coordkg.graph.read.text import MONTHS

REACH = 40
"""How many tokens a name, or a list of names, is read from the word that anchors it (a head
noun, "hub", a comma).  Real names have at most a dozen words, even with an acronym spelled
out; without a bound a page of capitalised words makes every head noun read back to the
start of its line, and reading grows with the square of the line's length."""

OFFICE_RULE = "name.office"
"""The rule of a mention of an organisation by its office or the person heading it."""

DEFINED_BODY_RULE = "acronym.body"
"""The rule of an acronym standing alone for a body its long form named with a head noun."""

VARIANT_RULE = "body.variant"
"""The rule of a body written with a bare group word ("the Legal Aid group") after its name."""

HUB_RULE = "body.hub"
"""The rule of a mention of a body's hub: the body at a place ("the CCCM hub in Malakal")."""

DEMONSTRATIVE_RULE = "body.demonstrative"
"""The rule of a body's name after "this" that refers back to a longer name ending with it."""
_DEMONSTRATIVE = re.compile(r"\b(?:this|these)\s+$", re.IGNORECASE)

TITLE_RULE = "name.title-of"
"""The rule of a person's office with what it serves ("the Minister ... of the Prime Minister's
Office")."""
_TITLE_ARTICLES = [*language_words("articles"), *language_words("articles_also_english")]
_TITLE_GAP = re.compile(
    rf"[ \t]+(?:{alternatives(['of', 'for', *language_words('of')])})[ \t]+"
    rf"(?:(?:{alternatives(a for a in _TITLE_ARTICLES if a[-1].isalpha())})[ \t]+"
    rf"|(?:{alternatives(a for a in _TITLE_ARTICLES if not a[-1].isalpha())}))?"
)
"""Between an office's title and what it serves: "of the", and the other languages' "de la",
"du", "da" ("el Director General de la Cruz Roja", "le Directeur général de l'Agence"): their
words for "of" and their articles (languages.toml), an elided one ("l'") with no space after."""
_AT_GAP = re.compile(r"[ \t]+at[ \t]+(?:the[ \t]+)?")
"""Between an office and the organisation it works at ("the Director of Nutrition at the
Ministry of Public Health")."""
_APPOSED_POST = re.compile(r",[ \t]+(?:the[ \t]+)?")
"""Between an office's title and a second title of the same post set in apposition."""
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|and\b|&)")
"""After a name: a list of names goes on (.match)."""

_PERSON_BEFORE = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof|H\.E)\.?[ \t]+)?[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?){1,3}"
    r",[ \t]+(?:the[ \t]+)?$"
)
"""A person's name and the comma before the office they hold ("Hugh Todd, ", "Mr. A. Jeffrey, the
")."""

MISHEADED_RULE = "name.misheaded"
"""The rule of an organisation named like a known one but with a body's head noun ("Norwegian
Refugee Committee")."""

HEADED_ITEM_RULE = "body.heading-item"
"""The rule of a body named by a bullet under a heading of bodies ("### Clusters")."""

LIST_ITEM_RULE = "name.list-item"
"""The rule of an organisation no name rule knows, read as an item of a list of known ones."""

_TOKEN = re.compile(
    r"\b[LlDd]['’](?=(?i:[aeiouyhàâäæéèêëîïôöœùûü]))|(?:[A-Z]\.){2,4}(?=[ \t]+[A-Z])"
    r"|[^\W_](?:[\w/&\-]|['’](?!s\b))*s['’](?=[ \t]+[A-Z])"
    r"|[^\W_](?:(?:[\w/&\-]|['’](?!s\b))*[^\W_])?|[’']s\b|[^\w\s]"
)
"""A French article or "de" elided before a word, as French elides them, before a vowel or an
"h" only ("de l'Enfance", "Comité d'Orientation": the article, then the name's next word; an
English surname, "D'Souza", is one word), a word, an initialism before a name's next word
("U.S. Agency for ..."), a plural's possessive before a name's next word ("the Nigeria
Governors' Forum"), a possessive "'s" or a sign."""
_EXPLAINED = re.compile(r"[ \t]*[(/]")
"""After an acronym: brackets or a slash, its explanation or a second name."""
_CAPITALS_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]+[ \t]+$")
_CAPITALS_AFTER = re.compile(r"[ \t]+[A-Z][A-Z0-9]+(?![\w-])")
"""A word in capitals right before or after an acronym: both are one longer acronym."""
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_CONNECTORS = frozenset({"of", "and", "for", "on", "the", "&", "in", "to"})
_OPEN_WITH = frozenset({"on", "for", "of", "pour", "para", "voor", "für"})
"""The words after which a name goes on past its head ("Working Committee on Capacity ...",
"Belgisch Consortium voor Noodsituaties")."""
_FRENCH_OF = frozenset(words_of("fr", "of"))
_FRENCH_ARTICLES = frozenset(words_of("fr", "articles"))
"""French's "de", "du", "des" and its articles ("la", "l'"): before a portfolio's capitalised
noun ("de l'Administration territoriale")."""
_ADDRESSED = frozenset({"mr", "mrs", "ms", "dr"})
"""Forms of address that open a person's name: no organisation's name runs on into them ("the
Executive Director of the NCCI Mr. A"), and an office's title may stand before them."""
_POSTS_BEFORE = frozenset({"secretary", "director", "minister", "commissioner"})
"""A person's post written before a ministry's name without a comma: no word of the name."""
_ADDRESS_NAMED = frozenset({"bhavan", "bhawan", "road", "street", "avenue", "block"})
"""Words of a postal address after the building's or street's own name ("Shastri Bhavan",
"S Block"): a ministry's name written over its address ends before that name."""
_ADDRESS_OPENS = frozenset({"room", "floor"})
"""Words that open an address themselves ("Room No. 121")."""
_SEAT_COLUMN = "member"
"""The seat a list of an act writes in its last column ("Minister for Defense    Member",
the column's spaces gone from the text): no word of the office's name."""
_FUNCTION = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "these",
        "that",
        "those",
        "within",
        "under",
        "in",
        "as",
        "at",
        "by",
        "for",
        "from",
        "with",
        "through",
        "since",
        "also",
        "further",
        "furthermore",
        "additionally",
        "moreover",
        "however",
        "while",
        "where",
        "when",
        "what",  # a question opening a sentence ("What JIF aims at ...") starts no name
        "which",
        "who",
        "whose",
        "how",
        "why",
        "its",
        "their",
        "his",
        "her",
        "our",
        "and",
        "or",
        "but",
        "if",
        "of",
        "on",
        "to",
        "into",
        "among",
        "between",
        "via",
        "per",
        # French articles before a name ("la Plateforme Nationale de ...", elided: "L'Agence
        # Nationale de ...")
        *rules_file("languages.toml")["fr"]["articles"],
        # a headline's participle before a name ("Criada Comissão Provincial de ...")
        *language_words("created"),
        # time words opening a sentence start no name ("Past PHF Chairpersons have come from")
        "then",
        "past",
        "previous",
        "current",
        "recent",
    ]
)
_SEAT_AFTER = re.compile(
    rf"[ \t]+(?:(?:{alternatives(kinds().seats_after)})s?[ \t]+"
    r"(?:have|has|had|is|are|was|were|include[sd]?|c[oa]me)\b|members(?![\w-]))",
    re.I,
)
"""The seats a body's head may stand before: its members ("SHF Advisory Board Members"), its
seats (kinds.toml ``seats_after``) as the subject of a verb ("Past PHF Chairpersons have come
from", "Former Zone Co-ordinators have"); "the SWG Chairs and Co-Chairs" stays one name."""
_COMPASS = re.compile(
    r"^(?:north|south|east|west|central|northern|southern|eastern|western|centre|center|"
    r"north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)"
    r"(?:/(?:north|south|east|west|central|northern|southern|eastern|western|centre))*$",
    re.IGNORECASE,
)


@dataclass
class _Tok:
    """A token of the stream; acronyms are replaced by the tokens of their long form."""

    text: str
    start: int
    end: int
    expanded: bool = False  # part of an acronym's expansion: always inside a name
    entity: Mention | None = None  # a reference mention standing as one token
    long_form: AcronymDefinition | None = None  # inside the long form of this definition
    plural: bool = False  # expanded from a plural acronym ("ABCs")

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit() or self.expanded


_GENERIC_POSSESSORS = frozenset({"government", "country", "state", "agency", "ministry"})
_FORCES = frozenset(a[0] for a in generic_actors() if len(a) == 1)
"""A force or public service a single noun names ("Gendarmerie", "Police"): a body of its own,
never a ministry's remit."""


def _after_french_of(toks: list[_Tok], j: int) -> bool:
    """Whether the token before ``j`` is a capitalised word of a French name, after its "de",
    "du", "des", "de la" or "de l'" ("des Relations", "de l'Administration"): a portfolio's
    adjective may follow it, not an English name's next word ("Ministry of Health civil")."""
    i = j
    while i > 0 and toks[i - 1].capital and toks[i - 1].text[0].isalnum():
        i -= 1
    if i == j or i == 0:
        return False
    if toks[i - 1].low in _FRENCH_OF:
        return True
    return toks[i - 1].low in _FRENCH_ARTICLES and i >= 2 and toks[i - 2].low in _FRENCH_OF


def _inflects(word: str, head: str) -> bool:
    """``word`` is ``head`` or its plural ("groups", "directorates", "bodies", "direcciones")."""
    return word.replace("’", "'") in word_forms(head)


def _acronym_like(text: str) -> bool:
    return sum(ch.isupper() for ch in text) >= 2 and text.replace("-", "").isalnum()


@cache
def _organisations_by_front() -> dict[str, Entity]:
    """Known organisations by the words of their name before its last ("norwegian refugee"
    of the Norwegian Refugee Council), for names of three words or more."""
    actors = kinds().families["actor"]
    out: dict[str, Entity] = {}
    for entry in reference_entries():
        words = entry.entity.name.split()
        if entry.entity.kind in actors and len(words) >= 3:
            out.setdefault(fold(" ".join(words[:-1])), entry.entity)
    return out


Names = tuple[tuple[str, frozenset[str]], ...]
"""Names of an alternation in its order, each with the words a text must have for it to match."""


@cache
def _reference_names() -> tuple[Names, Names, dict[str, Entity]]:
    """Every reference surface, longest first, for two regexes (see :func:`_reference_pattern`),
    and the entity of each surface (by :func:`_surface_key`)."""
    table: dict[str, Entity] = {}
    multi: list[str] = []
    single: list[str] = []
    for entry in reference_entries():
        for surface in entry.surfaces:
            table.setdefault(_surface_key(surface), entry.entity)
            # a name that is also a phrase ("People in Need") is read only as it is written
            (multi if " " in surface.strip() and not entry.cased else single).append(surface)
    single.extend(_title_acronyms())
    widened = [word for word, _ in _SPELLINGS]

    def names(surfaces: list[str], folded: bool) -> Names:
        return tuple(
            (n, name_words(n, folded, widened))
            for n in sorted(set(surfaces), key=len, reverse=True)
        )

    return names(multi, True), names(single, False), table


_WHOLE_FROM = 4
"""The times a process asks for the reference regexes (twice a document) before it compiles
those of every surface (a tenth of a second, then kept): the first documents it reads get those
of the surfaces they may hold, which is all ``coordkg add`` of a document needs."""
_read = count()


def _reference_pattern(
    text: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, Entity]]:
    """Two regexes over the reference surfaces: multi-word names ignore case, single words
    (acronyms, "Oxfam") and names that are also phrases do not ("WHO" is not "who").  They
    find in ``text`` what those over every surface find; None: no surface can be there."""
    multi, single, table = _reference_names()
    if next(_read) >= _WHOLE_FROM:
        return (*_every_reference_regex(), table)
    folded, written = words(text, True), words(text, False)
    return (
        _reference_regex([n for n, needs in multi if needs <= folded], True),
        _reference_regex([n for n, needs in single if needs <= written], False),
        table,
    )


@cache
def _every_reference_regex() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    multi, single, _ = _reference_names()
    return _reference_regex([n for n, _ in multi], True), _reference_regex(
        [n for n, _ in single], False
    )


def _reference_regex(names: list[str], folded: bool) -> re.Pattern[str] | None:
    """One regex over ``names`` (None when there are none), ignoring case when ``folded``."""
    if not names:
        return None
    alternation = by_first_letter(
        names,
        lambda n: _spellings(re.escape(n).replace("'", "['’]").replace(r"\ ", _GAP)),
        folded,
    )
    if folded:
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-]|’s\w)")


_PAREN_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z&-]{1,11})\)")
_SERVED_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
"""What an office title serves written as an acronym alone ("the Director General of DRMD")."""
_SPACES_BEFORE = re.compile(r"\s+\Z")
"""The spaces between a fronted place and the body it qualifies or its "the" ("In Gaza the")."""
_IN_OPENING = re.compile(r"(?:\A|[.!?\n])[ \t]*In[ \t]+\Z")
"""A sentence opening with "In" just before a place."""
_IN_GAP = re.compile(r"[ \t]+in[ \t]+")
_BULLET_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+\Z")
_ITEM_END = re.compile(r"[ \t]*[.;,]?[ \t]*(?:\n|\Z)")
"""A list item's bullet or number before a name, and the item's end after it."""
_BRANCH_GAPS = (" ", " - ", " – ")
"""What may stand between an organisation and the country of its branch ("ACF - Spain")."""
_POSTS = rules_file("roles.toml")["posts"]
_POST_KEYS = frozenset(_POSTS["keys"])
_BEFORE_PLACE = re.compile(_POSTS["before_place"], re.IGNORECASE)
"""The international posts whose place is the scope of their roles (convention C10), and the
words between a post's title and its place (roles.toml [posts])."""
_GAP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
"""The space between two words of a known name, which may wrap at the end of a line ("the
United Nations Development\n    Program")."""
_SPELLINGS = (("Programme", "Program(?:me)?"), ("Organization", "Organi[sz]ation"))


def _spellings(pattern: str) -> str:
    """A name's pattern that also takes the other spelling of its words ("World Food
    Program", "World Health Organisation")."""
    for word, either in _SPELLINGS:
        pattern = pattern.replace(word, either)
    return pattern


_ONE_SPELLING = re.compile(r"\b(program)(?!me)\b|organis(ation)", re.IGNORECASE)


def _surface_key(surface: str) -> str:
    """A surface folded to one spelling and spacing, to look the name up whichever it was
    written in."""
    folded = fold(" ".join(surface.split()))
    return _ONE_SPELLING.sub(lambda m: "programme" if m.group(1) else "organization", folded)


@cache
def _local_pattern(country: str) -> tuple[re.Pattern[str], dict[str, Entity]] | None:
    """One regex over the reference names that hold only in ``country`` (case kept)."""
    table: dict[str, Entity] = {}
    for entry in reference_entries():
        for surface in entry.local_surfaces(country):
            table.setdefault(fold(surface), entry.entity)
    if not table:
        return None
    names = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE), table


_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+\Z")
"""A capitalised word right before, of the same name as the word after it unless it is one of
``_NO_NAME_WORDS`` opening a sentence ("The Unicef representative")."""
_NO_NAME_WORDS = _FUNCTION | _CONNECTORS


@cache
def _title_acronyms() -> frozenset[str]:
    """The known acronyms of four letters or more in title case ("Unicef", "Unhcr", and in
    other languages "Cedeao"), as some documents write them; shorter ones would be words
    ("Who", "Iom")."""
    return frozenset(
        a.title()
        for e in reference_entries()
        for a in (e.entity.acronym, *e.translated)
        if a and len(a) >= 4 and a.isalpha() and a.isupper()
    )


def _spelt_out(d: AcronymDefinition) -> bool:
    """Whether the long form of ``d`` ends a name of the organisation the reference gives its
    acronym ("International Organization for Migration (OIM)")."""
    entity = _reference_names()[2].get(_surface_key(d.acronym))
    entry = reference_by_key().get(entity.key) if entity is not None else None
    long = fold(" ".join(d.long.split()))
    return entry is not None and any(fold(n).endswith(long) for n in entry.surfaces)


def _reference_mentions(
    text: str, skip: Coverage, country: str | None, defined: frozenset[str] = frozenset()
) -> list[Mention]:
    """Reference names in ``text``; a name that holds in ``country`` wins over the same
    letters elsewhere ("DRC" is the country in a Congolese document, the Danish Refugee
    Council in others).  A known acronym written in title case is that acronym unless it
    ends a longer name ("Primary Health Care") or the document also writes the word in lower
    case ("Care" where it speaks of health care).  An acronym of another language yields to
    the same letters the document defines (``defined``: "Pakistan Medical Association (PMA)")."""
    multi_re, single_re, table = _reference_pattern(text)
    titled, lower = _title_acronyms(), None
    found: list[Mention] = []
    local = _local_pattern(country) if country else None
    if local is not None:
        regex, names = local
        for m in regex.finditer(text):
            if not skip.covers(m.start()):
                found.append(Mention(m.start(), m.end(), m.group(), names[fold(m.group())]))
    for reference in (multi_re, single_re):
        for m in reference.finditer(text) if reference is not None else ():
            if skip.covers(m.start()) or m.group() in defined:
                continue
            if m.group() in titled:
                before = _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
                if before and before.group(1).lower() not in _NO_NAME_WORDS:
                    continue  # a word of a longer name ("Primary Health Care")
                lower = lower_case_words(text) if lower is None else lower
                if m.group().lower() in lower:
                    continue
            entity = table[_surface_key(m.group())]
            found.append(Mention(m.start(), m.end(), m.group(), entity))
    return longest_first(found)  # the first of equally long spans: the local one


class Recogniser:
    """Finds mentions in one document, resolving them through a build-wide ``Resolver``."""

    def __init__(self, text: str, resolver: Resolver, country: str | None = None) -> None:
        self.text = text
        self.resolver = resolver
        self.country = country  # ISO 3166-1 code of the document's country, when given
        self.definitions = [d for d in find_definitions(text) if not self._known_elsewhere(d)]
        self._def_at = {d.paren_start: d for d in self.definitions}
        self._paren_starts = sorted(self._def_at)
        # definitions come in text order and their long forms never overlap (a long form holds
        # no parenthesis), so both offsets are sorted and bisection finds a definition
        self._long_starts = [d.long_start for d in self.definitions]
        self._by_acronym: dict[str, list[AcronymDefinition]] = {}
        for d in self.definitions:
            self._by_acronym.setdefault(d.acronym, []).append(d)
        self._parens_of = {a: [d.paren_start for d in ds] for a, ds in self._by_acronym.items()}
        self._spaced = _spaced_names(self.definitions)
        self._kinds = kinds()
        self._place_kinds: dict[str, str | None] = {}
        rules = phrase_rules()
        self._topic_words = rules.topics
        heads = {w for h in self._kinds.body_heads for w in h.split()}
        self._not_names = rules.cues | {f for w in heads for f in (w, w + "s")}

    # -- acronyms -----------------------------------------------------------------------
    def _known_elsewhere(self, d: AcronymDefinition) -> bool:
        """ "UNHCR (lead agency)": an acronym the reference data knows, explained after it, is
        that entity; the parenthesis says something about it (a role) and stays to be read."""
        if d.explained_after:
            known = self.resolver.known(d.acronym)
            return known is not None and known.from_reference
        return False

    def _definition_for(self, acronym: str, at: int) -> AcronymDefinition | None:
        """The nearest definition of ``acronym`` before ``at`` (else the first after it)."""
        same = self._by_acronym.get(acronym)
        if not same:
            return None
        before = bisect_left(self._parens_of[acronym], at)
        return same[before - 1] if before else same[0]

    def _long_form_at(self, pos: int) -> AcronymDefinition | None:
        """The definition whose long form holds ``pos``."""
        i = bisect_right(self._long_starts, pos) - 1
        d = self.definitions[i] if i >= 0 else None
        return d if d is not None and pos < d.long_end else None

    def _expansion(self, token: str, at: int) -> str | None:
        if not _acronym_like(token):
            return None
        for acronym in (token, token[:-1] if token.endswith("s") else None):
            if not acronym:
                continue
            d = self._definition_for(acronym, at)
            if d is not None:
                return d.long
            entity = self.resolver.known(acronym)
            if entity is not None and not entity.from_reference:
                return entity.name
        return None

    def _spaced_at(self, word: str, at: int) -> tuple[int, str | None] | None:
        """ "REF TF" where the page defined "REF Taskforce (REF TF)": where it ends and its
        long form; that long form written again: where its first word ends and None, the
        word to be kept as written ("REF" alone names another body, the forum whose task
        force this is)."""
        for written in self._spaced.get(word, ()):
            stop = at + len(written)
            if not self.text.startswith(written, at) or self.text[stop : stop + 1].isalnum():
                continue
            d = self._definition_for(written, at)
            return (stop, d.long) if d is not None else (at + len(word), None)
        return None

    # -- the token stream -----------------------------------------------------------------
    def _stream(self, start: int, end: int, refs: Sequence[Mention]) -> list[_Tok]:
        """Tokens of ``text[start:end]`` with reference mentions (those starting there) as
        single tokens, definition parentheses dropped and defined acronyms expanded."""
        toks: list[_Tok] = []
        ref_iter = iter(refs)
        ref = next(ref_iter, None)
        pos = start
        while pos < end:
            if ref is not None and ref.start <= pos:
                toks.append(_Tok(ref.surface, ref.start, ref.end, entity=ref))
                pos = ref.end
                ref = next(ref_iter, None)
                continue
            d = self._def_at.get(pos)
            if d is not None:
                pos = d.paren_end
                continue
            # a word ends where a definition starts inside it ("Works/MPPW")
            after = bisect_right(self._paren_starts, pos)
            bound = self._paren_starts[after] if after < len(self._paren_starts) else end
            m = _TOKEN.search(self.text, pos, min(end, bound))
            if m is None:
                if bound < end:
                    pos = bound
                    continue
                break
            if ref is not None and m.start() >= ref.start:
                pos = ref.start
                continue
            if m.start() in self._def_at:
                pos = m.start()
                continue
            word = m.group()
            inside = self._long_form_at(m.start())
            if inside is not None:
                toks.append(_Tok(word, m.start(), m.end(), long_form=inside))
                pos = m.end()
                continue
            spaced = self._spaced_at(word, m.start())
            if spaced is not None:
                stop, long = spaced
                if long is None:
                    toks.append(_Tok(word, m.start(), m.end()))
                else:
                    toks.extend(
                        _Tok(w, m.start(), stop, expanded=True)
                        for w in _TOKEN.findall(long)
                        if w not in ",;"
                    )
                pos = stop if long is not None else m.end()
                continue
            long = self._expansion(word, m.start())
            if long:
                plural = word.endswith("s") and word[:-1].isupper()
                toks.extend(
                    _Tok(w, m.start(), m.end(), expanded=True, plural=plural)
                    for w in _TOKEN.findall(long)
                    if w not in ",;"
                )
            else:
                toks.append(_Tok(word, m.start(), m.end()))
            pos = m.end()
        return toks

    # -- head-noun names ------------------------------------------------------------------
    def _before_next_title(self, toks: list[_Tok], k: int, b: int) -> int:
        """Where what an office serves ends before "and" and a second office's title ("chaired
        by Permanent Secretary of Finance and Permanent Secretary of Public Works": two offices);
        "Director of Finance and Planning" goes on.  A title's head is looked for in the few
        words after the "and", so the scan stays linear."""
        for j in range(k, b):
            if toks[j].low not in _TITLE_JOINS:
                continue
            for m in range(j + 1, min(b, j + 1 + _TITLE_WORDS)):
                rule = self._head_at(toks, m)
                if rule is not None and rule.title:
                    return j
        return b

    def _after_title_join(self, toks: list[_Tok], a: int, i: int) -> int:
        """The first word of an office's title read leftwards from its head at ``i``: not
        before an "and" that follows another office's title ("Permanent Secretary of Finance
        and Permanent Secretary of Public Works" are two offices)."""
        start, titled = a, False
        for j in range(a, i):
            if titled and toks[j].low in _TITLE_JOINS:
                start = j + 1
            elif not titled:
                rule = self._head_at(toks, j)
                titled = rule is not None and rule.title
        return start

    def _office_at_end(self, toks: list[_Tok], k: int, b: int) -> int:
        """Where a name read from its prefix head ends before the title of the office of it
        that closes the run ("the Ministry of Health Director", "the MoSSP Permanent
        Secretary"): the ministry is named, the office stands for it (convention C1).  Not
        after "the" ("the Office of the Prime Minister", "Office of the UN Resident
        Coordinator" name the office's own unit).  The title is a title head or an office
        title of kinds.toml, looked for in the few words before the end: linear."""
        titles = self._kinds.office_titles
        for j in range(max(k + 1, b - _TITLE_WORDS), b):
            if any(t.low == "the" for t in toks[k:j]) or toks[j - 1].low in _CONNECTORS:
                continue
            rule = self._head_at(toks, j)
            whole = " ".join(t.low for t in toks[j:b])
            if (rule is not None and rule.title and j + len(rule.head) == b) or whole in titles:
                return j
        return b

    def _named_on(self, toks: list[_Tok], k: int) -> bool:
        """Whether the capitalised words from token ``k`` go on the country before them into a
        name of their own, one ending in a head ("the General Director of Vietnam Disaster
        Management Authority" serves the authority); other capitalised words after it ("the
        Minister of Health of Kenya Hon. Jane Doe") leave the country the office's."""
        j = k
        while j < min(len(toks), k + REACH) and toks[j].capital and toks[j].text[0].isalpha():
            rule = self._head_at(toks, j)
            if rule is not None and not rule.prefix:
                return True
            j += 1
        return False

    def _head_at(self, toks: list[_Tok], i: int) -> HeadRule | None:
        for rule in self._kinds.heads_starting(toks[i].low):
            n = len(rule.head)
            window = toks[i : i + n]
            if len(window) < n or any(t.entity for t in window):
                continue
            if rule.cased and not all(t.capital for t in window):
                continue
            if (
                rule.after
                and (i == 0 or toks[i - 1].low not in rule.after)
                and not self._topic_first(rule, toks, i + n)
            ):
                continue  # "the Cluster Coordinator": no French name without its article
            if all(_inflects(t.low, h) for t, h in zip(window, rule.head, strict=True)):
                if rule.head[0] == "’s" and i > 0 and toks[i - 1].low in _GENERIC_POSSESSORS:
                    continue  # "the Government's Office of ...": the name starts at "Office"
                return rule
        return None

    def _topic_first(self, rule: HeadRule, toks: list[_Tok], k: int) -> bool:
        """Whether a head that names a body only after its article names one without it, on
        a page in another language than English, its topic capitalised right after it
        ("CLUSTER PROTECTION NIGER", "Co-facilitateur Cluster Protection")."""
        return k < len(toks) and toks[k].capital and toks[k].low in rule.lower and not self._english

    @cached_property
    def _english(self) -> bool:
        """Whether the page is in English (read once)."""
        return in_english(self.text)

    def _left(self, toks: list[_Tok], i: int, floor: int = 0) -> int:
        """Extend a name leftwards from token ``i`` (exclusive); returns the first index.

        The name starts at ``floor`` at the earliest: where a name read from its prefix head
        ends ("the Ministry of Displacement and Return of Afghanistan and Green Valley ...
        Foundation" is two names)."""
        floor = max(floor, i - REACH)
        j = i
        while j > floor:
            t = toks[j - 1]
            if t.entity is not None:
                # a place or a body written in front belongs to the name when nothing separates
                # them: "Borno State Emergency Management Agency", "Health Cluster Strategic
                # Advisory Group"; a government in front is an owner instead (see _owner)
                kind = t.entity.entity.kind
                adjacent = self.text[t.end : toks[j].start].strip() == ""
                if adjacent and (self._kinds.is_("place", kind) or self._kinds.is_("body", kind)):
                    j -= 1
                    continue
                break
            if t.long_form is not None:
                first = t.long_form.long_start
                while j > 0 and toks[j - 1].long_form is t.long_form and toks[j - 1].start >= first:
                    j -= 1
                continue
            if _same_acronym(t, toks[j]):
                j -= 1  # "RRC" is "Relief and Rehabilitation Commission" whatever its words
                continue
            if t.low == "and" and j - 2 >= 0 and self._ends_head(toks, j - 1):
                break
            if t.low == "and" and j >= 2 and _ends_long_form(toks[j - 2]):
                break  # "the ... Management Team (UNDMT) and Task Force": a defined name ends
            if PERIOD.match(t.text):
                break  # "the 2018-2022 X Framework": the period is no word of the name
            if t.expanded or (t.capital and t.low not in _FUNCTION and t.text[0].isalnum()):
                j -= 1
                continue
            if (
                t.low in _CONNECTORS
                and j - 1 > 0
                and toks[j - 2].capital
                # "the" only inside a name ("Office for the Coordination ..."), not before one
                and (t.low != "the" or toks[j - 2].low in ("of", "for", "and", "on"))
                and not self._post_before(toks, j - 1)
            ):
                j -= 1
                continue
            if t.low == "," and _enumeration_before(toks, j):
                j -= 1  # "Water, Sanitation and Hygiene Sector"
                continue
            break
        j = max(j, floor)
        while j < i and (toks[j].low in _CONNECTORS or toks[j].low in _FUNCTION):
            j += 1
        return j

    def _post_before(self, toks: list[_Tok], k: int) -> bool:
        """Whether the connector at ``k`` follows a post's word, where a name read leftwards
        stops: an officer before "of" ("Chief Executive Officer of X"), a record ("Minutes of
        X"), or a seat before "of" or "for" with no title word before it ("as Secretary of
        NEMAC", not "Permanent Secretary of Finance")."""
        post, before = toks[k - 1], toks[k - 2] if k >= 2 else None
        if toks[k].low == "of" and (
            post.low in self._kinds.posts_of or post.low in self._kinds.records_of
        ):
            return True
        bare = before is None or not before.capital or before.low in _FUNCTION
        return toks[k].low in ("of", "for") and post.low in self._kinds.seats_of and bare

    def _ends_head(self, toks: list[_Tok], j: int, family: str | None = None) -> bool:
        """Whether the tokens before index ``j`` end with a head noun ("... Working Group"), of
        a kind of ``family`` when given."""
        return any(
            j - len(r.head) >= 0
            and not r.prefix
            and (family is None or self._kinds.is_(family, r.kind))
            and all(
                _inflects(t.low, h) for t, h in zip(toks[j - len(r.head) : j], r.head, strict=True)
            )
            for r in self._kinds.heads
        )

    def _right(
        self, toks: list[_Tok], k: int, open_with: bool, article: bool = True, several: bool = True
    ) -> int:
        """Extend a name rightwards from token ``k`` (exclusive); returns the end index.

        With ``open_with`` the name may go on only after "on", "for" or "of" ("Working
        Committee on Capacity Building", "UN Network for Migration"); with ``article`` an
        article may follow "on" or "for" ("UN Network for the SUN Movement"); without
        ``several`` an enumeration in the name has two items at most (after a plural head, "the
        Ministries of A, B, C and D", the items are names of their own), with it four."""
        if open_with:
            if k + 1 >= len(toks) or toks[k].low not in _OPEN_WITH:
                return k
            nxt = toks[k + 1]
            if not _in_long_form(toks[k], nxt) and not _opens_name(toks, k + 1, article):
                return k  # "the SAG for 2024": a number does not go on a name
        j = k
        # a suffix head inside an acronym's expansion: the acronym stands for the whole name (a
        # prefix head's office after it is cut apart later: "the MoH Permanent Secretary")
        expansion = open_with and k > 0 and toks[k - 1].expanded
        opened: int | None = None  # the comma an enumeration passed ("Works, Reconstruction")
        while j < min(len(toks), k + REACH):
            t = toks[j]
            if expansion and toks[j - 1].expanded and not t.expanded and t.low not in _LINKS:
                break  # "RMRP PARTNERS": no word after the acronym ("TWG on Migration" goes on)
            if j > 0 and _in_long_form(toks[j - 1], t):
                # inside a defined long form, commas and known names included ("Planning,
                # Investment", "Cash Consortium for Iraq (CCI)"): the document says it is one
                j += 1
                continue
            if t.entity is not None:
                break
            if j > 0 and _ends_long_form(toks[j - 1]) and t.long_form is not toks[j - 1].long_form:
                break  # "the Ministry of Social Affairs (MoSA) and NCRR": defined, so complete
            serial = opened is not None and all(
                x.low not in _ENUMERATION_AND for x in toks[opened:j]
            )
            if t.low == "," and self._enumeration_goes_on(toks, j, serial, 2 if several else 0):
                opened = None if serial else j  # a serial comma closes its enumeration
                j += 1  # "Ministry of Public Works, Reconstruction and Housing"
                continue
            if t.low in _ADDRESSED:
                break  # "the NCCI Mr. A": a person's name starts
            if t.expanded or (t.capital and t.text[0].isalnum() and t.low not in _FUNCTION):
                j += 1
                continue
            if t.low in self._kinds.portfolios and j > k and _after_french_of(toks, j):
                j += 1  # "Relations extérieures": a French portfolio's adjective
                continue
            joins = t.low in _LINKS or (
                t.low in _ROMANCE_OR and t.text == t.low and toks[j - 1].capital
            )
            linked = (
                _linked_word(toks, j, article) if joins and not self._second_head(toks, j) else None
            )
            if linked is not None:
                j = linked
                continue
            if self._joined_portfolio(toks, j) and any(x.low in _OF for x in toks[k:j]):
                j += 2  # "de la Santé et de l'Action sociale": the "and" and its "of"
                continue
            if _project_goes_on(toks, j):
                j += 2  # "Comité de pilotage du projet de la Mutuelle X": the project it steers
                continue
            if self._in_charge(toks, j):
                j += 1 if t.low in _IN_CHARGE else 2  # "Ministre[,] chargé des Finances"
                continue
            break
        while j > k and (toks[j - 1].low in _LINKS or not toks[j - 1].text[0].isalnum()):
            j -= 1
        return j

    def _second_head(self, toks: list[_Tok], j: int) -> bool:
        """Whether an English "and" or a Romance "or" at ``j`` stands before a head that opens a
        name of its own ("Ministry of Health and Ministry of Education", "Mesa de Coordinación o
        Grupo de Trabajo"): two names, as a Romance join before one is (``_remit_goes_on``)."""
        joins = toks[j].low in _TITLE_JOINS or toks[j].low in _ROMANCE_OR
        if not joins or j + 1 >= len(toks):
            return False
        rule = self._head_at(toks, j + 1)
        return rule is not None and rule.prefix

    def _joined_portfolio(self, toks: list[_Tok], j: int) -> bool:
        """A French, Spanish or Portuguese "and" at ``j`` with its own "of" joins a unit's
        second remit to its name ("Ministère de la Santé et de l'Action sociale", "Secretaria de
        Gestão do Trabalho e da Educação", "Ministère de l'Intérieur et de la Police"), a remit
        as ``_remit_goes_on`` reads one; a comma with its "of" is ``_enumeration_goes_on``'s to
        read. The caller asks that the name read so far hold an "of" of its own: the join
        repeats it, while "la Cruz Roja y de la Defensa Civil" joins a second body."""
        if toks[j].low not in _ENUMERATION_AND or j + 2 >= len(toks) or toks[j + 1].low not in _OF:
            return False
        return self._remit_goes_on(toks, j + 1)

    def _in_charge(self, toks: list[_Tok], j: int) -> bool:
        """A French "in charge of" at ``j``, maybe after a comma, and a remit (``_remit_goes_on``)
        go on an office's title: "le Ministre chargé des Finances", "le Ministre de la Culture,
        chargé des Postes"; a task in lower case ("chargé de la coordination") does not."""
        if toks[j].low == ",":
            j += 1
        if j + 1 >= len(toks) or toks[j].low not in _IN_CHARGE or toks[j + 1].low not in _OF:
            return False
        return self._remit_goes_on(toks, j + 1)

    def _remit_goes_on(self, toks: list[_Tok], k: int) -> bool:
        """Whether the words from ``k``, past a Romance "of" and its article, are one more remit
        of the unit named before them: a capitalised word no known name covers, that heads no
        name of its own ("et du Ministère des Mines", "y de la Cruz Roja"), each a body listed
        beside the unit rather than a portfolio of it."""
        k = _past_of(toks, k)
        if k >= len(toks) or not toks[k].capital or toks[k].entity is not None:
            return False
        rule = self._head_at(toks, k)
        return rule is None or not rule.prefix

    def _listed_remit(self, toks: list[_Tok], k: int) -> bool:
        """``_remit_goes_on`` for an item of a comma list after a unit, where a force or public
        service named by its noun alone ("de la Défense, de la Police et de la Gendarmerie") is a
        body listed beside the unit; one joined by "and" alone stays a remit ("Ministère de
        l'Intérieur et de la Police", ``_joined_portfolio``)."""
        return self._remit_goes_on(toks, k) and toks[_past_of(toks, k)].low not in _FORCES

    def _enumeration_goes_on(
        self, toks: list[_Tok], comma: int, serial: bool = False, more: int = 2
    ) -> bool:
        """After a comma in a name: capitalised words, then "and" and a capitalised word, then
        the name ends ("Works, Reconstruction and Housing."); a serial comma may stand before
        that "and" ("Information, Culture, and Tourism"), read as going on the name when
        ``serial`` (its one enumeration passed a comma and no "and" yet). The item after the
        "and", and after a comma with its own "of", must be a remit (``_remit_goes_on``): "de la
        Santé, de la Primature et du Ministère des Mines" lists bodies, "de l'Économie, des
        Finances et de la Planification" one ministry's portfolios. ``more`` items may follow,
        each after its comma and none a name by its head ("Environment, Climate, Tourism and
        Hospitality Industry", not "Health, Zonal Health Office, District Council and ..."): a
        unit joins four remits at most, seven after one "Ministry of" are seven ministries."""
        first = j = _past_of(toks, comma + 1)
        if first > comma + 1 and not self._listed_remit(toks, comma + 1):
            return False  # the item after a comma with its own "of" is a remit too
        end = min(len(toks), comma + 1 + REACH)
        while j < end and toks[j].entity is None and toks[j].capital and toks[j].text[0].isalnum():
            j += 1
        if j > first and j + 1 < len(toks) and toks[j].low == ",":
            if toks[j + 1].low not in _ENUMERATION_AND:  # one more item, if no name of its own
                return (
                    more > 0
                    and not self._ends_head(toks, j)
                    and self._enumeration_goes_on(toks, j, True, more - 1)
                )
            j += 1  # the serial comma
        if serial and j > first and self._ends_head(toks, j):
            return False  # the last of several items is a name of its own
        if j >= len(toks) or toks[j].low not in _ENUMERATION_AND or (j == first and not serial):
            return False
        return self._listed_remit(toks, j + 1)

    def _qualify(self, toks: list[_Tok], a: int, head: int, end: int) -> tuple[int, Scope | None]:
        """Take a region or place off the front of a body's name when what remains is a body
        already known: "Central/South Shelter-NFI Cluster" is the Shelter-NFI Cluster there,
        while "North-West Humanitarian Coordination Forum" keeps its whole name. A level word
        stays in the name and gives no scope (C9: "National Protection Cluster")."""
        region: str | None = None
        known_place: Entity | None = None
        start = a
        while start < head - 1:
            t = toks[start]
            if _COMPASS.match(t.text) and not t.expanded:
                region = t.text
            elif t.entity is not None and self._kinds.is_("place", t.entity.entity.kind):
                known_place = t.entity.entity
            else:
                break
            start += 1
        rest = _join(_dedupe_expansions(toks[start:end]))
        if start == a or not (
            self.resolver.known(rest)
            or self._spelled_after(toks[end - 1].end, rest)
            or self._area_before(toks, start, head, known_place if region is None else None)
        ):
            return a, None
        if region:  # a compass region is a part of the country
            return start, Scope(level="sub-national", place=self.resolver.resolve(region, "Region"))
        return start, Scope(level=None, place=known_place)

    @staticmethod
    def _country_written(rest: list[_Tok], qualifier: Scope | None) -> bool:
        """ "the Somalia Cash Working Group (CWG)": a country written before a body's name
        spelled out stays in the name as written (C9), one of the body's names, while the
        name cut after it is where the body works; before an acronym it is only where ("the
        oPt PCWG" in a page about Palestine)."""
        if qualifier is None or qualifier.place is None or qualifier.level is not None:
            return False
        return qualifier.place.kind == "Country" and any(not t.expanded for t in rest)

    def _area_before(self, toks: list[_Tok], start: int, head: int, area: Entity | None) -> bool:
        """ "Adamawa ESNFI Sector": an area of a country (no country: "Kenya Humanitarian
        Partnership Team" is a proper name) written bare before a body's own name of topic and
        head is where that body works; "Borno State Nutrition Sector" names the place with its
        head noun, a government's way of naming its own unit, and keeps it (C9, C3)."""
        return (
            area is not None
            and area.kind != "Country"
            and start < head
            and self._place_head_kind(toks[start].low) is None
        )

    def _spelled_after(self, at: int, name: str) -> bool:
        """ "the Northern Rapid Emergency Assessment and Coordination Team (REACT)": an acronym
        right after a name that spells it without its front level or region says that the
        body is the same one wherever it sits, and the front word is where."""
        paren = _PAREN_ACRONYM.match(self.text, at)
        return paren is not None and spells(paren.group(1), name)

    def _left_of_prefix(self, toks: list[_Tok], i: int, title: bool = False) -> int:
        """ "Borno State Ministry of Health", "Federal Ministry of ...": words and places before
        a prefix head belong to the name (a government before it is its owner instead).  A
        title's portfolio may join two remits by one "and" ("the Housing and Urban Affairs
        Minister"), unless the words before it follow another title ("Home Minister Rajnath
        Singh and Finance Minister": a name, then the next office)."""
        j, joined = i, 0
        while j > max(0, i - REACH):
            t = toks[j - 1]
            place = t.entity is not None and self._kinds.is_("place", t.entity.entity.kind)
            if title and not joined and t.low == "and" and i > j > 1 and _remit(toks[j - 2]):
                joined = j  # "Disaster Management and Human Rights Minister": one portfolio
            elif not (place or _remit(t)) or t.expanded or t.low in _POSTS_BEFORE:
                break  # "Secretary Ministry of Labour": a post held in the ministry, no name
            elif t.low in _ARTICLES or t.low in _CONTRACTED:
                break  # "El Ministerio de Salud", "O Ministério da Saúde": its article; "Al
                # Comité X le corresponderá": the article joined to its preposition
            j -= 1
        if joined and j > 0 and (toks[j - 1].low in _POSTS_BEFORE or self._head_at(toks, j - 1)):
            return joined  # the words across the "and" are a name after another title
        return j

    def _governed(self, toks: list[_Tok], k: int) -> int:
        """Where a title read up to token ``k`` ends with the place it governs after "de" ("o
        governador provincial de Luanda", "le gouverneur de la région de Diffa"): a place is
        part of a government office's title (convention C10), known to the gazetteer or not."""
        end = self._right(toks, k, open_with=False)
        if end == k and k + 1 < len(toks) and toks[k].low in _OF:
            place = toks[k + 1].entity
            if place is not None and self._kinds.is_("place", place.entity.kind):
                return k + 2
        return end

    def _name_mentions(self, toks: list[_Tok]) -> list[Mention]:
        found: list[Mention] = []
        i = 0
        floor = 0  # the end of the last prefix-head name ("Ministry of ..."): no name overlaps it
        while i < len(toks):
            rule = self._head_at(toks, i)
            if rule is None:
                i += 1
                continue
            n = len(rule.head)
            sitting = False
            shared, end = self._portfolios(toks, i, rule) if rule.prefix else ([], i)
            if shared:  # "los ministerios de A, de B y de C": one per portfolio
                found.extend(shared)
                floor = i = end
                continue
            if rule.prefix:
                several = toks[i].low == rule.head[0]  # a singular head: "Ministry of A, B and C"
                b = self._right(toks, i + n, open_with=False, several=several)
                b = _before_address(toks, i + n, b)
                if b == i + n and several and (lower := _lower_portfolio_items(toks, b)):
                    b = lower[-1][2]  # "le ministre de la santé,": its portfolio in lower case
                if b == i + n and rule.of_party:
                    b = self._party_after(toks, b)  # "Government of Malawi", "Embassy of Japan"
                bare = bool(rule.after) and (i == 0 or toks[i - 1].low not in rule.after)
                if bare:  # "CLUSTER PROTECTION NIGER": its topic alone, nothing around it
                    b = _lower_run(toks, i + n, rule.lower)
                if b == i + n and rule.lower:
                    b = _lower_run(toks, b, rule.lower)  # "le cluster protection": its topic
                    if rule.title and b > i + n:
                        # "governador provincial de Luanda": the unit's place goes on the title
                        b = self._governed(toks, b)
                elif rule.lower:
                    if b < len(toks) and (fought := _against(toks, b - 1)) > b:
                        b = fought  # "Comité National de Lutte contre le Paludisme"
                    if b < len(toks) and toks[b].low in rule.lower:
                        b = _lower_run(toks, b, rule.lower)  # "Comité Interministériel ad hoc"
                    if b < len(toks) and toks[b].low in _OF:
                        # "Comité Interministériel de gestion des risques": its remit in lower
                        # case, when read to its end ("de gestion des inondations" is not read
                        # in part)
                        run = _lower_run(toks, b, rule.lower)
                        if run == len(toks) or toks[run].low not in _LINKS:
                            b = run
                if rule.lower and b > i + n and _project_goes_on(toks, b):
                    b = self._right(toks, b + 2, open_with=False)  # "de pilotage du projet X"
                lowered = b > i + n and not toks[i + n].capital
                a = self._left_of_prefix(toks, i, rule.title) if toks[i].capital and not bare else i
                # "chaired by the Disaster Management Minister and ...": a portfolio before a
                # title names the office with no name after it
                alone = rule.title and a < i and b == i + n
                capitals = any(t.capital for t in toks[i + n : b])
                if not (alone or lowered) and (b == i + n or not capitals):
                    i += 1
                    continue
                if i > 0 and toks[i - 1].low in rule.of_after and not _capital_of(toks, i + n, b):
                    i += 1  # "- Secretaria Ejecutiva: A": a post on a dashed line, no office
                    continue
                if not (toks[i].capital or lowered):
                    i += 1
                    continue
                if alone:  # "the Regional Minister of the region where ...": the title only
                    b = i + n - 1 if rule.head[-1] in _GLUE_SET else i + n
                elif rule.title and a < i and not {rule.head[-1], toks[i + n].low} & _GLUE_SET:
                    b = i + n  # "Defence Minister Rajnath Singh": a portfolio, then a name
                country = toks[b + 1].entity if b + 1 < len(toks) and toks[b].low == "of" else None
                if (
                    country is not None
                    and country.entity.kind == "Country"
                    and not self._named_on(toks, b + 2)
                ):
                    b += 2  # "Ministry of Social Policy of Ukraine"
            else:
                nxt = toks[i + n] if i + n < len(toks) else None
                sitting = self._sitting_after(rule, toks, i + n)
                seated = nxt is not None and self._seat_after_acronym(rule, toks, i + n)
                if (
                    nxt
                    and _strong(nxt)
                    and nxt.entity is None
                    and nxt.text[0].isalnum()
                    and not self._forum_office(rule, toks[i + n - 1].end)
                    and not self._seat_after(rule, toks[i + n - 1].end)
                    and not seated
                    and not sitting
                    and not (rule.title and nxt.low in _ADDRESSED)
                ):
                    i += 1  # "Cluster System": the head is not the end of this name
                    continue
                if i > 0 and not toks[i].capital and toks[i - 1].low in _CONNECTORS:
                    i += n  # "the Migration Response and sector lead on ...": no name ends so
                    continue
                if self._kinds.is_("actor", rule.kind) and (
                    toks[i + n - 1].low != rule.head[-1]
                    or (i > 0 and self._role_noun(toks[i - 1].low, rule.head[-1]))
                ):
                    i += n  # "United Nations agencies", "the Cluster Lead Agency": a category or
                    continue  # a role noun, not an actor
                if (
                    self._kinds.is_("actor", rule.kind)
                    and nxt
                    and body_head_at(self.text, nxt.start)
                ):
                    i += n  # "the Legal Aid sub-working group": a body's name, see bodyphrases
                    continue
                a = self._left(toks, i, floor)
                if seated:  # "Representative and LCG Chair": the acronym alone is the name
                    a = max(a, _expansion_start(toks, i))
                if rule.title:
                    a = self._after_title_join(toks, _after_last_break(self.text, toks, a, i), i)
                    while a < i and toks[a].low in self._kinds.addresses:
                        a += 1  # "the Rt. Hon'ble Prime Minister": the office, not its address
                if self._kinds.is_("actor", rule.kind) and _topic_phrase(toks[a : i + n]):
                    i += n  # "Mine Action", "Legal Aid": what a body works on, no NGO
                    continue
                # "the Logistics, Protection and Health clusters", "the Protection, Camp ...
                # (CCCM), and Shelter clusters" (a join right before the name): see bodyphrases
                listed = toks[a - 1 if a > floor else a : i]
                # before a sitting word a capitalised head ends one name ("the Shelter and WASH
                # Working Group Meeting"), a lower-case one a list ("the Food and Nutrition
                # sector meetings")
                if (not sitting or not toks[i].capital) and self._list_of_bodies(
                    listed, rule, toks[i + n - 1]
                ):
                    i += n
                    continue
                # an actor's name goes on after "for the" less often than it ends there
                # ("lead agency for the Site Planning ... Working Group"); a body's or a plan's
                # does ("the Regional Flash Appeal for the Libyan Crisis")
                named_after = self._kinds.is_("body", rule.kind) or self._kinds.is_(
                    "framework", rule.kind
                )
                b = self._right(toks, i + n, True, named_after)
                if rule.title:
                    b = self._before_next_title(toks, i + n, b)
                if (
                    b > i + n
                    and self._kinds.is_("body", rule.kind)
                    and toks[i + n].low in _OPEN_WITH
                    and self._ends_head(toks, b, "body")
                ):
                    i += n  # "NPDRR Subject Committee": the name's last body head types it
                    continue
                if rule.sitting:
                    a = _unscheduled(toks, a)
                    if self._body_before(toks, i):
                        i += n  # the meetings of the body named before them
                        continue
                if not rule.standalone and not _enough_modifiers(
                    toks[_unnumbered(toks, a) : i] + toks[i + n : b], toks[i : i + n], rule.sitting
                ):
                    i += n
                    continue
            cut = b
            if (
                rule.prefix
                and self._kinds.is_("represented", rule.kind)
                and not set(rule.head) & set(self._kinds.offices)  # "Office of National ..."
            ):
                cut = self._office_at_end(toks, i + n, b)  # "the Ministry of Health Director"
            qualifier: Scope | None = None
            front = a
            if self._kinds.is_("body", rule.kind):
                a, qualifier = self._qualify(toks, a, i, b)
                if a >= i and not rule.prefix and not rule.standalone and not _tailed(toks, i, b):
                    i += n
                    continue
            owner = self._owner(toks, a, b)
            named = toks[_unnumbered(toks, a) : cut]
            if (
                not rule.prefix
                and b == i + n
                and _after_expansion(toks, i)
                and self._ends_head(toks, i)
            ):
                named = toks[a:i]  # "the PCWG cluster": the acronym's body, its head repeated
            name = _join(_dedupe_expansions(named))
            if rule.prefix and owner is not None and _left_owner(toks, a):
                name = f"{owner.acronym or owner.name} {name}"
            if rule.renamed and b == i + n:  # "the Ombudsman's office": the Office of the ...
                name = rule.renamed.format(_join(_dedupe_expansions(toks[a:i])))
            shown = front if self._country_written(toks[a:b], qualifier) else a
            mention = self._mention(toks, a, b, name, rule, qualifier, owner, shown)
            found.append(self._misheaded(mention, toks[a:i], b == i + n, rule))
            if rule.prefix and toks[i].low != rule.head[0]:  # "Ministries of A, B and C"
                shared, b = self._shared_head(toks, b, rule)
                found.extend(shared)
            if rule.prefix or (sitting and b == i + n):
                # read to its end already; a suffix name may extend one ("Relief"), a sitting
                # word after a body starts none ("... Working Group Meeting")
                floor = b
            i = b
        return found

    def _body_before(self, toks: list[_Tok], i: int) -> bool:
        """Whether a body's name or an acronym stands right before token ``i``, maybe with
        "coordination" between: "the Health Cluster Coordination meetings", "the Follow-up CG
        meetings" are that body's meetings."""
        j = i - 2 if i > 1 and toks[i - 1].low == "coordination" else i - 1
        t = toks[j] if j >= 0 else None
        if t is None:
            return False
        if t.entity is None:
            return _acronym_like(t.text) and t.text.isupper()
        return self._kinds.is_("body", t.entity.entity.kind)

    def _sitting_after(self, rule: HeadRule, toks: list[_Tok], k: int) -> bool:
        """ "the Shelter and WASH Working Group Meeting - #12": a sitting word after a body's
        head names one sitting of that body, so the body's name ends before it; not when the
        document defines an acronym for the words up to the sitting word ("the Steering
        Committee Meeting (SCM)", a standing meeting named as a body)."""
        if k >= len(toks) or not self._kinds.is_("body", rule.kind):
            return False
        if toks[k].expanded or toks[k].long_form is not None:
            return False  # "the SCM": an acronym, or a long form it defines, names it whole
        sitting = self._head_at(toks, k)
        if sitting is None or not sitting.sitting:
            return False
        end = toks[k + len(sitting.head) - 1].end
        return self._def_at.get(self._skip_space(end)) is None

    def _shared_head(self, toks: list[_Tok], b: int, rule: HeadRule) -> tuple[list[Mention], int]:
        """The names after a prefix head written in the plural that share it: "the Ministries
        of Public Works, Foreign Affairs, Health, Information and Social Transformation" names
        five ministries (the last "and" parts the last two, as in any list of names).  Returns
        them and the index of the token after the last."""
        head = " ".join(rule.head).capitalize()
        out: list[Mention] = []
        j = b
        while j < len(toks) and toks[j].low in _LIST_JOINS:
            k = j
            while k < len(toks) and toks[k].low in (*_LIST_JOINS, "of", "the"):
                k += 1
            if k >= len(toks) or not toks[k].capital or toks[k].entity is not None:
                break
            c = k
            while (
                c < min(len(toks), k + REACH)
                and toks[c].entity is None
                and (toks[c].capital or toks[c].low in _NAME_GLUE)
            ):
                c += 1
            while c > k and not toks[c - 1].capital:
                c -= 1  # "Health and": the list's "and", not the name's
            ands = [x for x in range(k + 1, c - 1) if toks[x].low in _TITLE_JOINS]
            last = c >= len(toks) or toks[c].low not in _LIST_JOINS
            if ands and last and toks[j].low == ",":
                after = ands[-1] + 1  # "..., Information and Social Transformation"
                while after < c and toks[after].low in ("of", "the"):
                    after += 1  # "..., of Labour and of Health"
                if after < c and toks[after].capital:
                    out.append(self._shared(toks, k, ands[-1], head, rule))
                    k = after
            out.append(self._shared(toks, k, c, head, rule))
            j = c
        return out, (j if out else b)

    def _shared(self, toks: list[_Tok], a: int, b: int, head: str, rule: HeadRule) -> Mention:
        name = f"{head} {_join(toks[a:b])}"
        return self._mention(toks, a, b, name, rule, None, None)

    def _portfolios(self, toks: list[_Tok], i: int, rule: HeadRule) -> tuple[list[Mention], int]:
        """Another language's plural prefix head whose portfolios follow its "of" and share it:
        "los ministerios de Relaciones Exteriores, de Salud y de Educación", "os ministros da
        Defesa Nacional, Antigos Combatentes e Veteranos da Pátria, das Finanças e da
        Administração" (each item opens with its own "of", so commas may stand inside one),
        "las direcciones regionales de Salud, Trabajo, Transporte y Vivienda y Turismo" (one
        "of" for all, the last "and" parting the last two).  One office or unit per item, its
        title in the singular ("Dirección Regional de Trabajo"); no mention when the head
        has fewer than two items.  Returns them and the index of the token after the last."""
        n = len(rule.head)
        k = i + n
        while k < min(len(toks), i + n + 2) and toks[k].low not in _OF and toks[k].low[-1:] == "s":
            k += 1  # "las direcciones regionales de": the plural's adjectives
        if toks[i].low == rule.head[0] or k >= len(toks) or toks[k].low not in _OF:
            return [], i
        items = _portfolio_items(toks, k) or _lower_portfolio_items(toks, k)
        if len(items) < 2:
            return [], i
        article = toks[i - 1].low if i > 0 else ""
        adjectives = [singular_after(t.low, article) for t in toks[i + n : k]]
        title = " ".join(_capitalised(w) for w in (" ".join(rule.head), *adjectives))
        shared = toks[k : items[0][1]]
        while len(shared) > 1 and shared[-1].low in _ARTICLES:
            shared = shared[:-1]  # "de la Presidencia, Comercio": the article is the first's own
        of = _join(shared)
        out = []
        for a, s, e in items:
            own = _join(toks[a:e]) if a < s else f"{of} {_join(toks[s:e])}"  # "de l'Intégration"
            name = f"{title} {own}"
            out.append(self._mention(toks, i if a == k else a, e, name, rule, None, None))
        return out, items[-1][2]

    def _party_after(self, toks: list[_Tok], b: int) -> int:
        """The end of the country or known organisation at token ``b`` that a head's name goes
        on over: a government, an embassy or a delegation is named by whose it is ("the
        Government of Malawi", "Embassy of Japan", "Delegation of the European Union"); ``b``
        itself when none follows.  An organisation may come after "the"; a country only right
        after "of", as before this reading: "helps the Government of the Republic of Burundi
        coordinate" would make the government the subject a next "It" refers back to (the
        role reader takes the last actor of a sentence for its subject)."""
        j = b + 1 if b < len(toks) and toks[b].low == "the" else b
        entity = toks[j].entity if j < len(toks) else None
        if entity is None:
            return b
        kind = entity.entity.kind
        if kind == "Country":
            return j + 1 if j == b else b
        organisation = self._kinds.is_("actor", kind) and not self._kinds.public(kind)
        return j + 1 if organisation else b

    def _misheaded(self, m: Mention, modifiers: list[_Tok], bare: bool, rule: HeadRule) -> Mention:
        """ "led by the Norwegian Refugee Committee": a body's name whose words before its head
        are those of a known organisation's name before its own head ("Norwegian Refugee
        Council") names an organisation of that kind, not a body."""
        if rule.prefix or not bare or len(modifiers) < 2 or not self._kinds.is_("body", rule.kind):
            return m
        known = _organisations_by_front().get(fold(_join(modifiers)))
        if known is None:
            return m
        entity = self.resolver.retype(m.entity, known.kind)
        return replace(m, entity=entity, rule=MISHEADED_RULE)

    def _list_of_bodies(self, before: list[_Tok], rule: HeadRule, last: _Tok) -> bool:
        """A plural body head after names joined by commas or "and" heads a list of bodies,
        one per name, which ``body_phrases`` reads; so does a singular one describing the
        meetings of each ("the Education and Food sector coordination meetings")."""
        plural = last.low != rule.head[-1] or distributive_after(self.text, last.end)
        joined = any(t.low in _LIST_JOINS and not t.expanded and t.long_form is None
                     for t in before)  # fmt: skip
        return plural and joined and self._kinds.is_("body", rule.kind)

    def _owner(self, toks: list[_Tok], a: int, b: int) -> Entity | None:
        left = toks[a - 1].entity if a > 0 else None
        if left is not None and self._kinds.public(left.entity.kind):
            return left.entity
        if b + 1 < len(toks) and toks[b].low == "of":
            k = b + 1 + (toks[b + 1].low == "the")
            right = toks[k].entity if k < len(toks) else None
            if right is not None and self._kinds.public(right.entity.kind):
                return right.entity
        return None

    def _mention(
        self,
        toks: list[_Tok],
        a: int,
        b: int,
        name: str,
        rule: HeadRule,
        qualifier: Scope | None,
        owner: Entity | None,
        shown: int | None = None,
    ) -> Mention:
        """The mention of a name read from tokens ``a`` to ``b``, written from ``shown`` on
        when words before the name belong to how it is written (a country, C9)."""
        start, end = toks[a].start, toks[b - 1].end
        acronym = self._acronym_after(end, name) or self._composed_acronym(start, end)
        entity = self.resolver.resolve(self._written_out(name, start), rule.kind, acronym)
        d = self._def_at.get(self._skip_space(end))
        if d is not None and acronym == d.acronym:
            end = d.paren_end
        start = toks[shown].start if shown is not None else start
        return Mention(start, end, self.text[start:end], entity, rule.id, qualifier, owner)

    def _written_out(self, name: str, at: int) -> str:
        """A name opening with the acronym of another body the page defines, kept as written
        inside a long form ("the REF Taskforce (REF TF)" where "Refugee Engagement Forum (REF)"
        is defined), is named with that acronym written out: the Refugee Engagement Forum
        Taskforce (its written form stays one of its names)."""
        first, _, rest = name.partition(" ")
        d = self._definition_for(first, at) if rest and _acronym_like(first) else None
        words = d.long.lower().split() if d is not None else []
        rule = _suffix_heads().get(" ".join(words[-2:])) or _suffix_heads().get(
            words[-1] if words else ""
        )
        if d is None or rule is None or not self._kinds.is_("body", rule.kind):
            return name  # "the KRG Ministry of Planning": a government's unit keeps its name
        return f"{' '.join(d.long.split())} {rest}"

    def _skip_space(self, at: int) -> int:
        while at < len(self.text) and self.text[at] == " ":
            at += 1
        return at

    def _acronym_after(self, end: int, name: str) -> str | None:
        d = self._def_at.get(self._skip_space(end))
        if d is None:
            return None
        return d.acronym if name_key(d.long) == name_key(name) else None

    def _composed_acronym(self, start: int, end: int) -> str | None:
        """ "Mental Health ... Support (MHPSS) technical working group (TWG)" -> "MHPSS TWG";
        "Prevention of ... Abuse (PSEA) Network" -> "PSEA Network"."""
        first = bisect_left(self._long_starts, start)
        last = bisect_left(self._long_starts, end)
        inner = [d for d in self.definitions[first:last] if d.paren_end <= end]
        if not inner:
            return None
        after = self._def_at.get(self._skip_space(end))
        tail = self.text[inner[-1].paren_end : end].strip()
        parts = [d.acronym for d in inner]
        if after is not None and fold(after.long) == fold(tail):
            return " ".join([*parts, after.acronym])
        if tail and len(tail.split()) <= 3 and after is None:
            words = tail.title().split()
            return " ".join([*parts, *words[:-1], singular(words[-1])])
        return None

    def _foreign_acronyms(self) -> frozenset[str]:
        """Another language's acronyms of known organisations that name nothing alone on this
        page: on an English page all but those it spells out ("... Migration (OIM)"), so "OPS
        staff" are no PAHO; on any other page none."""
        if not in_english(self.text):
            return frozenset()
        return translated_acronyms() - {d.acronym for d in self.definitions if _spelt_out(d)}

    def _own_language(self, refs: list[Mention], foreign: frozenset[str]) -> list[Mention]:
        """``refs`` without the ``foreign`` acronyms, except one in brackets right after a
        name ("the UN Refugee Agency (ACNUR)")."""
        return [m for m in refs if m.surface not in foreign or self._bracketed(m)]

    def _bracketed(self, m: Mention) -> bool:
        """A mention alone in its brackets: the acronym of the name before it."""
        return self.text[m.start - 1 : m.start] == "(" and self.text[m.end : m.end + 1] == ")"

    # -- public ---------------------------------------------------------------------------
    def mentions(self) -> list[Mention]:
        """All mentions in the document, in text order, without overlaps."""
        parens = Coverage((d.paren_start, d.paren_end) for d in self.definitions)
        ours = frozenset(  # "Pakistan Medical Association (PMA)", not "... Migration (OIM)"
            d.acronym
            for d in self.definitions
            if d.acronym in translated_acronyms() and not _spelt_out(d)
        )
        foreign = self._foreign_acronyms()  # one look at the page's language for both passes
        refs = self._own_language(_reference_mentions(self.text, parens, None, ours), foreign)
        # a first pass over the names that hold everywhere tells which country the document is
        # about; names that hold only there are read then (a second, linear pass)
        country = self.country or _main_country(refs, self.text)
        if country is not None:
            self.resolver.localise(country)
            if _local_pattern(country) is not None:
                local = _reference_mentions(self.text, parens, country, ours)
                refs = self._own_language(local, foreign)
            refs = longest_first(refs + self._area_mentions(country, parens))
        ref_starts = [r.start for r in refs]
        found: list[Mention] = []
        streams: list[list[_Tok]] = []
        pos = 0
        for line in self.text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            toks = self._stream(start, end, starting_within(refs, ref_starts, start, end))
            found.extend(self._name_mentions(toks))
            found.extend(self._place_head_mentions(toks))
            found.extend(self._qualified_references(toks))
            found.extend(self._extended_references(toks))
            streams.append(toks)
        # what a line adds below lies inside that line, so other lines never see it: each
        # line's questions go to what was found before and to its own additions
        names = Coverage((m.start, m.end) for m in found)
        known = Coverage((m.start, m.end) for m in found + refs)
        body_ends = {m.end for m in found + refs if self._kinds.is_("body", m.entity.kind)}
        named = _FirstNamed(found)
        for toks in streams:
            plural = self._plural_acronyms(toks, names, named)
            body_ends.update(m.end for m in plural)  # each names a body
            own = Coverage((m.start, m.end) for m in plural)
            found.extend(plural)
            found.extend(self._preposition_places(toks, body_ends, known, own))
        merged = [self._absorb_definition(m) for m in longest_first(found + refs)]
        merged = _absorb_parenthesised(self.text, merged)
        merged = self._introduced(merged)
        merged = self._appositions(self._defined_in_apposition(merged))
        merged = self._named_holders(self._titled(self._offices(merged)))
        merged = longest_first(
            self._numbered_bodies()
            + merged
            + self._shaped_acronyms(merged)
            + self._slot_acronyms(merged)
        )
        merged = longest_first(merged + self._list_items(merged))
        covered = Coverage((m.start, m.end) for m in merged)
        merged = longest_first(
            merged
            + body_phrases(self.text, covered, self.definitions, self.resolver)
            + founded_in_title(self.text, covered, self.resolver)
        )
        merged = longest_first(merged + self._kind_acronym_bodies(merged))
        merged = longest_first(merged + self._topic_acronym_bodies(merged))
        merged = longest_first(merged + self._called_bodies(merged))
        merged = longest_first(merged + self._defined_bodies(merged))
        merged = longest_first(merged + self._defined_as_known(merged))
        merged = longest_first(merged + self._alone(merged))
        merged = longest_first(merged + self._wrapped_definitions(merged))
        merged = longest_first(merged + self._items_under_heading(merged))
        merged = self._demonstratives(self._variants(merged))
        merged = _unscoped_by_country(self._fronted_places(merged), country)
        merged = self._item_countries(merged)
        merged = longest_first(merged + self._anaphora(merged))
        merged = with_tails(self.text, merged, self.resolver, self._kinds)
        merged = _headings_in_full(self.text, merged)
        merged = head_first_forms(short_forms(self.text, merged, self._kinds), self._kinds)
        merged = longest_first(merged + tail_forms(self.text, merged, self._kinds))
        merged = longest_first(
            merged + entity_bodies(self.text, merged, self.resolver, self._kinds)
        )
        # merged mentions do not overlap, so their bodies end in the order they start
        bodies = [m for m in merged if self._kinds.is_("body", m.entity.kind)]
        named_bodies = [m.entity for m in bodies]
        ends = [m.end for m in bodies]
        hubs = [m for toks in streams for m in self._hub_mentions(toks, named_bodies, ends)]
        # "... el Ministerio de Econ...": a name no reference knows that the stored text stops
        # in is no name ("OCHA..." is whole)
        references = reference_by_key()
        return [
            m
            for m in longest_first(merged + hubs)
            if m.entity.key in references or not cut_off(self.text, m.end)
        ]

    def _introduced(self, mentions: list[Mention]) -> list[Mention]:
        """ "the national NGO Paths of Tomorrow (PoT)": a name without a head noun is an
        organisation when a noun such as "NGO" introduces it and its acronym follows (a name
        known already takes the noun in, so that a list goes on over it)."""
        out: list[Mention] = []
        named = Coverage((x.start, x.end) for x in mentions)
        by_start = {x.start: i for i, x in enumerate(mentions)}
        mentions = list(mentions)
        for m in _introduced_pattern().finditer(self.text):
            name, acronym = m.group("name"), m.group("acronym")
            start = m.start("modifier")  # the noun is part of the mention, so lists go on
            known = by_start.get(m.start("name"))
            free = not named.overlaps(start, m.start("name"))
            if known is not None and mentions[known].end == m.end() and free:
                surface = self.text[start : m.end()]
                mentions[known] = replace(mentions[known], start=start, surface=surface)
                continue
            if not _acronym_like(acronym) or named.overlaps(start, m.end()):
                continue
            noun = " ".join(m.group("noun").lower().split())
            phrase = " ".join([*m.group("modifier").lower().split(), noun])
            kind = self._kinds.appositions.get(phrase) or self._kinds.introducers[noun]
            entity = self.resolver.resolve(name, kind, acronym)
            surface = self.text[start : m.end()]
            out.append(Mention(start, m.end(), surface, entity, "name.introduced"))
        return sorted(mentions + out, key=lambda x: x.start)

    def _alone(self, mentions: list[Mention]) -> list[Mention]:
        """ "The Government leads the response": a name kinds.toml says stands alone
        (``[alone]``) in a text naming none of its kind, where no mention takes it in and no
        capitalised word, "of" or a hyphen joins it to more words ("Malawi Government",
        "Government of X", "Government-led", "Government Agencies")."""
        names = self._kinds.alone
        if any(x.entity.kind in names.values() for x in mentions):
            return []  # where the text names its government, "the Government" stands for it
            # (roles.py, ``reference.government``)
        covered = Coverage((m.start, m.end) for m in mentions)
        out: list[Mention] = []
        for m in _alone_names(tuple(names), self._kinds.alone_roles).finditer(self.text):
            before = _WORD_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            word = before.group(1) if before is not None else ""
            if word[:1].isupper() and word.casefold() != "the":
                continue  # "Malawi Government"
            if self.text[max(0, m.start() - 3) : m.start()].strip().endswith("|"):
                continue  # a table's cell, maybe a header ("| Government lead | UN co-lead |")
            if not covered.overlaps(m.start(), m.end()):
                entity = self.resolver.resolve(m.group(), names[m.group()])
                out.append(Mention(m.start(), m.end(), m.group(), entity, "name.alone"))
        return out

    def _defined_as_known(self, mentions: list[Mention]) -> list[Mention]:
        """ "The UN County Team (UNCT), coordinated by ...": a long form no rule reads as a name,
        defined by an acronym the reference data knows for a name with the same head word, is
        that entity, the page's spelling a slip or a variant of its name."""
        out: list[Mention] = []
        named = Coverage(
            (m.start, m.end) for m in mentions if not self._kinds.is_("place", m.entity.kind)
        )
        for d in self.definitions:
            if d.explained_after or named.overlaps(d.long_start, d.paren_end):
                continue
            known = self.resolver.known(d.acronym)
            if known is None or not known.from_reference:
                continue
            if d.long.split()[-1].casefold() != known.name.split()[-1].casefold():
                continue
            surface = self.text[d.long_start : d.paren_end]
            out.append(Mention(d.long_start, d.paren_end, surface, known, "name.defined-known"))
        return out

    def _defined_in_apposition(self, mentions: list[Mention]) -> list[Mention]:
        """ "Lakeside Women Together (LWT), a national NGO, ...": a defined name without a head
        noun is an organisation of the kind its apposition says."""
        out: list[Mention] = []
        named = Coverage((x.start, x.end) for x in mentions)
        for d in self.definitions:
            if d.explained_after or named.overlaps(d.long_start, d.paren_end):
                continue
            if any(w not in _CONNECTORS and not w[:1].isupper() for w in d.long.split()):
                continue
            match = _APPOSITION.match(self.text[d.paren_end : d.paren_end + 80].lower())
            if match is None:
                continue
            phrase = " ".join(match.group(1).split())
            kind = next(
                (k for a, k in self._kinds.appositions.items() if phrase.startswith(a)), None
            )
            if kind is not None:
                entity = self.resolver.resolve(d.long, kind, d.acronym)
                surface = self.text[d.long_start : d.paren_end]
                out.append(Mention(d.long_start, d.paren_end, surface, entity, "name.apposition"))
        if out:  # the acronym alone names it afterwards ("Later LWT chaired ...")
            by_acronym = {m.entity.acronym: m.entity for m in out if m.entity.acronym}
            names = "|".join(map(re.escape, sorted(by_acronym, key=len, reverse=True)))
            regex = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")  # this document's own
            taken = Coverage((x.start, x.end) for x in mentions + out)
            out += [
                Mention(a.start(), a.end(), a.group(), by_acronym[a.group()], "name.apposition")
                for a in regex.finditer(self.text)
                if not taken.overlaps(a.start(), a.end())
            ]
        return sorted(mentions + out, key=lambda x: x.start)

    def _appositions(self, mentions: list[Mention]) -> list[Mention]:
        """ "The Sudd Community Development Network (SCDN), a national NGO, serves as ...":
        what the text says an organisation is wins over its head noun."""
        kinds_of = self._kinds
        retyped: dict[str, Entity] = {}
        for m in mentions:
            tail = self.text[m.end : m.end + 80].lower()
            match = _APPOSITION.match(tail)
            if match is None or not (
                kinds_of.is_("actor", m.entity.kind) or kinds_of.is_("body", m.entity.kind)
            ):
                continue
            phrase = " ".join(match.group(1).split())
            kind = next((k for a, k in kinds_of.appositions.items() if phrase.startswith(a)), None)
            if kind is not None:
                retyped[m.entity.key] = self.resolver.retype(m.entity, kind)
        return [replace(m, entity=retyped.get(m.entity.key, m.entity)) for m in mentions]

    def _offices(self, mentions: list[Mention]) -> list[Mention]:
        """ "the IOM Chief of Mission", "UNICEF Malawi", "IOM Tehran", "Action Against Hunger -
        Spain", "Save the Children International": an organisation followed by its office, the
        person heading it or the country or city it works in is that organisation (the office
        acts for it); a government is no such organisation.  The office written before "of" and
        the organisation ("the Representative of UNHCR", "the heads of UNICEF, WFP and IOM") or
        after its possessive ("UNICEF's Deputy Representative", "the Ministry of Health's
        Director General") stands for it too, a government's unit included."""
        out: list[Mention] = []
        office = _office_pattern()
        titles = self._kinds.titles()
        for m in mentions:
            last = out[-1] if out else None
            if (
                last is not None
                and self._kinds.is_("actor", last.entity.kind)
                and not self._kinds.public(last.entity.kind)
                and self._branch(last, self.text[last.end : m.start], m.entity.kind)
            ) or (
                last is not None
                and m.rule in titles
                and self._kinds.is_("actor", last.entity.kind)
                and _POSSESSIVE.fullmatch(self.text, last.end, m.start) is not None
            ):
                assert last is not None
                # "the UN Resident Coordinator for Tanzania": the post's country, its roles' scope
                # (convention C10)
                posted = post_place(last, self.text[last.end : m.start])
                m = replace(
                    last,
                    end=m.end,
                    surface=self.text[last.start : m.end],
                    rule=OFFICE_RULE,
                    qualifier=Scope(place=m.entity) if posted else last.qualifier,
                )
                out.pop()
            if (
                self._kinds.is_("actor", m.entity.kind) or m.entity.kind == "Forum"
            ) and not self._kinds.public(m.entity.kind):
                after = office.match(self.text, m.end)
                if after is not None:
                    end = after.end()
                    m = replace(m, end=end, surface=self.text[m.start : end], rule=OFFICE_RULE)
            if self._kinds.is_("actor", m.entity.kind):
                m = self._office_title(m, out[-1].end if out else 0)
            if m.rule == OFFICE_RULE and self._double_hatted(out[-1] if out else None, m):
                last = out.pop()
                m = replace(last, end=m.end, surface=self.text[last.start : m.end])
            out.append(self._own_acronym(m) if m.rule == OFFICE_RULE else m)
        return out

    def _double_hatted(self, last: Mention | None, m: Mention) -> bool:
        """ "the UN Resident Coordinator/UNDP Resident Representative": one post written as two
        offices at once holds as the first, the coordinating office (convention C1a), not as the
        organisation the second stands for."""
        return (
            last is not None
            and last.entity.kind in _POST_KINDS
            and self.text[last.end : m.start] == "/"
        )

    def _office_title(self, m: Mention, floor: int) -> Mention:
        """ "the Country Director of WFP", "UNHCR's Representative": the office title written
        before "of" and the organisation, or after its possessive, joins its mention."""
        before, possessed = _office_title_patterns()
        start, end = m.start, m.end
        title = before.search(self.text, max(floor, m.start - REACH * 2), m.start)
        if title is not None:
            start = title.start()
        after = possessed.match(self.text, m.end)
        if after is not None:
            end = after.end()
        if (start, end) == (m.start, m.end):
            return m
        return replace(m, start=start, end=end, surface=self.text[start:end], rule=OFFICE_RULE)

    def _titled(self, mentions: list[Mention]) -> list[Mention]:
        """ "the Minister Secretary General of the Prime Minister's Office", "the Governor of
        Kigoma": a person's office followed by "of" or "for" and the government or place it
        serves is one office, named as written (it holds roles in its own name).  The office of
        an organisation ("the Executive Director of UNICEF") or of a government's unit ("the
        Director General of the Ministry of Health") stands for it, as "the UNHCR
        Representative" does: the organisation holds the role (convention C1)."""
        titles = self._kinds.titles()
        out: list[Mention] = []
        for m in mentions:
            last = out[-1] if out else None
            if (
                last is not None
                and last.rule in titles
                and _TITLE_GAP.fullmatch(self.text, last.end, m.start)
                and self._served(m)
            ):
                surface = self.text[last.start : m.end]
                if self._kinds.is_("represented", m.entity.kind):
                    m = Mention(last.start, m.end, surface, m.entity, OFFICE_RULE)
                else:
                    entity = self.resolver.resolve(" ".join(surface.split()), last.entity.kind)
                    m = Mention(last.start, m.end, surface, entity, TITLE_RULE)
                out.pop()
            elif (
                last is not None
                and last.rule in titles
                and _AT_GAP.fullmatch(self.text, last.end, m.start)
                and self._kinds.is_("represented", m.entity.kind)
            ):  # "the Director of Nutrition at the Ministry of Health": the ministry's post (C1)
                out.pop()
                start = self._apposed_post(out, last.start, m.end)
                m = Mention(start, m.end, self.text[start : m.end], m.entity, OFFICE_RULE)
            elif m.rule in titles and m.entity.kind == "Office":
                m = self._served_within(m)
            out.append(m)
        return out

    def _apposed_post(self, out: list[Mention], start: int, end: int) -> int:
        """Where a post held at an organisation starts, taking in the office title set in
        apposition right before it ("the SUN Government Focal Point, the Director of Nutrition
        at the Ministry of Health": one post, written twice), popped from ``out``; not in a
        list going on after the post ("the Governor, the Director ... and UNICEF")."""
        last = out[-1] if out else None
        if (
            last is not None
            and last.entity.kind == "Office"
            and _APPOSED_POST.fullmatch(self.text, last.end, start) is not None
            and _LIST_GOES_ON.match(self.text, end) is None
        ):
            out.pop()
            return last.start
        return start

    def _served_within(self, m: Mention) -> Mention:
        """ "the Chief Executive of National Disaster Risk Reduction and Management Authority":
        a title rule's office that took in what it serves, where a head rule types that as a
        kind an office stands for (``represented``), stands for it (convention C1)."""
        gap = _TITLE_GAP.search(self.text, m.start, m.end)
        if gap is None:
            return m
        served = " ".join(self.text[gap.end() : m.end].split())
        known = self.resolver.known(served)  # "the Chief Executive of NDRRMA", defined before
        if known is not None and self._kinds.is_("represented", known.kind):
            return Mention(m.start, m.end, m.surface, known, OFFICE_RULE)
        shaped = self._shaped_kind(served)
        if known is None and shaped is not None:
            # "the Minister of MoPPA": a ministry by its acronym's shape, no portfolio (C1)
            entity = self.resolver.resolve(served, shaped, served)
            return Mention(m.start, m.end, m.surface, entity, OFFICE_RULE)
        words = served.casefold().split()
        if known is None and _SERVED_ACRONYM.fullmatch(served) and self._heads(m, gap.start()):
            # "the Director General of DRMD": an organisation by the acronym no rule spells
            entity = self.resolver.resolve(served, "Actor", served)
            return Mention(m.start, m.end, m.surface, entity, OFFICE_RULE)
        if len(words) < 2:
            return m  # "the Director of Planning": a portfolio
        rules = [
            *(r for r in self._kinds.heads_ending(words[-1]) if not r.prefix),
            *(r for r in self._kinds.heads_starting(words[0]) if r.prefix),
        ]
        for rule in rules:
            size = len(rule.head)
            part = words[:size] if rule.prefix else words[-size:]
            if (
                size < len(words)
                and tuple(part) == rule.head
                and not rule.title
                and self._kinds.is_("represented", rule.kind)
            ):
                entity = self.resolver.resolve(served, rule.kind)
                return Mention(m.start, m.end, m.surface, entity, OFFICE_RULE)
        return m

    def _shaped_kind(self, word: str) -> str | None:
        """The kind an acronym's shape says (``acronym_shapes``: "MoPPA" a ministry's), when an
        office stands for that kind; None for any other word."""
        return next(
            (
                shape.kind
                for shape in self._kinds.acronym_shapes
                if shape.pattern.fullmatch(word) and self._kinds.is_("represented", shape.kind)
            ),
            None,
        )

    def _heads(self, m: Mention, end: int) -> bool:
        """Whether the title at ``[m.start, end)`` ends with the title of an organisation's
        head or office (``office_titles`` of kinds.toml: "Director General", "Head"), not of a
        government's own office ("the Minister of ICT" keeps its name, convention C1)."""
        title = " ".join(self.text[m.start : end].casefold().split())
        return any(title == t or title.endswith(f" {t}") for t in self._kinds.office_titles)

    def _named_holders(self, mentions: list[Mention]) -> list[Mention]:
        """ "chaired jointly by Hugh Todd, Minister of Foreign Affairs, and ...", "chaired by
        Mr. A. Jeffrey, ADB Country Director": a person named before the office they hold
        acts as that office, so the mention of the office takes the name in."""
        offices = self._kinds.titles() | {TITLE_RULE, OFFICE_RULE}
        out: list[Mention] = []
        for m in mentions:
            office = m.rule in offices or (m.rule == "reference" and m.entity.kind == "Actor")
            floor = out[-1].end if out else 0
            named = _PERSON_BEFORE.search(self.text, max(floor, m.start - REACH * 2), m.start)
            if office and named is not None and not _capitalised_before(self.text, named.start()):
                m = replace(m, start=named.start(), surface=self.text[named.start() : m.end])
            out.append(m)
        return out

    def _role_noun(self, word: str, head: str) -> bool:
        """``word`` before an actor's ``head`` makes a role noun ("Lead Agency", "Support
        Agencies"), not an actor's name ("Technical Support Unit" is one)."""
        kinds = self._kinds
        return word in kinds.role_words or (word in kinds.agency_role_words and head == "agency")

    def _forum_office(self, rule: HeadRule, end: int) -> bool:
        """ "the INGO Forum Representative": a forum's name ends before the office that speaks
        for it (a forum of organisations acts like one of them, see ``_offices``)."""
        return rule.kind == "Forum" and _office_pattern().match(self.text, end) is not None

    def _seat_after(self, rule: HeadRule, end: int) -> bool:
        """ "Past PHF Chairpersons", "the WG Members": a body's name ends before the seats
        held in it, which name no longer body."""
        return self._kinds.is_("body", rule.kind) and _SEAT_AFTER.match(self.text, end) is not None

    def _seat_after_acronym(self, rule: HeadRule, toks: list[_Tok], k: int) -> bool:
        """ "the LCG Chair", "and LCG Chairman,": a body's defined acronym ends its name before
        a seat written after it (``seats_after``); no capitalised word goes on past the seat."""
        if toks[k].expanded or not (toks[k - 1].expanded and self._kinds.is_("body", rule.kind)):
            return False
        seat = _seat_after_pattern().match(self.text, toks[k - 1].end)
        return seat is not None and _CAPITAL_NEXT.match(self.text, seat.end()) is None

    def _organisation(self, kind: str) -> bool:
        """Whether a kind is an organisation's: an actor, neither public nor a person."""
        return self._kinds.is_("actor", kind) and not (
            self._kinds.public(kind) or self._kinds.is_("agent", kind)
        )

    def _served(self, m: Mention) -> bool:
        """What an office may serve: an organisation, a government or a place."""
        return self._kinds.is_("actor", m.entity.kind) or self._kinds.is_("place", m.entity.kind)

    def _branch(self, organisation: Mention, gap: str, kind: str) -> bool:
        """After an organisation, a country ("UNICEF Malawi", "Action Against Hunger - Spain",
        "the Resident Coordinator for Tanzania") or, right after it, a city or area ("IOM
        Tehran") names its office there."""
        if kind == "Country":
            return gap in _BRANCH_GAPS or post_place(organisation, gap)
        return gap == " " and self._kinds.is_("place", kind)

    def _own_acronym(self, m: Mention) -> Mention:
        """ "Action Against Hunger - Spain (AAH)": the organisation's acronym after its office
        or branch is part of the mention, so that a list goes on after it."""
        paren = _PAREN_ACRONYM.match(self.text, m.end)
        if paren is None:
            return m
        acronym = paren.group(1)
        if acronym != m.entity.acronym and not spells(acronym, m.entity.name):
            return m
        return replace(m, end=paren.end(), surface=self.text[m.start : paren.end()])

    def _list_items(self, mentions: list[Mention]) -> list[Mention]:
        """ "INGO Representation: NIF Secretariat, ACF, INSO, IRC, MCN, NRC and SCI": in a run
        of list items each an organisation the document names or name-like (an acronym,
        capitalised words), with at least as many known as unknown, each unknown item is an
        organisation too, so that no item is lost or swallowed by its neighbour."""
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions if self._kinds.is_("actor", m.entity.kind)}
        # a country at the end of an item is the branch of the organisation it names
        # ("Secours Islamique France"), so it leaves the item free
        branches = {m.end: m.start for m in mentions if m.entity.kind == "Country"}
        taken = Coverage((m.start, m.end) for m in mentions if m.entity.kind != "Country")
        # "the representative of OCHA, Ahmed Hadi, and ...": the item after an office is the
        # person holding it, no organisation
        offices = self._kinds.titles() | {TITLE_RULE, OFFICE_RULE}
        holders = {m.end for m in mentions if m.rule in offices}
        out: list[Mention] = []
        for items in _lists(self.text, by_start):
            known, unknown = 0, list[tuple[int, int]]()
            for start, end in [*items, (-1, -1)]:  # a run of clean items ends at any other
                m = by_start.get(start)
                whole = m is not None and m.end == end and self._kinds.is_("actor", m.entity.kind)
                first = not known and not unknown and self._opens_list(start, by_end.get(end))
                if whole or first:
                    known += 1
                elif (
                    self._item_name(self.text[start:end])
                    and not taken.overlaps(start, end)
                    and _gap_start(self.text, start) not in holders
                    and branches.get(end, end) > start
                ):
                    unknown.append((start, end))
                else:
                    if known >= 2 and 0 < len(unknown) <= known:
                        out.extend(self._list_item(a, b) for a, b in unknown)
                    known, unknown = 0, []
        return out

    def _opens_list(self, start: int, m: Mention | None) -> bool:
        """ "The Network, composed of Save the Children, EveryChild, PHMDF and ...": the first
        item of a list holds its opening words, and a known organisation after them."""
        return m is not None and _LIST_OPENER.search(self.text, start, m.start) is not None

    def _item_name(self, item: str) -> bool:
        """An item that can only be an organisation's name: an acronym ("MCN", "FHI360") or
        two to eight capitalised words ("Diakonie Katastrophenhilfe"), neither a topic
        ("Mine Action") nor a role or a body ("Sector Coordinators")."""
        words = item.lower().split()
        if len(words) == 1 and words[0] in self._kinds.generic_items:
            return False  # "NGOs", "INGOs": a category, though it is written as an acronym is
        if _ACRONYM_ITEM.fullmatch(item) and sum(c.isupper() for c in item) >= 2:
            return True
        if _SEAT_ITEM.fullmatch(item):
            return False  # "Chairman", "Vice Chairman": a seat heading the names under it
        return (
            _NAME_ITEM.fullmatch(item) is not None
            and not all(w in self._topic_words for w in words)
            and not any(w in self._not_names for w in words)
        )

    def _list_item(self, start: int, end: int) -> Mention:
        name = self.text[start:end]
        entity = self.resolver.resolve(name, "Actor", None if " " in name else name)
        return Mention(start, end, name, entity, LIST_ITEM_RULE)

    def _shaped_acronyms(self, mentions: list[Mention]) -> list[Mention]:
        """ "co-chaired by the MoPHP and UNICEF": an acronym no one spells out whose shape says
        its kind (a ministry's "Mo...") names an actor by itself."""
        taken = Coverage((m.start, m.end) for m in mentions)
        defined = {d.acronym for d in self.definitions}
        out: list[Mention] = []
        for shape in self._kinds.acronym_shapes:
            for a in shape.pattern.finditer(self.text):
                if a.group() in defined or taken.overlaps(a.start(), a.end()):
                    continue
                entity = self.resolver.resolve(a.group(), shape.kind, a.group())
                out.append(Mention(a.start(), a.end(), a.group(), entity, shape.id))
        return out

    def _slot_acronyms(self, mentions: list[Mention]) -> list[Mention]:
        """ "The CSSSC is chaired by ...", "a co-chair of the CSSSC", "coordonné par la DGPC",
        "O MRE é parte do ...": an acronym no one spells out, that no rule reads and that the
        document never writes in lower case, names a body or a holder where it fills that slot
        of a role statement (``[[acronym_slots]]``, in a clause not written in capitals); then
        it names the same wherever it stands."""
        spans_taken = [(m.start, m.end) for m in mentions]
        others: frozenset[str] | None = None
        out: list[Mention] = []
        for rule in self._kinds.acronym_slots:
            taken = Coverage(spans_taken)  # a token one slot named is no other slot's
            spans: dict[str, list[tuple[int, int]]] = {}
            for a in rule.token.finditer(self.text):
                spans.setdefault(a.group(), []).append(a.span())
            for token, where in spans.items():
                if any(taken.overlaps(a, b) for a, b in where) or not any(
                    self._in_slot(rule, a, b) for a, b in where
                ):
                    continue
                others = self._other_acronyms(mentions) if others is None else others
                if token in others or any(self._in_longer_name(a, b) for a, b in where):
                    continue
                entity = self.resolver.resolve(token, rule.kind, token)
                out.extend(Mention(a, b, token, entity, rule.id) for a, b in where)
                spans_taken.extend(where)
        return out

    def _other_acronyms(self, mentions: list[Mention]) -> frozenset[str]:
        """The tokens another reading gives a meaning: the acronyms the document defines, the
        initials of the names it writes ("HCF" of "Humanitarian Coordination Forum"), and the
        words it writes in lower case (``lower_case_words``, upper-cased)."""
        out = {d.acronym for d in self.definitions}
        for name in {m.entity.name for m in mentions}:
            words = name.split()
            out.add("".join(w[0] for w in words).upper())
            out.add("".join(w[0] for w in words if w.lower() not in _CONNECTORS).upper())
        out.update(w.upper() for w in lower_case_words(self.text))
        return frozenset(out)

    def _in_longer_name(self, start: int, end: int) -> bool:
        """Whether the acronym at ``start:end`` is part of another name: the reference data's
        ("UN"), explained in brackets or slashes ("the OSC (Organisation of Civil
        Societies)", "Team /REACT/"), or in a run of capitals ("the REF TF", "CDEMA CU")."""
        known = self.resolver.known(self.text[start:end])
        return (
            (known is not None and known.from_reference)
            or _EXPLAINED.match(self.text, end) is not None
            or (start > 0 and self.text[start - 1] in "(/")
            or _CAPITALS_BEFORE.search(self.text, max(0, start - REACH), start) is not None
            or _CAPITALS_AFTER.match(self.text, end) is not None
        )

    def _in_slot(self, rule: AcronymSlots, start: int, end: int) -> bool:
        """Whether the token at ``start:end`` fills the slot of ``rule``, in words not all capitals
        (a heading "MEMBERS OF THE CSSSC" says too little)."""
        before = rule.before.search(self.text, max(0, start - REACH * 2), start)
        if before is not None and rule.ends.match(self.text, end) is None:
            before = None
        after = rule.after.match(self.text, end)
        slot = (before.group() if before else "") + (after.group() if after else "")
        return (before is not None or after is not None) and slot.upper() != slot

    def _numbered_bodies(self) -> list[Mention]:
        """ "ESF #6", "Emergency Support Function (ESF) #6": a body named by its number, one body
        however it is written; first in the list, so that it outweighs a shorter name read in
        it ("Emergency Support Function (ESF)", a definition)."""
        out: list[Mention] = []
        for rule in self._kinds.numbered:
            for a in rule.pattern.finditer(self.text):
                number = a.group("number")
                acronym = f"{rule.acronym} #{int(number)}"
                entity = self.resolver.resolve(rule.name(number), rule.kind, acronym)
                out.append(Mention(a.start(), a.end(), a.group(), entity, rule.id))
        return out

    def _kind_acronym_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """ "The IASC Kenya CT is made up of": a body's or an organisation's acronym, perhaps
        the country it works in, then the acronym of a kind of body the page does not define
        (kinds.toml ``[kind_acronyms]``) name that one's body of the kind, the Inter-Agency
        Standing Committee Country Team; the country is no part of the name."""
        by_start = {m.start: m for m in mentions}
        heads = _suffix_heads()
        out: list[Mention] = []
        for hit in _kind_acronym_pattern().finditer(self.text):
            owner = by_start.get(hit.start())
            place = by_start.get(hit.start("place")) if hit.group("place") else None
            rule = heads.get(self._kinds.kind_acronyms[hit.group("kind")].lower())
            if (
                owner is None
                or owner.end != hit.end("acronym")
                or not any(self._kinds.is_(f, owner.entity.kind) for f in ("body", "actor"))
                or (place is None) != (hit.group("place") is None)
                or (place is not None and not self._kinds.is_("place", place.entity.kind))
                or hit.group("kind") in self._by_acronym
                or rule is None
            ):
                continue
            name = f"{owner.entity.name} {self._kinds.kind_acronyms[hit.group('kind')]}"
            entity = self.resolver.resolve(name, rule.kind)
            out.append(Mention(hit.start(), hit.end(), hit.group(), entity, f"{rule.id}.acronym"))
        return out

    def _topic_acronym_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """ "Sub-TWG on Livestock: Membership" over "Sub-TWG is chaired by MAFF": a kind's
        acronym the page does not define (kinds.toml ``[kind_acronyms]``, perhaps after "Sub-")
        and a capitalised topic after "on" name a body as written; the same acronym alone
        after it refers to the last one named so (one walk in text order)."""
        covered = Coverage((m.start, m.end) for m in mentions)
        heads = _suffix_heads()
        named: dict[str, Entity] = {}  # the acronym as written -> the body it last named
        out: list[Mention] = []
        for hit in _topic_acronym_pattern().finditer(self.text):
            rule = heads.get(self._kinds.kind_acronyms[hit.group("kind")].lower())
            if covered.covers(hit.start()) or hit.group("kind") in self._by_acronym or not rule:
                continue
            if hit.group("topic"):
                name = " ".join(hit.group().split())
                named[hit.group("head")] = self.resolver.resolve(name, rule.kind)
            entity = named.get(hit.group("head"))
            if entity is not None:
                out.append(Mention(hit.start(), hit.end(), hit.group(), entity, f"{rule.id}.topic"))
        return out

    def _called_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """ "an emergency national response team called 'The Taskforce'": a body word, "called"
        or "known as" and a name in quotes name that body as written, article kept; the name
        written again after it is the same body (each looked for once, forward)."""
        heads = _suffix_heads()
        called: dict[str, tuple[int, Entity]] = {}  # each name once, from where it is called
        for hit in _CALLED.finditer(self.text):
            name = hit.group("name")
            if name not in called:
                rule = heads.get(name.lower().split()[-1])
                kind = rule.kind if rule else "CoordinationGroup"
                called[name] = (hit.start("name"), self.resolver.resolve(name, kind))
        if not called:
            return []
        covered = Coverage((m.start, m.end) for m in mentions)
        names = "|".join(re.escape(n) for n in sorted(called, key=len, reverse=True))
        out: list[Mention] = []
        for m in re.finditer(rf"(?<!\w)(?:{names})(?!\w)", self.text):  # one pass for all
            since, entity = called[m.group()]
            if m.start() >= since and not covered.covers(m.start()):
                out.append(Mention(m.start(), m.end(), m.group(), entity, "name.called"))
        return out

    def _defined_bodies(self, mentions: list[Mention]) -> list[Mention]:
        """ "the Camp Coordination and Camp Management (CCCM), Health ... Clusters", later
        "serving as CCCM co-coordinator": an acronym defined for words that became a body only
        as an item of a list under a shared head names that body wherever it stands alone (the
        acronym of a long form with its own head after it, "PSEA" of "the ... (PSEA) Network",
        may name the topic instead)."""
        bodies = {m.start: m for m in mentions if self._kinds.is_("body", m.entity.kind)}
        named: dict[str, Entity] = {}
        for d in self.definitions:
            m = bodies.get(d.long_start)
            if m is None or d.explained_after:
                continue
            if m.rule.endswith(".list") and m.end in (d.long_end, d.paren_end):
                named.setdefault(d.acronym, m.entity)
            elif m.rule.startswith("phrase.") and m.end >= d.long_end:
                # "a Working Group (WG) on Statelessness", then "the WG": the acronym written
                # inside the phrase names the whole body; so does one right after it ("the
                # Technical Consultative Group (TCG)", then "the TCG, chaired by ...")
                named.setdefault(d.acronym, m.entity)
        if not named:
            return []
        taken = Coverage(
            [(m.start, m.end) for m in mentions]
            + [(d.paren_start, d.paren_end) for d in self.definitions]
        )
        regex = _any_of(tuple(sorted(named, key=len, reverse=True)))
        return [
            Mention(a.start(), a.end(), a.group(), named[a.group()], DEFINED_BODY_RULE)
            for a in regex.finditer(self.text)
            if not taken.overlaps(a.start(), a.end())
        ]

    def _items_under_heading(self, mentions: list[Mention]) -> list[Mention]:
        """ "### Clusters" then "- Water, Sanitation and Hygiene (WASH) led by UNICEF": a
        bulleted name under a heading of bodies, with no head of its own, is one of those
        bodies ("Water, Sanitation and Hygiene Cluster"); one walk of the lines."""
        taken = Coverage((m.start, m.end) for m in mentions)
        out: list[Mention] = []
        head: HeadRule | None = None
        for line in _LINE.finditer(self.text):
            item = _BULLET_NAME.match(line.group())
            if item is None and not _BULLET.match(line.group()):
                head = self._plural_body_head(line.group())  # a heading, or a paragraph: none
                continue
            if head is None or item is None or taken.overlaps(*_shifted(item, line.start())):
                continue
            if line.group()[item.end() :].lstrip().startswith(":"):
                continue  # "- Lead: UNHCR": a label, not a name
            name = " ".join(item.group("name").split())
            if self._kinds.is_("body", self._kind_of(name)):
                continue
            full = f"{name} {' '.join(w.capitalize() for w in head.head)}"
            start, end = _shifted(item, line.start())
            entity = self.resolver.resolve(full, head.kind, item.group("acronym"))
            out.append(Mention(start, end, self.text[start:end], entity, HEADED_ITEM_RULE))
        return out

    def _plural_body_head(self, heading: str) -> HeadRule | None:
        """The body head a heading line is in the plural, with at most one word before it
        ("Clusters", "### Active Sub-Clusters", "Working Groups:"), whose items are bodies of
        that kind; a longer line ("Members of the clusters") is no such heading."""
        words = heading.lower().strip(" #\t:").split()
        if len(words) > max(self._kinds.by_length) + 1 or any(
            w in _FUNCTION or w in _CONNECTORS for w in words
        ):
            return None  # longer than any head and a word, or a function word: no rule fits
        # the rules of as many words as the line or one fewer, in the order of kinds().heads
        # (longest first): the only ones whose head may end it with at most one word before
        ending = self._kinds.heads_ending(words[-1]) if words else ()
        for n in (len(words), len(words) - 1):
            last = words[-n:] if n > 0 else []
            for rule in ending:
                if (
                    len(rule.head) == n
                    and not rule.prefix
                    and self._kinds.is_("body", rule.kind)
                    and last
                    and last[-1] != rule.head[-1]
                    and all(_inflects(w, h) for w, h in zip(last, rule.head, strict=True))
                ):
                    return rule
        return None

    def _wrapped_definitions(self, mentions: list[Mention]) -> list[Mention]:
        """ "Inter Agency Coordination\nCommittee (IACC)" on a slide: a defined name wrapped
        over two lines, which no line's words name whole, names its body on the line of its
        acronym, when the name ends with a body's head."""
        out: list[Mention] = []
        ordered = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in ordered]
        reach = list(accumulate((m.end for m in ordered), max, initial=0))  # ends so far
        for d in self.definitions:
            if "\n" not in d.long or d.explained_after:
                continue
            a = self.text.rfind("\n", d.long_start, d.paren_start) + 1
            name = " ".join(d.long.split())
            low = " " + name.lower()
            kind = next(
                (h.kind for h in self._kinds.heads if low.endswith(" " + " ".join(h.head))), None
            )
            if kind is None or not self._kinds.is_("body", kind):
                continue
            i, j = bisect_left(starts, a), bisect_left(starts, d.paren_end)
            if reach[i] > a or any(m.end > d.paren_end for m in ordered[i:j]):
                continue  # a longer name than the line's takes it in
            entity = self.resolver.resolve(name, kind, d.acronym)
            out.append(Mention(a, d.paren_end, self.text[a : d.paren_end], entity, "name.wrapped"))
        return out

    def _kind_of(self, name: str) -> str:
        """The kind a name already has (a body head in it, or the reference), else ""."""
        known = self.resolver.known(name)
        if known is not None:
            return known.kind
        low = name.lower()
        return next((h.kind for h in self._kinds.heads if " ".join(h.head) in low), "")

    def _variants(self, mentions: list[Mention]) -> list[Mention]:
        """ "the Legal Aid sub-working group ... NRC leads the Legal Aid group", "the Settler
        Violence sub-working group ... the Settler Violence Core group": a bare group word
        after the topic of a body named before is that body written another way."""
        topics: dict[str, Entity] = {}
        out: list[Mention] = []
        for m in mentions:
            if not self._kinds.is_("body", m.entity.kind):
                out.append(m)
                continue
            topic, variant = _topic_of(m.entity.name)
            earlier = topics.get(topic) if topic else None
            if variant and earlier is not None:
                m = replace(m, entity=earlier, rule=VARIANT_RULE)
            elif topic:
                topics.setdefault(topic, m.entity)
            out.append(m)
        taken = Coverage((m.start, m.end) for m in out)
        for g in _bare_group().finditer(self.text):
            topic, _ = _topic_of(g.group())
            earlier = topics.get(topic)
            if earlier is not None and not taken.overlaps(g.start(), g.end()):
                out.append(Mention(g.start(), g.end(), g.group(), earlier, VARIANT_RULE))
        return sorted(out, key=lambda m: m.start)

    def _demonstratives(self, mentions: list[Mention]) -> list[Mention]:
        """ "the CRRF Steering Group ... chairs this Steering Group": a body's name after "this"
        that ends a name written before it refers back to that body (the last one so named, not
        a common noun's phrase such as "the multi-stakeholder Steering Group")."""
        bodies: list[Mention] = []
        out: list[Mention] = []
        for m in mentions:
            if not self._kinds.is_("body", m.entity.kind):
                out.append(m)
                continue
            if _DEMONSTRATIVE.search(self.text, max(0, m.start - 8), m.start):
                tail = " " + name_key(m.surface)
                earlier = next(  # among the last REACH named: linear on hostile pages
                    (b for b in reversed(bodies[-REACH:]) if name_key(b.surface).endswith(tail)),
                    None,
                )
                if earlier is not None:
                    m = replace(m, entity=earlier.entity, rule=DEMONSTRATIVE_RULE)
            elif m.surface[:1].isupper():
                bodies.append(m)
            out.append(m)
        return out

    def _item_countries(self, mentions: list[Mention]) -> list[Mention]:
        """ "- Council for Non-Governmental Organisations in Malawi": an organisation's name
        that a list item ends with "in" and a country takes the country in, as the page names
        it; a body's place stays its scope ("- the Protection Cluster in Iraq")."""
        countries = {m.start: m for m in mentions if m.entity.kind == "Country"}
        out: list[Mention] = []
        taken: set[int] = set()
        for m in mentions:
            gap = _IN_GAP.match(self.text, m.end)
            place = countries.get(gap.end()) if gap is not None else None
            if (
                place is None
                or not m.rule.startswith("head.")
                or not self._organisation(m.entity.kind)
                or not _BULLET_BEFORE.search(self.text, max(0, m.start - 12), m.start)
                or not _ITEM_END.match(self.text, place.end)
            ):
                out.append(m)
                continue
            name = f"{m.entity.name} in {place.entity.name}"
            entity = self.resolver.resolve(name, m.entity.kind, m.entity.acronym)
            out.append(
                replace(m, end=place.end, surface=self.text[m.start : place.end], entity=entity)
            )
            taken.add(place.start)
        return [m for m in out if m.start not in taken or m.entity.kind != "Country"]

    def _fronted_places(self, mentions: list[Mention]) -> list[Mention]:
        """ "In Gaza the Shelter Cluster is led by ...": a sentence that opens with "In" and a
        place, right before a body, is about the body at that place (the place qualifies it,
        as a hub's place does)."""
        places = {m.end: m for m in mentions if self._kinds.is_("place", m.entity.kind)}
        out: list[Mention] = []
        for m in mentions:
            if m.qualifier is None and self._kinds.is_("body", m.entity.kind):
                front = the_before(self.text, m.start)
                at = m.start if front is None else front
                gap = _SPACES_BEFORE.search(self.text, max(0, at - 8), at)
                place = places.get(gap.start()) if gap is not None else None
                if place is not None and _IN_OPENING.search(
                    self.text, max(0, place.start - 8), place.start
                ):
                    m = replace(m, qualifier=Scope(place=place.entity))
            out.append(m)
        return out

    def _anaphora(self, mentions: list[Mention]) -> list[Mention]:
        """ "The cluster is co-led by:" refers to the body of that head noun the nearest heading
        above names ("## Protection Sector" ... "The sector is chaired by"), else to the cluster
        the document's title names, else to the last one named before it (or, before any, to
        the one the document names most)."""
        out: list[Mention] = []
        bodies = [m for m in mentions if self._kinds.is_("body", m.entity.kind)]
        covered = Coverage((m.start, m.end) for m in mentions)
        places = {m.start for m in mentions if self._kinds.is_("place", m.entity.kind)}
        title_end = self.text.find("\n") if "\n" in self.text else len(self.text)
        headed = _in_headings(self.text, bodies)
        antecedents: dict[str, tuple[_Antecedents, _Antecedents]] = {}
        several: dict[str, bool] = {}  # whether a noun heads two bodies or more, counted once
        indefinite = _INDEFINITE_BEFORE[in_english(self.text)]
        named = _anaphor_nouns(self._kinds.named_anaphora, any_case=False)
        ends = _anaphor_nouns(self._kinds.headed_anaphora, any_case=True)
        for match in sorted(
            [
                *_ANAPHOR.finditer(self.text),
                *_PLACED_ANAPHOR.finditer(self.text),
                *named.finditer(self.text),
                *ends.finditer(self.text),
                *_FOREIGN_ANAPHOR.finditer(self.text),
            ],
            key=lambda m: m.start(),
        ):
            if covered.covers(match.start()):
                continue
            if match.groupdict().get("place") and match.start("place") not in places:
                continue  # "the Protection cluster": a topic, no place
            word = " ".join(match.group("noun").lower().split())
            if word not in antecedents:
                antecedents[word] = self._antecedents(word, mentions, bodies, headed)
                several[word] = len({m.entity.key for m in antecedents[word][0].bodies}) > 1
            candidates, headings = antecedents[word]
            last = candidates.last_ending_by(match.start())
            if last is None and (not candidates.bodies or match.re is _FOREIGN_ANAPHOR):
                continue
            if word in _SOLE_NOUNS and several[word]:
                continue  # "le comité" where the document names two committees (before or
                # after it, anywhere): which one is not said
            # before any body of its kind, the anaphor may refer to any of them
            reach = match.start() if last is not None else len(self.text)
            heading = headings.last_ending_by(match.start())
            titled = candidates.first_ending_by(min(reach, title_end))
            if heading is not None:  # a section about a body
                entity = heading.entity
            elif last is not None and _introduced(self.text, last, match.start(), indefinite):
                entity = last.entity  # "has set up an X Task Force. The Task Force will ..."
            elif titled is not None and not _fuller(last, titled):
                entity = titled.entity  # a document about a body (terms of reference): its title
            elif last is not None:
                entity = last.entity
            else:
                entity = candidates.most_named()
            # an organisation's name read where a body goes ("the council", head.council) is
            # read so by its rule (roles.toml ``context_bodies``): the anaphor keeps it
            rule = "anaphora" if self._kinds.is_("body", entity.kind) else candidates.rule(entity)
            out.append(Mention(match.start(), match.end(), match.group(), entity, rule))
        return out

    def _antecedents(
        self, word: str, mentions: list[Mention], bodies: list[Mention], headed: list[Mention]
    ) -> tuple[_Antecedents, _Antecedents]:
        """The names an anaphor's noun may refer to, and those of them in a heading."""
        if word in self._kinds.headed_anaphora:
            fits = self._ending_in(mentions, word)
            return _Antecedents(fits), _Antecedents(_in_headings(self.text, fits))
        if word in self._kinds.named_anaphora or word in _FOREIGN_NOUNS:  # "the Appeal", "la Mesa"
            # a public body's name the head rules typed as a government's ("Consejo Nacional de
            # Salud", head.commission's kind) is a body "el Consejo" refers back to as well
            fits = [
                m
                for m in mentions
                if (
                    any(self._kinds.is_(f, m.entity.kind) for f in ("body", "framework"))
                    or m.entity.kind == "GovernmentBody"
                )
                and _headed_by(m, word)
            ]
            return _Antecedents(fits), _Antecedents(_in_headings(self.text, fits))
        fits = [m for m in bodies if m.entity.kind in self._kinds.anaphora[word]]
        return _Antecedents(fits), _Antecedents(
            [m for m in headed if m in fits and _headed_by(m, word)]
        )

    def _ending_in(self, mentions: list[Mention], word: str) -> list[Mention]:
        """The names of a body or an organisation (no office, person or place) whose last word
        is ``word`` ("Emergency Management Advisory Council" for "the council"), in text order."""
        return [
            m
            for m in mentions
            if (self._kinds.is_("body", m.entity.kind) or self._kinds.is_("actor", m.entity.kind))
            and not self._kinds.is_("agent", m.entity.kind)
            and m.entity.name.lower().split()[-1:] == [word]
        ]

    def _hub_mentions(
        self, toks: list[_Tok], bodies: list[Entity], ends: list[int]
    ) -> list[Mention]:
        """ "the CCCM hub in Malakal", "the Bentiu CCCM hub", "two of the five regional hubs":
        a hub is its body at a place, so it is a mention of the body with the place as its
        qualifier (a list of places after it is left to the sentence, as for any body).

        ``bodies`` are the bodies named in the document, in text order, and ``ends`` where
        each ends."""
        out: list[Mention] = []
        for i, t in enumerate(toks):
            if t.entity is not None or t.expanded or not self._kinds.is_hub(t.low):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and (_strong(nxt) or re.fullmatch(_MODIFIED, nxt.low)):
                continue  # "Hub Coordinator", "hub meetings": the hub modifies another noun
            before = bodies[: bisect_right(ends, t.start)]
            named = self._hub_body(toks, i, before)
            if named is None:
                continue
            a, entity, place = named
            end = i + 1
            after = self._hub_place(toks, i + 1)
            if after is not None and place is None:
                end, place = after
            start, stop = toks[a].start, toks[end - 1].end
            qualifier = Scope(place=place) if place is not None else None
            out.append(Mention(start, stop, self.text[start:stop], entity, HUB_RULE, qualifier))
        return out

    def _hub_body(
        self, toks: list[_Tok], i: int, before: list[Entity]
    ) -> tuple[int, Entity, Entity | None] | None:
        """The body (and a place written in front) of the hub at token ``i``: the name before
        it starts a body's name ("CCCM" of the CCCM Cluster), else the body named last."""
        a = i
        while a > max(0, i - REACH) and _hub_name_word(toks[a - 1]):
            a -= 1
        if a == i:
            lead = toks[i - 1].low if i > 0 else ""
            if before and (lead in self._kinds.hub_lead_words or lead.isdigit()):
                return i, before[-1], None
            return None
        for s in range(a, i):
            if s > a and _same_acronym(toks[s - 1], toks[s]):
                continue  # one acronym's expansion is not split
            entity = self._body_starting(toks[s:i], before)
            place = self._place_named(toks[a:s]) if s > a else None
            if entity is not None and (s == a or place is not None):
                return a, entity, place
        return None

    def _body_starting(self, toks: list[_Tok], before: list[Entity]) -> Entity | None:
        """The body whose name these tokens are, or start: the last such body the document
        named, else a known body of that name with a body head ("CCCM" + "Cluster")."""
        if len(toks) == 1 and toks[0].entity is not None:
            entity = toks[0].entity.entity
            return entity if self._kinds.is_("body", entity.kind) else None
        if any(t.entity is not None for t in toks):
            return None
        name = _join(_dedupe_expansions(toks))
        key = name_key(name)
        exact = {key, *(name_key(f"{name} {head}") for head in self._kinds.body_heads)}
        starting = [
            e
            for e in reversed(before)
            if (own := name_key(e.name)) == key or own.startswith(key + " ") or e.acronym == name
        ]
        if starting:
            # the last body these words name with at most a head noun ("CCCM" + "Cluster"),
            # before a longer name they start ("CCCM Cluster Strategic Advisory Group")
            return min(starting, key=lambda e: name_key(e.name) not in exact and e.acronym != name)
        for head in self._kinds.body_heads:
            hit = self.resolver.known(f"{name} {head}")
            if hit is not None and self._kinds.is_("body", hit.kind):
                return hit
        return None

    def _place_named(self, toks: list[_Tok]) -> Entity | None:
        """The place these tokens name, if they can only be a place's name."""
        if len(toks) == 1 and toks[0].entity is not None:
            entity = toks[0].entity.entity
            return entity if self._kinds.is_("place", entity.kind) else None
        if not all(_place_word(t) for t in toks):
            return None
        name = _join(toks)
        entity = self.resolver.known(name) or self.resolver.resolve(name, "Place")
        return entity if self._kinds.is_("place", entity.kind) else None

    def _hub_place(self, toks: list[_Tok], j: int) -> tuple[int, Entity] | None:
        """ "hub in Malakal": the one place after a hub (the token end and the place)."""
        if j + 1 >= len(toks) or toks[j].low != "in":
            return None
        k = j + 1
        if _known_place(toks[k]):
            k += 1
        else:
            while k < len(toks) and _place_word(toks[k]):
                k += 1
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and toks[k].low in (",", "and") and _place_like(nxt):
            return None  # "hubs in Wau and Malakal": a list of places, read by the sentence
        place = self._place_named(toks[j + 1 : k]) if k > j + 1 else None
        return (k, place) if place is not None else None

    def _preposition_places(
        self, toks: list[_Tok], body_ends: set[int], known: Coverage, own: Coverage
    ) -> list[Mention]:
        """Places the grammar gives away: "at the sub-national level in Juba", a fronted
        "In Aden and Hodeidah, ...", "the CCCM hub in Malakal".

        ``body_ends`` are where bodies end; ``known`` and ``own`` cover the mentions found
        before and on this line."""
        out: list[Mention] = []
        for i, t in enumerate(toks):
            if t.low != "in" or i + 1 >= len(toks):
                continue
            prev = toks[i - 1].low if i > 0 else ""
            fronted = i == 0 or prev in (".", ";", ":", "-") or toks[i - 1].text in ("•",)
            after_body = i > 0 and toks[i - 1].end in body_ends
            after_hub = self._kinds.is_hub(prev) or (
                prev == "," and i > 1 and self._kinds.is_hub(toks[i - 2].low)
            )
            if not (
                prev in ("level", "levels")
                or after_hub
                or after_body
                or (fronted and t.text == "In")
            ):
                continue
            j = i + 1
            names: list[tuple[int, int]] = []
            while j < len(toks):
                a = j
                if _known_place(toks[j]):
                    j += 1  # "in Kabul and Jalalabad": a known place in the list
                while j < len(toks) and _place_word(toks[j]) and toks[j].low not in _MONTHS:
                    j += 1
                if j == a:
                    break
                names.append((a, j))
                if (
                    j < len(toks)
                    and toks[j].low in (",", "and")
                    and j + 1 < len(toks)
                    and _place_like(toks[j + 1])
                ):
                    j += 1
                    continue
                if j + 1 < len(toks) and toks[j].low == "," and toks[j + 1].low == "and":
                    j += 2
                    continue
                break
            if fronted and not (j < len(toks) and toks[j].low == ","):
                continue  # "In Borno, ...": a fronted place phrase ends with a comma
            for a, b in names:
                if known.covers(toks[a].start) or own.covers(toks[a].start):
                    continue
                name = _join(toks[a:b])
                entity = self.resolver.known(name) or self.resolver.resolve(name, "Place")
                if self._kinds.is_("place", entity.kind):
                    out.append(
                        Mention(toks[a].start, toks[b - 1].end, name, entity, "place.preposition")
                    )
        return out

    def _area_mentions(self, country: str, skip: Coverage) -> list[Mention]:
        """The first-level areas (ISO 3166-2) of the document's country, where it names them."""
        found: list[Mention] = []
        table: dict[str, Entity] = {}
        for entity, aliases in subdivisions(country):
            known = self.resolver.adopt(entity, aliases)
            for surface in (entity.name, *aliases):
                table[surface] = known
        if not table:
            return found
        for m in _any_of(tuple(sorted(table, key=len, reverse=True))).finditer(self.text):
            if not skip.covers(m.start()):
                found.append(
                    Mention(m.start(), m.end(), m.group(), table[m.group()], "place.iso3166-2")
                )
        return found

    def _place_head_kind(self, low: str) -> str | None:
        """The kind of the first place head noun a lower-cased token is a form of ("states":
        State), else None; each distinct token worked out once per document."""
        if low not in self._place_kinds:
            heads = self._kinds.place_heads_of(low)
            self._place_kinds[low] = next((k for h, k in heads if _inflects(low, h)), None)
        return self._place_kinds[low]

    def _place_head_mentions(self, toks: list[_Tok]) -> list[Mention]:
        """ "in Borno and Yobe states", "Kassala State": names before a place head noun."""
        out: list[Mention] = []
        for i, t in enumerate(toks):
            kind = self._place_head_kind(t.low)
            if kind is None or t.entity is not None or t.expanded:
                continue
            j = i
            while j > max(0, i - REACH):
                a = j
                while a > max(0, i - REACH) and _place_word(toks[a - 1]):
                    a -= 1
                if a == j:
                    break
                name = _join(toks[a:j])
                entity = self.resolver.known(name) or self.resolver.resolve(name, kind)
                if kinds().is_("place", entity.kind):
                    out.append(Mention(toks[a].start, toks[j - 1].end, name, entity, "place.head"))
                j = a
                if j > 0 and toks[j - 1].low in _LIST_JOINS:
                    j -= 1
                    if j > 0 and toks[j - 1].low == ",":
                        j -= 1
                    continue
                break
        return out

    def _plural_acronyms(
        self, toks: list[_Tok], names: Coverage, first_named: _FirstNamed
    ) -> list[Mention]:
        """ "the other four ABCs": a plural acronym stands for the bodies whose name it starts
        ("Area-Based Coordination (ABC) groups").  ``names`` covers the names found before."""
        out: list[Mention] = []
        for t in toks:
            # tokens come in text order, so only the last plural can hold this one
            held = bool(out) and out[-1].start <= t.start < out[-1].end
            if not (t.plural and t.expanded) or held or names.covers(t.start):
                continue
            word = self.text[t.start : t.end]
            d = self._definition_for(word[:-1], t.start)
            if d is None:
                continue
            named = first_named(name_key(d.long))
            if named is not None and self._kinds.is_("body", named.kind):
                out.append(Mention(t.start, t.end, word, named, "acronym.plural"))
        return out

    def _qualified_references(self, toks: list[_Tok]) -> list[Mention]:
        """Reference bodies with a region or place written in front ("Central/South Shelter-NFI
        Cluster") become longer mentions carrying that place; a level word stays in the name
        instead (C9; see ``_extended_references``)."""
        out: list[Mention] = []
        for i, t in enumerate(toks):
            if t.entity is None or not self._kinds.is_("body", t.entity.entity.kind):
                continue
            a = i
            while a > 0 and (
                _COMPASS.match(toks[a - 1].text)
                or (
                    toks[a - 1].entity is not None
                    and self._kinds.is_("place", toks[a - 1].entity.entity.kind)  # type: ignore[union-attr]
                )
            ):
                a -= 1
            if a == i or (a > 0 and _level_word(toks[a - 1])):
                continue  # "National North Protection Cluster": one name, the level in it
            place: Entity | None = None
            level: str | None = None
            for q in toks[a:i]:
                if q.entity is not None:
                    place = q.entity.entity
                else:
                    place = self.resolver.resolve(q.text, "Region")
                    level = "sub-national"
            ref = t.entity
            out.append(
                Mention(
                    toks[a].start,
                    ref.end,
                    self.text[toks[a].start : ref.end],
                    ref.entity,
                    "reference.qualified",
                    Scope(level=level, place=place),
                )
            )
        return out

    def _extended_references(self, toks: list[_Tok]) -> list[Mention]:
        """ "Child Protection Cluster", "Gender & Protection Cluster", "Operational Humanitarian
        Country Team", "National Protection Cluster": topic, coordination or level words written
        in front of a known body make the name of another body, not that one with a qualifier
        (C9: a level in the name is no scope)."""
        out: list[Mention] = []
        for i, t in enumerate(toks):
            if t.entity is None or not self._kinds.is_("body", t.entity.entity.kind):
                continue
            a = i
            while a > max(0, i - REACH):
                if _topic_word(toks[a - 1]) or _level_word(toks[a - 1]):
                    a -= 1
                elif toks[a - 1].low in ("&", "and") and a > 1 and _topic_word(toks[a - 2]):
                    a -= 2
                else:
                    break
            if a == i:
                continue
            start, end = toks[a].start, t.entity.end
            name = " ".join(self.text[start:end].split())
            entity = self.resolver.known(name) or self.resolver.resolve(name, t.entity.entity.kind)
            out.append(Mention(start, end, self.text[start:end], entity, "reference.extended"))
        return out

    def _absorb_definition(self, m: Mention) -> Mention:
        """Let a mention cover the "(ACR)" that follows it when the acronym names it too."""
        d = self._def_at.get(self._skip_space(m.end))
        if d is None:
            return m
        same = self.resolver.known(d.acronym)
        if same is not None and same.key == m.entity.key:
            return replace(m, end=d.paren_end, surface=self.text[m.start : d.paren_end])
        return m


_NOT_PLACES = frozenset(
    [
        "member",
        "members",
        "united",
        "federal",
        "islamic",
        "arab",
        "gulf",
        "nation",
        "nations",
        "other",
        "several",
        "many",
        "all",
        "both",
        "some",
        "neighbouring",
        "neighboring",
        "host",
        "affected",
        "frontline",
        "border",
        "island",
        "small",
        "the",
        # a post's words before an office named by its place ("the Acting County Commissioner",
        # "Deputy County Commissioner"): no place's name
        "acting",
        "deputy",
        "assistant",
        "vice",
    ]
)


_MONTHS = frozenset(MONTHS)
_APPOSITION = re.compile(r"^\s*(?:\([^)]*\))?\s*,\s*(?:a|an|the)\s+([a-z][a-z -]{2,60})")
_MODIFIED = (
    r"approach|system|lead|leads|meetings?|partners?|members?|coordinators?|co-coordinators?|"
    r"strategy|level|mechanism|structure|hubs?"
)
"""Nouns a body's word can modify ("the cluster lead", "hub coordinators"): then it names
no body."""
_ANAPHOR_NOUNS = (
    r"cluster|sector|working\s+group|group|task\s+force|network|platform|forum|committee"
)
_ANAPHOR = re.compile(
    rf"\b(?:the|this)\s+(?P<noun>{_ANAPHOR_NOUNS})\b(?!\s+(?:{_MODIFIED}|of)\b)(?!-)",
    re.IGNORECASE,
)
"""A reference back to a body, at a sentence's start too ("The Working Group meets")."""


def _foreign_anaphor() -> re.Pattern[str]:
    """The same in the other languages of the rules, each its own determiners before its own
    nouns ("la Mesa", "a rede"; roles.toml [languages] ``refer``, ``anaphora``), never with
    an adjective after the noun ("le comité technique": another body; ``qualifiers`` and
    languages.toml ``level_words``, ``post_levels``, ``post_functions``)."""
    forms, nouns = [], []
    words = rules_file("languages.toml")
    for code, lang in rules_file("roles.toml")["languages"].items():
        if "anaphora" in lang:
            refer = "|".join(
                re.escape(w) + ("" if w[-1] in "'’" else r"\s+") for w in lang["refer"]
            )
            own = words.get(code, {})
            qualifiers = [
                *lang.get("qualifiers", []),
                *own.get("level_words", []),
                *own.get("post_levels", []),
                *own.get("post_functions", []),
            ]
            after = rf"(?!\s+(?:{alternatives(qualifiers)})\b)" if qualifiers else ""
            forms.append(rf"(?:{refer})(?=(?:{alternatives(lang['anaphora'])})\b{after})")
            nouns += lang["anaphora"]
    return re.compile(
        rf"(?<![\w'’])(?:{'|'.join(forms)})(?P<noun>{alternatives(set(nouns))})\b"
        r"(?!\s+(?:de|del|da|do|du|para|pour)\b|\s+(?-i:[A-ZÀ-Þ])|-)",
        re.IGNORECASE,
    )


_FOREIGN_ANAPHOR = _foreign_anaphor()
_SOLE_NOUNS = frozenset(
    w
    for lang in rules_file("roles.toml")["languages"].values()
    if lang.get("sole")
    for w in lang.get("anaphora", [])
)
"""The nouns of those that refer back only where the text names one body they head."""
_FOREIGN_NOUNS = frozenset(
    w for lang in rules_file("roles.toml")["languages"].values() for w in lang.get("anaphora", [])
)
"""Those nouns: each refers only to a body named before that it heads ("la Mesa" to the "Mesa
Multisectorial ..." named above, never to a "Grupo de Trabajo")."""
_PLACED_ANAPHOR = re.compile(
    rf"\b(?:the|this)\s+(?P<place>(?-i:[A-Z])[\w’'-]+)\s+(?P<noun>{_ANAPHOR_NOUNS})\b"
    rf"(?!\s+(?:{_MODIFIED}|of)\b)(?!-)",
    re.IGNORECASE,
)
"""The same with a place between ("the Yemen cluster"): where the body works, the body the
same (read only where a mention of a place stands there)."""


# "a response team called 'The Taskforce'": a body word, then the name it is given in quotes
_CALLED = re.compile(
    rf"\b(?:{alternatives(rules_file('kinds.toml')['called']['bodies'])})[ \t]+"
    rf"(?:{alternatives(rules_file('kinds.toml')['called']['verbs'])})[ \t]+['\"‘“]"
    r"(?P<name>(?:The[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,5})['\"’”]"
)


@cache
def _suffix_heads() -> dict[str, HeadRule]:
    """The head rules a name ends with, by their words ("country team")."""
    return {" ".join(h.head): h for h in kinds().heads if not h.prefix}


def _kinds_alternation() -> str:
    return "|".join(sorted(kinds().kind_acronyms, key=len, reverse=True))


@cache
def _kind_acronym_pattern() -> re.Pattern[str]:
    """An acronym, perhaps a capitalised place, then a kind's acronym, each a whole token."""
    return re.compile(
        rf"(?<![\w-])(?P<acronym>[A-Z][A-Za-z&]{{1,9}})[ \t]+"
        rf"(?:(?P<place>[A-Z][\w'’-]+)[ \t]+)?(?P<kind>{_kinds_alternation()})(?![\w-])"
    )


@cache
def _topic_acronym_pattern() -> re.Pattern[str]:
    """A kind's acronym, perhaps after "Sub-", and perhaps "on" and a capitalised topic."""
    return re.compile(
        rf"(?<![\w-])(?P<head>(?:Sub-)?(?P<kind>{_kinds_alternation()}))"
        rf"(?:[ \t]+on[ \t]+(?P<topic>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){{0,3}}))?"
        rf"(?![\w-])"
    )


@cache
def _anaphor_nouns(words: frozenset[str], any_case: bool) -> re.Pattern[str]:
    """A noun that refers back after "the" or "this": capitalised, only to a body it heads ("the
    Partnership", "This Coalition": ``named_anaphora`` in kinds.toml); in any case, to the last
    name it ends ("the council", "The Commission": ``headed_anaphora``)."""
    nouns = "|".join(sorted(words if any_case else (w.capitalize() for w in words)))
    return re.compile(
        rf"\b(?:[Tt]he|[Tt]his)\s+(?P<noun>{nouns})\b(?!\s+(?:{_MODIFIED}|of)\b)(?!-)",
        re.IGNORECASE if any_case else 0,
    )


_HEADING_LINE = re.compile(r"^[ \t]*#{1,6}[ \t][^\n]*", re.MULTILINE)


_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"[ \t]*[-*•][ \t]")
_BULLET_NAME = re.compile(
    r"[ \t]*[-*•][ \t]+(?P<name>[A-Z][\w’'-]*(?:(?:,[ \t]+|[ \t]+(?:(?:and|&|of|for|on)[ \t]+)?)"
    r"[A-Z][\w’'-]*)*)(?:[ \t]*\((?P<acronym>[A-Z][A-Za-z&-]{1,11})\))?"
)
"""A bullet's leading name of capitalised words, maybe with its acronym in brackets."""


def _shifted(m: re.Match[str], base: int) -> tuple[int, int]:
    return base + m.start("name"), base + m.end()


def _in_headings(text: str, bodies: list[Mention]) -> list[Mention]:
    """The bodies named in a heading line, in text order (one walk of both lists)."""
    out: list[Mention] = []
    spans = [(h.start(), h.end()) for h in _HEADING_LINE.finditer(text)]
    k = 0
    for m in bodies:
        while k < len(spans) and spans[k][1] < m.start:
            k += 1
        if k < len(spans) and spans[k][0] <= m.start and m.end <= spans[k][1]:
            out.append(m)
    return out


def _headings_in_full(text: str, mentions: list[Mention]) -> list[Mention]:
    """A heading's or the title's body named in full under it ("# Steering Committee" over
    "the Steering Committee of the X Platform ... The Committee is co-chaired by"): the
    anaphors after the full name refer to it, not to the short name (one walk in text order)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    title_end = text.find("\n") if "\n" in text else len(text)
    headings = {id(m) for m in _in_headings(text, ordered)}
    headings.update(id(m) for m in ordered if m.end <= title_end)
    short: dict[tuple[str, ...], Entity] = {}  # a heading's name -> its entity
    full: dict[str, Entity] = {}  # a heading's entity's key -> the name that goes on from it
    out: list[Mention] = []
    for m in ordered:
        words = tuple(m.entity.name.lower().split())
        if id(m) in headings:
            short[words] = m.entity
            full.pop(m.entity.key, None)
        elif m.rule == ANAPHORA_RULE and m.entity.key in full:
            m = replace(m, entity=full[m.entity.key])
        else:
            for n in range(1, len(words)):
                named = short.get(words[:n])
                if named is not None and named.kind == m.entity.kind and words[n] in QUALIFIERS:
                    full[named.key] = m.entity
        out.append(m)
    return out


def _headed_by(m: Mention, word: str) -> bool:
    """Whether a body's name is headed by the anaphor's noun ("the sector": "Protection
    Sector", not "Nutrition Cluster")."""
    surface = " ".join(m.surface.lower().split())
    return bool(re.search(rf"\b{word}s?\b", surface))


def _place_word(t: _Tok) -> bool:
    """A word that can be part of a place's name before "state"/"province"... ("Upper Nile")."""
    return (
        t.entity is None
        and not t.expanded
        and t.text[:1].isupper()
        and t.low not in _FUNCTION
        and t.low not in _NOT_PLACES
        and not _COMPASS.match(t.text)
        and not _NUMBER_WORD.fullmatch(t.low)
        and t.text.replace("-", "").replace("'", "").replace("’", "").isalpha()
    )


_UNITS = alternatives(words_of("en", "numbers")[1:10])  # "one" .. "nine" (languages.toml)
_NUMBER_WORD = re.compile(
    rf"(?:{alternatives(words_of('en', 'numbers'))}|\w+teen"
    rf"|(?:{alternatives(words_of('en', 'tens'))})(?:-(?:{_UNITS}))?)"
)
"""A number written out ("Twenty-three counties"): how many places, not a place's name."""


def _absorb_parenthesised(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the United Nations Population Fund (UNFPA)": an acronym in parentheses that names the
    same entity as the name before it is part of that mention, though it does not spell the
    name (so it is no definition), and the two are one item of a list, not two.  So is a body
    of the same kind named whole in parentheses, the page's other language ("National Platform
    for Disaster Risk Prevention (Plateforme nationale de prévention des risques)")."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and (
                m.entity.key == last.entity.key
                or (m.entity.kind == last.entity.kind and kinds().is_("body", m.entity.kind))
            )
            and text[last.end : m.start].strip() == "("
            and text[m.end : m.end + 1] == ")"
        ):
            out[-1] = replace(last, end=m.end + 1, surface=text[last.start : m.end + 1])
            continue
        out.append(m)
    return out


@cache
def _seat_after_pattern() -> re.Pattern[str]:
    """ " Chair", " Co-Chair" ... right after a body's acronym (``kinds.toml``)."""
    return re.compile(rf"[ \t]+(?i:{alternatives(kinds().seats_after)})(?![\w-])")


_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z0-9]")
"""A capitalised word next: the seat's word goes on into a longer name ("the LCG Chair Office")."""


@cache
def _office_pattern() -> re.Pattern[str]:
    """ " Country Office", " Chief of Mission" ... right after a name (``kinds.toml``)."""
    return re.compile(rf"[ \t]+(?i:{alternatives(kinds().offices)})(?![\w-])")


def _gap_start(text: str, start: int) -> int:
    """Where the commas and spaces before ``start`` begin (a few characters at most)."""
    j = start
    while j > max(0, start - 8) and text[j - 1] in ", \t":
        j -= 1
    return j


_POSSESSIVE = re.compile(r"['’]s[ \t]+")
"""Between an organisation and the office of its that a title rule names ("the Ministry of
Health's Director General")."""


@cache
def _office_title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An office title ending right before "of (the)" and an organisation ("the Representative
    of "), and one after the organisation's possessive ("'s Deputy Representative";
    ``kinds.toml``, offices.titles)."""
    titles = alternatives(kinds().office_titles)
    return (
        re.compile(rf"(?<![\w-])(?i:{titles})[ \t]+of[ \t]+(?:the[ \t]+)?$"),
        re.compile(rf"['’]s[ \t]+(?i:{titles})(?![\w-])"),
    )


@cache
def _introduced_pattern() -> re.Pattern[str]:
    """ "the <modifier> <noun> <Name> (<ACRONYM>)", the nouns from ``kinds.toml``."""
    nouns = alternatives(kinds().introducers)
    word = r"[A-Z][\w'’-]*"
    return re.compile(
        rf"(?i:\b(?:the|an?)\s+(?P<modifier>(?:[a-z][\w-]*\s+)?)(?P<noun>{nouns}))\s+"
        rf"(?P<name>{word}(?:\s+(?:(?:of|to|for|and|on|the)\s+)?{word})*)"
        r"\s*\((?P<acronym>[^()\s]{2,12})\)"
    )


@cache
def _body_head_keys() -> tuple[tuple[str, bool], ...]:
    """The comparison keys of every body head, longest first, each with whether it is a bare
    group word (``variant_heads`` in kinds.toml)."""
    rules = phrase_rules()
    heads = {h.name for h in rules.heads} | set(kinds().body_heads)
    keys = {name_key(h): name_key(h) in rules.variants for h in heads}
    keys.update((v, True) for v in rules.variants)
    return tuple(sorted(keys.items(), key=lambda kv: -len(kv[0])))


def _topic_of(name: str) -> tuple[str, bool]:
    """The comparison key of a body's name without its head ("legal aid" of "Legal Aid
    sub-working group"), and whether that head is a bare group word; "" for no head."""
    key = name_key(name)
    for head, variant in _body_head_keys():
        if key.endswith(" " + head):
            return key[: -len(head) - 1], variant
    return "", False


@cache
def _bare_group() -> re.Pattern[str]:
    """Capitalised words, then a bare group word ("Legal Aid group")."""
    words = "|".join(
        r"\s+".join(map(re.escape, v.split()))
        for v in sorted(phrase_rules().variant_words, key=len, reverse=True)
    )
    return re.compile(rf"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,3}}[ \t]+(?i:{words})\b")


def _after_expansion(toks: list[_Tok], i: int) -> bool:
    """Token ``i`` is written right after an acronym's expansion, not part of it ("the PCWG
    cluster")."""
    return i > 0 and toks[i - 1].expanded and not toks[i].expanded


def _level_word(t: _Tok) -> bool:
    """A capitalised level word ("National", "District"): in front of a known body it stays in
    that body's name, which is then another name than the known one (C9)."""
    return t.entity is None and not t.expanded and t.text[:1].isupper() and t.low in NAME_LEVELS


def _topic_word(t: _Tok) -> bool:
    """A capitalised word of what a body coordinates or how ("Child", "Gender", "Operational"),
    not a level ("National"): in front of a known body it names another one."""
    rules = phrase_rules()
    low = t.low
    return (
        t.entity is None
        and not t.expanded
        and t.text[:1].isupper()
        and (low in rules.topics or low in rules.modifiers)
        and low not in NAME_LEVELS
        and low != "humanitarian"
    )


_ITEM_SEP = re.compile(
    r"[ \t]*(?:([,;\n]|[ \t](?:and|&)[ \t])|(?:(?<!\b[A-Z]\.[A-Z])\.|[:!?()])(?:\s|$)|$)"
)
"""What ends a list's item: a separator that goes on the list (group 1), else an end; an
initialism's last stop is none ("U.S. Postal Service" is one item), a lone capital's is
("Group A. The ..." ends there)."""
_ITEM_START = re.compile(r"(?:[ \t]*(?:[-*•]|\d+[.)])?[ \t]+|[ \t]*)(?:the[ \t]+)?", re.I)
_SERIAL_AND = re.compile(r"(?:and|&)[ \t]+(?:the[ \t]+)?", re.I)
"""The "and" of a serial comma opening a list's last item ("..., ECHO, and KSR")."""
_ACRONYM_ITEM = re.compile(r"[A-Z][A-Za-z0-9&/-]{1,9}")
# a seat alone on a list's line, a deputy's too ("Chairman", "Vice Chairman", "Co-Chair"): the
# heading of the names under it, no organisation's name (persons.toml [seat] nouns)
_SEAT_ITEM = re.compile(
    with_words(
        r"(?:(?:{words:deputy}|co)[- ]?)?(?:{seat})s?",
        seat=rules_file("persons.toml")["seat"]["pattern"],
    ),
    re.IGNORECASE,
)
_ITEM_SHORT = re.compile(r"[ \t]+\(([^()\n]{2,16})\)(?=[ \t]*(?:[,;\n]|$))")
_ITEM_WITH_SHORT = re.compile(r"([^(),;\n]{2,80}?)" + _ITEM_SHORT.pattern)
_LIST_OPENER = re.compile(
    r"(?:\b(?:of|including|includes|include|namely|such[ \t]+as|are|were|by)|:)"
    r"[ \t]+(?:the[ \t]+)?\Z"
)
"""The words that open a list of members before its first name ("composed of", "including")."""
_NAME_ITEM = re.compile(
    r"(?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[\w'’.&-]{2,}"  # "Oxfam", "eHealth"
    r"(?:[ \t]+(?:[A-Z0-9][\w'’.&-]*|of|for|the|and|&|de|du|des|la|le|al|el|y)){0,7}"
)


def _lists(text: str, by_start: dict[int, Mention]) -> Iterator[list[tuple[int, int]]]:
    """The items of each list: stretches of text between separators (",", ";", a line break,
    "and"), a list ending at a full stop, a colon or a bracket.  A mention is one item whatever
    it holds, and so is "X and Y" before a comma ("Fund for Peace and Justice, IRC and NRC":
    a list's "and" comes before its last item).  One walk of the text."""
    pos, n = 0, len(text)
    items: list[tuple[int, int]] = []
    joined = False  # the last item ended with "and"

    def _whole(item: tuple[int, int]) -> bool:
        """ "..., Terre des Hommes and CHCA, and funded by": an item that is a whole name the
        reference data knows stays one, the "and" after it ends it (a name read from its head
        may go on: "Mercy USA for Aid and Development")."""
        m = by_start.get(item[0])
        return m is not None and m.end == item[1] and m.rule == "reference"

    comma = False  # the last separator was a comma
    while pos < n:
        start = _ITEM_START.match(text, pos).end()  # type: ignore[union-attr]
        if comma and (serial := _SERIAL_AND.match(text, start)) is not None:
            start = serial.end()  # "..., ECHO, and KSR": not after a semicolon ("; and Mary")
        core_end, at = _item_core(text, start, by_start.get(start))
        sep = _ITEM_SEP.search(text, at)
        assert sep is not None  # "$" always matches
        pos = max(sep.end(), start + 1)
        link = sep.group(1)
        if joined and link is not None and link.strip() in (",", ";") and not _whole(items[-1]):
            start = items.pop()[0]
        items.append((start, core_end if sep.start() == at and core_end else sep.start()))
        joined = link is not None and link.strip() in _TITLE_JOINS
        comma = link is not None and link.strip() == ","
        if link is None or pos >= n:
            yield items
            items, joined = [], False


def _item_core(text: str, start: int, m: Mention | None) -> tuple[int | None, int]:
    """Where an item's name ends and where its separator is looked for: "18. Médecins du Monde
    (MDM)" and "Mercy Corps (MC)" end before their short form, which neither ends the list nor
    joins the name."""
    if m is not None:
        paren = _ITEM_SHORT.match(text, m.end)
        return m.end, paren.end() if paren and _short_form(paren.group(1)) else m.end
    item = _ITEM_WITH_SHORT.match(text, start)
    if item is None or not _short_form(item.group(2)):
        return None, start
    return item.end(1), item.end()


def _short_form(inside: str) -> bool:
    """What a parenthesis after a listed name holds when it abbreviates it ("MDM", "HD
    Centre"), not a remark ("and 5 observers")."""
    return sum(c.isupper() for c in inside) >= 2 and not inside[:1].isdigit()


def _topic_phrase(toks: list[_Tok]) -> bool:
    """Every word names what bodies work on ("Mine Action"): a topic, not a name."""
    topics = phrase_rules().topics
    return len(toks) > 1 and all(t.entity is None and t.low in topics for t in toks)


def _same_acronym(left: _Tok, right: _Tok) -> bool:
    """Two tokens of one acronym's expansion: they belong to one name."""
    return left.expanded and right.expanded and left.start == right.start


def _known_place(t: _Tok) -> bool:
    """A token that is a place the reference data or the country's areas name."""
    return t.entity is not None and kinds().is_("place", t.entity.entity.kind)


def _place_like(t: _Tok) -> bool:
    """A known place, or a word that can be part of a place's name."""
    return _known_place(t) or _place_word(t)


def _hub_name_word(t: _Tok) -> bool:
    """A token of the name written before "hub": a capitalised word, an acronym's expansion,
    or a known body or place ("the Bentiu CCCM hub")."""
    if t.entity is not None:
        return _known_place(t) or kinds().is_("body", t.entity.entity.kind)
    return t.expanded or (t.text[:1].isupper() and t.low not in _FUNCTION and t.text[0].isalnum())


def _main_country(refs: list[Mention], text: str) -> str | None:
    """The ISO code of the country a document names most, if it names one; of two named as
    often, the one whose first-level areas it names more ("returnees from Niger" and "OCHA
    Nigeria" once each in minutes about Adamawa's sector: Nigeria)."""
    counts: dict[str, int] = {}
    for m in refs:
        code = dict(m.entity.identifiers).get("iso3166", "")
        if m.entity.kind == "Country" and code:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    tied = [c for c in counts if counts[c] == top]
    if len(tied) == 1:
        return tied[0]
    return max(tied, key=lambda c: _areas_named(c, text))


def _areas_named(country: str, text: str) -> int:
    """How many times the text names a first-level area of the country (one pass)."""
    names = {n for e, aliases in subdivisions(country) for n in (e.name, *aliases)}
    if not names:
        return 0
    return sum(1 for _ in _any_of(tuple(sorted(names, key=lambda n: (-len(n), n)))).finditer(text))


def _spaced_names(definitions: list[AcronymDefinition]) -> dict[str, list[str]]:
    """Acronyms of two words ("REF TF") and the long forms of those that take in another
    acronym ("REF Taskforce"), by their first word, longest first."""
    out: dict[str, set[str]] = {}
    for d in definitions:
        if " " not in d.acronym:
            continue
        first = d.acronym.split()[0]
        out.setdefault(first, set()).add(d.acronym)
        if d.long.split()[0] == first:
            out[first].add(d.long)
    return {w: sorted(names, key=len, reverse=True) for w, names in out.items()}


def _dedupe_expansions(toks: list[_Tok]) -> list[_Tok]:
    """Drop a head word repeated by an expansion: "CCCM Cluster" where CCCM already ends in
    "Cluster"."""
    out: list[_Tok] = []
    for t in toks:
        if out and out[-1].expanded and not t.expanded and out[-1].low == t.low:
            continue
        out.append(t)
    return out


@cache
def _alone_names(names: tuple[str, ...], roles: tuple[str, ...]) -> re.Pattern[str]:
    """The names that stand alone (kinds.toml ``[alone]``), not followed by "of", a hyphen or a
    capitalised word ("Government Ministries", "Government Appeal") but a role word
    ("Government Chair", a table's row)."""
    alternatives = "|".join(re.escape(n) for n in names)
    role = "|".join(r"\s+".join(map(re.escape, r.split())) for r in roles)
    return re.compile(
        rf"(?<![\w-])(?:{alternatives})(?![\w-])(?![ \t]+of\b)"
        rf"(?![ \t]+(?!(?i:{role})(?![\w-]))(?-i:[A-Z]))"
    )


_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t]+$")
"""The word right before a position (``.search(text, pos - 40, pos)``)."""


_ELIDED = frozenset(["l'", "l’", "d'", "d’"])
"""The French words written joined to the next by an apostrophe ("l'Enfance", "d'Orientation")."""
_LINKS = frozenset(["on", "for", "of", "the", "to", "de", "du", "des", "la", "del", "da", "do",
                    "dos", "das", "para", "sobre", "pour", "sur", "voor", "für", *_ELIDED,
                    *and_words()])  # fmt: skip
"""Small words inside a name, before its next capitalised word; the French, Spanish and
Portuguese ones too ("Direction Régionale de la Santé Publique"); single tokens only, as a
token is matched against them (a phrase, "as well as", would never match)."""
_ARTICLES = frozenset(language_words("articles"))
# an article joined to the preposition before it ("al", "del", "du", "pelo"): no word of a name
_CONTRACTED = frozenset(w for w in language_words("list_articles") if " " not in w)
_ALSO_ENGLISH = frozenset(language_words("articles_also_english"))
_ROMANCE_OR = frozenset(language_words("or"))
"""A Romance "or" between two capitalised words of a name ("Naturales o Antropogénicos")."""
_BEFORE_ARTICLE = frozenset(["on", "for", "de", "para", "pour"])
"""Small words an article may follow inside a name ("Network for the SUN Movement", "de la
Santé", a Romance body's purpose "para la Prevención", "pour la Gestion"); "of the" starts
another name as often ("co-lead agency of the Task Force")."""


def _past_of(toks: list[_Tok], k: int) -> int:
    """``k``, past a Romance "of" and its article written there ("de la", "des", "da")."""
    if k < len(toks) and toks[k].low in _OF:
        k += 1
        if k < len(toks) and toks[k].low in _ARTICLES:
            k += 1
    return k


def _linked_word(toks: list[_Tok], j: int, article: bool) -> int | None:
    """Where the name goes on when the small word at ``j`` links it: a capitalised word no
    known name covers comes next, maybe after an article ("Network for the SUN Movement", "de
    la Santé", "pour le Développement", "para o Desenvolvimento"); after "and" not the first
    word of another defined or abbreviated name.  None when the word links nothing."""
    k = j + 1
    if article and k < len(toks) and toks[j].low in _BEFORE_ARTICLE and _article(toks, k):
        k += 1
    if k >= len(toks) or not toks[k].capital or toks[k].entity is not None:
        return None
    if toks[j].low in _TITLE_JOINS and _starts_name(toks[k], toks[j - 1]):
        return None
    return k


def _project_goes_on(toks: list[_Tok], j: int) -> bool:
    """A Romance "of" at ``j``, a project's word in lower case (kinds.toml [lower_names]
    ``projects``) and the project's name after it, capitalised or after its own "of": "du
    projet de la Mutuelle X", "del proyecto Y", "du programme ARC"."""
    if j + 2 >= len(toks) or toks[j].low not in _OF or toks[j + 1].text not in _PROJECTS:
        return False
    after = toks[j + 2]
    if after.low in _LINKS:
        return _linked_word(toks, j + 2, True) is not None
    return after.capital and after.entity is None and after.text[0].isalnum()


def _article(toks: list[_Tok], k: int) -> bool:
    """Token ``k`` is an article; Portuguese "a", "as" only after "para" ("Comissão Nacional
    para a Protecção Civil"), where no English "a" stands."""
    if toks[k].low in _ARTICLES:
        return True
    return toks[k - 1].low == "para" and toks[k].low in _ALSO_ENGLISH


def _in_long_form(left: _Tok, right: _Tok) -> bool:
    """``right`` lies inside the defined long form that holds ``left``."""
    d = left.long_form
    return d is not None and d.long_start <= right.start < d.long_end


def _opens_name(toks: list[_Tok], j: int, article: bool) -> bool:
    """After "on", "for" or "of", token ``j`` starts the rest of a name: a capitalised word no
    known name covers, maybe after "the" ("UN Network for the SUN Movement"), never a
    number ("the SAG for 2024")."""
    after = toks[j - 1].low in _BEFORE_ARTICLE
    if article and after and toks[j].low == "the" and j + 1 < len(toks):
        j += 1
    return toks[j].text[:1].isupper() and toks[j].entity is None


def _ends_long_form(t: _Tok) -> bool:
    """``t`` is the last word of a long form the document defines: its name ends there."""
    return t.long_form is not None and t.end == t.long_form.long_end


def _starts_name(t: _Tok, before: _Tok) -> bool:
    """After an "and", ``t`` starts a name of its own: the first word of a defined long form
    ("... Women Affairs and Horizon Water and Sanitation Alliance (HWSA)") or of another
    acronym's expansion ("MoH and SWSA"), so the "and" joins two names of a list."""
    if t.long_form is not None and t.start == t.long_form.long_start:
        return True
    return t.expanded and not _same_acronym(before, t)


def _enumeration_before(toks: list[_Tok], j: int) -> bool:
    """Before a comma at ``j - 1`` that a name reaches from the right: a capitalised word, and
    after it capitalised words up to an "and" inside the name ("Water, Sanitation and Hygiene
    Sector"), the mirror of ``_enumeration_goes_on``; a list of names has a known name or a
    lower-case word between its commas instead."""
    before = toks[j - 2] if j >= 2 else None
    if before is None or not _name_word(before):
        return False
    k = j
    end = min(len(toks), j + REACH)
    while k < end and (_name_word(toks[k]) or toks[k].low == ","):
        k += 1
    return k > j and k + 1 < len(toks) and toks[k].low == "and" and _name_word(toks[k + 1])


def _name_word(t: _Tok) -> bool:
    """A capitalised word of the text that no known, defined or abbreviated name covers: a
    word of a name being read ("SEDI, RRC and ..." is a list of names)."""
    return (
        t.entity is None
        and t.long_form is None
        and not t.expanded
        and t.text[:1].isupper()
        and t.text[0].isalnum()
        and t.low not in _FUNCTION
    )


def _before_address(toks: list[_Tok], k: int, b: int) -> int:
    """Where a prefix head's name read over ``[k, b)`` ends when an address follows it on its
    line ("Ministry of Labour Shram-Shakti Bhavan New Delhi", "Government of Manipur S Block,
    Secretariat Imphal"): before the building's or street's name, or before the seat column
    closing it ("Government of AJK Member"); ``b`` when none does."""
    if b - 1 > k and toks[b - 1].low == _SEAT_COLUMN:
        b -= 1
    for j in range(k + 1, b):
        low = toks[j].low
        if low in _ADDRESS_OPENS:
            return j
        if low in _ADDRESS_NAMED and toks[j].capital and j - 1 > k:
            return j - 1
    return b


def _tailed(toks: list[_Tok], head: int, b: int) -> bool:
    """A capitalised body head named by what follows it ("the Technical Group for Anticipatory
    Action"): a name though no word stands before the head."""
    return (
        toks[head].capital
        and not toks[head].expanded
        and b > head + 1
        and any(t.low in ("for", "on", "of") for t in toks[head:b])
    )


def post_place(post: Mention, gap: str) -> bool:
    """Whether a place after ``gap`` is the place of the international post ``post`` names
    ("the UN Resident Coordinator for Tanzania", "the UNHCR Representative in Chad"): the scope
    of its roles (convention C10).  A government's own office keeps its place in its title
    ("Governor of Borno"), which the name rules read."""
    office = post.entity.key in _POST_KEYS or post.rule == OFFICE_RULE
    return office and _BEFORE_PLACE.match(gap) is not None


def _unscoped_by_country(mentions: list[Mention], country: str | None) -> list[Mention]:
    """ "the oPt PCWG" in a page about Palestine, "the Iraq CWG" in an Iraqi plan: the
    document's own country before a body is no narrower scope (another country, in a regional
    plan, stays one).  An international post's country stays its roles' scope ("the UN Resident
    Coordinator for Tanzania", convention C10)."""
    if country is None:
        return mentions
    out = []
    for m in mentions:
        place = m.qualifier.place if m.qualifier is not None else None
        own = place is not None and dict(place.identifiers).get("iso3166") == country
        if own and m.rule != OFFICE_RULE:
            level = m.qualifier.level if m.qualifier is not None else None
            m = replace(m, qualifier=Scope(level=level) if level else None)
        out.append(m)
    return out


def _capitalised_before(text: str, at: int) -> bool:
    """Whether the word right before ``at`` is capitalised: then a run of capitalised words
    found before an office is the tail of a longer name, not a person's name.  A word closing
    the sentence or list item before ("... the Ministry of Agriculture. Mary Oduya, Director of
    ...", "...; Paul Otieno, Director of NDMA") is none (a short one with its stop is an
    abbreviation: "Mr.", "U.N.")."""
    before = text[max(0, at - 40) : at].split()
    if not before:
        return False
    last = before[-1]
    stop = last[-1:] in "!?:;" or (last.endswith(".") and len(last) > _ABBREVIATION)
    return last[:1].isupper() and not stop


_ABBREVIATION = 4
"""At most this many characters, with its stop, a word ending in "." is an abbreviation."""


def _unnumbered(toks: list[_Tok], a: int) -> int:
    """Where a name starting at ``a`` starts without its ordinal or its size: "the 1st Steering
    Committee meeting" is a sitting of the Steering Committee (the mention keeps the ordinal,
    so that "chaired the 1st ..." still reaches the body); "a Seventeen (17) Member Disaster
    Management Committee" is the Disaster Management Committee, seventeen strong."""
    if a < len(toks) and _ORDINAL.fullmatch(toks[a].low):
        return a + 1
    sized = a > 0 and (toks[a - 1].text == ")" or toks[a - 1].text[:1].isdigit())
    return a + 1 if sized and a < len(toks) and toks[a].low in ("member", "members") else a


_SCHEDULE = frozenset(words_of("en", "schedule"))  # how often a body meets (languages.toml)


def _unscheduled(toks: list[_Tok], a: int) -> int:
    """Where a meeting's name starts without how often it meets: "Monthly Inter-Agency
    meetings" are the Inter-Agency meetings (a capital the sentence gave the word)."""
    return a + 1 if a < len(toks) and toks[a].low in _SCHEDULE else a


def _remit(t: _Tok) -> bool:
    """A capitalised word no rule named, not a function word, nor the indefinite article of
    another language opening a sentence ("Un Comité ... est créé"; "UN Women" keeps its "UN"):
    a word of a name or remit."""
    return (
        t.entity is None
        and t.capital
        and t.low not in _FUNCTION
        and t.text not in _CAPITAL_INDEFINITE
        and t.text[0].isalnum()
    )


_CAPITAL_INDEFINITE = frozenset(w.capitalize() for w in language_words("indefinite", english=False))


def _strong(t: _Tok) -> bool:
    return t.text[:1].isupper() or t.text[:1].isdigit()


def _after_last_break(text: str, toks: list[_Tok], a: int, i: int) -> int:
    """The first word of an office's title read leftwards from its head at ``i``: a title never
    runs over a comma or a dash ("the Leader of the Opposition, Deputy Governor, Financial
    Secretary" is a list of offices, "The Mayor – Chairman" two words of a table)."""
    for j in range(i, a, -1):
        between = text[toks[j - 1].end : toks[j].start] + toks[j - 1].text
        if any(c in ",;:–—()" for c in between):
            return j
    return a


def _enough_modifiers(modifiers: list[_Tok], head: list[_Tok], sitting: bool = False) -> bool:
    """A name needs a capitalised word besides its head; two when the head is lower case
    ("Mental Health ... technical working group", not "Civil society"), but one before a
    sitting word: meetings are named by what they bring together ("Inter-Agency meetings")."""
    strong = sum(
        _strong(t) and t.low not in _CONNECTORS and not _post_of(modifiers, k)
        for k, t in enumerate(modifiers)
    )
    proper = (
        sitting
        or all(_strong(t) for t in head)
        or head[0].low in ("’s", "'s")  # "Ombudsman's office"
    )
    return strong >= (1 if proper else 2)


def _post_of(toks: list[_Tok], k: int) -> bool:
    """Whether ``toks[k]`` is a post's word before "of" ("A Head of Agency who sits on the
    UNCT chairs it"; "the EU Ambassador/Head of Delegation": the post after a slash): a seat in
    any body of that kind, no word of one's name."""
    word = toks[k].low.rsplit("/", 1)[-1]
    return word in _POSTS_OF and k + 1 < len(toks) and toks[k + 1].low == "of"


_POSTS_OF = frozenset({"head", "heads", "chief", "chiefs"})
_POST_KINDS = frozenset({"Actor", "Office"})  # a post's kinds ("Resident Coordinator")
_TITLE_JOINS = and_tokens()  # "and", "&"
_LIST_JOINS = (",", *_TITLE_JOINS)
_TITLE_WORDS = 5  # words before a title's head ("Principal Secretary", "Deputy Prime Minister")
_NAME_GLUE = ("of", *_TITLE_JOINS, "for", "the")  # words inside an item of a shared head
_PORTFOLIO_REACH = 3 * REACH  # tokens a shared title's portfolios may run over
_REMITS_AT_MOST = 3  # commas before an "and" that parts portfolios, not one portfolio's remits
_OF = frozenset(language_words("of"))  # "de", "da": a portfolio's "of" after a plural title
_ROMANCE_JOINS = frozenset(
    [",", *(w for w in language_words("and", english=False) if " " not in w)]
)
_IN_CHARGE = frozenset(language_words("in_charge"))
_PROJECTS = frozenset(rules_file("kinds.toml")["lower_names"]["projects"])
_ENUMERATION_AND = frozenset({"and", *_ROMANCE_JOINS} - {","})
"""The "and" that ends an enumeration inside a name, in any language ("Works, Reconstruction and
Housing", "Agua, Saneamiento e Higiene", "Planejamento, Desenvolvimento e Gestão")."""
_GLUE_SET = frozenset(_NAME_GLUE)
# an indefinite article right before a name ("an Ad Hoc Task Force", "un comité"), read in a
# few characters, English's only on an English page (keyed by whether it is one): on a
# Portuguese page "a" is the definite article ("a Comissão Nacional"); a sentence's end between
# a name and an anaphor
_INDEFINITE_BEFORE = {
    english: re.compile(
        rf"\b(?:{alternatives(language_words('indefinite', english=english))})[ \t]+\Z",
        re.IGNORECASE,
    )
    for english in (True, False)
}
_INDEFINITE_REACH = 6
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
_INTRODUCED_REACH = 600
"""How far after a body brought in with "a"/"an" its anaphor may stand: two sentences, bounded so
that a page of many anaphors after one such body reads in linear time."""


def _introduced(text: str, last: Mention, anaphor: int, indefinite: re.Pattern[str]) -> bool:
    """Whether the body named last was brought in as a new one, with an indefinite article
    ("has established an Ad Hoc Task Force"), in the sentence before the anaphor or its own and
    in its paragraph: the text's next "the task force" is that body, not the one its title or
    headline names."""
    if anaphor - last.end > _INTRODUCED_REACH:
        return False  # further than a sentence or two: each anaphor reads a bounded span
    before = indefinite.search(text, max(0, last.start - _INDEFINITE_REACH), last.start)
    return (
        before is not None
        and len(_SENTENCE_END.findall(text, last.end, anaphor)) <= 1
        and text.find("\n\n", last.end, anaphor) < 0
    )


def _fuller(last: Mention | None, titled: Mention) -> bool:
    """Whether the body named last spells the title's body in full: every word of the title's
    name in order, and more ("Comissão Nacional de Protecção Civil" after a headline's
    "Comissão de Protecção Civil"), so that an anaphor refers to the name the text settles on."""
    if last is None or last.entity.key == titled.entity.key:
        return False
    words = iter(last.entity.name.lower().split())
    return all(w in words for w in titled.entity.name.lower().split())


def _capitalised(words: str) -> str:
    return words[:1].upper() + words[1:]


def _portfolio_items(toks: list[_Tok], k: int) -> list[tuple[int, int, int]]:
    """The items of a shared plural title from its "of" at ``k``: (where the item's own "of"
    starts, where its words start, where they end).  Items part at a comma or "and" before an
    "of" where any does (a comma inside one is the portfolio's own: "da Acção Social, Família e
    Promoção da Mulher"); else at commas, and the last "and".  When the only such "of" follows
    the list's last "and" and the words before it hold commas with no "and" after the last
    ("de A, B, C y de la D"), that "and" ends a list of single portfolios parted by commas, as
    a portfolio enumerating its own remits ends them with its own "and".  So do commas with an
    "and" after the last when they part more remits than one portfolio lists
    (``_REMITS_AT_MOST``): "de A, B, C, D y E y del F" is five portfolios and F, the "and"
    after the last comma the last one's own ("Seguridad y Protección Ciudadana"), where "de
    A, B y C y de la D" is one portfolio listing its remits, and D.  A bracket closing an
    item ("Salud (Seguro Integral)", the unit under it) is no part of the portfolio's name.
    The list ends before a comma or "and" followed by a lower-case word ("..., así como",
    "... y la PNP") or a known name."""
    j, cuts, commas, opened = k, [], [], {}
    while j < min(len(toks), k + _PORTFOLIO_REACH):
        t = toks[j]
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if t.text == "(" and j > k and toks[j - 1].capital:
            close = _bracket_closing(toks, j)
            if close < 0:
                break
            opened[close + 1] = j  # an item ending after the bracket ends before it
            j = close + 1
            continue
        if t.low in _ROMANCE_JOINS and nxt is not None and nxt.low in _OF:
            cuts.append(j)
        elif t.low in _ROMANCE_JOINS and nxt is not None and nxt.capital and nxt.entity is None:
            commas.append(j)
        elif not (t.entity is None and t.text[0].isalnum() and (t.capital or t.low in _LINKS)):
            break
        j += 1
    j = opened.get(j, j)
    while j > k and not toks[j - 1].capital:
        j -= 1
    cuts = [c for c in cuts if c < j]  # a cut among the lower-case words trimmed off the end
    before = [c for c in commas if cuts and c < cuts[0]]
    parted = [c for c in before if toks[c].low == ","]
    if (
        len(cuts) == 1
        and toks[cuts[0]].low != ","
        and before
        and (toks[before[-1]].low == "," or len(parted) >= _REMITS_AT_MOST)
    ):
        splits = [*parted, *cuts]  # "de A, B, C y de la D", "de A, B, C, D y E y del F"
        edges = [k, *(c + 1 for c in splits)]
        ends = [*splits, j]
    elif cuts:
        edges = [k, *(c + 1 for c in cuts)]
        ends = [*cuts, j]
    else:
        parts = [c for c in commas if c < j and toks[c].low == ","]
        joins = [
            c for c in commas if c < j and c > (parts[-1] if parts else k) and toks[c].low != ","
        ]
        if not parts:
            return []
        splits = [*parts, *joins[-1:]]
        edges = [k, *(c + 1 for c in splits)]
        ends = [*splits, j]
    out = []
    for a, e in zip(edges, ends, strict=True):
        e = opened.get(e, e)
        s = a
        while s < e and toks[s].low in _LINKS:
            s += 1  # "das", "de la": the item's own "of"
        if s >= e:
            return []
        out.append((a, s, e))
    return out


_LOWER_PORTFOLIO_WORDS = 4  # words besides its small ones a lower-case portfolio may hold
_LIST_SIGNS = frozenset([",", ".", ";", ":"])


def _lower_portfolio_items(toks: list[_Tok], k: int) -> list[tuple[int, int, int]]:
    """The items of a shared plural title whose portfolios are written in lower case, each after
    its own "of" ("les ministres de la communication, de la coopération et de l'intégration
    africaine, des transports, des mines, le secrétaire général ..."), as
    ``_portfolio_items`` gives them.  Items part at a comma before an "of", and at an "and"
    before one only after the list's last such comma: an "and" the list goes on after joins two
    remits of one portfolio ("de la coopération et de l'intégration africaine, des mines").  The
    list ends at a comma or "and" before no "of", or at a stop; every item holds lower-case
    words only, one to ``_LOWER_PORTFOLIO_WORDS`` of them besides the small words, none opening
    the clause after a name ("ont", "qui": kinds.toml [against] ``ends``) and no "or" ("de la
    provincia o su delegado": a stand-in follows).  Empty when an item is no such portfolio or
    the list does not end at a sign."""
    if k >= len(toks) or toks[k].low not in _OF:
        return []
    joins, j = [], k
    while j < len(toks):
        t, nxt = toks[j], toks[j + 1] if j + 1 < len(toks) else None
        if t.low in _ROMANCE_JOINS:
            if nxt is None or nxt.low not in _OF:
                break
            joins.append(j)
        elif t.entity is not None or t.capital or not t.text[0].isalpha():
            break
        elif t.low in _AGAINST_ENDS or t.low in _ROMANCE_OR:
            return []  # "... de la provincia o su delegado": a stand-in, no portfolio
        j += 1
    if j < len(toks) and toks[j].low not in _LIST_SIGNS and toks[j].low not in _ROMANCE_JOINS:
        return []  # "les ministres de la santé (...)", a name after the words: no such list
    commas = [c for c in joins if toks[c].low == ","]
    cuts = [c for c in joins if toks[c].low == "," or c > (commas[-1] if commas else -1)]
    out = []
    for a, e in zip([k, *(c + 1 for c in cuts)], [*cuts, j], strict=True):
        s = a
        while s < e and toks[s].low in _LINKS:
            s += 1  # "de la", "des": the item's own "of"
        remit = [t for t in toks[s:e] if t.low not in _LINKS]
        if not toks[s:e] or not 0 < len(remit) <= _LOWER_PORTFOLIO_WORDS:
            return []
        out.append((a, s, e))
    return out


_BRACKET_REACH = 12  # tokens a bracket after a portfolio may hold


def _bracket_closing(toks: list[_Tok], j: int) -> int:
    """The index of the ")" closing the bracket opened at ``j`` within a few tokens, none
    opened again inside; -1 when there is none."""
    for i in range(j + 1, min(len(toks), j + _BRACKET_REACH)):
        if toks[i].text == ")":
            return i
        if toks[i].text == "(":
            return -1
    return -1


def _expansion_start(toks: list[_Tok], i: int) -> int:
    """The first token of the acronym's expansion that token ``i`` is in (its tokens share the
    acronym's offset); ``i`` for a word written out."""
    while i > 0 and toks[i - 1].start == toks[i].start:
        i -= 1
    return i


def _capital_of(toks: list[_Tok], k: int, b: int) -> bool:
    """Whether the words ``toks[k:b]`` after a head hold an "of" ("de", "da") with a capitalised
    word after it ("Secretaria Nacional de Saúde")."""
    return any(toks[j].low in _OF and any(t.capital for t in toks[j + 1 : b]) for j in range(k, b))


def _lower_run(toks: list[_Tok], k: int, words: frozenset[str]) -> int:
    """Where a name's run of ``words`` from token ``k`` ends, written in any case, small words
    of a name between two of them ("cluster protection de l'enfance"), a remit of fighting a
    threat among them ("de prévention et de lutte contre la grippe aviaire"); ``k`` when none."""
    j = end = k
    while j < min(len(toks), k + REACH):
        if (fought := _against(toks, j)) > j:
            j = end = fought
            continue
        if not (toks[j].low in words or toks[j].low in _LINKS):
            break
        j += 1
        if toks[j - 1].low in words:
            end = j
    return end


_AGAINST = rules_file("kinds.toml")["against"]
_AGAINST_OPENS = frozenset(tuple(w.split()) for w in _AGAINST["opens"])
_AGAINST_ARTICLES = frozenset(_AGAINST["articles"])
_AGAINST_ENDS = frozenset(_AGAINST["ends"])


def _against(toks: list[_Tok], j: int) -> int:
    """Where a remit of fighting a threat opening at token ``j`` ends ("lutte contre la grippe
    aviaire"), the threat's words up to a sign, a small word of a name or a word that opens the
    clause after it (kinds.toml [against]); ``j`` when none opens there or no word follows."""
    opener = next((o for o in _AGAINST_OPENS if _lows(toks, j, len(o)) == o), None)
    if opener is None:
        return j
    k = j + len(opener)
    if k < len(toks) and toks[k].low in _AGAINST_ARTICLES:
        k += 1
    end = k
    while (
        end < min(len(toks), k + _AGAINST["words"])
        and toks[end].text[:1].isalpha()
        and toks[end].entity is None
        and toks[end].low not in _LINKS
        and toks[end].low not in _AGAINST_ENDS
    ):
        end += 1
    return end if end > k else j


def _lows(toks: list[_Tok], j: int, n: int) -> tuple[str, ...]:
    """The lower-cased words of the ``n`` tokens from ``j`` (fewer at the text's end), to
    compare with a phrase of a word list."""
    return tuple(t.low for t in toks[j : j + n])


def _join(toks: list[_Tok]) -> str:
    """Join name tokens with spaces, but not before a comma or a possessive, nor after an
    elided article or "de" ("de l'Enfance", "Comité d'Orientation")."""
    out, elided = "", False
    for t in toks:
        if out and not (t.text in ",;" or t.low in ("’s", "'s") or elided):
            out += " "
        out += t.text
        elided = t.low in _ELIDED
    return out


def _left_owner(toks: list[_Tok], a: int) -> bool:
    return a > 0 and toks[a - 1].entity is not None


class _Antecedents:
    """The bodies an anaphor ("the cluster") can refer to, in text order.

    The smallest end of every prefix and of every suffix make "the first (last) of them that
    ends by x" a bisection, though a mention that absorbed its "(ACR)" may end after the next
    one starts."""

    def __init__(self, bodies: list[Mention]) -> None:
        self.bodies = bodies
        self._front = list(accumulate((-m.end for m in bodies), max))  # -min of each prefix
        self._back = list(accumulate((m.end for m in reversed(bodies)), min))[::-1]
        self._rules = {m.entity.key: m.rule for m in reversed(bodies)}

    def first_ending_by(self, x: int) -> Mention | None:
        i = bisect_left(self._front, -x)
        return self.bodies[i] if i < len(self.bodies) else None

    def last_ending_by(self, x: int) -> Mention | None:
        i = bisect_right(self._back, x) - 1
        return self.bodies[i] if i >= 0 else None

    def rule(self, entity: Entity) -> str:
        """The rule of the first of them that names ``entity``."""
        return self._rules[entity.key]

    def most_named(self) -> Entity:
        """The body named most often (the first named of a tie)."""
        counts = Counter(m.entity.key for m in self.bodies)
        top = max(counts.values())
        return next(m.entity for m in self.bodies if counts[m.entity.key] == top)


class _FirstNamed:
    """The first of the names found so far that starts with a given name, word by word
    ("Area-Based Coordination" starts "Area-Based Coordination Group").

    Names are only ever added at the end of the list, so a first one found stays the first:
    each answer is remembered with how far the list had been read."""

    def __init__(self, found: list[Mention]) -> None:
        self._found = found
        self._seen: dict[str, tuple[int, Entity | None]] = {}

    def __call__(self, name: str) -> Entity | None:
        read, entity = self._seen.get(name, (0, None))
        head = name + " "
        for k in range(read, len(self._found)):
            if entity is not None:
                break
            if name_key(self._found[k].entity.name).startswith(head):
                entity = self._found[k].entity
        self._seen[name] = (len(self._found), entity)
        return entity


def find_mentions(text: str, resolver: Resolver, country: str | None = None) -> list[Mention]:
    """Recognise every entity mention in a cleaned document text.

    ``country`` (ISO 3166-1) is the document's country when its metadata gives it; otherwise
    the country the text names most is taken, so that names holding only there are read."""
    return Recogniser(text, resolver, country).mentions()


@cache
def _any_of(names: tuple[str, ...]) -> re.Pattern[str]:
    """One whole-word regex of these names, longest first: compiled once per country, not once
    per document (a country's areas have hundreds of spellings)."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])")
