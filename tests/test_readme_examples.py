"""The README's console examples are real: each `$ coordkg …` command of a ```console block is
a test case, named by its command, that runs it in-process on the bundled plans' graph and
compares what it prints with the lines under it.

How a block is read:

- A command is a line starting `$ `; it goes on over the next lines while a quote is open (a
  SPARQL query) or the line ends with `\\`. `# …` after it is a comment. The lines after it, up
  to the next `$ ` or the end of the block, are what it prints: standard output and standard
  error as a terminal shows them, interleaved.
- After the command, `| grep -E RE`, `| cut -c1-N` and `| head -N` are applied to its standard
  output; standard error is not piped and shows after it. Any other filter fails the test.
- `...` alone as the last line: the output goes on; only the lines above it are compared.
- `… s` stands for a duration in seconds (`built 2 documents in … s`): timings change from
  machine to machine, and the README shows none.
- Trailing spaces are not compared (editors strip them from the README).
- Tables are wrapped for a terminal of 120 columns, the width coordkg assumes without one.
- An example showing a `coordkg: error: …` line must exit non-zero with that line on standard
  error; any other must exit 0.
- Commands that write (`build`, `add`, `remove`, `reason`) run on a copy of the graph, and a
  command runs after the writing commands above it in its block (`documents` after `add` lists
  the added plan). Every command runs in an empty working folder (files written with `-o` land
  there) holding the documents the examples name from `tests/generalisation/`.
- The README shows the store where `root` keeps it by default; the test's own store stands in
  for it in what is printed.

Skipped, each as its own visible test case with the reason (`pytest -ra` lists them): a command
that is not `coordkg` (curl, export, make), `coordkg serve` (it serves until Ctrl-C), and the
commands of a block that points `COORDKG_STORE` at a SPARQL server (they need that server).
`coordkg reason` runs the Java reasoner and is marked `slow`.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from coordkg.cli import cli
from coordkg.graph.build import BuildSummary
from coordkg.graph.store.local import GraphStore

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"
DOCUMENTS = Path(__file__).parent / "generalisation"
SHOWN_STORE = "/root/.local/share/coordkg/store"
WRITERS = frozenset({"build", "add", "remove", "reason"})
ERROR = "coordkg: error: "
GOES_ON = "..."
DURATION = "… s"


@dataclass(frozen=True)
class Example:
    """One `$ ` command of a console block, what it prints, and what runs before it."""

    line: int
    command: str
    expected: tuple[str, ...]
    earlier: tuple[Example, ...]
    skip: str | None

    @property
    def stages(self) -> list[list[str]]:
        """The command's words, split at its pipes: the command first, then the filters."""
        lexer = shlex.shlex(self.command, posix=True, punctuation_chars="|")
        lexer.whitespace_split = True
        stages: list[list[str]] = [[]]
        for word in lexer:
            if word == "|":
                stages.append([])
            else:
                stages[-1].append(word)
        return stages

    @property
    def args(self) -> list[str]:
        return self.stages[0][1:]

    @property
    def name(self) -> str:
        """The command as a test id: its words and filters, without comment or line breaks."""
        return " ".join(" | ".join(shlex.join(stage) for stage in self.stages).split())

    @property
    def writes(self) -> bool:
        return bool(self.args) and self.args[0] in WRITERS

    @property
    def fails(self) -> bool:
        return any(line.startswith(ERROR) for line in self.expected)


def _complete(command: str) -> bool:
    """Whether a command is whole: no quote left open, no `\\` asking for the next line."""
    if command.endswith("\\"):
        return False
    try:
        shlex.split(command, comments=True)
    except ValueError:
        return False
    return True


def _skip_reason(command: str, block: list[str]) -> str | None:
    if not command.startswith("coordkg "):
        return "not a coordkg command: needs a shell, a server or make"
    if any(c.startswith("export COORDKG_STORE=") for c in block):
        return "the block points COORDKG_STORE at a SPARQL server"
    if command.startswith("coordkg serve"):
        return "serves until Ctrl-C"
    return None


def _block_examples(lines: list[tuple[int, str]]) -> Iterator[Example]:
    """The examples of one console block, given as (README line number, text) pairs."""
    commands: list[tuple[int, str, list[str]]] = []
    rest = iter(lines)
    for number, text in rest:
        if text.startswith("$ "):
            command = text[2:]
            while not _complete(command):
                command = command.removesuffix("\\") + "\n" + next(rest)[1]
            commands.append((number, command, []))
        elif commands:
            commands[-1][2].append(text)
    block = [c for _, c, _ in commands]
    earlier: list[Example] = []
    for number, command, output in commands:
        example = Example(
            number, command, tuple(output), tuple(earlier), _skip_reason(command, block)
        )
        earlier.append(example)
        yield example


def readme_examples(text: str) -> list[Example]:
    """Every command of every ```console block of the README, in order."""
    examples: list[Example] = []
    block: list[tuple[int, str]] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if block is None:
            if line.strip() == "```console":
                block = []
        elif line.strip() == "```":
            examples.extend(_block_examples(block))
            block = None
        else:
            block.append((number, line))
    return examples


def _filter(stage: list[str], lines: list[str]) -> list[str]:
    """What a filter after `|` leaves of the lines piped into it."""
    match stage:
        case ["grep", "-E", pattern]:
            return [line for line in lines if re.search(pattern, line)]
        case ["cut", spec] if re.fullmatch(r"-c1-\d+", spec):
            return [line[: int(spec[4:])] for line in lines]
        case ["head", count] if re.fullmatch(r"-\d+", count):
            return lines[: int(count[1:])]
    pytest.fail(f"the test cannot run the filter `{shlex.join(stage)}`: add it to _filter")


def _printed(example: Example, result: Result, store: Path) -> list[str]:
    """What the terminal shows: the output interleaved, or piped stdout then stderr."""
    if len(example.stages) == 1:
        lines = result.output.splitlines()
    else:
        lines = result.stdout.splitlines()
        for stage in example.stages[1:]:
            lines = _filter(stage, lines)
        lines += result.stderr.splitlines()
    return [line.replace(str(store), SHOWN_STORE) for line in lines]


def _matches(printed: list[str], expected: list[str]) -> bool:
    """Line by line equal but for trailing spaces (editors strip them), a `… s` in an expected
    line matching any duration."""
    return len(printed) == len(expected) and all(
        re.fullmatch(r"\d+(?:\.\d+)? s".join(map(re.escape, want.split(DURATION))), got.rstrip())
        for got, want in zip(printed, expected, strict=True)
    )


def _run(example: Example, store: Path) -> Result:
    env = {"COORDKG_STORE": str(store), "COLUMNS": "120"}
    return CliRunner().invoke(cli, example.args, env=env)


def _case(example: Example) -> object:
    marks = [pytest.mark.slow] if example.args[:1] == ["reason"] else []
    return pytest.param(example, id=example.name, marks=marks)


EXAMPLES = readme_examples(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples_to_run() -> None:
    assert sum(e.skip is None for e in EXAMPLES) >= 30, "the console blocks were not found"


@pytest.mark.parametrize("example", [_case(e) for e in EXAMPLES])
def test_readme_example(
    example: Example,
    built: tuple[GraphStore, BuildSummary],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if example.skip:
        pytest.skip(f"README line {example.line}: {example.skip}")
    setup = [e for e in example.earlier if e.writes and e.skip is None]
    store = built[0].location
    if example.writes or setup:
        store = tmp_path / "store"
        shutil.copytree(built[0].location, store)
    work = tmp_path / "work"
    work.mkdir()
    for word in example.stages[0] + [w for e in setup for w in e.stages[0]]:
        if (DOCUMENTS / word).is_file():
            shutil.copy(DOCUMENTS / word, work / word)
    monkeypatch.chdir(work)
    for before in setup:
        done = _run(before, store)
        assert (done.exit_code != 0) == before.fails, (
            f"README line {before.line}, run before this example: `{before.command}` "
            f"exited {done.exit_code}:\n{done.output}"
        )

    result = _run(example, store)
    printed = _printed(example, result, store)
    expected = list(example.expected)
    if expected[-1:] == [GOES_ON]:
        expected.pop()
        printed = printed[: len(expected)]
    where = f"README line {example.line}: `{example.command}`"
    assert _matches(printed, expected), (
        f"{where} prints otherwise (exit {result.exit_code}):\n" + "\n".join(printed)
    )
    if example.fails:
        assert result.exit_code != 0, f"{where} shows an error but exited 0"
        shown = [line for line in expected if line.startswith(ERROR)]
        assert all(line in result.stderr.splitlines() for line in shown), (
            f"{where}: the error is not on standard error"
        )
    else:
        assert result.exit_code == 0, f"{where} exited {result.exit_code}: {result.exception!r}"
