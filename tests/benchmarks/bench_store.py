"""Benchmark: rdflib's own SPARQL engine against Oxigraph on coordkg's real catalogue queries.

Why this exists: the issue asked for a benchmark that compares both engines on the project's
own queries, not on a synthetic workload, as the evidence for running the store on Oxigraph.
This script runs every query of the catalogue (plus parameterised variants) on both engines,
side by side in one run, at several graph sizes, and prints Markdown tables of load throughput,
median and p95 latency, the rdflib/Oxigraph ratio, and whether both engines return the same
rows (count, then values).  Speed goals live here, read off these tables by a person, and not
in timed unit tests, which would be flaky on shared machines.  The file is named
``bench_*.py`` and has no ``test_`` functions, so pytest never collects it.

Sizes: the real graph (``coordkg build`` of the two bundled plans, read back from its store) and
scaled copies of it.  Each document's named graph is replicated under a renamed document id
(every IRI containing ``iom-iraq-crp-2020`` becomes ``...-copyN``: named graph, document, plan,
roles, evidence, statements), so the shape of every join is the real one.  Entity IRIs are not
renamed: as with real plans, the same organisations and bodies appear in every document.  The
build's other graphs (ontology, reference, entities) are loaded once.

Every query gets a time budget per engine and size.  Runs happen in a forked child process, so
a run that outlives the budget (even inside Oxigraph's native code) is stopped and reported as
``>N s``; a query that timed out without finishing once is not run again at larger sizes.

Run::

    python tests/benchmarks/bench_store.py [--sizes 1,15,38] [--repeat 5] [--budget 30]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import math
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib.metadata import version
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TypeVar, cast

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from coordkg.graph.build import build, bundled_documents, read_all
from coordkg.graph.names import graph_iri
from coordkg.graph.read.readers import max_bytes_from_env
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.queries.catalogue import Query, catalogue
from coordkg.queries.run import run_oxigraph, run_rdflib
from coordkg.queries.table import Table

# Parameterised variants measured in addition to every catalogue query without parameters.
VARIANTS: tuple[tuple[str, dict[str, str]], ...] = (("roles", {"org": "IOM", "role": "co-lead"}),)

Runner = Callable[[Query, dict[str, str]], Table]
NT = ox.RdfFormat.N_TRIPLES
T = TypeVar("T")


@dataclass(frozen=True)
class NamedGraph:
    """One named graph, serialised as N-Triples, ready to load into either engine."""

    iri: str
    ntriples: str


@dataclass(frozen=True)
class Case:
    """A catalogue query with the parameters it is run with."""

    label: str
    query: Query
    params: dict[str, str]


@dataclass
class Timing:
    """The runs of one case on one engine at one size."""

    budget: float
    seconds: list[float] = field(default_factory=list)
    rows: int | None = None  # of the first run
    digest: str | None = None  # of the first run's rows, in any order
    error: str | None = None  # the engine failed the query
    timed_out: bool = False
    skipped: bool = False  # not run: it timed out at a smaller size


@dataclass
class Loaded:
    """The same graph in both engines, and how long each took to load it."""

    runners: dict[str, Runner]
    load_seconds: dict[str, float]
    triples: int


# --- the graphs ------------------------------------------------------------------------------


def graph_ntriples(reader: Snapshot, graph: ox.NamedNode) -> str:
    """One named graph of a stored generation as N-Triples."""
    quads = reader.quads_for_pattern(None, None, None, graph)
    return ox.serialize((q.triple for q in quads), format=NT).decode("utf-8")


def real_graphs() -> tuple[list[NamedGraph], dict[str, NamedGraph]]:
    """The named graphs of a real build of the bundled plans, read back from its store:
    (the graphs every size shares, {doc id: the document's graph})."""
    paths, max_bytes = bundled_documents(), max_bytes_from_env()
    doc_ids = {graph_iri(doc.id): doc.id for doc, _ in read_all(paths, max_bytes)}
    with tempfile.TemporaryDirectory() as tmp:
        store = GraphStore(Path(tmp))
        build(paths, store, max_bytes)
        with store.reader() as reader:
            graphs = [
                NamedGraph(g.value, graph_ntriples(reader, g))
                for g in reader.named_graphs()
                if isinstance(g, ox.NamedNode)
            ]
    shared = [g for g in graphs if g.iri not in doc_ids]
    return shared, {doc_ids[g.iri]: g for g in graphs if g.iri in doc_ids}


def renamed(graph: NamedGraph, doc_id: str, new_id: str) -> NamedGraph:
    """A copy of a document's graph in which every IRI naming ``doc_id`` names ``new_id``."""

    def rename(term: T) -> T:
        if isinstance(term, ox.NamedNode) and doc_id in term.value:
            return cast(T, ox.NamedNode(term.value.replace(doc_id, new_id)))
        return term

    triples = [
        ox.Triple(rename(t.subject), rename(t.predicate), rename(t.object))
        for t in ox.parse(graph.ntriples, format=NT)
    ]
    out = io.BytesIO()
    ox.serialize(triples, out, format=NT)
    return NamedGraph(graph.iri.replace(doc_id, new_id), out.getvalue().decode("utf-8"))


def scaled(
    shared: list[NamedGraph], documents: dict[str, NamedGraph], factor: int
) -> list[NamedGraph]:
    """The real graph with each document graph present ``factor`` times (copy 0 = original)."""
    graphs = list(shared)
    for doc_id, graph in documents.items():
        graphs.append(graph)
        graphs += [renamed(graph, doc_id, f"{doc_id}-copy{n}") for n in range(1, factor)]
    return graphs


def load(graphs: list[NamedGraph]) -> Loaded:
    """Load the graphs into an in-memory Oxigraph store and an rdflib union dataset, timed,
    each graph into its named graph as ``GraphStore.write`` does."""
    started = time.perf_counter()
    store = ox.Store()
    for g in graphs:
        store.bulk_load(g.ntriples, format=NT, to_graph=ox.NamedNode(g.iri))
    oxigraph_seconds = time.perf_counter() - started
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    for g in graphs:
        dataset.graph(URIRef(g.iri)).parse(data=g.ntriples, format="nt")
    rdflib_seconds = time.perf_counter() - started
    return Loaded(
        runners={"Oxigraph": partial(run_oxigraph, store), "rdflib": partial(run_rdflib, dataset)},
        load_seconds={"Oxigraph": oxigraph_seconds, "rdflib": rdflib_seconds},
        triples=len(store),
    )


# --- measuring -------------------------------------------------------------------------------


def cases() -> list[Case]:
    """Every catalogue query without parameters, then the parameterised variants."""
    queries = catalogue()
    out = [Case(name, q, {}) for name, q in queries.items()]
    for name, params in VARIANTS:
        if name in queries:
            label = name + " " + " ".join(f"--{k} {v}" for k, v in params.items())
            out.append(Case(label, queries[name], params))
    return out


def digest(table: Table) -> str:
    """A fingerprint of a table's rows, whatever their order (ORDER BY may leave ties)."""
    return hashlib.sha256(repr(sorted(table.rows)).encode("utf-8")).hexdigest()


def _runs(run: Callable[[], Table], repeat: int, out: Connection) -> None:
    """In the child: send (seconds, rows, digest) per run, or the error's text and stop."""
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            table = run()
        except Exception as exc:  # an engine failing a query is a result to report
            out.send(f"{type(exc).__name__}: {exc}")
            return
        seconds = time.perf_counter() - started
        out.send((seconds, len(table.rows), digest(table)))


def measure(run: Callable[[], Table], repeat: int, budget: float) -> Timing:
    """Time ``repeat`` runs in a forked child, stopping it once ``budget`` seconds are spent."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_runs, args=(run, repeat, sender), daemon=True)
    child.start()
    sender.close()
    timing = Timing(budget)
    ends = time.monotonic() + budget
    try:
        while len(timing.seconds) < repeat and timing.error is None:
            if not receiver.poll(max(0.0, ends - time.monotonic())):
                timing.timed_out = True
                break
            message = receiver.recv()
            if isinstance(message, str):
                timing.error = message
            else:
                if not timing.seconds:
                    timing.rows, timing.digest = message[1], message[2]
                timing.seconds.append(message[0])
    except EOFError:
        timing.error = f"benchmark process died (exit code {child.exitcode})"
    finally:
        child.kill()
        child.join()
        receiver.close()
    return timing


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile by nearest rank (with few samples, this is the slowest run)."""
    ordered = sorted(samples)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


# --- reporting -------------------------------------------------------------------------------


def latency(t: Timing, repeat: int) -> list[str]:
    """Median and p95 cells in ms; ``>N s`` when no run finished within the budget."""
    if t.skipped:
        return [f">{t.budget:g} s (skipped)", "–"]
    if not t.seconds:
        return ["error" if t.error else f">{t.budget:g} s", "–"]
    runs = f" ({len(t.seconds)}/{repeat} runs)" if len(t.seconds) < repeat else ""
    return [f"{statistics.median(t.seconds) * 1000:,.1f}{runs}", f"{p95(t.seconds) * 1000:,.1f}"]


def ratio(ox_t: Timing, rdf_t: Timing) -> str:
    """rdflib median / Oxigraph median, or a bound when one of them ran out of time."""
    if not ox_t.seconds or ox_t.error or rdf_t.error:
        return "–"
    base = statistics.median(ox_t.seconds)
    if not rdf_t.seconds:
        return f">{rdf_t.budget / base:,.0f}×"
    value = statistics.median(rdf_t.seconds) / base
    return f"{value:,.1f}×" if value < 10 else f"{value:,.0f}×"


def rows_cell(ox_t: Timing, rdf_t: Timing) -> str:
    def count(t: Timing) -> str:
        return "–" if t.rows is None else f"{t.rows:,}"

    return f"{count(ox_t)} / {count(rdf_t)}"


def check(ox_t: Timing, rdf_t: Timing) -> str:
    failures = [
        f"**{name} fails**: {t.error}"
        for name, t in (("Oxigraph", ox_t), ("rdflib", rdf_t))
        if t.error
    ]
    if failures:
        return "; ".join(failures).replace("|", "\\|")
    if ox_t.rows is None or rdf_t.rows is None:
        return "not compared (timeout)"
    if ox_t.rows != rdf_t.rows:
        return "**ROW COUNTS DIFFER**"
    return "identical rows" if ox_t.digest == rdf_t.digest else "same count, **VALUES DIFFER**"


def markdown(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def machine() -> str:
    return (
        f"Python {platform.python_version()}, pyoxigraph {version('pyoxigraph')}, "
        f"rdflib {version('rdflib')}, nproc {len(os.sched_getaffinity(0))}, "
        f"{platform.system()} {platform.machine()}"
    )


def load_row(factor: int, loaded: Loaded) -> list[str]:
    ox_s, rdf_s = loaded.load_seconds["Oxigraph"], loaded.load_seconds["rdflib"]
    return [
        f"×{factor}",
        f"{loaded.triples:,}",
        f"{ox_s:.2f}",
        f"{loaded.triples / ox_s:,.0f}",
        f"{rdf_s:.2f}",
        f"{loaded.triples / rdf_s:,.0f}",
        f"{rdf_s / ox_s:,.1f}×",
    ]


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- main ------------------------------------------------------------------------------------


def bench_size(
    factor: int,
    graphs: list[NamedGraph],
    args: argparse.Namespace,
    hopeless: set[tuple[str, str]],
) -> tuple[list[str], list[list[str]]]:
    """Load one size into both engines and run every case on both: (load row, query rows).

    ``hopeless`` holds the (engine, case) pairs that timed out without a single run; they are
    skipped here, and pairs that time out here are added to it.
    """
    loaded = load(graphs)
    size = f"{loaded.triples:,}"
    rows = []
    for case in cases():
        progress(f"{size} triples: {case.label}")
        timings = {}
        for engine, runner in loaded.runners.items():
            if (engine, case.label) in hopeless:
                timings[engine] = Timing(args.budget, timed_out=True, skipped=True)
                continue
            timings[engine] = measure(
                partial(runner, case.query, case.params), args.repeat, args.budget
            )
            if timings[engine].timed_out and not timings[engine].seconds:
                hopeless.add((engine, case.label))
        ox_t, rdf_t = timings["Oxigraph"], timings["rdflib"]
        rows.append(
            [
                size,
                f"`{case.label}`",
                *latency(ox_t, args.repeat),
                *latency(rdf_t, args.repeat),
                ratio(ox_t, rdf_t),
                rows_cell(ox_t, rdf_t),
                check(ox_t, rdf_t),
            ]
        )
    return load_row(factor, loaded), rows


def factors(text: str) -> list[int]:
    try:
        values = sorted({int(x) for x in text.split(",") if x.strip()})
    except ValueError:
        values = []
    if not values or values[0] < 1:
        raise argparse.ArgumentTypeError("need replication factors of 1 or more, e.g. 1,15,38")
    return values


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="rdflib vs Oxigraph on the query catalogue")
    parser.add_argument(
        "--sizes",
        type=factors,
        default=[1, 15, 38],
        help="replication factors of the document graphs (default: 1,15,38, "
        "about 4k, 41k and 102k triples)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (default: 5)")
    parser.add_argument(
        "--budget",
        type=float,
        default=30.0,
        help="seconds one engine may spend on one query at one size (default: 30)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.budget <= 0:
        parser.error("--repeat and --budget must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    shared, documents = real_graphs()
    hopeless: set[tuple[str, str]] = set()
    load_rows, query_rows = [], []
    for factor in args.sizes:
        progress(f"building ×{factor}")
        load_cells, rows = bench_size(factor, scaled(shared, documents, factor), args, hopeless)
        load_rows.append(load_cells)
        query_rows += rows
    print(
        f"Machine: {machine()}. {args.repeat} runs per query, budget {args.budget:g} s per "
        "engine, query and size; latencies in ms.\n"
    )
    print(
        markdown(
            [
                "size",
                "triples",
                "Oxigraph load s",
                "Oxigraph triples/s",
                "rdflib load s",
                "rdflib triples/s",
                "rdflib/Oxigraph",
            ],
            load_rows,
        )
    )
    print()
    print(
        markdown(
            [
                "triples",
                "query",
                "Oxigraph median",
                "Oxigraph p95",
                "rdflib median",
                "rdflib p95",
                "rdflib/Oxigraph",
                "rows (Oxigraph / rdflib)",
                "check",
            ],
            query_rows,
        )
    )


if __name__ == "__main__":
    main()
