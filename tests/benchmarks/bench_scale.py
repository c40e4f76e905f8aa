"""Benchmark: coordkg at 10, 100 and 1,000 documents, from build to question to map, in one run.

Why this exists: the scale issue set goals a person checks against numbers, not timed unit tests
(flaky on shared machines): build time grows linearly with the corpus; 1,000 documents build
in under 2 minutes on a 2-core machine; every catalogue question answers in under 50 ms median
at 1,000 documents on the embedded store, with its ratio to rdflib's own engine; extraction
quality on the synthetic corpus stays at the gold tests' level; a map of the whole graph is
refused or reduced with a clear message. This script measures all of it and prints Markdown
tables with each goal stated next to its figures. It has no ``test_`` functions, so pytest
never collects it.

For each size it writes a synthetic corpus (``synthetic.py``, fixed seed, timed apart from the
build), runs ``coordkg build`` on it in its own process as a user would (wall clock, and the peak
resident memory of the build's largest process, from ``wait4``) and again with the sentence
parser switched off (``COORDKG_PARSER=off``), scores the answers against the generator's gold, then times every catalogue case of ``bench_store.py`` on the built store as
coordkg reads it (on-disk Oxigraph, read-only) and on rdflib's engine over the same quads in
memory, checks both return the same rows, and times two maps: the latest plan and every plan.
With ``--endpoint URL`` the same corpus is also built into a SPARQL server and the same questions
are timed there (credentials from ``COORDKG_STORE_USER``/``COORDKG_STORE_PASSWORD`` and the
update URL from ``COORDKG_STORE_UPDATE_URL``, as for ``coordkg --store URL``).

Queries run in forked children with a time budget (``bench_store.measure``); an engine that used
up its budget on a question without one run is not asked that question at larger sizes.

Run::

    python tests/benchmarks/bench_scale.py [--sizes 10,100,1000] [--repeat 5] [--budget 30]
                                           [--jobs N] [--endpoint URL] [--no-parser-off]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from coordkg.errors import InputError
from coordkg.graph.extract.parse import SWITCH as PARSER_SWITCH
from coordkg.graph.folding import slug
from coordkg.graph.store.local import GraphStore, Readable
from coordkg.graph.store.remote import RemoteStore
from coordkg.queries.answers import load
from coordkg.queries.catalogue import Query, catalogue, get
from coordkg.queries.precompute import precompute, questions
from coordkg.queries.run import Source, run_oxigraph, run_rdflib, run_sparql, solve
from coordkg.queries.table import Table
from coordkg.visualize.limits import MAX_NODES
from coordkg.visualize.maps import ALL_PLANS, MapRequest, write_map

# goldmatch lives in tests/, shared with the gold test suites
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_store import (
    Case,
    Timing,
    cases,
    latency,
    machine,
    markdown,
    measure,
    progress,
    ratio,
)
from goldmatch import label_index, norm, read_csv, same_role, score
from synthetic import generate, write_plan

SEED = 0
OXIGRAPH, SPARQL, MEMORY = "Oxigraph", "Oxigraph SPARQL", "Oxigraph in memory"
RDFLIB, SERVER = "rdflib", "server"
AS_WRITTEN = "Oxigraph SPARQL, filters only"
ONE_PLAN = "--plan ONE"
"""Label ending of a question asked of one plan (synthetic plan 0, which every size holds)."""
QUALITY = 1.0  # the level of the gold tests and tests/scale
BUILD_GOAL = (1000, 120.0)  # documents, seconds
QUERY_GOAL_MS = 50.0
LINEAR = 1.25  # s/document may grow this much between the two largest sizes and still be linear
PARSER_GOAL = 0.40  # the sentence parser may add this much to the build

Runner = Callable[[Query, dict[str, str]], Table]
Verdict = tuple[str, str]  # a mark (= ≈ ≠) and a note ("" when there is nothing to say)
Counts = list[int]  # matched gold, gold, matched output, output


@dataclass
class Built:
    """One size's corpus and build: a row of the build table."""

    documents: int
    text_mb: float
    generate_s: float
    build_s: float
    peak_mb: float
    triples: int = 0
    roles: tuple[float, float] = (0.0, 0.0)  # precision, recall
    programmes: tuple[float, float] = (0.0, 0.0)
    memory_load_s: float = 0.0
    rdflib_load_s: float | None = None  # None: not loaded (every question hopeless)
    server_build_s: float | None = None
    parser_off_s: float | None = None  # the same build with the sentence parser switched off
    add_s: float = 0.0  # `coordkg add` of one more plan, whole command
    afresh_s: float = 0.0  # answering the whole catalogue again on the graph after that add
    add_note: str = ""  # how that add kept its answers, and whether they equal afresh ones


@dataclass
class Drawn:
    """One map: how long it took, and what it drew or why it was refused."""

    seconds: float
    nodes: int = 0
    links: int = 0
    kb: float = 0.0
    refused: str = ""  # the InputError's problem
    error: str = ""  # anything else: the map failed


@dataclass
class Size:
    """Everything measured at one size."""

    built: Built
    timings: dict[str, dict[str, Timing]] = field(default_factory=dict)  # case -> engine -> t
    verdicts: dict[tuple[str, str], Verdict] = field(default_factory=dict)  # (case, engine)
    latest: Drawn | None = None
    everything: Drawn | None = None


# --- corpus and build ------------------------------------------------------------------------


def corpus(count: int, folder: Path) -> tuple[list[Path], float, float]:
    """Write the synthetic plans: (paths, seconds, MB of text); timed apart from the build."""
    started = time.perf_counter()
    paths = generate(count, folder, SEED)
    seconds = time.perf_counter() - started
    return paths, seconds, sum(p.stat().st_size for p in paths) / 1e6


def timed_build(
    store: str, folder: Path, jobs: int, log: Path, parser: bool = True
) -> tuple[float, float]:
    """Run ``coordkg build`` in its own process, as a user would: (wall seconds, peak MB).

    The peak is ``ru_maxrss`` from ``wait4`` on the command: the resident set of the largest
    single process of the build (the command or one of its workers), not of the tree's sum.
    ``parser=False`` switches the sentence parser off (``COORDKG_PARSER=off``).
    """
    command = [sys.executable, "-m", "coordkg", "build", "--store", store, str(folder)]
    env = {**os.environ, PARSER_SWITCH: "on" if parser else "off"}
    with open(log, "wb") as out:
        started = time.perf_counter()
        child = subprocess.Popen([*command, "--jobs", str(jobs)], stdout=out, stderr=out, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-5:])
        raise SystemExit(f"coordkg build --store {store} failed ({child.returncode}):\n{tail}")
    return seconds, usage.ru_maxrss / 1024


def timed_add(count: int, tmp: Path) -> tuple[float, float, str]:
    """``coordkg add`` of one plan more to the store of ``count``, in its own process, as a user
    would (the kept answers carried over); then, on the graph it wrote, the whole catalogue
    answered again, which is what ``add`` did before: (add s, answering afresh s, how ``add``
    kept its answers and whether they are those answered afresh).

    The plan is number ``count`` of the same seed, which the store does not hold (the last of
    ``count + 1`` plans sorted by name is one it holds: adding it again replaced it)."""
    (tmp / "one-more").mkdir()
    new = write_plan(SEED, count, tmp / "one-more")
    command = [sys.executable, "-m", "coordkg", "add", "--store", str(tmp / "store"), str(new)]
    started = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    add_s = time.perf_counter() - started
    afresh = tmp / "answers-afresh"
    afresh.mkdir()
    with GraphStore(tmp / "store").held() as generation:
        started = time.perf_counter()
        precompute(generation, afresh)
        afresh_s = time.perf_counter() - started
    how = next((x for x in done.stderr.splitlines() if "catalogue's answers" in x), "?")
    return add_s, afresh_s, f"{how}; {kept_against(tmp / 'store', afresh)}"


def kept_against(store: Path, afresh: Path) -> str:
    """Whether the answers ``add`` kept are those answered afresh (the same rows)."""
    differ = []
    with GraphStore(store).reader() as graph:
        for query in questions():
            kept = load(graph.derived, query) if graph.derived else None
            fresh = load(afresh, query)
            if kept is None or fresh is None:
                differ.append(query.name)
                continue
            rows = (sorted(a.table(fresh.names).rows) for a in (kept, fresh))
            if next(rows) != next(rows):
                differ.append(query.name)
    return f"kept answers differ from afresh: {', '.join(differ)}" if differ else "kept = afresh"


# --- extraction quality ------------------------------------------------------------------------


def by_document(store: Readable, name: str) -> dict[str, list[dict[str, str]]]:
    """A question's rows grouped by the id of the document that states them (its hidden
    ``doc_id`` column: one run scores every document, where a run per document filtered by
    ``--plan`` would be a full evaluation each)."""
    query = get(name)
    table = solve(store, query, {}).without(set(query.hidden) - {"doc_id"}, query.distinct)
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in table.as_dicts():
        out[row.pop("doc_id")].append(row)
    return out


def role_counts(
    gold: list[dict[str, str]], out: list[dict[str, str]], labels: dict[str, set[str]]
) -> Counts:
    """Matched gold, gold, matched output, output for one document's roles (as tests/scale)."""
    for row in gold + out:
        row["plan"] = "same document"
    found = sum(any(same_role(g, o, labels) for o in out) for g in gold)
    right = sum(any(same_role(g, o, labels) for g in gold) for o in out)
    return [found, len(gold), right, len(out)]


def programme_counts(gold: list[dict[str, str]], out: list[dict[str, str]]) -> Counts:
    """The same for programmes, matched on (name, USD) as the gold tests do."""

    def key(row: dict[str, str]) -> tuple[str, str]:
        return norm(row["programme"]), row["funding_usd"]

    g, o = [key(r) for r in gold], [key(r) for r in out]
    return [sum(x in o for x in g), len(g), sum(x in g for x in o), len(o)]


def quality(store: ox.Store, paths: list[Path]) -> tuple[tuple[float, float], tuple[float, float]]:
    """Precision and recall of roles and of programmes over every document, against the gold
    the generator wrote; rows of a document not in the corpus count as wrong."""
    labels = label_index(store)
    roles, programmes = by_document(store, "roles"), by_document(store, "programmes")
    r_total, p_total = [0] * 4, [0] * 4
    for path in paths:
        doc = slug(path.stem)
        r = role_counts(read_csv(path.with_suffix(".roles.csv")), roles.pop(doc, []), labels)
        p = programme_counts(read_csv(path.with_suffix(".programmes.csv")), programmes.pop(doc, []))
        r_total = [a + b for a, b in zip(r_total, r, strict=True)]
        p_total = [a + b for a, b in zip(p_total, p, strict=True)]
    r_total[3] += sum(map(len, roles.values()))
    p_total[3] += sum(map(len, programmes.values()))
    return score(*r_total), score(*p_total)


# --- questions -------------------------------------------------------------------------------


def memory_copy(quads: bytes) -> tuple[ox.Store, float]:
    """The same quads in an in-memory Oxigraph store: (store, s). The other embedded option,
    to show how much of a question's time is the on-disk store's."""
    started = time.perf_counter()
    store = ox.Store()
    store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
    return store, time.perf_counter() - started


def rdflib_copy(quads: bytes) -> tuple[Dataset, float]:
    """The same quads in rdflib's union dataset, each in its named graph: (dataset, s)."""
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(data=quads.decode("utf-8"), format="nquads")
    return dataset, time.perf_counter() - started


@cache
def scale_cases() -> list[Case]:
    """bench_store's cases, and every question that takes --plan asked of one plan: how an
    officer asks at a hub that holds a thousand (coordkg then reads that plan's graphs only)."""
    with tempfile.TemporaryDirectory() as tmp:
        one = generate(1, Path(tmp))[0].stem  # plan n is the same whatever the count
    return [
        *cases(),
        *(
            Case(f"{name} {ONE_PLAN}", q, {"plan": one})
            for name, q in sorted(catalogue().items())
            if any(p.name == "plan" for p in q.parameters)
        ),
    ]


def time_case(
    engine: str, run: Runner, case: Case, args: argparse.Namespace, hopeless: set[tuple[str, str]]
) -> Timing:
    """Time one case on one engine, unless it already used up its budget at a smaller size."""
    if (engine, case.label) in hopeless:
        return Timing(args.budget, timed_out=True, skipped=True)
    timing = measure(partial(run, case.query, case.params), args.repeat, args.budget)
    if timing.timed_out and not timing.seconds:
        hopeless.add((engine, case.label))
    return timing


def time_questions(
    runners: dict[str, Runner], args: argparse.Namespace, hopeless: set[tuple[str, str]]
) -> dict[str, dict[str, Timing]]:
    """Every catalogue case on every engine: {case: {engine: timing}}."""
    out = {}
    for case in scale_cases():
        progress(f"  {case.label}")
        out[case.label] = {e: time_case(e, r, case, args, hopeless) for e, r in runners.items()}
    return out


def loosely(table: Table) -> list[tuple[tuple[str, ...], ...]]:
    """The rows with each concatenated cell's values sorted (GROUP_CONCAT order is free)."""
    return sorted(tuple(tuple(sorted(re.split(r" \| |;", c))) for c in r) for r in table.rows)


def explain(case: Case, base: Runner, other: Runner, engine: str) -> Verdict:
    """Why an engine's rows differed from Oxigraph's, from one more run of each in-process
    (the forked runs send back only a digest)."""
    try:
        a, b = base(case.query, case.params), other(case.query, case.params)
    except Exception as exc:  # it finished in the child; report rather than stop the run
        return "≠", f"**rows differ**, and a second run failed: {type(exc).__name__}: {exc}"
    if sorted(a.rows) == sorted(b.rows):
        return "=", "identical rows on a second run of each (the timed runs differed)"
    if loosely(a) == loosely(b):
        return "≈", (
            "same rows but for the order of the values joined in a cell (GROUP_CONCAT's order "
            "is unspecified in SPARQL): the catalogue does not sort that column"
        )
    only_a, only_b = set(a.rows) - set(b.rows), set(b.rows) - set(a.rows)
    first = min(only_a or only_b)
    example = textwrap.shorten(repr(first), 200, placeholder=" …)")
    where = OXIGRAPH if only_a else engine
    return "≠", (
        f"**rows differ**: {len(only_a):,} only on {OXIGRAPH}, {len(only_b):,} only on {engine} "
        f"(e.g. on {where}: `{example}`)"
    )


def verdict(
    case: Case, timings: dict[str, Timing], engine: str, runners: dict[str, Runner]
) -> Verdict | None:
    """How an engine's rows compare with Oxigraph's; None when one of them did not finish."""
    base, other = timings[OXIGRAPH], timings[engine]
    failed = [(OXIGRAPH, base.error), (engine, other.error)]
    if base.error or other.error:
        return "≠", "; ".join(f"**{name} fails**: {error}" for name, error in failed if error)
    if base.digest is None or other.digest is None:
        return None
    if base.digest == other.digest:
        return "=", ""
    return explain(case, runners[OXIGRAPH], runners[engine], engine)


def compare(
    by_case: dict[str, dict[str, Timing]], runners: dict[str, Runner]
) -> dict[tuple[str, str], Verdict]:
    """Every other engine's rows against Oxigraph's, for every case both finished."""
    out = {}
    for case in scale_cases():
        others = [e for e in by_case[case.label] if e != OXIGRAPH]
        for engine in others:
            found = verdict(case, by_case[case.label], engine, runners)
            if found:
                out[case.label, engine] = found
    return out


# --- maps ------------------------------------------------------------------------------------


def draw(source: Source, plan: str, path: Path) -> Drawn:
    """Write one map, timed; a refusal (InputError) is a result, as the user would see it."""
    started = time.perf_counter()
    try:
        summary = write_map(source, MapRequest(plan=plan), path)
    except InputError as exc:
        return Drawn(time.perf_counter() - started, refused=exc.problem)
    except Exception as exc:  # a failing map is a result to report, not a reason to stop
        return Drawn(time.perf_counter() - started, error=f"{type(exc).__name__}: {exc}")
    return Drawn(time.perf_counter() - started, summary.nodes, summary.links, summary.size / 1e3)


# --- one size --------------------------------------------------------------------------------


@contextmanager
def server(url: str, folder: Path, args: argparse.Namespace, built: Built) -> Iterator[Readable]:
    """Build the corpus into the SPARQL server, timed, and yield its reader."""
    progress(f"  building into {url}")
    built.server_build_s, _ = timed_build(url, folder, args.jobs, folder.parent / "server.log")
    with RemoteStore(url).reader() as reader:
        yield reader


def wants_rdflib(hopeless: set[tuple[str, str]]) -> bool:
    """Whether any case may still finish on rdflib (else loading it is wasted minutes)."""
    return any((RDFLIB, c.label) not in hopeless for c in scale_cases())


def bench_size(count: int, args: argparse.Namespace, hopeless: set[tuple[str, str]]) -> Size:
    """Generate, build, score, question and map one corpus size."""
    with tempfile.TemporaryDirectory(prefix=f"coordkg-bench-scale-{count}-") as tmp:
        folder = Path(tmp) / "plans"
        progress(f"{count} documents: generating")
        paths, generate_s, text_mb = corpus(count, folder)
        progress(f"{count} documents: building ({text_mb:.1f} MB)")
        build_s, peak_mb = timed_build(tmp + "/store", folder, args.jobs, Path(tmp) / "build.log")
        size = Size(Built(len(paths), text_mb, generate_s, build_s, peak_mb))
        if args.parser_off:
            progress(f"{count} documents: building again with the parser off")
            off = Path(tmp) / "store-parser-off"
            size.built.parser_off_s, _ = timed_build(
                str(off), folder, args.jobs, Path(tmp) / "build-off.log", parser=False
            )
        with ExitStack() as stack:
            store = stack.enter_context(GraphStore(Path(tmp) / "store").reader())
            size.built.triples = len(store)
            progress(f"{count} documents: scoring against the gold")
            size.built.roles, size.built.programmes = quality(store, paths)
            if not args.builds_only:
                runners: dict[str, Runner] = {
                    OXIGRAPH: partial(run_oxigraph, store, kept=store.derived),
                    SPARQL: partial(run_sparql, store),
                    AS_WRITTEN: partial(run_sparql, store, narrow=False),
                }
                quads = store.dump(format=ox.RdfFormat.N_QUADS)
                memory, size.built.memory_load_s = memory_copy(quads)
                runners[MEMORY] = partial(run_oxigraph, memory)
                if wants_rdflib(hopeless):
                    progress(f"{count} documents: loading rdflib")
                    dataset, size.built.rdflib_load_s = rdflib_copy(quads)
                    runners[RDFLIB] = partial(run_rdflib, dataset)
                if args.endpoint:
                    remote = stack.enter_context(server(args.endpoint, folder, args, size.built))
                    runners[SERVER] = partial(run_oxigraph, remote)
                progress(f"{count} documents: questions")
                size.timings = time_questions(runners, args, hopeless)
                size.verdicts = compare(size.timings, runners)
                progress(f"{count} documents: maps")
                kept = Source(store, store.derived)
                size.latest = draw(kept, "", Path(tmp) / "latest.html")
                size.everything = draw(kept, ALL_PLANS, Path(tmp) / "all.html")
        progress(f"{count} documents: adding one more plan")
        size.built.add_s, size.built.afresh_s, size.built.add_note = timed_add(count, Path(tmp))
    return size


# --- reporting -------------------------------------------------------------------------------


def pr(value: tuple[float, float]) -> str:
    return f"{value[0]:.3f} / {value[1]:.3f}"


def build_table(sizes: Sequence[Size], endpoint: bool) -> str:
    """Table 1: one row per size, s/document beside build s so linearity shows."""
    columns = ["documents", "MB of text", "generate s", "build s", "s/document", "peak RSS MB"]
    columns += ["triples", "roles P / R", "programmes P / R", "memory load s", "rdflib load s"]
    columns += ["server build s"] if endpoint else []
    columns += ["build s, parser off", "parser adds", "add one plan s", "answering afresh s"]
    rows = []
    for s in sizes:
        b = s.built
        row = [f"{b.documents:,}", f"{b.text_mb:.1f}", f"{b.generate_s:.1f}", f"{b.build_s:.1f}"]
        row += [f"{b.build_s / b.documents:.3f}", f"{b.peak_mb:,.0f}", f"{b.triples:,}"]
        row += [pr(b.roles), pr(b.programmes)]
        row += [f"{b.memory_load_s:.1f}"]
        row += ["skipped" if b.rdflib_load_s is None else f"{b.rdflib_load_s:.1f}"]
        row += [f"{b.server_build_s:.1f}"] if endpoint else []
        if b.parser_off_s is None:
            row += ["–", "–"]
        else:
            row += [f"{b.parser_off_s:.1f}", f"{b.build_s / b.parser_off_s - 1:+.0%}"]
        row += [f"{b.add_s:.1f}", f"{b.afresh_s:.1f}"]
        rows.append(row)
    return markdown(columns, rows)


def rows_cell(size: Size, label: str) -> str:
    """Oxigraph's row count and the worst verdict of the other engines that finished."""
    marks = {mark for (case, _), (mark, _) in size.verdicts.items() if case == label}
    mark = next((f" {m}" for m in "≠≈=" if m in marks), "")
    rows = size.timings[label][OXIGRAPH].rows
    return ("–" if rows is None else f"{rows:,}") + mark


def notes(size: Size) -> list[str]:
    """Disagreements and failures at one size, in full, for the notes under table 2."""
    return [
        f"{size.built.documents:,} documents, `{label}`, {engine}: {note}"
        for (label, engine), (_, note) in size.verdicts.items()
        if note
    ]


def question_cells(size: Size, label: str, repeat: int) -> list[str]:
    """One size's cells of a question's row."""
    timings = size.timings[label]
    engine = timings[SPARQL]
    cells = [*latency(timings[OXIGRAPH], repeat), *latency(engine, repeat)]
    cells += [latency(timings[AS_WRITTEN], repeat)[0], latency(timings[MEMORY], repeat)[0]]
    for other in (RDFLIB, SERVER):
        if other in timings:
            cells += [latency(timings[other], repeat)[0], ratio(engine, timings[other])]
        elif other == RDFLIB:
            cells += ["skipped", "–"]
    return [*cells, rows_cell(size, label)]


def question_table(sizes: Sequence[Size], args: argparse.Namespace) -> str:
    """Table 2: one row per question, a group of columns per size."""
    columns = ["question"]
    for s in sizes:
        n = f"{s.built.documents:,}"
        columns += [f"{n}: coordkg median", f"{n}: coordkg p95"]
        columns += [f"{n}: SPARQL median", f"{n}: SPARQL p95", f"{n}: filters only median"]
        columns += [f"{n}: in memory median"]
        columns += [f"{n}: rdflib median", f"{n}: rdflib/SPARQL"]
        columns += [f"{n}: server median", f"{n}: server/SPARQL"] if args.endpoint else []
        columns += [f"{n}: rows"]
    rows = [
        [
            f"`{c.label}`",
            *(cell for s in sizes for cell in question_cells(s, c.label, args.repeat)),
        ]
        for c in scale_cases()
    ]
    return markdown(columns, rows)


def map_cell(d: Drawn | None) -> list[str]:
    """Seconds and what the map drew, or the refusal shortened."""
    if d is None:
        return ["–", "–"]
    if d.error or d.refused:
        what = "**failed**: " + d.error if d.error else "refused: " + d.refused
        return [f"{d.seconds:.2f}", textwrap.shorten(what, 120, placeholder=" …")]
    return [f"{d.seconds:.2f}", f"{d.nodes:,} nodes, {d.links:,} links, {d.kb:,.0f} kB page"]


def map_table(sizes: Sequence[Size]) -> str:
    """Table 3: generating the latest plan's map and the map of every plan."""
    columns = ["documents", "latest plan s", "latest plan map", "every plan s", "every plan map"]
    rows = [[f"{s.built.documents:,}", *map_cell(s.latest), *map_cell(s.everything)] for s in sizes]
    return markdown(columns, rows)


# --- goals -----------------------------------------------------------------------------------


def met(ok: bool) -> str:
    return "**met**" if ok else "**not met**"


def linear_goal(sizes: Sequence[Size]) -> str:
    """Linear growth: s/document at the largest size vs the size before it (the smallest
    size's s/document is mostly start-up, so comparing the two largest is the fair test)."""
    if len(sizes) < 2:
        return "- goal: build time grows linearly: needs two sizes"
    a, b = sizes[-2].built, sizes[-1].built
    growth = (b.build_s / b.documents) / (a.build_s / a.documents)
    return (
        f"- goal: build time grows linearly with the corpus (s/document at {b.documents:,} at "
        f"most {LINEAR}× that at {a.documents:,}): {met(growth <= LINEAR)} ({growth:.2f}×)"
    )


def goal_at(sizes: Sequence[Size], docs: int, head: str, judge: Callable[[Built], str]) -> str:
    """A goal line about the size of ``docs`` documents, judged by ``judge`` if it was run."""
    at = next((s.built for s in sizes if s.built.documents == docs), None)
    return head + (f"not measured (no size of {docs:,})" if at is None else judge(at))


def build_goal(sizes: Sequence[Size]) -> str:
    docs, limit = BUILD_GOAL
    return goal_at(
        sizes,
        docs,
        f"- goal: {docs:,} documents build in under {limit:g} s on this machine: ",
        lambda b: f"{met(b.build_s < limit)} ({b.build_s:.1f} s with --jobs of the run)",
    )


ADD_GOAL = (1000, 5.0)
"""Issue 14: adding one document to a store of 1,000 plans, whole command, in seconds."""


def add_goal(sizes: Sequence[Size]) -> str:
    docs, limit = ADD_GOAL
    return goal_at(
        sizes,
        docs,
        f"- goal: `coordkg add` of one plan to {docs:,} documents in under {limit:g} s: ",
        lambda b: (
            f"{met(b.add_s < limit)} ({b.add_s:.1f} s; answering afresh: {b.afresh_s:.1f} s; "
            f"{b.add_note})"
        ),
    )


def median_ms(t: Timing) -> float:
    return statistics.median(t.seconds) * 1000 if t.seconds else float("inf")


def query_goal(size: Size, engine: str) -> str:
    """Every question under 50 ms median on an engine at the largest size, asked of one plan
    and of the whole corpus apart; names the slowest of each."""
    lines = []
    for scope, one in (("asked of one plan", True), ("asked of every plan", False)):
        medians = {
            label: median_ms(t[engine])
            for label, t in size.timings.items()
            if label.endswith(ONE_PLAN) == one
        }
        slowest = max(medians, key=medians.__getitem__)
        over = sum(m >= QUERY_GOAL_MS for m in medians.values())
        lines.append(
            f"- goal: every question under {QUERY_GOAL_MS:g} ms median at "
            f"{size.built.documents:,} documents on {engine}, {scope}: {met(not over)} ({over} "
            f"of {len(medians)} over; slowest: `{slowest}` at {medians[slowest]:,.0f} ms)"
        )
    return "\n".join(lines)


SELECTIVE_GOAL_MS = 250.0
"""Issue 14: a question selecting by name, on the engine path (no kept answer), at 1,000 plans."""
SERVER_SELECTIVE_GOAL_MS = 150.0
"""Issue 14: the same on a SPARQL server (Virtuoso)."""


def selective_goal(size: Size) -> str:
    """The selective questions on the engine with names put inside the query, against the same
    engine with the query as written, side by side."""
    lines = []
    for label, t in size.timings.items():
        if "--org" not in label and "--body" not in label:
            continue
        inside, written = median_ms(t[SPARQL]), median_ms(t[AS_WRITTEN])
        lines.append(
            f"- goal: `{label}` on the engine under {SELECTIVE_GOAL_MS:g} ms median at "
            f"{size.built.documents:,} documents: {met(inside < SELECTIVE_GOAL_MS)} "
            f"({inside:,.0f} ms with the names inside the query; {written:,.0f} ms as written)"
        )
        if SERVER in t:
            served = median_ms(t[SERVER])
            lines.append(
                f"- goal: `{label}` on the server under {SERVER_SELECTIVE_GOAL_MS:g} ms median at "
                f"{size.built.documents:,} documents: {met(served < SERVER_SELECTIVE_GOAL_MS)} "
                f"({served:,.0f} ms with the names inside the query)"
            )
    return "\n".join(lines)


def parser_goal(sizes: Sequence[Size]) -> str:
    """What the sentence parser adds to the build at the largest size, measured side by side
    with the same corpus built with it switched off."""
    b = sizes[-1].built
    head = f"- goal: the sentence parser adds at most {PARSER_GOAL:.0%} to the build: "
    if b.parser_off_s is None:
        return head + "not measured (--no-parser-off)"
    added = b.build_s / b.parser_off_s - 1
    return head + (
        f"{met(added <= PARSER_GOAL)} ({added:+.0%} at {b.documents:,} documents: "
        f"{b.build_s:.1f} s with it, {b.parser_off_s:.1f} s without)"
    )


def quality_goal(sizes: Sequence[Size]) -> str:
    worst = min(min(*s.built.roles, *s.built.programmes) for s in sizes)
    return (
        f"- goal: extraction quality at the gold tests' level (precision and recall of roles and "
        f"programmes ≥ {QUALITY} at every size): {met(worst >= QUALITY)} (lowest {worst:.3f})"
    )


def map_goal(size: Size) -> str:
    d = size.everything
    ok = d is not None and not d.error and (bool(d.refused) or d.nodes <= MAX_NODES)
    how = "refused with a message" if d and d.refused else "drawn within the node limit"
    return (
        f"- goal: the map of all {size.built.documents:,} plans is refused or reduced with a "
        f"clear message: {met(ok)} ({how if ok else 'see table 3'})"
    )


# --- main ------------------------------------------------------------------------------------


def counts(text: str) -> list[int]:
    try:
        values = sorted({int(x) for x in text.split(",") if x.strip()})
    except ValueError:
        values = []
    if not values or values[0] < 1:
        raise argparse.ArgumentTypeError("need document counts of 1 or more, e.g. 10,100,1000")
    return values


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=counts, default=[10, 100, 1000], help="documents per size")
    parser.add_argument("--repeat", type=int, default=5, help="runs per question (default: 5)")
    parser.add_argument(
        "--budget",
        type=float,
        default=30.0,
        help="seconds one engine may spend on one question at one size (default: 30)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=len(os.sched_getaffinity(0)),
        help="coordkg build --jobs (default: every core)",
    )
    parser.add_argument("--endpoint", default="", help="also build into and ask this SPARQL server")
    parser.add_argument(
        "--no-parser-off",
        dest="parser_off",
        action="store_false",
        help="skip the second build of each size with the sentence parser switched off",
    )
    parser.add_argument(
        "--builds-only",
        action="store_true",
        help="stop after the build table and its goals (no questions, no maps)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.budget <= 0 or args.jobs < 1:
        parser.error("--repeat, --budget and --jobs must be positive")
    return args


def report(sizes: Sequence[Size], args: argparse.Namespace, seconds: float) -> None:
    """Print the three tables, their notes and the goals."""
    print(
        f"Machine: {machine()}. Corpus: tests/benchmarks/synthetic.py, seed {SEED}; "
        f"`coordkg build --jobs {args.jobs}`; {args.repeat} runs per question, budget "
        f"{args.budget:g} s per engine, question and size. The run took {seconds / 60:.1f} min.\n"
    )
    print(build_table(sizes, bool(args.endpoint)))
    print(
        "\nbuild s: wall clock of `coordkg build` in its own process (generating the corpus is "
        "not part of it). peak RSS: the largest single process of the build (`wait4` "
        "ru_maxrss of the command, which covers its workers one by one, not their sum). "
        "build s, parser off: the same corpus built again with COORDKG_PARSER=off; parser "
        "adds: build s over that, less one. "
        "triples: quads in the store. memory load s, rdflib load s: loading the store's quads "
        "into an in-memory Oxigraph store and into rdflib, for table 2. P / R: precision / recall against the generator's gold, "
        "matched as tests/scale does. add one plan s: `coordkg add` of one more synthetic "
        "plan in its own process, after everything else at that size (the kept answers "
        "carried over, queries/incremental.py); answering afresh s: the whole catalogue "
        "answered again on the graph that add wrote, as add did before.\n"
    )
    goals = (linear_goal, build_goal, parser_goal, quality_goal, add_goal)
    for line in (goal(sizes) for goal in goals):
        print(line)
    print()
    if args.builds_only:
        return
    print(question_table(sizes, args))
    print(
        "\nLatencies in ms. coordkg: `coordkg ask`'s path on the on-disk store opened read-only "
        "(a question reads the answer kept at build time, queries/answers.py, filtered by "
        "its parameters, queries/select.py). SPARQL: the same store's engine "
        "for every question, as if no answer were kept, its name parameters put inside the "
        "query as entities (queries/narrow.py); filters only: the same, the query sent as "
        "written, its filters alone selecting (the baseline). Each question's runs happen in a "
        "forked child, so its first run starts from cold caches, as a fresh `coordkg ask` "
        "does. in memory: the same quads in an in-memory Oxigraph store. rdflib: rdflib's own "
        "engine over the same quads in memory; rdflib/SPARQL and server/SPARQL compare "
        "engines"
        + (f"; server: {args.endpoint}" if args.endpoint else "")
        + ". rows: Oxigraph's row count; = every other engine that finished returned the same "
        "rows, ≈ the same but for the order of values joined in a cell, ≠ other rows or an "
        "error (see the notes). `>N s`: out of budget; skipped: it was at a smaller size.\n"
    )
    for note in (n for s in sizes for n in notes(s)):
        print(f"- note: {note}")
    print(query_goal(sizes[-1], OXIGRAPH))
    for engine in (SPARQL, MEMORY):
        print(query_goal(sizes[-1], engine) + " (for comparison: the engine alone)")
    print(selective_goal(sizes[-1]))
    print()
    print(map_table(sizes))
    print(f"\nOne run each, with `coordkg map`'s default node limit ({MAX_NODES:,}).\n")
    print(map_goal(sizes[-1]))


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    started = time.perf_counter()
    hopeless: set[tuple[str, str]] = set()
    sizes = [bench_size(count, args, hopeless) for count in args.sizes]
    report(sizes, args, time.perf_counter() - started)


if __name__ == "__main__":
    main()
