"""One document through every rule (document.py): what the metadata and the publisher decide."""

from __future__ import annotations

from coordkg.graph.extract.document import extract
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import DocumentMetadata
from coordkg.graph.read.readers import document_from_text


def _roles(text: str, country: str | None = None) -> set[tuple[str, str, str]]:
    meta = DocumentMetadata(country=country)
    ex = extract(document_from_text(text, "snippet", metadata=meta), Resolver())
    return {(c.holder.key, c.role, c.body.acronym or c.body.name) for c in ex.roles}


def test_a_country_given_by_the_user_decides_the_names_that_hold_there() -> None:
    text = "The GoI chairs the Durable Solutions Task Force (DSTF)."  # names no country
    assert _roles(text, "IQ") == {("iq-goi", "chair", "DSTF")}
    assert _roles(text) == set()


def test_we_stand_for_the_publisher_the_text_names_throughout() -> None:
    text = (
        "IOM supports returns. IOM runs shelters. IOM trains staff in the east.\n"
        "We co-chair the Cash Working Group (CWG) in the east."
    )
    assert _roles(text) == {("iom", "co-chair", "CWG")}
