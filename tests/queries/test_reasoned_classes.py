"""After `coordkg reason`, an entity keeps the class its document gave it in the answers and on
the maps: the inferred graph adds ``ckg:CoordinationLead`` (a defined class) and ORG's
``org:Organization``, which sort before the real class and used to take its place (the
Directorate of Health drawn as "other", not as a government body)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from coordkg.cli import cli

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java: no `java` on PATH"),
]


def test_reasoning_leaves_each_entity_its_documented_class(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    for args in (["build"], ["reason"]):
        result = CliRunner().invoke(cli, [*args, "--store", store])
        assert result.exit_code == 0, result.output
    # the inferred graph types five actors CoordinationLead: none is answered as one
    ask = ["ask", "entities", "--class", "CoordinationLead", "--store", store]
    assert CliRunner().invoke(cli, ask).stdout.strip() == ""
    result = CliRunner().invoke(cli, ["ask", "entities", "--format", "json", "--store", store])
    classes = {row["name"]: row["class"] for row in json.loads(result.stdout)}
    # reference data: IOM a UN agency; the 2025 plan: "Directorates of Health (DoHs)"
    assert classes["International Organization for Migration"] == "UNAgency"
    assert classes["Directorate of Health"] == "Directorate"
    links = CliRunner().invoke(cli, ["ask", "links", "--format", "json", "--store", store])
    ends = {(r["source"], r["source_class"]) for r in json.loads(links.stdout)}
    assert ("Directorate of Health", "Directorate") in ends
    assert not any(cls in {"CoordinationLead", "Organization"} for _, cls in ends)
