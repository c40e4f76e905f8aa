"""Bad input and edge cases found in review: each a one-line input error or the right value."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from snippets import read

from coordkg.cli import cli
from coordkg.errors import InputError
from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore
from coordkg.queries.catalogue import get
from coordkg.queries.diff import diff
from coordkg.queries.run import run_oxigraph, source_of


def test_a_document_cannot_take_the_name_of_a_graph_of_coordkg(tmp_path: Path) -> None:
    doc = tmp_path / "ontology.txt"
    doc.write_text("IOM chairs the Returns Working Group.\n")
    with pytest.raises(InputError, match="names one of coordkg's own graphs"):
        build([doc], GraphStore(tmp_path / "store"), 10**6)


@pytest.mark.parametrize(
    ("phrase", "level"),
    [
        ("At the state level", "governorate"),
        ("At the provincial level", "governorate"),
        ("At county level", "district"),
        ("At the sub-national level", "sub-national"),
    ],
)
def test_level_words_map_to_the_vocabulary(phrase: str, level: str) -> None:
    ex = read(f"{phrase}, UNICEF chairs the Nutrition Working Group.")
    assert [c.scope.level for c in ex.roles] == [level]


def test_two_programmes_of_one_title_stay_two(tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_text(
        "Funding Required\n\n$3,000,000\n\nObjective\nSave lives\n\n$1,000,000\nFunding Required\n\n"
        "Protection\n\nFunding Required\n\n$1,000,000\n\nObjective\nBuild resilience\n\n"
        "$2,000,000\nFunding Required\n\nProtection\n\nFunding Required\n\n$2,000,000\n\n"
        "In 2030, partners will deliver.\n"
    )
    store = GraphStore(tmp_path / "store")
    build([doc], store, 10**6)
    with store.reader() as s:
        rows = run_oxigraph(s, get("programmes"), {}).as_dicts()
    assert sorted((r["objective"], r["funding_usd"]) for r in rows) == [
        ("Build resilience", "2000000"),
        ("Save lives", "1000000"),
    ]


def test_diff_of_a_period_two_plans_share(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        year = "2023" if name == "a" else "2024"
        (tmp_path / f"{name}.txt").write_text(
            f"In {year}, UNICEF will chair the Nutrition Working Group.\n"
        )
    store = GraphStore(tmp_path / "store")
    build(sorted(tmp_path.glob("*.txt")), store, 10**6)
    with source_of(store) as s, pytest.raises(InputError, match="names 2 plans"):
        diff(s, "2023", "2024")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "{doc}", "--meta", "date=yesterday"), "a date is YYYY-MM-DD"),
        (("add", "{doc}", "--meta", "period=soon"), "a period is YYYY or YYYY-YYYY"),
        (("add", "{doc}", "--meta", "country=ZZ"), "not an ISO 3166-1 country code"),
        (("sparql", "missing.rq"), "cannot be read as a query file"),
        (("export", "--graph", "a b"), "no such graph"),
    ],
)
def test_bad_values_are_input_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("UNICEF chairs the Nutrition Working Group.\n")
    store = GraphStore(tmp_path / "store")
    build([doc], store, 10**6)
    argv = [a.replace("{doc}", str(doc)) for a in args] + ["--store", str(store.location)]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 2 and message in result.stderr and result.stderr.count("\n") == 1
