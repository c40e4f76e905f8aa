"""What a user's query may not do: SERVICE (decided on the parse tree, every spelling), nesting
past the bound (decided before any parser), and the network cut under both."""

from __future__ import annotations

import encodings.idna  # noqa: F401  (imported before a child drops to a user that cannot read it)
import multiprocessing
import os
import socket
import threading
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import urlopen

import pyoxigraph as ox
import pytest
from loopback_sparql import Remote

from coordkg.api import KnowledgeGraph
from coordkg.graph.build import BuildSummary
from coordkg.graph.store.local import Generation, GraphStore
from coordkg.queries.endpoint import Limits, Request, answer
from coordkg.queries.guard import MAX_DEPTH, QueryRefused, nesting, refuse_deep, refuse_service
from coordkg.queries.isolate import cut_network
from coordkg.web.server import make_server

# --- SERVICE ---------------------------------------------------------------------------------

URL = "<http://127.0.0.1:9/sparql>"
SPELLINGS = {
    # the two bypasses of issue 12
    "escape in a prefixed name": (
        f"PREFIX e: <urn:e:> SELECT * WHERE {{ OPTIONAL {{ ?a e:b\\# ?c }} SERVICE {URL} "
        "{ ?x ?y ?z } }"
    ),
    "after FILTER with < and >": "SELECT * WHERE {FILTER(1<2)SERVICE?u{?a?b?c}FILTER(3>2)}",
    "lower case": f"select * {{ service {URL} {{ ?s ?p ?o }} }}",
    "mixed case, no spaces": f"SELECT*{{sErViCe{URL}{{?s ?p ?o}}}}",
    "SILENT": f"SELECT * {{ SERVICE SILENT {URL} {{ ?s ?p ?o }} }}",
    "a variable for the IRI": "SELECT * { VALUES ?u { <http://127.0.0.1:9/> } SERVICE ?u { ?s ?p ?o } }",
    "a prefixed name for the IRI": "PREFIX r: <http://127.0.0.1:9/> SELECT * { SERVICE r:sparql { ?s ?p ?o } }",
    "after a comment holding a quote": f"SELECT * {{ # it's \"here\n SERVICE {URL} {{ ?s ?p ?o }} }}",
    "after an IRI holding #": f"SELECT * {{ ?s <urn:a#b> ?o SERVICE {URL} {{ ?s ?p ?o }} }}",
    "after a string holding # and }": f'SELECT * {{ ?s ?p "#}}" SERVICE {URL} {{ ?s ?p ?o }} }}',
    "after a long string": f"SELECT * {{ ?s ?p '''a\n'b''' SERVICE {URL} {{ ?s ?p ?o }} }}",
    "in a subquery": f"SELECT * {{ {{ SELECT ?s {{ SERVICE {URL} {{ ?s ?p ?o }} }} }} }}",
    "in OPTIONAL": f"SELECT * {{ ?a ?b ?c OPTIONAL {{ SERVICE {URL} {{ ?s ?p ?o }} }} }}",
    "in UNION": f"SELECT * {{ {{ ?a ?b ?c }} UNION {{ SERVICE {URL} {{ ?s ?p ?o }} }} }}",
    "in MINUS": f"SELECT * {{ ?a ?b ?c MINUS {{ SERVICE {URL} {{ ?a ?p ?o }} }} }}",
    "in FILTER EXISTS": f"SELECT * {{ ?a ?b ?c FILTER EXISTS {{ SERVICE {URL} {{ ?a ?p ?o }} }} }}",
    "in GRAPH": f"SELECT * {{ GRAPH ?g {{ SERVICE {URL} {{ ?s ?p ?o }} }} }}",
    "in an ASK": f"ASK {{ SERVICE {URL} {{ ?s ?p ?o }} }}",
    "in a CONSTRUCT": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE {URL} {{ ?s ?p ?o }} }}",
    "keyword as \\u escapes": f"SELECT * {{ \\u0053ERVIC\\u0045 {URL} {{ ?s ?p ?o }} }}",
}
NOT_SERVICE = {
    "in a string": 'SELECT * { ?s ?p "SERVICE <http://127.0.0.1:9/> { ?x ?y ?z }" }',
    "in a long string": "SELECT * { ?s ?p '''\nSERVICE <http://x/> {}\n''' }",
    "in an IRI": "SELECT * { ?s <http://x/SERVICE> ?o }",
    "in a prefixed name": "PREFIX e: <urn:e:> SELECT * { ?s e:SERVICE ?o }",
    "in a variable": "SELECT ?service { ?service ?p ?o }",
    "in a comment": "SELECT * { ?s ?p ?o } # SERVICE <http://x/> { }",
}


@pytest.mark.parametrize("text", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_every_spelling_of_service_is_refused(text: str) -> None:
    """Found in the tree, or (rdflib fails on SERVICE after a ``#`` in a name, IRI or string
    on the same line) not shown to be absent."""
    with pytest.raises(QueryRefused, match="SERVICE"):
        refuse_service(text)


@pytest.mark.parametrize("text", NOT_SERVICE.values(), ids=NOT_SERVICE.keys())
def test_service_as_data_is_no_service(text: str) -> None:
    refuse_service(text)


def test_a_text_rdflib_cannot_parse_is_refused_only_if_it_spells_service() -> None:
    lateral = "SELECT * {{ ?s ?p ?o }} LATERAL {{ SELECT ?s {{ {} }} LIMIT 1 }}"
    refuse_service(lateral.format("?s ?p ?o"))  # Oxigraph's extension, without SERVICE
    with pytest.raises(QueryRefused, match=r"spells SERVICE and cannot be parsed .*error at 1:"):
        refuse_service(lateral.format(f"SERVICE {URL} {{ ?s ?p ?o }}"))


def test_the_check_reads_long_blocks_past_rdflibs_default_recursion() -> None:
    """rdflib's grammar recurses per triple pattern: 300 patterns exceed Python's default."""
    block = " ".join(f"?s <urn:p{i}> ?o{i} ." for i in range(300))
    with pytest.raises(QueryRefused, match="uses SERVICE"):
        refuse_service(f"SELECT * {{ {block} SERVICE {URL} {{ ?s ?p ?o }} }}")
    refuse_service(f'SELECT * {{ {block} ?s ?p "service" }}')


# --- nesting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("SELECT * { { ?s ?p ?o } }", 2),
        ('SELECT * { ?s ?p "((((" FILTER(?o) }', 2),  # a string's brackets are not structure
        ("SELECT * { ?s ?p ?o } # ((((\n", 1),
        ("SELECT * { ?s e:b\\( ?o }", 1),  # an escaped bracket is part of a name
        ("SELECT * { ?s <http://x/Paris_(France)> ?o }", 2),  # balanced in an IRI: read as
        # an IRI 1, as "<" comparing 2
        # the closers of what may be an IRI take nothing off what comes after it
        ("SELECT * { FILTER(?a<)))))>0) (((1))) }", 4),
        # '<' read as an IRI ends at '>'; read as "less than", the quote opens a string:
        # both readings count, so the brackets after the IRI count
        ("SELECT * { ?s <urn:a'b> ((( ?o ))) . ?s ?p ' ' }", 4),
        # an unclosed ''' is read as '' and then a short string, which may hide nothing more
        ("SELECT * { ?s ?p ''' } ((( '", 1),
        ("SELECT * { ?s ?p '''a'''' } ((( ' }", 1),
        (") ) ) ( ( (", 3),  # closers never bank depth for openers after them
    ],
)
def test_nesting_reads_every_way_the_text_can_be_tokenized(text: str, depth: int) -> None:
    assert nesting(text) == depth


def test_nesting_past_the_bound_is_refused_before_any_parser() -> None:
    deep = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    with pytest.raises(QueryRefused, match=r"nests brackets 3000 deep; at most 100 levels"):
        refuse_deep(deep)
    refuse_deep("SELECT * WHERE " + "{" * MAX_DEPTH + " ?s ?p ?o " + "}" * MAX_DEPTH)
    # written as \u escapes, which rdflib decodes before parsing
    with pytest.raises(QueryRefused, match="nests brackets 101 deep"):
        refuse_deep('SELECT * { ?s ?p "a\\u0022' + "(" * 100 + ' " }')


# --- the network cut -------------------------------------------------------------------------


def _connect(port: int, user: int | None, out: multiprocessing.queues.Queue) -> None:  # type: ignore[name-defined]
    if user is not None:
        os.setgid(user)
        os.setuid(user)
    cut = cut_network()
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        out.put((cut, "connected"))
    except OSError as exc:
        out.put((cut, type(exc).__name__))


def _in_child(port: int, user: int | None = None) -> tuple[bool, str]:
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    child = context.Process(target=_connect, args=(port, user, out))
    child.start()
    result: tuple[bool, str] = out.get(timeout=30)
    child.join()
    return result


@pytest.mark.parametrize(
    "user",
    [
        None,
        pytest.param(
            65534,
            marks=pytest.mark.skipif(os.getuid() != 0, reason="drops from root to nobody"),
            id="nobody",
        ),
    ],
)
def test_a_cut_child_cannot_reach_a_loopback_listener(user: int | None) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    try:
        cut, outcome = _in_child(port, user)
        if not cut:
            assert not (os.geteuid() == 0 and user is None), "root could not cut the network"
            pytest.skip("this platform does not allow a process its own network namespace")
        assert outcome != "connected"
    finally:
        listener.close()


def test_without_the_cut_the_same_child_connects() -> None:
    """The control: the listener is reachable, so the test above can fail."""
    listener = socket.create_server(("127.0.0.1", 0))
    try:
        context = multiprocessing.get_context("fork")
        out = context.Queue()
        child = context.Process(target=_plain_connect, args=(listener.getsockname()[1], out))
        child.start()
        assert out.get(timeout=30) == "connected"
        child.join()
    finally:
        listener.close()


def _plain_connect(port: int, out: multiprocessing.queues.Queue) -> None:  # type: ignore[name-defined]
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
    out.put("connected")


def _service_after_cut(url: str, out: multiprocessing.queues.Queue) -> None:  # type: ignore[name-defined]
    cut = cut_network()
    try:
        rows = list(ox.Store().query(f"SELECT * {{ SERVICE <{url}> {{ ?x ?y ?z }} }}"))
        out.put((cut, f"{len(rows)} rows"))
    except Exception as exc:
        out.put((cut, type(exc).__name__))


def test_service_run_past_the_guard_in_a_cut_child_fetches_nothing(remote: Remote) -> None:
    context = multiprocessing.get_context("fork")
    out = context.Queue()
    child = context.Process(target=_service_after_cut, args=(remote.url, out))
    child.start()
    cut, outcome = out.get(timeout=60)
    child.join()
    if not cut:
        assert os.geteuid() != 0, "root could not cut the network"
        pytest.skip("this platform does not allow a process its own network namespace")
    assert (outcome, remote.hits) == ("OSError", 0)


# --- through the endpoint --------------------------------------------------------------------


def test_the_issues_bypasses_fetch_nothing_through_the_endpoint(
    built: tuple[GraphStore, BuildSummary], remote: Remote
) -> None:
    path = built[0].current()
    assert path is not None
    generation = Generation(path)
    port = remote.url.split(":")[2].split("/")[0]
    first = (
        "PREFIX e: <urn:e:> SELECT * WHERE { OPTIONAL { ?a e:b\\# ?c } "
        f"SERVICE <{remote.url}> {{ ?x ?y ?z }} }}"
    )
    second = (
        f"SELECT * WHERE {{ BIND(<http://127.0.0.1:{port}/sparql> AS ?u) "
        "FILTER(1<2)SERVICE?u{?a?b?c}FILTER(3>2)}"
    )
    for text in (first, second):
        try:
            result = answer(generation, Request(text), Limits(seconds=20))
            assert result.status == 400, result.body
        except QueryRefused as exc:
            assert "SERVICE" in str(exc)
    assert remote.hits == 0


def test_refusals_are_400_over_http(built: tuple[GraphStore, BuildSummary]) -> None:
    server = make_server(KnowledgeGraph(built[0].location), "127.0.0.1", 0, Limits(seconds=20))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = f"http://127.0.0.1:{server.server_port}/sparql"
    deep = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    try:
        for text, said in [
            (deep, "query: nests brackets 3000 deep; at most 100 levels are read"),
            (f"SELECT * {{ SERVICE {URL} {{ ?s ?p ?o }} }}", "query: uses SERVICE"),
        ]:
            with pytest.raises(HTTPError) as refused:
                urlopen(site, urlencode({"query": text}).encode(), timeout=60)
            body = refused.value.read().decode()
            assert refused.value.code == 400 and body.startswith(said) and body.count("\n") == 1
    finally:
        server.shutdown()
        server.server_close()


# --- what the guard leaves to the child --------------------------------------------------------


@pytest.mark.parametrize(
    "chain",
    [
        "SELECT * WHERE { " + " ".join(f"BIND({i} AS ?v{i})" for i in range(3000)) + " }",
        "ASK { FILTER(" + "||".join(["true"] * 10_000) + ") }",
    ],
    ids=["3,000 BINDs", "10,000 ||"],
)
def test_a_flat_chain_that_crashes_the_engine_is_a_500_in_words(
    built: tuple[GraphStore, BuildSummary], chain: str
) -> None:
    """Flat chains nest nothing, so the guard lets them pass; Oxigraph recurses once per link
    and its stack overflows: the child dies of SIGSEGV, and the answer says what that means."""
    with built[0].pinned() as generation:
        result = answer(generation, Request(chain), Limits(seconds=30))
    assert (result.status, result.body) == (
        500,
        b"the query crashed the query engine: it ran out of stack, as a chain of thousands of "
        b"clauses or operators makes it do; write the query with fewer\n",
    )
