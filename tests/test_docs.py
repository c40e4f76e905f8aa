"""The README documents what exists: every command, the two commands, the exit codes, and the
test command that CI runs."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from coordkg.cli import cli
from coordkg.queries.catalogue import catalogue

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def mentioned(words: str) -> bool:
    """Whether the README names these words as a whole (`ask body` is not `ask body_changes`)."""
    return re.search(rf"{re.escape(words)}(?![\w-])", README) is not None


def test_every_command_is_documented() -> None:
    for name in cli.commands:
        assert mentioned(f"coordkg {name}"), f"README lacks `coordkg {name}`"


def test_every_question_of_the_catalogue_is_documented() -> None:
    for name in catalogue():
        assert mentioned(f"coordkg ask {name}") or mentioned(f"`{name}`"), name


def test_the_two_commands_and_ci() -> None:
    assert "make run" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M), "CI must run the README's test command"


def test_make_run_builds_the_store_the_readme_commands_read() -> None:
    # The README's commands take no --store: `make run` must build where they read by default.
    dry = subprocess.run(
        ["make", "-n", "run"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    commands = [line for line in dry.splitlines() if "coordkg " in line]
    assert commands and not any("--store" in line for line in commands), commands
    assert 'export PATH="$PWD/.venv/bin:$PATH"' in README


def test_exit_codes_are_documented() -> None:
    for code in ("0", "1", "2", "3"):
        assert re.search(rf"\|\s*{code}\s*\|", README), (
            f"exit status {code} not in the README table"
        )


def test_readme_shows_the_csv_headers_the_issue_fixed() -> None:
    assert (
        "plan,organization,organization_acronym,role,body,body_acronym,scope,with,evidence"
        in README
    )
    assert "plan,objective,programme,funding_usd,priority,related_plans" in README
