"""Round 35 mends: a semicolon before "as well as" that starts a new clause still ends the
clause; ", as well as X" after a closed list with a clause of its own is no item of it; a
Romance compound number in words is read whole or not at all; a dashed acronym after a long
run of spaces.  Texts written here, with invented bodies; rows worked out by hand."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from decimal import Decimal
from pathlib import Path

import pytest
from snippets import programmes, roles

from coordkg.graph import build as build_module
from coordkg.graph.extract import parse
from coordkg.graph.extract.acronyms import find_definitions
from coordkg.graph.extract.money import AMOUNT, amount
from coordkg.graph.model import Money

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


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("treinta y dos millones de dólares", Money(Decimal(32000000))),
        ("vingt et un millions de dollars", Money(Decimal(21000000))),
        ("trinta e dois milhões de dólares", Money(Decimal(32000000))),
        ("trente-deux millions de dollars", Money(Decimal(32000000))),
        ("soixante-dix millions de dollars", Money(Decimal(70000000))),
        ("cuarenta millones de dólares", Money(Decimal(40000000))),
    ],
)
def test_a_romance_compound_number_in_words_is_read_whole(written: str, expected: Money) -> None:
    m = AMOUNT.fullmatch(written)
    assert m is not None and amount(m) == expected


def test_a_romance_number_word_after_a_compound_it_cannot_read_is_no_amount() -> None:
    # "soixante et onze" (71) is not read: no part of it ("onze millions") is an amount either
    # (round 36 reads "quatre-vingts", 80: test_rules_round36_tidy)
    assert [amount(m) for m in AMOUNT.finditer("soixante et onze millions de dollars")] == []


def test_a_romance_compound_in_a_sentence_is_one_amount() -> None:
    text = "Se destinarán treinta y dos millones de dólares y vingt et un millions de dollars."
    assert [amount(m) for m in AMOUNT.finditer(text)] == [
        Money(Decimal(32000000)),
        Money(Decimal(21000000)),
    ]


@pytest.mark.parametrize("spaces", [" ", "  ", " \t "])
def test_a_dashed_acronym_after_a_run_of_spaces_is_still_found(spaces: str) -> None:
    # the dash's spaces are matched from the first of their run (no match starts inside one)
    text = f"Lo convoca el Consejo Nacional de Defensa Civil{spaces}- CONDEC, con los demás.\n"
    assert {(d.acronym, d.long) for d in find_definitions(text)} == {
        ("CONDEC", "Consejo Nacional de Defensa Civil")
    }


def test_a_capitalised_purpose_with_its_acronym_after_for_is_no_fund_recipient() -> None:
    # "for <Capitalised> (ACR)" gives to an organisation in a fund's story only when it is a
    # known agency: an assessment, a sector and a mechanism are purposes, titled as written
    text = (
        "Fund backs Ruritania\n"
        "Today $2,800,000 is being allocated from the donor-backed Central Emergency Response "
        "Fund (CERF) to meet the needs of refugees.\n"
        "\n"
        "The allocation is made up of $1,200,000 for the Emergency Food Security Assessment "
        "(EFSA), $900,000 for Water, Sanitation and Hygiene (WASH), and $700,000 for the Rapid "
        "Response Mechanism (RRM).\n"
    )
    assert programmes(text) == {
        "Emergency Food Security Assessment": Decimal(1200000),
        "Water, Sanitation and Hygiene": Decimal(900000),
        "Rapid Response Mechanism": Decimal(700000),
    }


class _DeadAside:
    """A process parsing aside that died: every task's result raises."""

    def submit(self, *args: object) -> Future[object]:
        future: Future[object] = Future()
        future.set_exception(BrokenProcessPool("the child died"))
        return future


def test_a_dead_process_parsing_aside_is_dropped_and_the_parse_done_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the build goes on: the same claims, parsed in this process, and no later document sent
    # to the dead process
    monkeypatch.setattr(parse, "enabled", lambda: True)
    monkeypatch.setattr(parse, "units", lambda *args: ["unit"])
    monkeypatch.setattr(parse, "parsed_claims", lambda doc, todo, country: [todo])
    monkeypatch.setattr(parse, "unsaid", lambda claims, said: claims)
    monkeypatch.setattr(parse, "_aside", _DeadAside())
    assert parse.parse_roles(None, [], [], None, []) == [["unit"]]  # type: ignore[arg-type]
    assert parse._aside is None


def test_a_file_gone_before_the_build_reads_it_stops_it_with_the_readers_error(
    tmp_path: Path,
) -> None:
    # the files' sizes (whether to parse aside) skip a file that is gone: the reader says so
    gone = tmp_path / "gone.txt"
    seen: list[Path] = []

    def read(path: Path) -> object:
        seen.append(path)
        raise ValueError(f"cannot read {path.name}")

    with pytest.raises(ValueError, match=r"cannot read gone\.txt"):
        build_module.write_all([gone], read, None, lambda line: None)  # type: ignore[arg-type]
    assert seen == [gone]
