"""`coordkg sparql` under hostile queries: SERVICE only when asked, nesting refused before any
parser, a time limit, and Ctrl-C, each ending in one line and a documented exit status."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from loopback_sparql import Remote
from processes import below, kill_once_started, left_after

from coordkg.cli import cli
from coordkg.graph.build import BuildSummary
from coordkg.graph.store.local import GraphStore

CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COORDKG = str(Path(sys.executable).with_name("coordkg"))


@pytest.fixture(scope="module")
def store(built: tuple[GraphStore, BuildSummary]) -> str:
    return str(built[0].location)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["sparql", *args])
    return result.exit_code, result.stdout, result.stderr


def test_service_runs_only_with_allow_service(store: str, remote: Remote) -> None:
    text = f"SELECT ?x WHERE {{ SERVICE <{remote.url}> {{ ?x ?y ?z }} }}"
    code, out, err = run(text, "--store", store)
    assert (code, out, remote.hits) == (2, "", 0)
    assert err == (
        "coordkg: error: query: uses SERVICE, which would fetch from the URL it names; "
        "--allow-service runs it\n"
    )
    code, out, err = run(text, "--store", store, "--allow-service", "--format", "csv")
    assert (code, out, err, remote.hits) == (0, "x\nfetched\n", "", 1)


def test_deep_nesting_is_one_line_and_exit_2_not_a_crash(store: str) -> None:
    deep = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    done = subprocess.run(
        [COORDKG, "sparql", deep, "--store", store], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "coordkg: error: query: nests brackets 3000 deep; at most 100 levels are read\n"
    )


def test_the_time_limit_stops_a_cross_product(store: str) -> None:
    started = time.monotonic()
    code, out, err = run(CROSS, "--store", store, "--timeout", "1")
    assert time.monotonic() - started < 30
    assert (code, out) == (2, "")
    assert err == (
        "coordkg: error: query: ran longer than the time limit (1 s) and was stopped "
        "(--timeout sets it)\n"
    )


def test_the_default_time_limit_is_serves() -> None:
    options = {c: {p.name: p.default for p in cli.commands[c].params} for c in ("sparql", "serve")}
    assert options["sparql"]["timeout"] == options["serve"]["timeout"] == 10.0


def as_at_a_terminal() -> None:
    """Ctrl-C as a terminal delivers it: not ignored, not blocked. A child inherits both from
    the test process, where earlier tests' threads and fork servers may have left either."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def test_ctrl_c_stops_a_running_query(store: str) -> None:
    query = subprocess.Popen(
        [COORDKG, "sparql", CROSS, "--store", store, "--timeout", "600"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_at_a_terminal,
    )
    try:
        deadline = time.monotonic() + 60  # a loaded machine may take seconds to start it
        while not below(query.pid):  # the query's child: the query runs from here on
            assert query.poll() is None and time.monotonic() < deadline, "nothing started"
            time.sleep(0.1)
        time.sleep(1)  # long enough for the query to be running in Oxigraph's native code
        assert query.poll() is None
        started = time.monotonic()
        os.kill(query.pid, signal.SIGINT)
        out, err = query.communicate(timeout=10)
        assert time.monotonic() - started < 5
    finally:
        query.kill()
        query.wait()
    assert (query.returncode, out) == (130, "")
    assert err == "coordkg: interrupted (the previous graph is unchanged)\n"


def test_killing_the_command_kills_its_query(store: str) -> None:
    """Before: the query's child, forked by a fork server, ran on after the command was killed
    (until its processor time ran out)."""
    query = subprocess.Popen([COORDKG, "sparql", CROSS, "--store", store, "--timeout", "600"])
    started = kill_once_started(query, 1, settle=1)  # settled: running in Oxigraph's code
    left = left_after(started, 5)
    assert not left, f"still running after the command was killed: {sorted(left)}"


def test_a_query_that_crashes_the_engine_says_so_in_words(store: str) -> None:
    """A flat chain of thousands of clauses overflows Oxigraph's stack: the child dies of
    SIGSEGV, and the message says what that means instead of giving its exit code."""
    chain = "SELECT * WHERE { " + " ".join(f"BIND({i} AS ?v{i})" for i in range(3000)) + " }"
    code, out, err = run(chain, "--store", store)
    assert (code, out) == (3, "")
    assert err == (
        "coordkg: error: query: crashed the query engine: it ran out of stack, as a chain of "
        "thousands of clauses or operators makes it do; write the query with fewer\n"
    )


def test_from_names_the_default_graph(store: str) -> None:
    """Before issue 17, FROM was read over the union of every graph."""
    ask = 'ASK {FROM} { ?p <https://w3id.org/coordkg/ontology#period> "2025" }'
    graph = "<https://w3id.org/coordkg/graph/iom-iraq-crp-{}>"
    assert run("--store", store, ask.replace("{FROM}", ""))[:2] == (0, "true\n")
    assert run("--store", store, ask.replace("{FROM}", "FROM " + graph.format(2025)))[:2] == (
        0,
        "true\n",
    )
    assert run("--store", store, ask.replace("{FROM}", "FROM " + graph.format(2020)))[:2] == (
        0,
        "false\n",
    )
