"""Benchmark: the kept answers' precompute of two checkouts, question by question, side by side.

Why this exists: answering every catalogue question afresh (``queries/precompute.py``) is the
largest serial part of a large build and of ``reason``, and a change meant to make it cheaper
must keep every answer as it was. Both checkouts answer the same store, in turn, repetition by
repetition (so that both see the same load), each in a process of its own, one question after
another on one core: the CPU seconds of each question, and then whether each side's kept answer
files are byte for byte the same. The side that answers first in a repetition reads the store
from colder caches (the same code beside itself took less CPU when second), so the order
alternates between repetitions: give an even ``--repeat``.

``--before`` and ``--after`` are checkouts with their own ``.venv`` (``make .venv/bin/coordkg``;
``git worktree add --detach DIR COMMIT`` makes one of an older commit). The corpus is
``synthetic.py``'s, built once by the after side without the sentence parser, unless ``--store``
names a store already built.

Run::

    python tests/benchmarks/bench_precompute.py --before ../main-checkout [--after .]
        [--plans 1000] [--repeat 4] [--store DIR] [--small]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_versions import build, differing, side_by_side  # noqa: E402
from synthetic import generate  # noqa: E402

from coordkg.graph.store.local import GraphStore  # noqa: E402

SEED = 0

#: What one side does in a process of its own: answer each question of its catalogue on the
#: store's live generation as its precompute does (``answerer``: one question at a time, kept
#: in a folder; a checkout older than the shared role join has ``_answer`` instead), and print
#: each one's CPU seconds. What questions share (rolejoin.py) is counted in the first of them
#: to be answered.
ANSWER = """
import json, sys, time
from functools import partial
from pathlib import Path
import pyoxigraph as ox
from coordkg.queries import precompute
store = ox.Store.read_only(sys.argv[1])
if hasattr(precompute, "answerer"):
    answer = precompute.answerer(store)
else:
    answer = partial(precompute._answer, store)
seconds = {}
for query in precompute.questions():
    cpu = time.process_time()
    answer(Path(sys.argv[2]), query)
    seconds[query.name] = time.process_time() - cpu
print(json.dumps(seconds))
"""


def answer(checkout: Path, generation: Path, folder: Path) -> dict[str, float]:
    """Each question's CPU seconds on ``checkout``, its answers kept in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    python = str(checkout / ".venv" / "bin" / "python")
    done = subprocess.run(
        [python, "-c", ANSWER, str(generation), str(folder)], capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(f"{checkout} failed to answer:\n{done.stderr[-2000:]}")
    seconds: dict[str, float] = json.loads(done.stdout)
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = side_by_side(__doc__, 4, "10 plans, 1 run (CI)")
    parser.add_argument("--store", type=Path, help="a store already built (no corpus made)")
    args = parser.parse_args(argv)
    count, repeat = (10, 1) if args.small else (args.plans, args.repeat)
    sides = {"before": args.before.resolve(), "after": args.after.resolve()}
    started, load = time.perf_counter(), os.getloadavg()
    times: dict[str, dict[str, list[float]]] = {side: {} for side in sides}
    with tempfile.TemporaryDirectory(prefix="coordkg-bench-precompute-") as tmp:
        work = Path(tmp)
        store = args.store
        if store is None:
            store = work / "store"
            generate(count, work / "plans", SEED)
            build(sides["after"], str(store), work / "plans", parser=False)  # answers, not reading
        with GraphStore(store).held() as generation:
            for run_number in range(repeat):
                order = list(sides.items())
                for side, checkout in order[:: -1 if run_number % 2 else 1]:
                    folder = work / f"answers-{side}-{run_number}"
                    for name, seconds in answer(checkout, generation, folder).items():
                        times[side].setdefault(name, []).append(seconds)
                    print(f"{side}, run {run_number + 1}: done", file=sys.stderr, flush=True)
        differ = differing(work / "answers-before-0", work / "answers-after-0")
        compared = len(list((work / "answers-after-0").glob("*.kept")))
    names = sorted(set(times["before"]) | set(times["after"]))
    print(
        f"Before: {sides['before']}; after: {sides['after']}. Store: "
        f"{args.store or f'tests/benchmarks/synthetic.py, {count:,} plans, seed {SEED}'}; "
        f"{repeat} runs per side, alternating; load average {load[0]:.2f} at the start, "
        f"{os.getloadavg()[0]:.2f} at the end; the run took "
        f"{(time.perf_counter() - started) / 60:.1f} min.\n"
    )
    print("| question | before CPU s, median | after CPU s, median | after / before |")
    print("|---|---|---|---|")
    totals = {side: 0.0 for side in sides}
    for name in names:
        cells = []
        for side in sides:
            runs = times[side].get(name)
            median = statistics.median(runs) if runs else 0.0
            totals[side] += median
            cells.append(f"{median:.2f}" if runs else "-")
        ratio = _ratio(times, name)
        print(f"| {name} | {cells[0]} | {cells[1]} | {ratio} |")
    whole = totals["after"] / totals["before"] if totals["before"] else 0.0
    print(f"| all | {totals['before']:.2f} | {totals['after']:.2f} | {whole:.2f} |")
    print()
    print(
        f"- kept answer files ({compared} compared): "
        + (f"**differ** in {', '.join(differ)}" if differ else "byte for byte the same")
    )
    return 0


def _ratio(times: dict[str, dict[str, list[float]]], name: str) -> str:
    before, after = (times[side].get(name) for side in ("before", "after"))
    if not before or not after or statistics.median(before) == 0:
        return "-"
    return f"{statistics.median(after) / statistics.median(before):.2f}"


if __name__ == "__main__":
    sys.exit(main())
