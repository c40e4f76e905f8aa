"""Documents read apart, entities made one: the step that lets a build use every core.

Each document is extracted on its own, from the same starting resolver (the reference data, and
for ``coordkg add`` the entities the graph already holds), so documents can be read in
parallel and a document's reading never depends on which other documents share the build.
Afterwards the entities each document minted are resolved, in document order, through one
resolver for the whole build: "Ministry of Migration and Displaced" in one plan and "Ministry
of Migration and Displacement" in another become one entity, with the key the first document
gave it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import Entity, Extraction

T = TypeVar("T")


def _swap(value: T, swap: Callable[[Entity], Entity]) -> T:
    """``value`` with every entity inside it (any depth of dataclasses and tuples) swapped."""
    out: Any
    if isinstance(value, Entity):
        out = swap(value)
    elif isinstance(value, tuple):
        out = tuple(_swap(v, swap) for v in value)
    elif is_dataclass(value) and not isinstance(value, type):
        changed = {}
        for f in fields(value):
            old = getattr(value, f.name)
            new = _swap(old, swap)
            if new is not old:
                changed[f.name] = new
        out = replace(value, **changed) if changed else value
    else:
        out = value
    return out  # type: ignore[no-any-return]


def unify(extractions: list[Extraction], resolver: Resolver) -> list[Extraction]:
    """The extractions with the entities they minted resolved across documents, in order.

    ``resolver`` is the starting resolver the documents were extracted from; it learns every
    document's entities on the way (and is left knowing them all).
    """
    out = []
    for ex in extractions:
        moved = {}
        for key, e in ex.entities.items():
            if e.from_reference:
                continue
            found = (
                resolver.known(e.name)
                or (resolver.known(e.acronym) if e.acronym else None)
                or resolver.adopt(e)  # new to the build: as this document minted it
            )
            if found.key != key:
                moved[key] = found

        def swap(e: Entity, moved: dict[str, Entity] = moved) -> Entity:
            # an entity that keeps its key keeps the kind each mention gave it
            return moved.get(e.key, e)

        out.append(_swap(ex, swap) if moved else ex)
    return out
