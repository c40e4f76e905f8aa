"""A capitalised name ending in "Secretariat" is a unit of its own that holds roles ("the Refugee
Affairs Secretariat (RAS)", "the CRRF Secretariat", "the NEMO Secretariat": seen2, seen3, seen5,
seen8, seen10), typed by the head rule ``head.secretariat`` (kinds.toml); the role word
"secretariat" in lower case stays a role."""

from __future__ import annotations

from snippets import read, roles

TEXT = (
    "The Harbour Affairs Secretariat (HAS) co-chairs the Shelter Working Group with UNHCR. "
    "The HAS hosts the secretariat of the Water Sector. Members of the Shelter Working Group "
    "include the CRRF Secretariat and IOM."
)


def test_a_capitalised_secretariat_names_a_unit_that_holds_roles() -> None:
    secretariats = [
        (m.surface, m.entity.name) for m in read(TEXT).mentions if m.rule == "head.secretariat"
    ]
    assert secretariats == [
        ("Harbour Affairs Secretariat (HAS)", "Harbour Affairs Secretariat"),
        ("HAS", "Harbour Affairs Secretariat"),
        ("CRRF Secretariat", "CRRF Secretariat"),
    ]
    assert roles(TEXT) == {
        ("HAS", "co-chair", "Shelter Working Group", ""),
        ("UNHCR", "co-chair", "Shelter Working Group", ""),
        ("HAS", "secretariat", "Water Sector", ""),
        ("CRRF Secretariat", "member", "Shelter Working Group", ""),
        ("IOM", "member", "Shelter Working Group", ""),
    }
