"""Benchmark: small commands as a person runs them, each a fresh process, start-up included.

Why this exists: issue 14 measured that start-up was most of a small command's time (`coordkg
ask` 0.19 s, 80 % of it imports its path never used; `coordkg map` 0.7-0.9 s, mostly scipy and
numpy), and set whole-process goals. Timing a function inside one interpreter hides exactly
that cost, so each run here is ``coordkg ...`` in a new interpreter, timed from the outside,
side by side with two baselines in the same run: an empty interpreter, and one that only imports
coordkg's command line (what no command can go below).

The bundled plans are built into a temporary store first; ``--store DIR`` adds ``ask roles``
as a table over another store (the 1,000-plan store of ``bench_scale.py --keep``, say).
``--before PATH`` times the same commands with another ``coordkg`` executable too (another
checkout's venv, e.g. main's before a change), reading the same stores, so a change is measured
against its baseline on the same machine at the same moment. Every command's runs are
interleaved with the others' (one run of each in turn), so a spell of load on a shared machine
falls on all of them alike. Each row gives wall seconds, which the goals are about, and the
CPU seconds the process used, which such load changes far less.
Numbers for a person to read: the goal lines say met or not met, nothing asserts them.

Run::

    python tests/benchmarks/bench_commands.py [--repeat 15] [--store DIR] [--before PATH]
                                              [--small]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: (label, command line after ``coordkg``, goal in seconds or None for a baseline).
Command = tuple[str, tuple[str, ...], float | None]

BASELINES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("python -c pass (baseline)", ("-c", "pass")),
    ("import coordkg.cli (baseline)", ("-c", "import coordkg.cli")),
)


def bundled_commands(out: Path) -> list[Command]:
    """The commands issues 13 and 14 set whole-process goals for, on the bundled plans."""
    return [
        ("coordkg ask roles", ("ask", "roles"), 0.12),
        (
            "coordkg ask roles --org IOM --role co-lead",
            ("ask", "roles", "--org", "IOM", "--role", "co-lead"),
            0.12,
        ),
        ("coordkg map", ("map", "--output", str(out / "map.html")), 0.45),
        # issue 13: the build of the bundled plans, sentence parser and kept answers included
        ("coordkg build", ("build", "--store", str(out / "built")), 3.0),
    ]


@dataclass
class Runs:
    """One command's timed runs: wall seconds, and the CPU seconds (user and system) its
    process used, which other work on a shared machine changes far less."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(commands: Sequence[Sequence[str]], env: dict[str, str], repeat: int) -> list[Runs]:
    """``repeat`` runs of each command line, each run its own process, the commands taking
    turns (after one untimed run of each, which warms the disk cache); a failed run stops the
    benchmark with its error."""
    runs = [Runs() for _ in commands]
    for i in range(repeat + 1):
        for argv, took in zip(commands, runs, strict=True):
            start, cpu = time.perf_counter(), _cpu()
            done = subprocess.run(argv, env=env, capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.strip()[-500:]}")
            if i:
                took.wall.append(time.perf_counter() - start)
                took.cpu.append(_cpu() - cpu)
    return runs


def row(
    label: str, runs: Runs, goal: float | None, before: Runs | None = None
) -> tuple[str, str | None]:
    """A table row of median and 90th percentile wall seconds and median CPU seconds, and the
    goal line if there is one (with the median of ``before``, the same command's runs with the
    other executable)."""
    times = runs.wall
    median = statistics.median(times)
    p90 = sorted(times)[max(0, round(0.9 * len(times)) - 1)]
    cpu = statistics.median(runs.cpu)
    line = f"| {label} | {median:.3f} | {p90:.3f} | {cpu:.3f} | {len(times)} |"
    if goal is None:
        return line, None
    verdict = "met" if median < goal else "not met"
    was = f"; before: {statistics.median(before.wall):.3f} s" if before else ""
    return (
        line,
        f"- goal: `{label}` under {goal:g} s as a whole process: **{verdict}** "
        f"({median:.3f} s{was})",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs of each command")
    parser.add_argument("--store", type=Path, help="a built store to ask `roles` of as a table")
    parser.add_argument(
        "--before", type=Path, help="another coordkg executable to time the commands with too"
    )
    parser.add_argument("--small", action="store_true", help="two runs of each (CI)")
    args = parser.parse_args(argv)
    repeat = 2 if args.small else args.repeat
    coordkg = str(Path(sys.executable).with_name("coordkg"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # As on a user's machine, the untimed first run leaves bytecode that the timed runs
        # load: with PYTHONDONTWRITEBYTECODE every run would compile coordkg's sources again.
        kept = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {**kept, "COORDKG_STORE": str(folder / "store"), "COLUMNS": "120"}
        subprocess.run([coordkg, "build"], env=env, check=True, capture_output=True)
        commands = bundled_commands(folder)
        if args.store:
            table = ("ask", "roles", "--store", str(args.store))
            commands.append((f"coordkg ask roles, {args.store.name}", table, 0.5))
        lines = [[sys.executable, *python_args] for _, python_args in BASELINES]
        lines += [[coordkg, *command] for _, command, _ in commands]
        if args.before:
            lines += [[str(args.before), *command] for _, command, _ in commands]
        print(f"{len(lines)} commands, {repeat} runs each", file=sys.stderr, flush=True)
        times = timed(lines, env, repeat)
    start = len(BASELINES)
    after, before = times[start : start + len(commands)], times[start + len(commands) :]
    rows = [row(label, t, None)[0] for (label, _), t in zip(BASELINES, times, strict=False)]
    goals: list[str] = []
    for n, (label, _, goal) in enumerate(commands):
        line, verdict = row(label, after[n], goal, before[n] if before else None)
        rows.append(line)
        goals += [verdict] if verdict else []
    rows += [
        row(f"before: {label}", t, None)[0]
        for (label, _, _), t in zip(commands, before, strict=False)
    ]
    print("| command | median s | p90 s | CPU median s | runs |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print("\n".join(goals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
