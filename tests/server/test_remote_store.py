"""coordkg on a real SPARQL server: the same answers as the embedded store, and a build that
stops half-way (the server killed) leaves every document wholly there or absent."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from benchmarks.synthetic import generate
from not_ascii import AUSTRIAN, NOT_ASCII, named
from period_plans import SHARED_PERIOD
from programme_plans import LINKS, PLANS, link

from coordkg.errors import StoreError
from coordkg.graph.build import BuildSummary, add, build, bundled_documents, remove
from coordkg.graph.names import graph_iri
from coordkg.graph.store.local import GraphStore, Readable
from coordkg.graph.store.remote import ENV_PASSWORD, ENV_UPDATE, ENV_USER, RemoteStore
from coordkg.graph.store.stored import document_ids
from coordkg.queries.catalogue import catalogue
from coordkg.queries.diff import diff
from coordkg.queries.precompute import keep_answers
from coordkg.queries.run import run_oxigraph, run_sparql, source_of
from coordkg.visualize.maps import MapRequest, coordination_network
from server.virtuoso import Virtuoso

pytestmark = pytest.mark.server

BLIND = Path(__file__).parent.parent / "generalisation"
# parameter values a user would type, including ones that must be bound safely as values
HOSTILE = "2025\" } ; DROP ALL ; SELECT * WHERE { ?s ?p \"\n'x' } #"
VARIANTS = (
    ("roles", {"org": "IOM", "role": "co-lead"}),
    ("roles", {"org": "IOM", "role": "co-lead", "plan": "2020"}),
    ("roles", {"plan": "2020"}),
    ("roles", {"org": 'IOM" } UNION { ?x ?y ?z } #'}),
    ("roles", {"plan": HOSTILE}),
    ("body_changes", {"plan": "2025"}),  # a VALUES block in its sub-select: past 300 s
    ("body_changes", {"plan": HOSTILE}),
    ("links", {"link": HOSTILE, "plan": "2020"}),
    ("target_groups", {"group": HOSTILE}),
    ("programmes", {"plan": "2025"}),
    ("body", {"body": "RWG"}),
    ("counterparts", {"org": "IOM"}),
    ("entities", {"name": "UNDP"}),
)


def _environment(server: Virtuoso) -> dict[str, str]:
    return {ENV_USER: server.user, ENV_PASSWORD: server.password, ENV_UPDATE: server.update_url}


@pytest.fixture(scope="module")
def remote(virtuoso: Virtuoso) -> Iterator[tuple[RemoteStore, BuildSummary]]:
    """The bundled plans built into Virtuoso."""
    with pytest.MonkeyPatch.context() as mp:
        for key, value in _environment(virtuoso).items():
            mp.setenv(key, value)
        store = RemoteStore(virtuoso.query_url)
        yield store, build(bundled_documents(), store, 10**8)


def test_the_server_holds_the_same_graph(
    remote: tuple[RemoteStore, BuildSummary], built: tuple[GraphStore, BuildSummary]
) -> None:
    assert remote[1].triples == built[1].triples
    with remote[0].reader() as server, built[0].reader() as embedded:
        assert len(server) == len(embedded)
        ours = {q for q in server.dump().decode().splitlines() if not _blank(q)}
        theirs = {q for q in embedded.dump(format=ox.RdfFormat.N_QUADS).decode().splitlines()}
        assert ours == {q for q in theirs if not _blank(q)}


def _blank(quad: str) -> bool:
    """Whether a quad has a blank node (labelled anew by each store, or skolemised)."""
    return "_:" in quad or "/.well-known/genid/" in quad


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_question_answers_alike(
    name: str, remote: tuple[RemoteStore, BuildSummary], built: tuple[GraphStore, BuildSummary]
) -> None:
    query = catalogue()[name]
    cases = [{}, *(params for q, params in VARIANTS if q == name)]
    with remote[0].reader() as server, built[0].reader() as embedded:
        for params in cases:
            expected = run_oxigraph(embedded, query, params, embedded.derived)
            assert run_oxigraph(server, query, params) == expected, params
            if not params:
                assert expected.rows, f"{name} answers nothing: the comparison proves nothing"


def test_diff_and_map_alike(
    remote: tuple[RemoteStore, BuildSummary], built: tuple[GraphStore, BuildSummary]
) -> None:
    with source_of(remote[0]) as server, source_of(built[0]) as embedded:
        assert diff(server, "2020", "2025") == diff(embedded, "2020", "2025")
        request = MapRequest(compare=("2020", "2025"))
        ours, theirs = (
            coordination_network(server, request),
            coordination_network(embedded, request),
        )
        assert sorted(ours[0].edges(keys=True)) == sorted(theirs[0].edges(keys=True))


def test_add_and_remove_on_the_server(
    remote: tuple[RemoteStore, BuildSummary], tmp_path: Path
) -> None:
    store = remote[0]
    add([BLIND / "yemen-hrp-extract-2022.txt"], store, 10**7)
    with store.reader() as s:
        # the extract states no period: its plan is known by its document id
        plan = {"plan": "yemen-hrp-extract-2022"}
        rows = run_oxigraph(s, catalogue()["roles"], {"org": "OCHA", **plan}).as_dicts()
        assert sorted((r["role"], r["body"]) for r in rows) == [  # as in its gold file
            ("chair", "Inter-Cluster Coordination Mechanism"),
            ("co-chair", "Cash and Market Working Group"),
        ]
    assert remove("yemen-hrp-extract-2022", store) == "yemen-hrp-extract-2022"
    with store.reader() as s:
        assert not run_oxigraph(s, catalogue()["roles"], plan).rows
        # what only that plan named is gone from the entity descriptions too
        assert not run_oxigraph(s, catalogue()["entities"], {"name": "ICCM"}).rows


def test_names_that_are_not_ascii_are_found_by_their_keys_on_the_server(
    remote: tuple[RemoteStore, BuildSummary], tmp_path: Path
) -> None:
    """Virtuoso's LCASE is not Python's: the names are looked up by keys computed in Python
    and the entities put in the query, so the server never lower-cases a value."""
    with _added(remote[0], AUSTRIAN, tmp_path) as s:
        for name, params, expected in NOT_ASCII:
            rows = run_oxigraph(s, catalogue()[name], params).as_dicts()
            assert [named(name, r) for r in rows] == expected, params


@contextlib.contextmanager
def _added(store: RemoteStore, plans: dict[str, str], folder: Path) -> Iterator[Readable]:
    """The server with `plans` (file name: text) added, read; removed again afterwards."""
    paths = []
    for name, text in plans.items():
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    add(paths, store, 10**7)
    try:
        with store.reader() as s:
            yield s
    finally:
        for path in paths:
            remove(path.stem, store)


def test_plans_of_one_period_answer_in_one_order_on_every_path(
    remote: tuple[RemoteStore, BuildSummary], tmp_path: Path
) -> None:
    """Worked out by hand: of 2036, the northern plan's bodies (its document id first) and then
    the southern one's, the Shelter Working Group once, where the northern plan has it; the
    server, the embedded engine and the kept answer give every DISTINCT question's rows alike."""
    embedded = GraphStore(tmp_path / "embedded")
    paths = [*bundled_documents()]
    for name, text in SHARED_PERIOD.items():
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    build(paths, embedded, 10**8)
    keep_answers(embedded)
    (tmp_path / "server").mkdir()
    with _added(remote[0], SHARED_PERIOD, tmp_path / "server") as s, embedded.reader() as e:
        rows = run_oxigraph(s, catalogue()["bodies"], {"plan": "2036"}).as_dicts()
        assert [(r["body"], r["role"]) for r in rows] == [
            ("Protection Working Group", "chair"),
            ("Shelter Working Group", "co-lead"),
            ("Education Working Group", "lead"),
        ]
        for name in sorted(n for n, q in catalogue().items() if q.distinct):
            query = catalogue()[name]
            for params in ({}, {"plan": "2036"}):
                expected = run_oxigraph(e, query, params, e.derived)
                assert run_sparql(e, query, params) == expected, (name, params)
                assert run_oxigraph(s, query, params) == expected, (name, params)


def test_each_plan_links_its_own_programmes_on_the_server(
    remote: tuple[RemoteStore, BuildSummary], tmp_path: Path
) -> None:
    """The rows worked out by hand in programme_plans.py, also on Virtuoso."""
    with _added(remote[0], PLANS, tmp_path) as s:
        for plan in ("2031", "2032"):
            rows = run_oxigraph(s, catalogue()["links"], {"plan": plan}).as_dicts()
            assert [link(r) for r in rows] == [r for r in LINKS if r[0] == plan]


def test_links_on_a_fresh_server_of_synthetic_plans_is_the_engines(
    fresh_virtuoso: Virtuoso, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`links` asked first of a server just loaded with 25 synthetic plans: with each end's
    names read through the path skos:prefLabel|rdfs:label, Virtuoso 7.2 paired most times a
    plan's links with another row's target (a place as a programme, another plan's programme),
    never with fewer plans (issue 14)."""
    for key, value in _environment(fresh_virtuoso).items():
        monkeypatch.setenv(key, value)
    paths = generate(25, tmp_path / "plans")
    embedded, server = GraphStore(tmp_path / "embedded"), RemoteStore(fresh_virtuoso.query_url)
    build(paths, embedded, 10**8)
    build(paths, server, 10**8)
    query = catalogue()["links"]
    with server.reader() as s, embedded.reader() as e:
        assert run_sparql(s, query, {}) == run_sparql(e, query, {})


def test_a_build_replaces_what_an_earlier_build_described(
    fresh_virtuoso: Virtuoso, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second build leaves no document, acronym or type of the first: the same body named
    without its acronym is described without it."""
    for key, value in _environment(fresh_virtuoso).items():
        monkeypatch.setenv(key, value)
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("IOM co-chairs the Flood Response Working Group (FRWG) in Somalia.\n")
    second.write_text("UNHCR chairs the Flood Response Working Group in Somalia.\n")
    server = RemoteStore(fresh_virtuoso.query_url)
    build([first], server, 10**6)
    build([second], server, 10**6)
    embedded = GraphStore(tmp_path / "embedded")
    build([second], embedded, 10**6)
    with server.reader() as s, embedded.reader() as e:
        assert document_ids(s) == ["second"]
        described = _document_quads(s, "entities")
        assert described == _document_quads(e, "entities")
        assert not any('"FRWG"' in q for q in described)
        assert len(s) == len(e)


def test_a_server_away_says_so() -> None:
    away = RemoteStore("http://127.0.0.1:9/sparql")
    with pytest.raises(StoreError, match="cannot be reached"), away.reader():
        pass


def test_credentials_in_the_url_are_refused() -> None:
    with pytest.raises(StoreError, match="COORDKG_STORE_USER"):
        RemoteStore("http://dba:dba@127.0.0.1:8890/sparql")


def _document_quads(store: Readable, doc_id: str) -> set[str]:
    quads = store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri(doc_id)))
    return {f"{q.subject} {q.predicate} {q.object}" for q in quads}


def test_killing_the_server_mid_build_leaves_each_document_whole_or_absent(
    fresh_virtuoso: Virtuoso, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "plans"
    documents.mkdir()
    sources = [*bundled_documents(), *sorted(BLIND.glob("*.txt"))]
    for i in range(12):  # 60 documents: long enough a build to kill half-way
        for src in sources:
            (documents / f"{src.stem}-{i:02d}.txt").write_bytes(src.read_bytes())
    expected = GraphStore(tmp_path / "embedded")
    build([documents], expected, 10**8)
    for key, value in _environment(fresh_virtuoso).items():
        monkeypatch.setenv(key, value)
    server = RemoteStore(fresh_virtuoso.query_url)
    with pytest.raises(StoreError, match="holds no coordkg graph yet"), server.reader():
        pass
    command = [sys.executable, "-m", "coordkg", "build", "--store", fresh_virtuoso.query_url]
    running = subprocess.Popen(
        [*command, str(documents)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and running.poll() is None:
        with contextlib.suppress(StoreError):  # not written to yet
            if len(list(server.client.named_graphs())) >= 10:  # own graphs and a few plans
                break
        time.sleep(0.05)
    fresh_virtuoso.kill()
    _, err = running.communicate(timeout=60)
    assert running.returncode != 0, "the build finished before the server was killed"
    lines = err.decode().strip().splitlines()
    assert lines[-1].startswith("coordkg: error: http://127.0.0.1:"), lines[-1]
    assert "cannot be reached" in lines[-1] and "Traceback" not in err.decode()
    fresh_virtuoso.start()
    with server.reader() as s, expected.reader() as e:
        present = document_ids(s)
        assert 0 < len(present) < 60
        for doc_id in present:
            assert _document_quads(s, doc_id) == _document_quads(e, doc_id), doc_id


def test_serve_passes_the_request_dataset_on_to_the_server(
    remote: tuple[RemoteStore, BuildSummary],
) -> None:
    """/sparql over a server store: default-graph-uri and named-graph-uri go on to the server
    (before issue 17 every request read the union)."""
    import json
    import threading
    import urllib.request
    from urllib.parse import urlencode

    from coordkg.api import KnowledgeGraph
    from coordkg.queries.endpoint import Limits
    from coordkg.web.server import make_server

    server = make_server(KnowledgeGraph(remote[0].location), "127.0.0.1", 0, Limits(seconds=30))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    plan_2025 = 'ASK { ?p <https://w3id.org/coordkg/ontology#period> "2025" }'

    def ask(**dataset: str) -> bool:
        params = urlencode(
            {"query": plan_2025, **{k.replace("_", "-"): v for k, v in dataset.items()}}
        )
        url = f"http://127.0.0.1:{server.server_port}/sparql?{params}"
        with urllib.request.urlopen(url, timeout=60) as response:
            return bool(json.load(response)["boolean"])

    try:
        assert ask()
        assert ask(default_graph_uri=graph_iri("iom-iraq-crp-2025"))
        assert not ask(default_graph_uri=graph_iri("iom-iraq-crp-2020"))
    finally:
        server.shutdown()
        server.server_close()
