"""Entity resolution: one entity for every surface form, within a document and across documents.

A name is reduced to a *key* that ignores case, punctuation, spelling variants (-ise/-ize,
centre/center), small words and inflection ("Ministry of Migration and Displacement" and
"Ministry of Migration and Displaced" share one), and acronyms are expanded before that.
The reference data is consulted first; names it lacks become entities whose key is a slug of
the first canonical name seen, so the same name always yields the same IRI.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from coordkg.graph.extract.reference import reference_by_key, reference_entries
from coordkg.graph.folding import WORD, fold, slug
from coordkg.graph.model import Entity

_SMALL = frozenset({"the", "of", "and", "for", "on", "in", "to", "a", "an", "&", "de", "la"})
_SPELLING = (
    ("isation", "ization"),
    ("ise", "ize"),
    ("centre", "center"),
    ("programme", "program"),
    ("labour", "labor"),
    ("organisation", "organization"),
)
_SUFFIXES = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ions",
    "ion",
    "ies",
    "ed",
    "es",
    "s",
)


@lru_cache(maxsize=1 << 16)  # pure, and asked again for the same words all through a build
def _stem(word: str) -> str:
    for old, new in _SPELLING:
        word = word.replace(old, new)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The comparison key of a name: folded, stemmed, small words dropped; "United Nations"
    opening a longer name is "UN" ("the UN Theme Group" is the United Nations Theme Group)."""
    words = [w for w in WORD.findall(fold(name)) if w not in _SMALL]
    if len(words) > 2 and words[:2] == ["united", "nations"]:
        words[:2] = ["un"]
    return " ".join(_stem(w) for w in words)


_HEAD_WORDS = frozenset(
    [
        "group",
        "groups",
        "cluster",
        "clusters",
        "force",
        "forces",
        "network",
        "networks",
        "platform",
        "team",
        "workstream",
        "committee",
        "forum",
        "forums",
        "centre",
        "center",
        "ministry",
        "directorate",
        "directorates",
        "office",
        "department",
        "strategy",
        "framework",
        "council",
        "working",
        "technical",
        "task",
        "core",
        "country",
        "coordination",
    ]
)


def canonical_name(name: str) -> str:
    """Tidy a name found in text: single spaces, head nouns capitalised and singular."""
    words = name.split()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        if low in _HEAD_WORDS and word.islower() and i > 0:
            word = word.capitalize()
        out.append(word)
    if out and out[-1].lower() in _HEAD_WORDS:
        out[-1] = singular(out[-1])
    if len(out) > 2 and out[1].lower() == "of":
        out[0] = singular(out[0])
    return " ".join(out)


def minted_key(name: str) -> str:
    """The key of an entity named ``name`` in a document: the slug of the name, unless that is
    the key of a reference entity that goes by no such name, as a country's ISO code is ("TF",
    a body "the TF", is not the French Southern Territories, key "tf"): then the slug and
    "-named", so the two never share an IRI."""
    key = slug(name)
    entry = reference_by_key().get(key)
    if entry is None or any(slug(surface) == key for surface in entry.surfaces):
        return key
    return f"{key}-named"


def singular(word: str) -> str:
    low = word.lower()
    if low in {"forces", "affairs", "services", "arrangements", "operations", "rights", "nations"}:
        return word
    if low.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if low.endswith("s") and not low.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


class Resolver:
    """Maps names and acronyms to entities, remembering every entity it has minted.

    One resolver serves a whole build (see unify.py), so a name seen in the 2020 plan and
    written differently in the 2025 plan ends up as one entity.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, Entity] = {}
        self._by_acronym: dict[str, Entity] = {}
        self._surface: dict[str, Entity] = {}
        for entry in reference_entries():
            for surface in entry.surfaces:
                self._by_key.setdefault(name_key(surface), entry.entity)
                self._surface.setdefault(fold(surface), entry.entity)
            if entry.entity.acronym in entry.surfaces:
                self._by_acronym.setdefault(entry.entity.acronym, entry.entity)

    def copy(self) -> Resolver:
        """A resolver that knows what this one knows and learns on its own (one per document)."""
        other = Resolver.__new__(Resolver)
        other._by_key = dict(self._by_key)
        other._by_acronym = dict(self._by_acronym)
        other._surface = dict(self._surface)
        return other

    def localise(self, country: str) -> None:
        """Learn the reference names that hold only in ``country`` (ISO 3166-1), for a
        document about it: "IOM Iraq" is IOM, and "GoI" the Government of Iraq, in Iraq only."""
        for entry in reference_entries():
            for surface in entry.local_surfaces(country):
                self._surface.setdefault(fold(surface), entry.entity)
                if surface == entry.entity.acronym:
                    self._by_acronym.setdefault(surface, entry.entity)
                else:
                    self._by_key.setdefault(name_key(surface), entry.entity)

    def known(self, name: str) -> Entity | None:
        """The entity a name or acronym already denotes, if any."""
        hit = self._by_acronym.get(name) or self._surface.get(fold(name))
        if hit is not None:
            return hit
        key = name_key(name)
        return self._by_key.get(key) if key else None

    def resolve(self, name: str, kind: str, acronym: str | None = None) -> Entity:
        """The entity named ``name`` (of ``kind``), minting a new one if none is known."""
        hit = self.known(name)
        if hit is None and acronym:
            hit = self._by_acronym.get(acronym)
        if hit is not None:
            if acronym and hit.acronym is None and not hit.from_reference:
                hit = Entity(hit.key, hit.name, hit.kind, acronym)
                self._remember(name, hit)
            return hit
        canonical = canonical_name(name)
        entity = Entity(minted_key(canonical), canonical, kind, acronym)
        self._remember(name, entity)
        return entity

    def adopt(self, entity: Entity, surfaces: tuple[str, ...] = ()) -> Entity:
        """Make a known entity (e.g. an ISO 3166-2 area) the answer for its names, unless a
        reference entity already has one of them."""
        for surface in (entity.name, *surfaces):
            hit = self._surface.get(fold(surface))
            if hit is not None and hit.from_reference:
                return hit
        for surface in (entity.name, *surfaces):
            self._remember(surface, entity)
        return entity

    def retype(self, entity: Entity, kind: str) -> Entity:
        """The same entity with the kind a document states for it ("X, a national NGO")."""
        if entity.from_reference or entity.kind == kind:
            return entity
        retyped = replace(entity, kind=kind)
        for surface, known in list(self._surface.items()):
            if known.key == entity.key:
                self._surface[surface] = retyped
        for key, known in list(self._by_key.items()):
            if known.key == entity.key:
                self._by_key[key] = retyped
        if entity.acronym and self._by_acronym.get(entity.acronym) == entity:
            self._by_acronym[entity.acronym] = retyped
        return retyped

    def _remember(self, name: str, entity: Entity) -> None:
        for surface in (name, entity.name):
            self._by_key[name_key(surface)] = entity
            self._surface[fold(surface)] = entity
        if entity.acronym:
            self._by_acronym[entity.acronym] = entity
