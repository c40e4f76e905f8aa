"""Every benchmark still runs: each one's small mode prints its whole report.

A benchmark nothing runs rots (``bench_store.py`` once called a store method that had gone).
These run each script's ``main`` on the smallest input it takes and check the report's shape
and the checks the benchmark makes itself (both engines agree, every goal line is printed), not
its timings.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.bench_reading import main, shapes

from coordkg.queries.precompute import questions

HERE = Path(__file__).parent


def run(script: str, *args: str) -> str:
    """What ``python tests/benchmarks/SCRIPT ARGS`` prints, run as a person runs it."""
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_reading_benchmark_prints_a_row_per_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--small"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["| shape | 0.05 MB | 0.1 MB |", "|---|---|---|"]
    rows = [line.split(" | ") for line in lines[2 : 2 + len(shapes())]]
    assert [r[0].removeprefix("| ") for r in rows] == list(shapes())
    assert all(float(cell.rstrip(" |")) > 0 for r in rows for cell in r[1:])


def table_rows(out: str, first_cell: str) -> list[list[str]]:
    """The cells of the Markdown rows whose first cell is ``first_cell``."""
    return [
        [c.strip() for c in line.strip("|").split("|")]
        for line in out.splitlines()
        if line.startswith(f"| {first_cell} |")
    ]


@pytest.mark.slow
def test_the_store_benchmark_finds_both_engines_agree() -> None:
    # a budget well past rdflib's slowest question: on a loaded machine `links` outlived 30 s
    # and went uncompared, which says nothing of whether the engines agree
    out = run("bench_store.py", "--sizes", "1", "--repeat", "1", "--budget", "120")
    (load,) = table_rows(out, "×1")
    assert int(load[1].replace(",", "")) > 1000  # the bundled plans' triples
    queries = [line for line in out.splitlines() if line.startswith("| ") and "`" in line]
    assert len(queries) > 10  # every catalogue question, and one with parameters
    assert all(line.endswith("| identical rows |") for line in queries), queries


@pytest.mark.slow
def test_the_scale_benchmark_reports_build_questions_and_maps() -> None:
    out = run("bench_scale.py", "--sizes", "3", "--repeat", "1")
    assert "goal: the sentence parser adds at most 40% to the build" in out
    questions = [line for line in out.splitlines() if line.startswith("| `")]
    assert questions and all(line.rstrip(" |").endswith("=") for line in questions), questions
    assert "goal: `roles --org IOM --role co-lead` on the engine under 250 ms" in out
    (build,) = table_rows(out, "3")[:1]
    assert float(build[-2]) > 0 and float(build[-1]) > 0  # add one plan s, answering afresh s
    (maps,) = table_rows(out, "3")[-1:]
    assert "nodes" in maps[2] and "kB page" in maps[2]


@pytest.mark.browser
def test_the_map_benchmark_draws_and_settles_a_small_map() -> None:
    (row,) = table_rows(run("bench_maps.py", "--sizes", "20", "--repeat", "1"), "20")
    assert row[3] == "physics, bounded"
    assert float(row[6]) > 0  # the page reported its layout still


def test_the_commands_benchmark_times_each_command_beside_its_baselines() -> None:
    # --before is given this coordkg again: a second executable's rows, as main's venv gives them
    out = run(
        "bench_commands.py", "--small", "--before", str(Path(sys.executable).parent / "coordkg")
    )
    rows = [line for line in out.splitlines() if line.startswith("| ")][1:]  # after the header
    labels = [r.split(" | ")[0].removeprefix("| ") for r in rows]
    commands = [
        "coordkg ask roles",
        "coordkg ask roles --org IOM --role co-lead",
        "coordkg map",
        "coordkg build",
    ]
    assert labels == [
        "python -c pass (baseline)",
        "import coordkg.cli (baseline)",
        *commands,
        *(f"before: {c}" for c in commands),
    ]
    medians = [float(r.split(" | ")[1]) for r in rows]
    assert all(m > 0 for m in medians)  # timed, not ordered: a loaded machine reorders them
    goals = [line for line in out.splitlines() if line.startswith("- goal: `coordkg")]
    assert len(goals) == 4 and all("; before: " in g for g in goals)


@pytest.mark.slow
def test_the_versions_benchmark_compares_a_checkout_with_itself() -> None:
    questions = ("--question", "roles org=IOM role=co-lead", "--question", "links org=IOM")
    out = run(
        "bench_versions.py", "--before", str(HERE.parent.parent), "--small", "--builds", *questions
    )
    for label in (
        "build s",
        "build s, parser off",
        "build CPU s",
        "build CPU s, parser off",
        "add one plan s",
        "add one plan CPU s",
        "selective question, engine ms",
        "selective question, engine, CPU ms",
        "`links org=IOM`, engine ms",
        "`links org=IOM`, engine, CPU ms",
    ):
        (row,) = table_rows(out, label)
        assert float(row[1]) > 0 and float(row[2]) > 0, row
        assert len(row[5].split(", ")) == len(row[6].split(", ")) == 2, row  # every run shown
    assert "- kept answers after add: the same on both sides" in out
    assert "- kept answer files after add (18 compared): byte for byte the same" in out
    built = [line for line in out.splitlines() if ": quads built, " in line]
    assert len(built) == 2 and all(line.endswith(": the same on both sides") for line in built)
    assert "- the sentence parser adds to the build (medians): before " in out


@pytest.mark.slow
def test_the_precompute_benchmark_times_every_question_and_compares_the_answers() -> None:
    out = run("bench_precompute.py", "--before", str(HERE.parent.parent), "--small")
    rows = table_rows(out, "roles") + table_rows(out, "links") + table_rows(out, "all")
    assert len(rows) == 3 and all(float(r[1]) >= 0 and float(r[2]) >= 0 for r in rows), rows
    (whole,) = table_rows(out, "all")
    assert float(whole[1]) > 0 and float(whole[2]) > 0, whole  # a fast question prints 0.00
    kept = len(questions())  # every catalogue question and the label table, one file each
    assert f"- kept answer files ({kept} compared): byte for byte the same" in out
