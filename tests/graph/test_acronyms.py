"""Acronyms the text defines: the long form is found from the letters, not from a list."""

from __future__ import annotations

import pytest

from coordkg.graph.extract.acronyms import find_definitions


@pytest.mark.parametrize(
    ("text", "acronym", "long"),
    [
        ("the Returns Working Group (RWG) met", "RWG", "Returns Working Group"),
        (
            "the Ministry of Migration and Displacement (MoMD) said",
            "MoMD",
            "Ministry of Migration and Displacement",
        ),
        ("the Government of Iraq (GoI)", "GoI", "Government of Iraq"),
        (
            "security sector reform, disarmament, demobilization and reintegration (DDR), are",
            "DDR",
            "disarmament, demobilization and reintegration",
        ),
        (
            "the Office of National Security Advisor (ONSA)",
            "ONSA",
            "Office of National Security Advisor",
        ),
        (
            "Mental Health and Psychosocial Support (MHPSS) technical",
            "MHPSS",
            "Mental Health and Psychosocial Support",
        ),
        ("eight Area-Based Coordination (ABC) groups", "ABC", "Area-Based Coordination"),
    ],
)
def test_long_form(text: str, acronym: str, long: str) -> None:
    [d] = find_definitions(text)
    assert (d.acronym, d.long) == (acronym, long)
    assert text[d.long_start : d.long_end] == long


def test_plural_acronym_is_recognised() -> None:
    [d] = find_definitions("together with the Directorates of Health (DoHs), and")
    assert (d.acronym, d.long, d.plural) == ("DoH", "Directorates of Health", True)


def test_a_parenthesis_that_is_not_an_acronym_defines_nothing() -> None:
    assert find_definitions("three key factors (73%) and (see below) and (HRP 2020)") == []
