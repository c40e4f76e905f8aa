"""Which kinds (ontology classes) a name can have, and what each kind can do in a sentence.

Read from ``rules/kinds.toml``: head nouns that type names the reference data lacks,
and the families of kinds (actors hold roles, bodies have them, places scope them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from coordkg.graph.extract.language import plurals
from coordkg.graph.extract.rulefiles import rules_file, with_word_lists


@dataclass(frozen=True)
class HeadRule:
    """A head noun: a name ending (suffix) or starting (prefix) with ``head`` is a ``kind``."""

    id: str
    head: tuple[str, ...]  # lower-cased words
    kind: str
    prefix: bool
    standalone: bool = False  # the head alone is a name ("Area-Based Coordination Group")
    title: bool = False  # a person's office ("Minister of ..."): "of" an organisation goes on it
    cased: bool = False  # a head only as a capitalised word ("Meeting", never "meeting")
    renamed: str | None = None  # the name's usual form, its modifiers at {} ("Office of the {}")
    of_party: bool = False  # "Embassy of Japan": the country or organisation after it is named
    sitting: bool = False  # "Meeting": after a body's head, one sitting of that body
    after: frozenset[str] = frozenset()  # a head only after one of these words ("le Cluster")
    lower: frozenset[str] = frozenset()  # words of the name even in lower case ("protection")
    # after one of these of its ``after`` words ("- Secretaria"), a head only with a capitalised
    # complement after its "of" ("- Secretaria de Saúde", not "- Secretaria Ejecutiva: A")
    of_after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class AcronymShape:
    """An acronym whose letters say its kind though no document spells it out."""

    id: str
    pattern: re.Pattern[str]
    kind: str


@dataclass(frozen=True)
class AcronymSlots:
    """Where an acronym no document spells out stands for a body or a holder: a role
    statement's body slot (right after a seat noun and "of", right before a passive role) or
    its holder's (right after a passive role's "by", right before "is part of")."""

    id: str
    kind: str
    token: re.Pattern[str]  # .finditer: an all-capitals token standing alone
    before: re.Pattern[str]  # .search ending at the token
    ends: re.Pattern[str]  # .match right after the token in a `before` slot: the name ends
    after: re.Pattern[str]  # .match right after the token


@dataclass(frozen=True)
class NumberedBody:
    """A head or its acronym followed by a number ("ESF #6"): one body per number."""

    id: str
    head: str  # as the body's name writes it ("Emergency Support Function")
    acronym: str
    kind: str
    pattern: re.Pattern[str]  # group "number"

    def name(self, number: str) -> str:
        return f"{self.head} #{int(number)}"


def _numbered(rule: dict[str, str]) -> NumberedBody:
    """The rule of one ``[[numbered]]`` table: the head (any case, maybe with its acronym in
    brackets) or the acronym, a "#", "-" or "No." or nothing, then one or two digits."""
    head = r"\s+".join(map(re.escape, rule["head"].split()))
    acronym = re.escape(rule["acronym"])
    pattern = re.compile(
        rf"(?<![\w-])(?:(?i:{head})(?:\s*\({acronym}\))?|{acronym})"
        rf"(?:\s?#\s?|-|\s(?:No\.\s?)?)(?P<number>\d{{1,2}})(?![\d,.]?\d)"
    )
    return NumberedBody(rule["id"], rule["head"], rule["acronym"], rule["kind"], pattern)


def _acronym_slots(rule: dict[str, str]) -> AcronymSlots:
    """A rule of ``[[acronym_slots]]``: its token stands alone (no letter, digit or hyphen on
    either side, so "Sub-TWG" or "CDEMA-CU" is no such token)."""
    token = re.compile(rf"(?<![\w-]){rule['token']}(?![\w-])")
    before, ends = re.compile(rule["before"]), re.compile(rule["ends"])
    return AcronymSlots(rule["id"], rule["kind"], token, before, ends, re.compile(rule["after"]))


@dataclass(frozen=True)
class Kinds:
    """The head rules, longest first, and the kind families."""

    heads: tuple[HeadRule, ...]
    families: dict[str, frozenset[str]]
    place_heads: dict[str, str]  # "state" -> "State"
    appositions: dict[str, str]  # "national ngo" -> "NationalNGO"
    introducers: dict[str, str]  # "ngo" -> "NGO": nouns written before a name they type
    anaphora: dict[str, frozenset[str]]  # "cluster" -> kinds it may refer to
    named_anaphora: frozenset[str]  # "partnership": "the Partnership" names the last such body
    headed_anaphora: frozenset[str]  # "council": "the council" names the last name it ends
    by_first_word: dict[str, tuple[HeadRule, ...]]  # token form -> rules it may start, in order
    hubs: frozenset[str]  # every form of the words for a body's local hub ("hub", "hubs")
    hub_lead_words: frozenset[str]  # words that may stand before a hub of the last body
    offices: tuple[
        str, ...
    ]  # words after an organisation that leave it the same ("Representative")
    office_titles: tuple[str, ...]  # "Representative" of "the Representative of UNHCR"
    posts_of: frozenset[str]  # "Officer" of "Chief Executive Officer of X": no name goes on
    seats_of: frozenset[str]  # "Secretary" of "as Secretary of X", no title word before it
    seats_after: frozenset[str]  # "Chair" of "the LCG Chair": a seat after a defined acronym
    records_of: frozenset[str]  # "Minutes" of "Minutes of X Working Group": no name goes on
    portfolios: frozenset[str]  # "extérieures", "civile": go on a French portfolio's noun
    role_words: frozenset[str]  # "lead" of "Cluster Lead Agency": a role noun, no actor
    agency_role_words: frozenset[str]  # "Primary" of "Primary Agency", before "agency" only
    acronym_shapes: tuple[AcronymShape, ...]  # "MoPHP": undefined, yet plainly a ministry
    acronym_slots: tuple[AcronymSlots, ...]  # "The CSSSC is chaired by": undefined, yet a body
    numbered: tuple[NumberedBody, ...]  # "ESF #6": a body named by its number
    generic_items: frozenset[str]  # "Others" ending a list of organisations: no name
    addresses: frozenset[str]  # "Hon'ble" before an office's title: no word of its name
    alone: dict[str, str]  # "Government" -> "Government": a name standing alone, capitalised
    alone_roles: tuple[str, ...]  # "chair": may follow such a name ("Government Chair")
    kind_acronyms: dict[str, str]  # "CT" -> "Country Team": a kind's acronym written out

    def is_(self, family: str, kind: str) -> bool:
        return kind in self.families[family]

    def public(self, kind: str) -> bool:
        """Whether a kind is a government's or an office's: no organisation an office title
        after it stands for, nor one whose office it extends; yet an office is no government
        (no ``governmentCounterpart``)."""
        return self.is_("government", kind) or kind == "Office"

    def is_hub(self, low: str) -> bool:
        """Whether a lower-cased token names a hub of a body ("hub", "hubs")."""
        return low in self.hubs

    def titles(self) -> frozenset[str]:
        """The ids of the head rules that name a person's office."""
        return frozenset(h.id for h in self.heads if h.title)

    @cached_property
    def body_heads(self) -> tuple[str, ...]:
        """The suffix heads that make a name a coordination body ("cluster", "working group");
        worked out once, since every heading and name asks."""
        return tuple(
            " ".join(h.head) for h in self.heads if not h.prefix and self.is_("body", h.kind)
        )

    @cached_property
    def by_length(self) -> dict[int, tuple[HeadRule, ...]]:
        """The head rules by their number of words, each length's in the order of ``heads``."""
        found: dict[int, list[HeadRule]] = {}
        for rule in self.heads:
            found.setdefault(len(rule.head), []).append(rule)
        return {n: tuple(rules) for n, rules in found.items()}

    @cached_property
    def _by_last_word(self) -> dict[str, tuple[HeadRule, ...]]:
        found: dict[str, list[HeadRule]] = {}
        for rule in self.heads:
            for form in word_forms(rule.head[-1]):
                found.setdefault(form, []).append(rule)
        return {form: tuple(rules) for form, rules in found.items()}

    def heads_ending(self, low: str) -> tuple[HeadRule, ...]:
        """The head rules (longest first) whose last word a lower-cased token may be: a
        prefilter, as :meth:`heads_starting` is."""
        return self._by_last_word.get(low.replace("’", "'"), ())

    @cached_property
    def _places_by_form(self) -> dict[str, tuple[tuple[str, str], ...]]:
        found: dict[str, list[tuple[str, str]]] = {}
        for head, kind in self.place_heads.items():
            for form in word_forms(head):
                found.setdefault(form, []).append((head, kind))
        return {form: tuple(heads) for form, heads in found.items()}

    def place_heads_of(self, low: str) -> tuple[tuple[str, str], ...]:
        """The place heads and their kinds (in the order of ``place_heads``) a lower-cased
        token may be a form of: a prefilter, as :meth:`heads_starting` is."""
        return self._places_by_form.get(low.replace("’", "'"), ())

    def heads_starting(self, low: str) -> tuple[HeadRule, ...]:
        """The head rules (longest first) whose first word a lower-cased token may be: a
        prefilter, so that name finding does not try every rule at every token."""
        return self.by_first_word.get(low.replace("’", "'"), ())


@cache
def word_forms(head: str) -> frozenset[str]:
    """Every token form a head word may take (singular, plural, another language's plural
    "direcciones", either apostrophe)."""
    forms = (head, head + "s", head[:-1] + "ies", *plurals(head))
    return frozenset(f.replace("’", "'") for f in forms)


def _lower_words(data: dict[str, Any], lower: str | list[str]) -> list[str]:
    """A rule's words in lower case: its own list, or a shared list's name (``[lower_names]``),
    its ``{words:KEY}`` items written out."""
    return with_word_lists(data["lower_names"][lower]) if isinstance(lower, str) else lower


@cache
def kinds() -> Kinds:
    """Load the head-noun rules and families (cached: they ship with the package)."""
    data = rules_file("kinds.toml")
    heads = [
        HeadRule(
            r["id"],
            tuple(r["head"].split()),
            r["kind"],
            prefix,
            r.get("standalone", False),
            r.get("title", False),
            r.get("cased", False),
            r.get("renamed"),
            r.get("of_party", False),
            r.get("sitting", False),
            frozenset(r.get("after", ())),
            frozenset(_lower_words(data, r.get("lower", ()))),
            frozenset(r.get("of_after", ())),
        )
        for prefix, key in ((False, "suffix"), (True, "prefix"))
        for r in data[key]
    ]
    heads.sort(key=lambda h: (-len(h.head), not h.after))  # "le Cluster ...": its own rule
    families = {k: frozenset(v) for k, v in data["families"].items()}
    index: dict[str, list[HeadRule]] = {}
    for rule in heads:
        for form in word_forms(rule.head[0]):
            index.setdefault(form, []).append(rule)
    return Kinds(
        tuple(heads),
        families,
        dict(data["places"]),
        dict(data["appositions"]),
        dict(data["introducers"]),
        {k: frozenset(v) for k, v in data["anaphora"].items()},
        frozenset(data["named_anaphora"]["words"]),
        frozenset(data["headed_anaphora"]["words"]),
        {form: tuple(rules) for form, rules in index.items()},
        frozenset(f for word in data["hubs"]["words"] for f in word_forms(word)),
        frozenset(with_word_lists(data["hubs"]["lead_words"])),
        tuple(data["offices"]["words"]),
        tuple(data["offices"]["titles"]),
        frozenset(data["offices"]["posts_of"]),
        frozenset(data["offices"]["seats_of"]),
        frozenset(data["offices"]["seats_after"]),
        frozenset(data["records"]["words"]),
        frozenset([*data["lower_names"]["portfolios"], *data["lower_names"]["bodies"]]),
        frozenset(data["role_heads"]["words"]),
        frozenset(data["role_heads"]["agency_words"]),
        tuple(
            AcronymShape(r["id"], re.compile(rf"(?<![\w-]){r['pattern']}(?![\w-])"), r["kind"])
            for r in data["acronym_shapes"]
        ),
        tuple(_acronym_slots(r) for r in data["acronym_slots"]),
        tuple(_numbered(r) for r in data["numbered"]),
        frozenset(data["list_items"]["generic"]),
        frozenset(data["addresses"]["words"]),
        dict(data["alone"]["names"]),
        tuple(data["alone"]["roles"]),
        dict(data["kind_acronyms"]),
    )
