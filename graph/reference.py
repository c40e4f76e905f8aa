"""Reference data: identities of well-known organisations, bodies, frameworks and places.

Loaded from ``graph/reference/*.toml``.  It holds names, acronyms, kinds and external
identifiers (IATI, P-codes, ISO 3166-2, Wikidata) and never a relation: who leads what is only
ever read from documents.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from coordkg.graph.model import Entity

_FILES = ("organisations.toml", "bodies.toml", "places.toml")


@dataclass(frozen=True)
class ReferenceEntry:
    """One reference record: the entity, its other names and its external identifiers."""

    entity: Entity
    aliases: tuple[str, ...] = ()
    identifiers: dict[str, str] = field(default_factory=dict)
    country: str | None = None

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every way a document may write this entity's name."""
        names = [self.entity.name, *self.aliases]
        if self.entity.acronym:
            names.append(self.entity.acronym)
        return tuple(names)


_IDENTIFIER_KEYS = ("iati", "wikidata", "pcode", "iso3166")


@cache
def reference_entries() -> tuple[ReferenceEntry, ...]:
    """All reference records, in file order (cached: the files ship with the package)."""
    entries: list[ReferenceEntry] = []
    folder = resources.files("coordkg.graph") / "reference"
    for name in _FILES:
        data = tomllib.loads((folder / name).read_text(encoding="utf-8"))
        for rec in data["entity"]:
            entity = Entity(
                key=rec["key"],
                name=rec["name"],
                kind=rec["kind"],
                acronym=rec.get("acronym"),
                from_reference=True,
            )
            ids = {k: rec[k] for k in _IDENTIFIER_KEYS if k in rec}
            entries.append(
                ReferenceEntry(entity, tuple(rec.get("aliases", ())), ids, rec.get("country"))
            )
    return tuple(entries)


@cache
def reference_by_key() -> dict[str, ReferenceEntry]:
    """Reference records by entity key."""
    return {e.entity.key: e for e in reference_entries()}
