"""Benchmark: two checkouts of coordkg side by side on one synthetic corpus, for a change's
before and after.

Why this exists: on a shared machine a figure means something only beside its baseline measured
in the same run. Each measure here is taken for both checkouts in turn, repetition by
repetition, so that both see the same load:

- ``coordkg add`` of one more plan to the store of the corpus (a copy of one store each time,
  its answers kept), as a whole process (wall and CPU seconds); the answers each side kept are
  then compared, as rows and file by file, byte for byte;
- ``roles --org IOM --role co-lead`` (or each ``--question``) on the store's engine with no
  kept answer (``queries.run.run_sparql``), each run in a fresh process that has opened the
  store, so that every run starts cold as a ``coordkg ask`` does; and the same on a SPARQL
  server when given;
- with ``--builds``, ``coordkg build`` of the corpus with the sentence parser and without it
  (wall seconds, and CPU seconds of the command and its workers), ``--repeat`` times each (each repetition builds both ways on both sides, so that a spell of
  load falls on all four alike); the two sides' first stores of each are compared quad by
  quad (a change meant to make the build faster must build the same graph). ``--builds-only``
  stops there.

Each side asks the store its own checkout built (a change may change what the build writes,
and what its questions read); the server holds what the ``--after`` side built (or what it
held).

``--before`` and ``--after`` are checkouts with their own ``.venv`` (``make .venv/bin/coordkg``;
``git worktree add --detach DIR COMMIT`` makes one of an older commit). A server is given with
``--endpoint`` (credentials from the environment, as for ``coordkg build --store URL``;
``with_virtuoso.py bench_versions.py …`` passes a scratch Virtuoso's), and the corpus is built
into it unless ``--loaded`` says it holds it already.

Run::

    python tests/benchmarks/bench_versions.py --before ../main-checkout [--after .]
        [--plans 1000] [--repeat 5] [--builds [--builds-only]] [--endpoint URL [--loaded]]
        [--no-add] [--small] [--question "links org=IOM" ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synthetic import generate, write_plan  # noqa: E402

from coordkg.graph.extract.parse import SWITCH as PARSER_SWITCH  # noqa: E402
from coordkg.graph.store.local import GraphStore  # noqa: E402
from coordkg.queries.answers import load  # noqa: E402
from coordkg.queries.precompute import questions  # noqa: E402

SEED = 0
SELECTIVE = "roles org=IOM role=co-lead"
"""The selective question asked unless ``--question`` names others: its name, then each
parameter as NAME=VALUE."""
BUILDS = ("build s", "build s, parser off")
"""The two build measures: with the sentence parser, and without it."""


def cpu_label(label: str) -> str:
    """The label of a build measure's CPU seconds (the command's and its workers')."""
    return label.replace("build s", "build CPU s")


#: What one run of the selective question does in a fresh process of a checkout: open the store
#: (a directory, or a server's URL), time ``run_sparql`` once, print the seconds and the rows.
ASK = """
import sys, time
from pathlib import Path
from coordkg.queries.catalogue import get
from coordkg.queries.run import run_sparql
where = sys.argv[1]
if where.startswith("http"):
    from coordkg.graph.store.remote import RemoteStore as Store
else:
    from coordkg.graph.store.local import GraphStore as Store
    where = Path(where)
with Store(where).reader() as graph:
    start, cpu = time.perf_counter(), time.process_time()
    table = run_sparql(graph, get(sys.argv[2]), dict(a.split("=", 1) for a in sys.argv[3:]))
    print(time.perf_counter() - start, time.process_time() - cpu, len(table.rows))
"""


def python(checkout: Path) -> str:
    return str(checkout / ".venv" / "bin" / "python")


def run(argv: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """Wall seconds of a command, and what it wrote to stderr; a failure stops the benchmark."""
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env)
    took = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    return took, done.stdout + done.stderr


def build(checkout: Path, store: str, plans: Path, parser: bool = True) -> tuple[float, float]:
    """Wall seconds of ``coordkg build``, and the CPU seconds of it and its workers (on a
    shared machine the wall time mostly measures the wait for a core)."""
    env = {**os.environ, PARSER_SWITCH: "on" if parser else "off"}
    command = [python(checkout), "-m", "coordkg", "build", "--store", store, "--jobs", "2"]
    used = _children_cpu()
    took = run([*command, str(plans)], env)[0]
    return took, _children_cpu() - used


def _children_cpu() -> float:
    """User and system CPU seconds of every child process waited for so far (a child's own
    children included, once it has waited for them)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def add(checkout: Path, base: Path, store: Path, plan: Path) -> tuple[float, float, str]:
    """``coordkg add`` of ``plan`` to a fresh copy of ``base`` at ``store``: (seconds, CPU
    seconds, how it kept its answers)."""
    shutil.rmtree(store, ignore_errors=True)
    shutil.copytree(base, store)
    used = _children_cpu()
    took, said = run([python(checkout), "-m", "coordkg", "add", "--store", str(store), str(plan)])
    how = next((line for line in said.splitlines() if "catalogue's" in line), "?")
    return took, _children_cpu() - used, how


def ask(checkout: Path, where: str, question: str) -> tuple[float, float, int]:
    """One cold run of ``question`` (see :data:`SELECTIVE`) on the engine of ``where``: (ms,
    ms of the process's CPU, rows).  On a busy machine the wall time mostly measures the wait
    for a core; the CPU time of the embedded engine, which runs in the process, much less so."""
    name, *params = question.split(" ", 1)
    pairs = re.findall(r"(\w+=.*?)(?= \w+=|$)", params[0]) if params else []
    _, out = run([python(checkout), "-c", ASK, where, name, *pairs])
    seconds, cpu, rows = out.split()
    return float(seconds) * 1000, float(cpu) * 1000, int(rows)


def same_answers(first: Path, second: Path) -> list[str]:
    """The questions whose kept answers differ between two stores (as sorted rows)."""
    differ = []
    with GraphStore(first).reader() as a, GraphStore(second).reader() as b:
        for query in questions():
            kept = [load(g.derived, query) if g.derived else None for g in (a, b)]
            rows = [sorted(k.table(sorted(k.names)).rows) if k is not None else None for k in kept]
            if rows[0] is None or rows[0] != rows[1]:
                differ.append(query.name)
    return differ


def differing(first: Path, second: Path) -> list[str]:
    """The kept answer files that are not byte for byte the same in both folders (or that
    only one holds)."""
    names = {p.name for p in first.glob("*.kept")} | {p.name for p in second.glob("*.kept")}
    return sorted(
        n
        for n in names
        if not (first / n).exists()
        or not (second / n).exists()
        or (first / n).read_bytes() != (second / n).read_bytes()
    )


def kept_files(store: Path) -> Path:
    """The folder of the answers kept for a store's live graph."""
    with GraphStore(store).reader() as graph:
        assert graph.derived is not None, store
        return graph.derived


def quads(store: Path) -> tuple[int, str]:
    """How many quads a store holds, and a digest of those without blank nodes, sorted (a
    build labels the ontology's blank nodes anew)."""
    with GraphStore(store).reader() as graph:
        data = graph.dump(format=ox.RdfFormat.N_QUADS)
    assert data is not None
    lines = data.splitlines()
    named = sorted(q for q in lines if b"_:" not in q)
    return len(lines), hashlib.sha256(b"\n".join(named)).hexdigest()


def cell(times: list[float], digits: int) -> str:
    return f"{statistics.median(times):,.{digits}f}"


def spread(times: list[float], digits: int) -> str:
    """Every run, fastest first: the spread a median hides."""
    return ", ".join(f"{t:,.{digits}f}" for t in sorted(times))


def _parser_share(rows: list[tuple[str, dict[str, list[float]], int]]) -> str:
    """What the sentence parser adds to each side's build: median with it over median without
    it, less one."""
    on, off = (next(t for label, t, _ in rows if label == name) for name in BUILDS)
    shares = (
        f"{side} {statistics.median(on[side]) / statistics.median(off[side]) - 1:+.0%}"
        for side in on
    )
    return "the sentence parser adds to the build (medians): " + ", ".join(shares)


def side_by_side(description: str, repeat: int, small: str) -> argparse.ArgumentParser:
    """The options of every benchmark of two checkouts: the checkouts, the corpus, the runs."""
    parser = argparse.ArgumentParser(description=description.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="the baseline's checkout")
    parser.add_argument("--after", type=Path, default=HERE.parent.parent, help="default: this")
    parser.add_argument("--plans", type=int, default=1000, help="corpus size (default: 1000)")
    parser.add_argument("--repeat", type=int, default=repeat, help="runs of each measure per side")
    parser.add_argument("--small", action="store_true", help=small)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = side_by_side(__doc__, 5, "10 plans, 2 runs (CI)")
    parser.add_argument("--builds", action="store_true", help="also time the builds")
    parser.add_argument("--builds-only", action="store_true", help="time only the builds")
    parser.add_argument("--endpoint", default="", help="also ask this SPARQL server")
    parser.add_argument("--loaded", action="store_true", help="the server holds the corpus")
    parser.add_argument(
        "--no-add", action="store_true", help="time only the questions (and --builds)"
    )
    parser.add_argument(
        "--question",
        action="append",
        help=f'a question to time, as "NAME PARAM=VALUE ..." (default: "{SELECTIVE}")',
    )
    args = parser.parse_args(argv)
    count, repeat = (10, 2) if args.small else (args.plans, args.repeat)
    sides = {"before": args.before.resolve(), "after": args.after.resolve()}
    started = time.perf_counter()
    rows: list[tuple[str, dict[str, list[float]], int]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="coordkg-bench-versions-") as tmp:
        work = Path(tmp)
        plans = work / "plans"
        generate(count, plans, SEED)
        (work / "one").mkdir()
        plan = write_plan(SEED, count, work / "one")
        bases = {side: work / f"store-{side}" for side in sides}  # each side's own build
        if args.builds or args.builds_only:
            builds: dict[str, dict[str, list[float]]] = {
                label: {side: [] for side in sides} for label in (*BUILDS, *map(cpu_label, BUILDS))
            }
            for run_number in range(repeat):  # each repetition builds both ways on both sides
                for parser_on, label in zip((True, False), BUILDS, strict=True):
                    built = {}
                    for side, checkout in sides.items():
                        store = work / f"build-{side}"
                        took, used = build(checkout, str(store), plans, parser_on)
                        builds[label][side].append(took)
                        builds[cpu_label(label)][side].append(used)
                        print(f"{label}, {side}: {took:.1f} ({used:.1f} CPU)", file=sys.stderr)
                        if run_number == 0:
                            built[side] = quads(store)
                        if parser_on and not bases[side].exists():
                            store.rename(bases[side])
                        else:
                            shutil.rmtree(store)
                    if built:
                        counts = " / ".join(f"{side} {n:,}" for side, (n, _) in built.items())
                        same = len(set(built.values())) == 1
                        notes.append(
                            f"{label}: quads built, {counts}: "
                            + ("the same on both sides" if same else "**they differ**")
                        )
            rows.extend((label, by_side, 1) for label, by_side in builds.items())
            notes.append(_parser_share(rows))
        else:
            for side, checkout in sides.items():
                build(checkout, str(bases[side]), plans)
        if args.endpoint and not args.loaded:
            build(sides["after"], args.endpoint, plans)
        said: dict[tuple[str, str], object] = {}  # (measure, side): what its last run said
        cpu: dict[str, list[float]] = {side: [] for side in sides}  # the engine's, per question

        def measure(label: str, side: str, where: str, question: str) -> float:
            if label.startswith("add"):
                took, used, said[label, side] = add(sides[side], bases[side], work / side, plan)
                cpu[side].append(used)
                return took
            took, used, said[label, side] = ask(sides[side], where or str(bases[side]), question)
            if "engine" in label:
                cpu[side].append(used)
            return took

        measures = {"add one plan s": ("", "")}  # label: (where, question); "": own store
        if args.no_add:
            del measures["add one plan s"]
        for question in args.question or [SELECTIVE]:
            what = "selective question" if question == SELECTIVE else f"`{question}`"
            measures[f"{what}, engine ms"] = ("", question)
            if args.endpoint:
                measures[f"{what}, server ms"] = (args.endpoint, question)
        if args.builds_only:
            measures = {}
        for label, (where, question) in measures.items():
            print(label, file=sys.stderr, flush=True)
            times = {side: [] for side in sides}
            for _ in range(repeat):
                for side in sides:
                    times[side].append(measure(label, side, where, question))
            digits = 0 if label.endswith("ms") else 2
            rows.append((label, times, digits))
            if "engine" in label:
                rows.append((label.replace("engine", "engine, CPU"), cpu, 0))
            elif label.startswith("add"):
                rows.append((label.replace(" s", " CPU s"), cpu, 2))
            cpu = {side: [] for side in sides}
            last = " / ".join(f"{side} {said[label, side]}" for side in sides)
            notes.append(f"{label}, last runs: {last}")
        if "add one plan s" in measures:
            differ = same_answers(work / "before", work / "after")
            notes.append(
                "kept answers after add: "
                + (f"differ in {', '.join(differ)}" if differ else "the same on both sides")
            )
            files = [kept_files(work / side) for side in sides]
            bytewise = differing(*files)
            notes.append(
                f"kept answer files after add ({len(list(files[0].glob('*.kept')))} compared): "
                + (f"**differ** in {', '.join(bytewise)}" if bytewise else "byte for byte the same")
            )
    print(
        f"Before: {sides['before']}; after: {sides['after']}. Corpus: tests/benchmarks/"
        f"synthetic.py, {count:,} plans, seed {SEED}; pyoxigraph {ox.__version__}, nproc "
        f"{len(os.sched_getaffinity(0))}. Runs alternate before/after; the run took "
        f"{(time.perf_counter() - started) / 60:.1f} min.\n"
    )
    print(
        "| measure | before median | after median | after / before | runs per side "
        "| before runs | after runs |"
    )
    print("|---|---|---|---|---|---|---|")
    for label, times, digits in rows:
        ratio = statistics.median(times["after"]) / statistics.median(times["before"])
        print(
            f"| {label} | {cell(times['before'], digits)} | "
            f"{cell(times['after'], digits)} | {ratio:.2f} | {len(times['after'])} | "
            f"{spread(times['before'], digits)} | {spread(times['after'], digits)} |"
        )
    print()
    for note in notes:
        print(f"- {note}")
    print(json.dumps({label: times for label, times, _ in rows}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
