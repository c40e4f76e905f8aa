"""The reading benchmark still runs: its small mode (0.05 and 0.1 MB) prints the whole table."""

from __future__ import annotations

import pytest
from benchmarks.bench_reading import main, shapes


def test_the_reading_benchmark_prints_a_row_per_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--small"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["| shape | 0.05 MB | 0.1 MB |", "|---|---|---|"]
    rows = [line.split(" | ") for line in lines[2 : 2 + len(shapes())]]
    assert [r[0].removeprefix("| ") for r in rows] == list(shapes())
    assert all(float(cell.rstrip(" |")) > 0 for r in rows for cell in r[1:])
