"""The W3C SPARQL 1.1 Protocol test suite against `coordkg serve`'s /sparql.

Each test of the suite's manifest (a copy in w3c-protocol/, with its licence) describes HTTP
requests and what their responses must be; every query-side request is sent as described to a
server over a store of the suite's three data graphs, named as the manifest names them.  The
endpoint is read-only, so every update request must be refused (4xx), and a query that follows
one must find the update undone (its ASK answers false), whatever the manifest expected of a
server that takes updates.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote
from xml.dom.minidom import parseString

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection

from coordkg.api import KnowledgeGraph
from coordkg.graph.store.local import GraphStore, Serialised
from coordkg.queries.endpoint import GRAPH_TYPES, RDF_FORMATS, SOLUTION_TYPES, Limits
from coordkg.web.server import make_server

SUITE = Path(__file__).parent / "w3c-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
CNT = Namespace("http://www.w3.org/2011/content#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")


@dataclass(frozen=True)
class Step:
    """One request of a test and what its response must be."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: frozenset[int]  # the status classes allowed: 2, 3, 4
    form: str | None  # "boolean", "tabular", "RDF"
    boolean: bool | None


def _manifest() -> Graph:
    g = Graph()
    g.parse(SUITE / "manifest.ttl", publicID=(SUITE / "manifest.ttl").as_uri())
    return g


def _steps(g: Graph, test: URIRef) -> list[Step]:
    action = g.value(test, MF.action)
    steps = []
    for request in Collection(g, g.value(action, HT.requests)):
        headers = {}
        if (listed := g.value(request, HT.headers)) is not None:
            for header in Collection(g, listed):
                headers[str(g.value(header, HT.fieldName))] = str(g.value(header, HT.fieldValue))
        body = g.value(request, HT.body)
        response = g.value(request, HT.resp)
        statuses = frozenset(
            int(str(s).rsplit("StatusCode", 1)[1][0])
            for s in g.objects(response, MF.expectedStatus)
        )
        expected = g.value(response, MF.expectedBoolean)
        form = g.value(response, MF.expectedFormat)
        steps.append(
            Step(
                method=str(g.value(request, HT.methodName)),
                path="/sparql" + str(g.value(request, HT.absolutePath)).removeprefix("/sparql/"),
                headers=headers,
                body=None if body is None else str(g.value(body, CNT.chars)).encode(),
                statuses=statuses,
                form=None if form is None else str(form),
                boolean=None if expected is None else bool(expected.toPython()),
            )
        )
    return steps


def _is_update(step: Step) -> bool:
    """A request of the update operation (however malformed)."""
    media = step.headers.get("content-type", "")
    query = unquote(step.path.partition("?")[2])
    return (
        media.startswith("application/sparql-update")
        or (step.body or b"").startswith(b"update=")
        or "update=" in query
        or "using-graph-uri" in query
        or "using-named-graph-uri" in query
    )


MANIFEST = _manifest()
TESTS = [
    t
    for t in Collection(
        MANIFEST, MANIFEST.value(next(MANIFEST.subjects(RDF.type, MF.Manifest)), MF.entries)
    )
]
GRAPHS = {
    str(MANIFEST.value(data, RDFS.label)): SUITE / Path(str(MANIFEST.value(data, UT.graph))).name
    for t in TESTS
    for data in MANIFEST.objects(t, UT.graphData)
}


@pytest.fixture(scope="module")
def address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A server over a store holding the suite's data graphs, each under its manifest name."""
    location = tmp_path_factory.mktemp("w3c") / "store"
    GraphStore(location).write(Serialised(name, path.read_bytes()) for name, path in GRAPHS.items())
    server = make_server(KnowledgeGraph(location), "127.0.0.1", 0, Limits(seconds=30))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield "127.0.0.1", server.server_port
    server.shutdown()
    server.server_close()


def _send(address: tuple[str, int], step: Step) -> tuple[int, str, bytes]:
    connection = http.client.HTTPConnection(*address, timeout=60)
    try:
        connection.putrequest(step.method, step.path, skip_accept_encoding=True)
        for name, value in step.headers.items():
            connection.putheader(name, value)
        connection.putheader("Content-Length", str(len(step.body or b"")))
        connection.endheaders(step.body)
        response = connection.getresponse()
        media = (response.getheader("Content-Type") or "").split(";")[0].strip()
        return response.status, media, response.read()
    finally:
        connection.close()


def _boolean(media: str, body: bytes) -> bool:
    if media == "application/sparql-results+json":
        return bool(json.loads(body)["boolean"])
    text = parseString(body).getElementsByTagName("boolean")[0].firstChild.data  # type: ignore[union-attr]
    return text.strip() == "true"


def test_the_suite_is_the_w3c_one() -> None:
    """All 34 tests are read: 12 on the query operation, 22 on updates or bad requests."""
    assert len(TESTS) == 34
    assert set(GRAPHS) == {f"http://kasei.us/2009/09/sparql/data/data{i}.rdf" for i in (1, 2, 3)}


@pytest.mark.parametrize("test", TESTS, ids=lambda t: str(t).rsplit("#", 1)[1])
def test_w3c_protocol(address: tuple[str, int], test: URIRef) -> None:
    updated = False
    for step in _steps(MANIFEST, test):
        status, media, body = _send(address, step)
        if _is_update(step):
            assert 400 <= status < 500, (step.path, status, body)
            updated = True
            continue
        assert status // 100 in step.statuses, (step.path, status, body)
        if status // 100 != 2:
            continue
        if step.form == "boolean":
            assert media in BOOLEAN_TYPES
            expected = False if updated else step.boolean
            if expected is not None:
                assert _boolean(media, body) is expected, body
        elif step.form == "tabular":
            assert media in SOLUTION_TYPES
        elif step.form == "RDF":
            assert media in GRAPH_TYPES
            list(ox.parse(body, RDF_FORMATS[media]))  # well-formed
