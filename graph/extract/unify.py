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


def moved(found: dict[str, Entity], resolver: Resolver) -> dict[str, Entity]:
    """Of the entities one document minted (``Extraction.entities``), those an earlier document
    or the resolver knows under another key: its key -> the entity it is.

    ``resolver`` starts as the resolver the documents were extracted from; given each document
    in order, it learns their entities on the way.  Only the entities are needed, so a
    document read on another process need not send its whole extraction.
    """
    out = {}
    for key, e in found.items():
        if e.from_reference:
            continue
        known = (
            resolver.known(e.name)
            or (resolver.known(e.acronym) if e.acronym else None)
            or resolver.adopt(e)  # new to the build: as this document minted it
        )
        if known.key != key:
            out[key] = known
    return out


def swapped(ex: Extraction, moves: dict[str, Entity]) -> Extraction:
    """``ex`` with the entities of ``moves`` (see :func:`moved`) replaced wherever they occur."""

    def swap(e: Entity) -> Entity:
        # an entity that keeps its key keeps the kind each mention gave it
        return moves.get(e.key, e)

    return _swap(ex, swap) if moves else ex


def unify(extractions: list[Extraction], resolver: Resolver) -> list[Extraction]:
    """The extractions with the entities they minted resolved across documents, in order
    (see :func:`moved`); ``resolver`` is left knowing them all."""
    return [swapped(ex, moved(ex.entities, resolver)) for ex in extractions]
