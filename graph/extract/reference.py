"""Reference data: identities of well-known organisations, bodies, frameworks and places.

Loaded from ``reference/*.toml`` beside this module (checked by hand) and, for the countries
those files do not list, from ISO 3166-1 (``places``).  It holds names, acronyms, kinds and external
identifiers (IATI, P-codes, ISO 3166-2, Wikidata) and never a relation: who leads what is only
ever read from documents.

Some names hold in one country only ("IOM Iraq"; "GoI" is the Government of Iraq in an Iraqi
plan and of Indonesia in an Indonesian one): a record lists them under ``local_aliases`` by
ISO 3166-1 code, and they are read only in a document about that country.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from coordkg.graph.extract.places import countries
from coordkg.graph.extract.rulefiles import reference_file
from coordkg.graph.model import Entity

_FILES = ("organisations.toml", "bodies.toml", "places.toml")


@dataclass(frozen=True)
class ReferenceEntry:
    """One reference record: the entity (with its external identifiers) and its other names."""

    entity: Entity
    aliases: tuple[str, ...] = ()
    country: str | None = None
    local: tuple[tuple[str, str], ...] = ()  # (ISO 3166-1 code, name that holds only there)
    cased: bool = False  # a name that is also an everyday phrase ("People in Need"): as written
    translated: tuple[str, ...] = ()  # its acronyms in other languages ("OIM"): they yield

    @property
    def identifiers(self) -> dict[str, str]:
        return dict(self.entity.identifiers)

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every way a document may write this entity's name."""
        names = [self.entity.name, *self.aliases, *self.translated]
        acronym = self.entity.acronym
        if acronym and all(surface != acronym for _, surface in self.local):
            names.append(acronym)
        return tuple(names)

    def local_surfaces(self, country: str) -> tuple[str, ...]:
        """The names this entity has only in documents about ``country`` (ISO 3166-1)."""
        return tuple(surface for code, surface in self.local if code == country.upper())


_IDENTIFIER_KEYS = ("iati", "wikidata", "pcode", "iso3166")


@cache
def reference_entries() -> tuple[ReferenceEntry, ...]:
    """All reference records, in file order (cached: the files ship with the package)."""
    entries: list[ReferenceEntry] = []
    for name in _FILES:
        for rec in reference_file(name)["entity"]:
            entity = Entity(
                key=rec["key"],
                name=rec["name"],
                kind=rec["kind"],
                acronym=rec.get("acronym"),
                from_reference=True,
                identifiers=tuple((k, rec[k]) for k in _IDENTIFIER_KEYS if k in rec),
            )
            local = tuple(
                (code.upper(), surface)
                for code, surfaces in rec.get("local_aliases", {}).items()
                for surface in surfaces
            )
            entries.append(
                ReferenceEntry(
                    entity,
                    tuple(rec.get("aliases", ())),
                    rec.get("country"),
                    local,
                    rec.get("cased", False),
                    tuple(rec.get("translated", ())),
                )
            )
    checked = {e.identifiers.get("iso3166") for e in entries}
    for country, aliases in countries():
        if dict(country.identifiers)["iso3166"] not in checked:
            entries.append(ReferenceEntry(replace(country, from_reference=True), aliases))
    return tuple(entries)


@cache
def translated_acronyms() -> frozenset[str]:
    """The acronyms other languages give known organisations ("OIM", "PMA", "OPS"): a document
    that defines the same letters for something else ("Pakistan Medical Association (PMA)")
    means its own."""
    return frozenset(a for e in reference_entries() for a in e.translated)


@cache
def reference_by_key() -> dict[str, ReferenceEntry]:
    """Reference records by entity key."""
    return {e.entity.key: e for e in reference_entries()}
