"""`coordkg check`: what the plans do not reconcile (shared/reference.md) is reported with its
evidence; a graph that breaks the arithmetic is caught; the exit status says so."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from coordkg.cli import cli
from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore
from coordkg.queries.check import check
from coordkg.queries.run import Source, source_of


def findings(source: Source) -> dict[tuple[str, str, str], dict[str, str]]:
    return {(r["check"], r["plan"], r["subject"]): r for r in check(source).as_dicts()}


def test_what_the_bundled_plans_do_not_reconcile(source: Source) -> None:
    found = findings(source)
    # 2025: "co-leads three of the eight ... and is a member of the other four": 3 + 4 = 7
    count = found[
        (
            "count",
            "2025",
            "International Organization for Migration in Area-Based Coordination Group",
        )
    ]
    assert count["severity"] == "warning" and "= 7, but the plan speaks of 8" in count["finding"]
    assert "three of the eight" in count["evidence"]
    # 2020: "co-lead of the Returns Working Group" and "continued leadership of the RWG"
    both = found[
        (
            "disagreement",
            "2020",
            "International Organization for Migration in Returns Working Group",
        )
    ]
    assert "co-lead and lead" in both["finding"]
    assert (
        "continued leadership" in both["evidence"] and "co-lead of the Returns" in both["evidence"]
    )
    # the graph keeps its own rules, and both plans' figures add up
    assert not [k for k in found if k[0] in ("shape", "arithmetic")]


def test_programmes_that_do_not_add_up(tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_text(
        "Funding Required\n\n$10,000,000\n\nObjective\nKeep people safe\n\n$10,000,000\n"
        "Funding Required\n\nShelter\n\nFunding Required\n\n$4,000,000\n\nHealth\n\n"
        "Funding Required\n\n$5,000,000\n\nIn 2031, partners will deliver.\n"
    )
    store = GraphStore(tmp_path / "store")
    build([doc], store, 10**6)
    with source_of(store) as s:
        found = findings(s)
    row = found[("arithmetic", "2031", "Keep people safe")]
    assert "add up to 9,000,000 USD, the objective states 10,000,000 USD" in row["finding"]


def test_command_exit_status(built: object) -> None:
    store = built[0]  # type: ignore[index]
    result = CliRunner().invoke(cli, ["check", "--store", str(store.location), "--format", "csv"])
    assert result.exit_code == 1
    assert result.stdout.startswith("severity,check,plan,subject,finding,evidence")
    assert "2 findings are errors or warnings" in result.stderr
