"""/sparql by the SPARQL 1.1 Protocol, on a store of two small graphs the test writes: the
request's dataset, the refusals, HEAD, OPTIONS, CORS, the service description, the graph
formats and the base IRI; and through the clients people use: SPARQLWrapper and rdflib's
SPARQLStore with its named-graph views.

Before (issue 17): every dataset was the union of all graphs (``ASK { <plan-2025> a ?t }`` with
``default-graph-uri=<graph-2020>`` said true, and SPARQLStore's graph views held every triple),
PUT got 501, two queries ran the last, a POST of any media type ran, no HEAD, OPTIONS, CORS,
description or RDF/XML, and ``CONSTRUCT {<s> <p> 1} WHERE {}`` was refused for want of a base.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from rdflib import ConjunctiveGraph, Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from served import serving
from SPARQLWrapper import JSON, RDFXML, SPARQLWrapper

from coordkg.graph.store.local import GraphStore, Serialised

G2020 = "https://w3id.org/coordkg/graph/plan-2020"
G2025 = "https://w3id.org/coordkg/graph/plan-2025"
PLAN = "https://w3id.org/coordkg/id/plan-"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SHARED = f"<https://w3id.org/coordkg/id/iom> {TYPE} <http://www.w3.org/ns/org#Organization> .\n"
DATA = {
    G2020: f"<{PLAN}2020> {TYPE} <https://w3id.org/coordkg/ontology#Plan> .\n" + SHARED,
    G2025: (
        f"<{PLAN}2025> {TYPE} <https://w3id.org/coordkg/ontology#Plan> .\n"
        f'<{PLAN}2025> <http://www.w3.org/2000/01/rdf-schema#label> "2025" .\n' + SHARED
    ),
}


@pytest.fixture(scope="module")
def location(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("two-graphs") / "store"
    GraphStore(path).write(Serialised(name, text.encode()) for name, text in DATA.items())
    return path


@pytest.fixture(scope="module")
def address(location: Path) -> Iterator[tuple[str, int]]:
    with serving(location) as where:
        yield where


def call(
    address: tuple[str, int],
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, http.client.HTTPResponse, bytes]:
    connection = http.client.HTTPConnection(*address, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response, response.read()
    finally:
        connection.close()


def answer(address: tuple[str, int], query: str, dataset: dict[str, list[str]]) -> Any:
    """The JSON answer to ``query`` by GET, with ``default_graph_uri=[...]`` and
    ``named_graph_uri=[...]`` as the request's dataset."""
    params = [("query", query)]
    params += [(key.replace("_", "-"), iri) for key, iris in dataset.items() for iri in iris]
    status, _, body = call(address, "GET", "/sparql?" + urlencode(params))
    assert status == 200, body
    return json.loads(body)


def ask(address: tuple[str, int], query: str, **dataset: list[str]) -> bool:
    return bool(answer(address, query, dataset)["boolean"])


def select(address: tuple[str, int], query: str, **dataset: list[str]) -> list[dict[str, str]]:
    rows = answer(address, query, dataset)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


# --- the dataset -------------------------------------------------------------------------------


def test_default_graph_uri_names_the_default_graph(address: tuple[str, int]) -> None:
    query = f"ASK {{ <{PLAN}2025> a ?t }}"
    assert ask(address, query)  # the union, when the request names no graph
    assert not ask(address, query, default_graph_uri=[G2020])
    assert ask(address, query, default_graph_uri=[G2025])
    assert ask(address, query, default_graph_uri=[G2020, G2025])


def test_named_graph_uri_names_the_graphs_graph_ranges_over(address: tuple[str, int]) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert {r["g"] for r in select(address, query)} == {G2020, G2025}
    assert [r["g"] for r in select(address, query, named_graph_uri=[G2025])] == [G2025]
    # a request that names only named graphs has an empty default graph
    assert not ask(address, "ASK { ?s ?p ?o }", named_graph_uri=[G2025])
    # and one that names only a default graph, no named graphs
    assert not ask(address, "ASK { GRAPH ?g { ?s ?p ?o } }", default_graph_uri=[G2025])


def test_from_and_from_named_in_the_query(address: tuple[str, int]) -> None:
    assert not ask(address, f"ASK FROM <{G2020}> {{ <{PLAN}2025> a ?t }}")
    assert ask(address, f"ASK FROM <{G2025}> {{ <{PLAN}2025> a ?t }}")
    query = f"SELECT DISTINCT ?g FROM NAMED <{G2020}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert [r["g"] for r in select(address, query)] == [G2020]
    # the request's dataset wins over the query's
    assert ask(address, f"ASK FROM <{G2020}> {{ <{PLAN}2025> a ?t }}", default_graph_uri=[G2025])


def test_the_union_default_graph_counts_a_triple_once_per_graph(address: tuple[str, int]) -> None:
    """As the README says: the shared triple is in both graphs, so it is two solutions."""
    [row] = select(address, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    [distinct] = select(address, "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?s ?p ?o }")
    assert (int(row["n"]), int(distinct["n"])) == (5, 4)


# --- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_methods_other_than_get_and_post_are_405(address: tuple[str, int], method: str) -> None:
    status, response, _ = call(address, method, "/sparql?query=ASK%7B%7D")
    assert status == 405 and response.getheader("Allow") == "GET, HEAD, POST, OPTIONS"


@pytest.mark.parametrize(
    ("path", "body", "headers", "status"),
    [
        ("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", None, {}, 400),
        (
            "/sparql?query=ASK%7B%7D",
            b"query=ASK%7B%7D",
            {"Content-Type": "application/x-www-form-urlencoded"},
            400,
        ),
        ("/sparql", b"ASK {}", {"Content-Type": "text/plain"}, 415),
        ("/sparql", b"ASK {}", {}, 400),
        ("/sparql", b"query=ASK%20%7B%7D", {}, 400),
        (
            "/sparql",
            "ASK {}".encode("utf-16"),
            {"Content-Type": "application/sparql-query; charset=UTF-16"},
            415,
        ),
        ("/sparql", b"query=", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
        ("/sparql", b"", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
        ("/sparql", b"CLEAR ALL", {"Content-Type": "application/sparql-update"}, 403),
        ("/sparql?update=CLEAR%20ALL", None, {}, 403),
        ("/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri", None, {}, 400),
    ],
    ids=[
        "two queries",
        "a query in the URL and the form",
        "wrong media type",
        "no media type",
        "a form without its media type",
        "UTF-16",
        "empty query",
        "no query",
        "update by POST",
        "update by GET",
        "a graph name that is no IRI",
    ],
)
def test_bad_requests_are_refused_with_the_protocol_status(
    address: tuple[str, int], path: str, body: bytes | None, headers: dict[str, str], status: int
) -> None:
    method = "GET" if body is None else "POST"
    assert call(address, method, path, body, headers)[0] == status


def test_a_body_over_the_limit_is_413_however_it_is_sent(address: tuple[str, int]) -> None:
    big = b"ASK {} #" + b"x" * 200_000
    kind = {"Content-Type": "application/sparql-query"}
    assert call(address, "POST", "/sparql", big, kind)[0] == 413
    connection = http.client.HTTPConnection(*address, timeout=30)
    try:  # no Content-Length: the body in chunks
        connection.request(
            "POST", "/sparql", body=iter([big[:100_000], big[100_000:]]), headers=kind
        )
        assert connection.getresponse().status == 413
    finally:
        connection.close()


# --- HEAD, OPTIONS, CORS -----------------------------------------------------------------------


def test_head_gives_the_head_of_get_without_its_body(address: tuple[str, int]) -> None:
    status, response, body = call(address, "HEAD", "/sparql?query=ASK%7B%7D")
    assert status == 200 and body == b""
    assert response.getheader("Content-Type").startswith("application/sparql-results+json")


def test_options_lists_the_methods(address: tuple[str, int]) -> None:
    status, response, _ = call(address, "OPTIONS", "/sparql")
    assert status == 204 and response.getheader("Allow") == "GET, HEAD, POST, OPTIONS"


def test_cors_lets_a_page_of_another_origin_query(address: tuple[str, int]) -> None:
    origin = {"Origin": "https://yasgui.example"}
    status, response, _ = call(address, "GET", "/sparql?query=ASK%7B%7D", headers=origin)
    assert status == 200 and response.getheader("Access-Control-Allow-Origin") == "*"
    preflight = {
        **origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    status, response, _ = call(address, "OPTIONS", "/sparql", headers=preflight)
    assert status == 200 and "POST" in response.getheader("Access-Control-Allow-Methods")
    # the pages answer their own site alone
    _, response, _ = call(address, "GET", "/style.css", headers=origin)
    assert response.getheader("Access-Control-Allow-Origin") is None


def test_no_cors_is_a_flag_away(location: Path) -> None:
    with serving(location, cors=False) as where:
        _, response, _ = call(
            where, "GET", "/sparql?query=ASK%7B%7D", headers={"Origin": "https://x.example"}
        )
    assert response.getheader("Access-Control-Allow-Origin") is None


# --- description, formats, base ----------------------------------------------------------------


def test_get_without_a_query_describes_the_service_to_rdf_clients(address: tuple[str, int]) -> None:
    status, response, body = call(address, "GET", "/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and response.getheader("Content-Type").startswith("text/turtle")
    g = Graph().parse(data=body, format="turtle")
    endpoint = URIRef(f"http://{address[0]}:{address[1]}/sparql")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (endpoint, URIRef(sd + "endpoint"), endpoint) in g
    assert (endpoint, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in g
    status, response, body = call(address, "GET", "/sparql", headers={"Accept": "text/html"})
    assert status == 200 and b'id="yasgui"' in body  # a browser gets the SPARQL editor


def test_construct_in_rdf_xml_with_relative_iris(address: tuple[str, int]) -> None:
    query = urlencode({"query": "CONSTRUCT { <s> <p> 1 } WHERE {}"})
    status, response, body = call(
        address, "GET", f"/sparql?{query}", headers={"Accept": "application/rdf+xml"}
    )
    assert status == 200 and response.getheader("Content-Type").startswith("application/rdf+xml")
    [triple] = ox.parse(body, ox.RdfFormat.RDF_XML)
    assert triple.subject == ox.NamedNode(f"http://{address[0]}:{address[1]}/s")


# --- through the clients people use ------------------------------------------------------------


def test_sparqlwrapper_datasets_and_rdf_xml(address: tuple[str, int]) -> None:
    url = f"http://{address[0]}:{address[1]}/sparql"
    client = SPARQLWrapper(url)
    client.setQuery(f"ASK {{ <{PLAN}2025> a ?t }}")
    client.setReturnFormat(JSON)
    client.addDefaultGraph(G2020)
    assert client.queryAndConvert()["boolean"] is False
    client = SPARQLWrapper(url)
    client.setQuery("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    client.setReturnFormat(JSON)
    client.addNamedGraph(G2020)
    bindings = client.queryAndConvert()["results"]["bindings"]
    assert [b["g"]["value"] for b in bindings] == [G2020]
    client = SPARQLWrapper(url)
    client.setQuery(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{G2025}> {{ ?s ?p ?o }} }}")
    client.setReturnFormat(RDFXML)
    g = client.queryAndConvert()
    assert isinstance(g, Graph) and len(g) == 3


def test_sparqlstore_named_graph_views_hold_their_graph_alone(address: tuple[str, int]) -> None:
    """rdflib's read-only SPARQLStore refuses ``Dataset.graph`` (it would add the graph); its
    views are ``get_context`` and a ``Graph`` over the store with the graph's name."""
    store = SPARQLStore(f"http://{address[0]}:{address[1]}/sparql")
    dataset = Dataset(store=store)
    for name, text in DATA.items():
        for view in (dataset.get_context(URIRef(name)), Graph(store, identifier=URIRef(name))):
            assert len(list(view.triples((None, None, None)))) == text.count("\n"), name
    assert {str(c) for c in store.contexts()} == {G2020, G2025}
    # A query of the whole dataset: over the union (rdflib sends its own default graph,
    # urn:x-rdflib:default, as default-graph-uri otherwise, and that graph is empty here).
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{G2020}> {{ ?s ?p ?o }} }}"
    for whole in (Dataset(store=store, default_union=True), ConjunctiveGraph(store)):
        constructed = whole.query(query)
        assert constructed.graph is not None and len(constructed.graph) == 2  # from RDF/XML
