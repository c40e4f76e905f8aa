"""Round 35 mends: a semicolon before "as well as" that starts a new clause still ends the
clause; ", as well as X" after a closed list with a clause of its own is no item of it; a
Romance compound number in words is read whole or not at all; a dashed acronym after a long
run of spaces.  Texts written here, with invented bodies; rows worked out by hand."""

from __future__ import annotations

from snippets import roles

HEALTH = "Health Cluster"
MOH = "Ministry of Health"
GRUPO = "Grupo de Trabajo de Desplazamiento"


def test_a_semicolon_before_as_well_as_opening_a_new_clause_still_ends_the_clause() -> None:
    text = (
        "The Health Cluster is led by WHO and the Ministry of Health; as well as OCHA, the IOM "
        "chairs the Displacement Working Group."
    )
    assert roles(text) == {
        ("WHO", "lead", HEALTH, ""),
        (MOH, "lead", HEALTH, ""),
        ("IOM", "chair", "Displacement Working Group", ""),
        ("OCHA", "chair", "Displacement Working Group", ""),
    }


def test_a_semicolon_before_asi_como_opening_a_new_clause_still_ends_the_clause() -> None:
    text = (
        "El Clúster de Salud es liderado por la OMS y el Ministerio de Salud; así como la OCHA, "
        "la OIM preside el Grupo de Trabajo de Desplazamiento."
    )
    # the OMS and the OIM resolve to their English names
    assert roles(text) == {
        ("WHO", "lead", "Clúster de Salud", ""),
        ("Ministerio de Salud", "lead", "Clúster de Salud", ""),
        ("IOM", "chair", GRUPO, ""),
        ("OCHA", "chair", GRUPO, ""),
    }


def test_as_well_as_after_a_comma_does_not_reopen_a_closed_list() -> None:
    # the list "WHO and the Ministry of Health" is closed by its "and"; ", as well as UNICEF,
    # which leads X" is UNICEF's own clause, not a third lead of the Health Cluster nor a
    # reason to give the Nutrition Cluster the first list's leads
    text = (
        "The Health Cluster is led by WHO and the Ministry of Health, as well as UNICEF, which "
        "leads the Nutrition Cluster."
    )
    assert roles(text) == {
        ("WHO", "lead", HEALTH, ""),
        (MOH, "lead", HEALTH, ""),
        ("UNICEF", "lead", "Nutrition Cluster", ""),
    }
