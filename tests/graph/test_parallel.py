"""Documents are read apart (on several processes) and their entities made one afterwards."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from processes import kill_once_started, left_after

from coordkg.errors import DocumentError
from coordkg.graph import build as build_module
from coordkg.graph.build import build, bundled_documents
from coordkg.graph.store.local import GraphStore

BLIND = Path(__file__).parent.parent / "generalisation"
DOCUMENTS = [
    *bundled_documents(),
    *sorted(BLIND.glob("*.txt")),
    BLIND / "shelter-cluster-tor.md",
    BLIND / "ukraine-cccm-page.html",
]


def quads(store: GraphStore) -> tuple[int, set[str]]:
    """How many quads, and those without blank nodes (the ontology's are labelled anew)."""
    with store.reader() as s:
        lines = s.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines()
    return len(lines), {q for q in lines if "_:" not in q}


def test_the_graph_does_not_depend_on_the_number_of_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 2)
    one, two = GraphStore(tmp_path / "one"), GraphStore(tmp_path / "two")
    build(DOCUMENTS, one, 10**7, jobs=1)
    messages: list[str] = []
    build(DOCUMENTS, two, 10**7, progress=messages.append, jobs=2)
    assert "reading 7 documents on 2 processes" in messages
    assert quads(one) == quads(two)


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_body_written_two_ways_in_two_plans_is_one_entity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # on two processes, the second plan is read again with the first plan's entity
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 2)
    first = tmp_path / "plan-a.txt"
    first.write_text(
        "IOM co-chairs the Returns Working Group (RWG) with the Ministry of Migration and "
        "Displacement (MoMD).\n"
    )
    second = tmp_path / "plan-b.txt"
    second.write_text(
        "The Ministry of Migration and Displaced chairs the Returns Working Groups.\n"
    )
    store = GraphStore(tmp_path / "store")
    build([first, second], store, 10**6, jobs=jobs)
    with store.reader() as s:
        names = {
            (r["e"].value.rsplit("/", 1)[-1], r["name"].value)
            for r in s.query(  # type: ignore[union-attr]
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                "SELECT ?e ?name WHERE { GRAPH ?g { ?e skos:prefLabel ?name } "
                "FILTER(CONTAINS(?name, 'Ministry') || CONTAINS(?name, 'Returns')) }"
            )
        }
    # the key and name the first plan gave them, not a second entity for the second spelling
    assert names == {
        ("ministry-of-migration-and-displacement", "Ministry of Migration and Displacement"),
        ("returns-working-group", "Returns Working Group"),
    }


# A build on two processes whose workers sleep over their first document, so that it is still
# running when it is killed.
SLOW_BUILD = """
import sys
import time
import subprocess
import sys
import time
from pathlib import Path

from coordkg.graph import build
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.store.local import GraphStore


class Slow(Resolver):
    def copy(self) -> Resolver:  # what each worker does first for each document
        time.sleep(120)
        return super().copy()


if __name__ == "__main__":
    build.Resolver = Slow
    paths = [Path(p) for p in sys.argv[2:]]
    build.build(paths, GraphStore(Path(sys.argv[1])), 10**6, jobs=2)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes in /proc")
def test_killing_the_build_kills_its_workers(tmp_path: Path) -> None:
    script = tmp_path / "slow_build.py"
    script.write_text(SLOW_BUILD)
    docs = []
    for i in range(build_module.PARALLEL_FROM):
        docs.append(tmp_path / f"plan-{i}.txt")
        docs[-1].write_text("IOM chairs the Returns Working Group (RWG) in Iraq.\n")
    main = subprocess.Popen([sys.executable, str(script), str(tmp_path / "store"), *map(str, docs)])
    # two workers, asleep in their first document once settled
    started = kill_once_started(main, 2, settle=1, counts=lambda c: b"resource_tracker" not in c)
    left = left_after(started, 5)
    assert not left, f"still running after the build was killed: {sorted(left)}"


def test_a_file_a_worker_cannot_read_stops_the_build_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the workers read the files: the reason comes back from one as it would be said here
    monkeypatch.setattr(build_module, "PARALLEL_FROM", 2)
    (tmp_path / "plan-a.txt").write_text("IOM chairs the Returns Working Group in Iraq.\n")
    binary = tmp_path / "plan-b.txt"
    binary.write_bytes(bytes(range(32)) * 8)
    for jobs in (1, 2):
        store = GraphStore(tmp_path / f"store-{jobs}")
        with pytest.raises(DocumentError) as raised:
            build([tmp_path], store, 10**6, jobs=jobs)
        assert (raised.value.where, raised.value.problem) == (
            str(binary),
            "is binary (it contains NUL bytes; UTF-16 needs a byte-order mark), not text",
        )
        assert store.current() is None  # nothing written


def test_an_empty_file_stops_the_build_before_any_file_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # checked when the files are listed: the last of many need not wait for the others' reading
    read: list[Path] = []
    monkeypatch.setattr(build_module.Reader, "__call__", lambda self, path: read.append(path))
    (tmp_path / "plan-a.txt").write_text("IOM chairs the Returns Working Group in Iraq.\n")
    empty = tmp_path / "plan-z.txt"
    empty.write_text("")
    with pytest.raises(DocumentError) as raised:
        build([tmp_path], GraphStore(tmp_path / "store"), 10**6)
    assert (raised.value.where, raised.value.problem, read) == (str(empty), "is empty", [])


def test_documents_are_read_with_fewer_collector_passes_and_the_threshold_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def extract(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold()[0])
        raise RuntimeError("a reading that fails")

    monkeypatch.setattr(build_module, "extract", extract)
    (tmp_path / "plan.txt").write_text("IOM chairs the Returns Working Group.\n")
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        build([tmp_path / "plan.txt"], GraphStore(tmp_path / "store"), 10**7, jobs=1)
    assert seen == [build_module.COLLECT_AFTER] != [before[0]]
    assert gc.get_threshold() == before
