"""The README documents what exists: every command, the two commands, the exit codes, and the
test command that CI runs."""

from __future__ import annotations

import re
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
