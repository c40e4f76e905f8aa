"""The notebook walk-through runs from top to bottom as a script and says what the plans say
(tests/gold: IOM co-leads the CCCM Cluster in 2020; the 2020 plan's largest objective asks
USD 100,100,000)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

WALKTHROUGH = Path(__file__).parent / "notebooks" / "walkthrough.py"


def test_walkthrough_runs_and_answers(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    env = {**os.environ, "COORDKG_STORE": str(tmp_path / "store"), "MPLBACKEND": "Agg"}
    done = subprocess.run(
        [sys.executable, str(WALKTHROUGH)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("2 plans, 35 roles, 36 programmes")
    assert "Camp Coordination and Camp Management Cluster" in out
    assert (
        "chart: funding-by-objective.png (6 objectives, plans 2020, 2025)" in out
    )  # objectives.csv
    assert "International Organization for Migration:" in out.splitlines()[-4]
    assert out.splitlines()[-1].startswith("map: iom-map.html (")
    assert (tmp_path / "funding-by-objective.png").stat().st_size > 10_000
    assert (tmp_path / "network-2025.graphml").exists()
    assert "<!DOCTYPE html>" in (tmp_path / "iom-map.html").read_text(encoding="utf-8")[:200]
