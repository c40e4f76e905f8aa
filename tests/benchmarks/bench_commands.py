"""Benchmark: small commands as a person runs them, each a fresh process, start-up included.

Why this exists: issue 14 measured that start-up was most of a small command's time (`coordkg
ask` 0.19 s, 80 % of it imports its path never used; `coordkg map` 0.7-0.9 s, mostly scipy and
numpy), and set whole-process goals. Timing a function inside one interpreter hides exactly
that cost, so each run here is ``coordkg ...`` in a new interpreter, timed from the outside,
side by side with two baselines in the same run: an empty interpreter, and one that only imports
coordkg's command line (what no command can go below).

The bundled plans are built into a temporary store first; ``--store DIR`` adds ``ask roles``
as a table over another store (the 1,000-plan store of ``bench_scale.py --keep``, say).
Numbers for a person to read: the goal lines say met or not met, nothing asserts them.

Run::

    python tests/benchmarks/bench_commands.py [--repeat 15] [--store DIR] [--small]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

#: (label, command line after ``coordkg``, goal in seconds or None for a baseline).
Command = tuple[str, tuple[str, ...], float | None]

BASELINES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("python -c pass (baseline)", ("-c", "pass")),
    ("import coordkg.cli (baseline)", ("-c", "import coordkg.cli")),
)


def bundled_commands(out: Path) -> list[Command]:
    """The commands issue 14 set whole-process goals for, on the bundled plans."""
    return [
        ("coordkg ask roles", ("ask", "roles"), 0.12),
        (
            "coordkg ask roles --org IOM --role co-lead",
            ("ask", "roles", "--org", "IOM", "--role", "co-lead"),
            0.12,
        ),
        ("coordkg map", ("map", "--output", str(out / "map.html")), 0.45),
    ]


def timed(argv: Sequence[str], env: dict[str, str], repeat: int) -> list[float]:
    """Wall seconds of ``repeat`` runs of ``argv`` (after one untimed run that warms the disk
    cache), each its own process; a failed run stops the benchmark with its error."""
    times: list[float] = []
    for i in range(repeat + 1):
        start = time.perf_counter()
        done = subprocess.run(argv, env=env, capture_output=True, text=True)
        took = time.perf_counter() - start
        if done.returncode:
            raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.strip()[-500:]}")
        if i:
            times.append(took)
    return times


def row(label: str, times: list[float], goal: float | None) -> tuple[str, str | None]:
    """A table row of median and 90th percentile seconds, and the goal line if there is one."""
    median = statistics.median(times)
    p90 = sorted(times)[max(0, round(0.9 * len(times)) - 1)]
    line = f"| {label} | {median:.3f} | {p90:.3f} | {len(times)} |"
    if goal is None:
        return line, None
    verdict = "met" if median < goal else "not met"
    return (
        line,
        f"- goal: `{label}` under {goal:g} s as a whole process: **{verdict}** ({median:.3f} s)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs of each command")
    parser.add_argument("--store", type=Path, help="a built store to ask `roles` of as a table")
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
        rows: list[str] = []
        goals: list[str] = []
        for label, python_args in BASELINES:
            line, _ = row(label, timed([sys.executable, *python_args], env, repeat), None)
            rows.append(line)
        commands = bundled_commands(folder)
        if args.store:
            table = ("ask", "roles", "--store", str(args.store))
            commands.append((f"coordkg ask roles, {args.store.name}", table, 0.5))
        for label, command, goal in commands:
            print(label, file=sys.stderr, flush=True)
            line, verdict = row(label, timed([coordkg, *command], env, repeat), goal)
            rows.append(line)
            goals += [verdict] if verdict else []
    print("| command | median s | p90 s | runs |")
    print("|---|---|---|---|")
    print("\n".join(rows))
    print()
    print("\n".join(goals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
