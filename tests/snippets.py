"""Run the extraction rules on a snippet of text (for tests of one rule at a time)."""

from __future__ import annotations

from decimal import Decimal

from coordkg.graph.extract.document import extract
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import Extraction
from coordkg.graph.read.readers import document_from_text


def read(text: str, resolver: Resolver | None = None) -> Extraction:
    return extract(document_from_text(text, "snippet"), resolver or Resolver())


def roles(text: str) -> set[tuple[str, str, str, str]]:
    """(holder, role, body, scope) of every role the text states, by name or acronym."""
    return {
        (c.holder.acronym or c.holder.name, c.role, c.body.acronym or c.body.name, c.scope.label)
        for c in read(text).roles
    }


def programmes(text: str) -> dict[str, Decimal]:
    """Title -> amount of every programme block the text states."""
    return {
        b.title: b.funding.value.amount  # type: ignore[union-attr]
        for b in read(text).blocks
        if b.kind == "programme"
    }
