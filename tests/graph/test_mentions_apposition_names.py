"""A defined name without a head noun is an organisation when an apposition says what it is:
"Lakeside Women Together (LWT), a national NGO"; its acronym names it afterwards."""

from __future__ import annotations

from coordkg.graph.extract.document import extract
from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import DocumentMetadata
from coordkg.graph.read.readers import document_from_text

TEXT = (
    "Lakeside Women Together (LWT), a national NGO, co-leads the Protection Sector with UNHCR. "
    "LWT also chairs the GBV Working Group."
)


def test_the_apposition_types_the_name_and_its_acronym() -> None:
    found = [
        (m.surface, m.entity.name, m.entity.kind, m.rule)
        for m in find_mentions(TEXT, Resolver(), "KE")
        if m.rule == "name.apposition"
    ]
    assert found == [
        (
            "Lakeside Women Together (LWT)",
            "Lakeside Women Together",
            "NationalNGO",
            "name.apposition",
        ),
        ("LWT", "Lakeside Women Together", "NationalNGO", "name.apposition"),
    ]


def test_the_named_ngo_holds_its_roles() -> None:
    ex = extract(document_from_text(TEXT, "s", metadata=DocumentMetadata(country="KE")), Resolver())
    roles = {(c.holder.name, c.role, c.body.name) for c in ex.roles}
    assert ("Lakeside Women Together", "co-lead", "Protection Sector") in roles
    assert ("Lakeside Women Together", "chair", "GBV Working Group") in roles


def test_a_defined_name_without_such_an_apposition_stays_unnamed() -> None:
    text = "Displacement Tracking Matrix (DTM), the main tool, is run by IOM."
    assert [m.surface for m in find_mentions(text, Resolver(), "KE")] == ["IOM"]
