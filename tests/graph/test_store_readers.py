"""A generation stays until its last reader closes, whatever rebuilds happen meanwhile; and
what killed runs leave behind is removed by the next command."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore
from coordkg.queries.answers import load
from coordkg.queries.catalogue import get
from coordkg.queries.endpoint import Limits, Request, answer
from coordkg.queries.precompute import keep_answers
from coordkg.queries.run import run_oxigraph, run_sparql

DOC = "IOM chairs the Returns Working Group (RWG) in Iraq.\n"
ROLE = ("IOM", "chair", "RWG")  # the one role DOC states
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def role(table: object) -> set[tuple[str, str, str]]:
    return {
        (r["organization_acronym"], r["role"], r["body_acronym"])
        for r in table.as_dicts()  # type: ignore[attr-defined]
    }


def listing(store: GraphStore) -> list[str]:
    return sorted(p.name for p in store.location.iterdir() if p.name.startswith(("gen-", ".")))


@pytest.fixture
def store(tmp_path: Path) -> GraphStore:
    (tmp_path / "plan.txt").write_text(DOC)
    s = GraphStore(tmp_path / "store")
    rebuild(s, tmp_path / "plan.txt")
    return s


def rebuild(store: GraphStore, plan: Path | None = None) -> None:
    """A build and its kept answers, as `coordkg build` leaves them."""
    build([plan or store.location.parent / "plan.txt"], store, 10**6)
    keep_answers(store)


def test_a_reader_keeps_its_generation_through_rebuilds(store: GraphStore) -> None:
    with store.reader() as s:
        first = store.current()
        rebuild(store)
        rebuild(store)
        # both the database (whose table files RocksDB opens lazily) and the kept answers
        assert role(run_sparql(s, get("roles"), {})) == {ROLE}
        assert s.derived is not None and load(s.derived, get("roles")) is not None
        assert first is not None and first.exists() and store.current() != first
    with store.reader():  # the next reader finds it unheld, and removes it
        assert not first.exists()
    live = store.current()
    assert live is not None
    assert listing(store) == [".writer.lock", live.name, live.name + ".derived"]


def test_a_child_process_reads_a_held_generation_by_path(store: GraphStore) -> None:
    with store.pinned() as generation:
        rebuild(store)
        assert store.current() != generation
        # as the SPARQL endpoint reads it: by path, in a child process
        got = answer(generation, Request(COUNT, "text/csv"), Limits(seconds=60))
    assert got.status == 200 and got.body.split(b"\r\n")[1].isdigit()
    with store.reader() as s:
        assert got.body.split(b"\r\n")[1] == str(len(s)).encode()


CHILD_READER = """
import sys
from pathlib import Path

from coordkg.graph.store.local import GraphStore
from coordkg.queries.catalogue import get
from coordkg.queries.run import run_oxigraph, run_sparql

store, stop = GraphStore(Path(sys.argv[1])), Path(sys.argv[2])
reads = 0
while not stop.exists():
    with store.reader() as s:
        for rows in (run_oxigraph(s, get("roles"), {}, s.derived), run_sparql(s, get("roles"), {})):
            got = {(r["organization_acronym"], r["role"], r["body_acronym"]) for r in rows.as_dicts()}
            assert got == {("IOM", "chair", "RWG")}, got
    reads += 1
print(reads)
"""


def test_readers_in_threads_and_a_child_process_answer_across_rebuilds(
    store: GraphStore, tmp_path: Path
) -> None:
    stop = threading.Event()
    errors: list[BaseException] = []
    reads = [0, 0, 0]

    def read(i: int) -> None:
        while not stop.is_set():
            try:
                with store.reader() as s:
                    time.sleep(0.01)  # long enough for a rebuild to swap and collect meanwhile
                    assert role(run_oxigraph(s, get("roles"), {}, s.derived)) == {ROLE}
                    assert role(run_sparql(s, get("roles"), {})) == {ROLE}
                reads[i] += 1
            except Exception as exc:  # every failure is the finding
                errors.append(exc)

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_READER, str(store.location), str(tmp_path / "stop")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    threads = [threading.Thread(target=read, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    try:
        for _ in range(8):
            rebuild(store)
    finally:
        stop.set()
        (tmp_path / "stop").touch()
        for t in threads:
            t.join()
        out, err = child.communicate(timeout=60)
    assert errors == [] and child.returncode == 0, (errors[:3], err[-2000:])
    assert min(reads) > 0 and int(out) > 0


KILLED_ADD = """
import os
import signal
import sys
from pathlib import Path

from coordkg.graph import build
from coordkg.graph.store.local import GraphStore


def killed(store):  # after the new document went into the new generation
    os.kill(os.getpid(), signal.SIGKILL)


build.prune_entities = killed
build.add([Path(sys.argv[2])], GraphStore(Path(sys.argv[1])), 10**6)
"""


def test_a_read_removes_what_a_killed_add_left(store: GraphStore, tmp_path: Path) -> None:
    live = store.current()
    assert live is not None
    (tmp_path / "second.txt").write_text("UNDP chairs the Durable Solutions Working Group.\n")
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_ADD, str(store.location), str(tmp_path / "second.txt")],
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL
    dead = [n for n in listing(store) if not n.startswith((live.name, "."))]
    assert len(dead) == 1 and (store.location / dead[0] / "CURRENT").exists()  # a database
    with store.reader() as s:
        assert role(run_oxigraph(s, get("roles"), {}, s.derived)) == {
            ROLE
        }  # the add never happened
    assert store.current() == live
    assert listing(store) == [".writer.lock", live.name, live.name + ".derived"]


def test_a_reader_leaves_a_generation_a_writer_is_making(store: GraphStore) -> None:
    """While a build runs (holding the writer lock), its unfinished generation is not dead."""
    before = set(listing(store))
    making: list[str] = []

    def fill_and_look(_: object) -> None:
        making.extend(set(listing(store)) - before)
        with GraphStore(store.location).reader():  # another reader, mid-build
            pass
        assert set(making) <= set(listing(store))

    store.update(fill_and_look)
    live = store.current()
    assert live is not None and making == [live.name]
