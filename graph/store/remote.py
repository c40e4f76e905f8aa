"""A SPARQL 1.1 server as coordkg's store (Virtuoso, Fuseki, GraphDB, Oxigraph server ...).

``--store https://host/sparql`` names the server's query endpoint. Writes go to its SPARQL
Update endpoint (``$COORDKG_STORE_UPDATE_URL``, default: the query URL); credentials come from
``$COORDKG_STORE_USER`` and ``$COORDKG_STORE_PASSWORD`` only, never from the command line (a
URL with a user name in it is refused), and are answered to Basic or Digest challenges of those
URLs alone.

Not the Graph Store Protocol: on Virtuoso a ``PUT`` is neither atomic nor isolated (measured:
it commits in chunks of 64,001 triples, a kill leaves part of a graph, readers see the graph
empty while it loads), whereas one update request was wholly applied or not at all in every
kill tried.

Readers get :class:`SparqlClient`, which answers the few pyoxigraph ``Store`` calls coordkg's
queries make, with pyoxigraph's own result types, so every question, diff, map and page runs
unchanged on either store. There is no generation to swap on a shared server: instead every
document's named graph is replaced by one request, so a document is wholly there or not at all,
and a build writes entity descriptions before the documents that use them and removes what no
document names last (see :meth:`RemoteStore.write`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from coordkg.errors import StoreError
from coordkg.graph.names import (
    ENTITIES_GRAPH,
    GRAPH_PREFIX,
    INFERRED_GRAPH,
    ONTOLOGY_GRAPH,
    graph_iri,
)
from coordkg.graph.store.local import GraphName, Serialised, Term, Writable, put_graph
from coordkg.graph.store.stored import document_ids, is_document_graph, merge_graph

if TYPE_CHECKING:
    pass

ENV_USER = "COORDKG_STORE_USER"
ENV_PASSWORD = "COORDKG_STORE_PASSWORD"
ENV_UPDATE = "COORDKG_STORE_UPDATE_URL"

_RESULTS = "application/sparql-results+json"
_ACCEPT = f"{_RESULTS}, application/n-triples;q=0.9, text/turtle;q=0.8"
_PER_REQUEST = 20_000
"""Triples per request when adding: some 4 MB of text, under the 10 MB Virtuoso accepts."""
_GENID = "https://w3id.org/coordkg/.well-known/genid/"
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_OUTER_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_OURS = f'FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))'


def with_values(text: str, substitutions: dict[ox.Variable, Term] | None) -> str:
    """The query with its parameters bound by a VALUES block opening its outer WHERE group.

    The values are RDF terms serialised by pyoxigraph (quoted and escaped), never pasted text;
    catalogue queries filter their parameters at the top level, where the block binds them.
    """
    if not substitutions:
        return text
    match = _OUTER_WHERE.search(_without_comments(text))
    if match is None:
        raise StoreError("query", "has no WHERE group to bind its parameters in")
    names = " ".join(str(v) for v in substitutions)
    values = " ".join(str(t) for t in substitutions.values())
    return f"{text[: match.end()]} VALUES ({names}) {{ ({values}) }}{text[match.end() :]}"


def _without_comments(text: str) -> str:
    """The text with comment lines blanked out (same length, so offsets still hold)."""
    return re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), text)


class SparqlClient:
    """A SPARQL 1.1 server, answering the pyoxigraph ``Store`` calls coordkg makes."""

    def __init__(self, query_url: str, timeout: float = 300.0) -> None:
        if urllib.parse.urlsplit(query_url).username:
            raise StoreError(
                query_url, f"carries credentials: set {ENV_USER} and {ENV_PASSWORD} instead"
            )
        self.query_url = query_url
        self.update_url = os.environ.get(ENV_UPDATE) or query_url
        self.timeout = timeout
        self._opener = _opener(
            (self.query_url, self.update_url),
            os.environ.get(ENV_USER),
            os.environ.get(ENV_PASSWORD),
        )

    # -- reading ----------------------------------------------------------------------------
    def query(
        self,
        query: str,
        *,
        substitutions: dict[ox.Variable, Term] | None = None,
        use_default_graph_as_union: bool = False,
        default_graph: GraphName | list[GraphName] | None = None,
        named_graphs: list[ox.NamedNode | ox.BlankNode] | None = None,
        base_iri: str | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a query on the server, over ``default_graph`` and ``named_graphs`` if given, else
        over the server's default graph (the union of its named graphs on Virtuoso; on Fuseki,
        configure ``unionDefaultGraph``) and all its named graphs; ``base_iri`` goes first in the
        text (a later BASE of the query's own wins)."""
        del use_default_graph_as_union  # the server's default graph decides
        text = with_values(query, substitutions)
        if base_iri:
            text = f"BASE <{base_iri}>\n{text}"
        form = [("query", text)]
        graphs = default_graph if isinstance(default_graph, list) else [default_graph]
        form += [("default-graph-uri", g.value) for g in graphs if isinstance(g, ox.NamedNode)]
        form += [
            ("named-graph-uri", g.value) for g in named_graphs or () if isinstance(g, ox.NamedNode)
        ]
        media, body = self._post(self.query_url, form, _ACCEPT)
        if media in (_RESULTS, "application/json"):
            return ox.parse_query_results(_canonical(body), ox.QueryResultsFormat.JSON)
        rdf = ox.RdfFormat.from_media_type(media)
        if rdf is None:
            raise StoreError(self.query_url, f"answered in an unexpected format: {media}")
        triples = ox.Store()
        triples.load(body, rdf)
        result = triples.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        return result

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        """coordkg's named graphs on the server (others it may hold are not ours to list)."""
        yield from self._sizes()

    def _sizes(self) -> dict[ox.NamedNode, int]:
        """Triples per named graph of coordkg's. Grouped, not DISTINCT, and filtered here, not
        in SPARQL: on Virtuoso at 1M triples 20 ms, against 6 s (DISTINCT) or 1.5 s (STRSTARTS).
        """
        rows = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        assert isinstance(rows, ox.QuerySolutions)
        return {
            row["g"]: int(row["n"].value)
            for row in rows
            if isinstance(row["g"], ox.NamedNode) and row["g"].value.startswith(GRAPH_PREFIX)
        }

    def contains_named_graph(self, graph_name: ox.NamedNode) -> bool:
        found = self.query(f"ASK WHERE {{ GRAPH {graph_name} {{ ?s ?p ?o }} }}")
        return bool(found)

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | ox.BlankNode | None,
        predicate: ox.NamedNode | None,
        object: Term | None,
        graph_name: ox.NamedNode | None = None,
    ) -> Iterator[ox.Quad]:
        """The quads of coordkg's graphs matching a pattern (None matches anything)."""
        given: dict[ox.Variable, Term] = {
            ox.Variable(name): term
            for name, term in (("s", subject), ("p", predicate), ("o", object), ("g", graph_name))
            if term is not None
        }
        rows = self.query(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_OURS} }}",
            substitutions=given,
        )
        assert isinstance(rows, ox.QuerySolutions)
        for row in rows:
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def dump(self, output: None = None, format: ox.RdfFormat | None = None) -> bytes:
        """Every quad of coordkg's graphs, serialised (N-Quads unless told)."""
        quads = list(self.quads_for_pattern(None, None, None))
        return ox.serialize(quads, format=format or ox.RdfFormat.N_QUADS) or b""

    def __len__(self) -> int:
        return sum(self._sizes().values())

    # -- writing ----------------------------------------------------------------------------
    def update(self, update: str) -> None:
        self._post(self.update_url, [("update", update)], "*/*")

    def remove_graph(self, graph_name: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph_name}")

    def load(self, input: bytes, format: ox.RdfFormat, *, to_graph: ox.NamedNode) -> None:
        """Add N-Triples to a named graph, keeping what is there (in requests of bounded
        size: adding is safe to split, and servers refuse very long requests)."""
        if format != ox.RdfFormat.N_TRIPLES:
            raise ValueError("only N-Triples is sent to a SPARQL server")
        triples = list(ox.parse(input, ox.RdfFormat.N_TRIPLES))
        for start in range(0, len(triples), _PER_REQUEST):
            self.update(" ;\n".join(_inserts(to_graph, triples[start : start + _PER_REQUEST])))

    def replace_graph(self, graph_name: ox.NamedNode, ntriples: bytes) -> None:
        """Replace a named graph by one update request, so it is wholly old or wholly new."""
        triples = list(ox.parse(ntriples, ox.RdfFormat.N_TRIPLES))
        drop = f"DROP SILENT GRAPH {graph_name}"
        self.update(" ;\n".join([drop, *_inserts(graph_name, triples)]))

    # -- HTTP -------------------------------------------------------------------------------
    def _post(self, url: str, form: list[tuple[str, str]], accept: str) -> tuple[str, bytes]:
        data = urllib.parse.urlencode(form).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        return self._call(url, "POST", data, headers)

    def _call(
        self, url: str, method: str, data: bytes, headers: dict[str, str]
    ) -> tuple[str, bytes]:
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with self._opener.open(request, timeout=self.timeout) as reply:
                media = reply.headers.get_content_type()
                return media, reply.read()
        except urllib.error.HTTPError as exc:
            raise StoreError(url, _refusal(exc)) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(url, f"cannot be reached: {reason}") from None


def _inserts(graph_name: ox.NamedNode, parsed: list[ox.Triple]) -> list[str]:
    """INSERT DATA operations adding triples to a graph (none for no triples).

    Blank nodes go as skolem IRIs (RDF 1.1, 3.5): Virtuoso refuses them in INSERT DATA, and a
    template would make them fresh per operation. Operations of 1,000 triples each, because
    Virtuoso runs out of memory on one of about 5,000."""
    triples = [_skolem(t) for t in parsed]
    chunks = (triples[i : i + 1000] for i in range(0, len(triples), 1000))
    return [f"INSERT DATA {{ GRAPH {graph_name} {{\n{_ntriples(c)}}} }}" for c in chunks]


def _ntriples(triples: list[ox.Triple]) -> str:
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()


def _skolem(t: ox.Triple | ox.Quad) -> ox.Triple:
    def iri(term: Any) -> Any:
        return ox.NamedNode(_GENID + term.value) if isinstance(term, ox.BlankNode) else term

    return ox.Triple(iri(t.subject), t.predicate, iri(t.object))


def _canonical(body: bytes) -> bytes:
    """JSON results as Oxigraph would write them: blank-node labels pyoxigraph accepts
    (Virtuoso writes ``nodeID://b10001``) and booleans as true/false (Virtuoso: 1/0)."""
    if b'"bnode"' not in body and _BOOLEAN.encode() not in body:
        return body
    results = json.loads(body)
    for row in results.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("type") == "bnode":
                term["value"] = re.sub(r"[^A-Za-z0-9]", "_", term["value"])
            elif term.get("datatype") == _BOOLEAN and term["value"] in ("0", "1"):
                term["value"] = "true" if term["value"] == "1" else "false"
    return json.dumps(results).encode()


def _refusal(exc: urllib.error.HTTPError) -> str:
    """One line for an HTTP error: the status and the first line of what the server said."""
    if exc.code in (401, 403):
        return (
            f"refused the request ({exc.code} {exc.reason}): check {ENV_USER} and "
            f"{ENV_PASSWORD}, and that the account may write"
        )
    body = exc.read(2000).decode("utf-8", "replace").strip()
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return f"answered {exc.code} {exc.reason}" + (f": {first[:300]}" if first else "")


class PreemptiveDigestAuthHandler(urllib.request.HTTPDigestAuthHandler):
    """Digest auth that answers the last challenge up front on later requests.

    urllib's handler sends every request unauthenticated first and repeats it after the 401,
    so each update (a whole document, up to some 4 MB) would cross the network twice.
    Virtuoso's nonce stays valid for later requests.
    """

    challenge: dict[str, str] | None = None

    def retry_http_digest_auth(self, req: urllib.request.Request, auth: str) -> Any:
        _, challenge = auth.split(" ", 1)
        parsed = urllib.request.parse_keqv_list(
            [part for part in urllib.request.parse_http_list(challenge) if part]
        )
        self.challenge = dict(parsed)
        return super().retry_http_digest_auth(req, auth)

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        if self.challenge is not None and not req.has_header("Authorization"):
            answer = self.get_authorization(req, self.challenge)
            if answer:
                req.add_unredirected_header("Authorization", f"Digest {answer}")
        return req


def _opener(urls: Iterable[str], user: str | None, password: str | None) -> Any:
    """An opener that answers Basic and Digest challenges, for these URLs' hosts only."""
    handlers: list[urllib.request.BaseHandler] = []
    if user is not None and password is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        for url in urls:
            passwords.add_password(None, url, user, password)
        handlers += [
            PreemptiveDigestAuthHandler(passwords),
            urllib.request.HTTPBasicAuthHandler(passwords),
        ]
    return urllib.request.build_opener(*handlers)


PROBE_SECONDS = 10.0
"""How long the check that a server holds a graph may wait: it runs in the web server's own
process before each visitor's query, outside the query's time limit, so a hanging server must
not hold it for the query client's five minutes."""


@dataclass(frozen=True)
class Server:
    """A SPARQL server for a child process to read (it keeps its graph whole, so nothing is
    held)."""

    url: str

    @property
    def offline(self) -> bool:
        return False

    def open(self) -> SparqlClient:
        return SparqlClient(self.url)


class RemoteStore:
    """A SPARQL server used the way :class:`~coordkg.graph.store.local.GraphStore` is used."""

    offline = False  # reading it is the network

    def __init__(self, url: str) -> None:
        self.location = url
        self.client = SparqlClient(url)
        self._probe = SparqlClient(url, timeout=PROBE_SECONDS)

    @contextlib.contextmanager
    def held(self) -> Iterator[str]:
        """The server's URL, once it is known to hold a coordkg graph, for a child process to
        read there (a server keeps its graph whole across coordkg's writes, so nothing is held).

        Raises:
            StoreError: the server cannot be reached, or holds no coordkg graph yet.
        """
        self._require_graph()
        yield self.location

    @contextlib.contextmanager
    def pinned(self) -> Iterator[Server]:
        """The server, once it is known to hold a coordkg graph, for a child process to read.

        Raises:
            StoreError: the server cannot be reached, or holds no coordkg graph yet.
        """
        with self.held() as url:
            yield Server(url)

    @contextlib.contextmanager
    def deriving(self) -> Iterator[None]:
        """Nothing is kept beside a server's graph: every question goes to the server."""
        yield None

    @contextlib.contextmanager
    def reader(self) -> Iterator[SparqlClient]:
        """The server, once it is known to hold a coordkg graph.

        Raises:
            StoreError: the server cannot be reached, or holds no coordkg graph yet.
        """
        self._require_graph()
        yield self.client

    @contextlib.contextmanager
    def opened(self) -> Iterator[tuple[SparqlClient, None]]:
        """The server with no kept answers: other writers may change it between questions."""
        with self.reader() as client:
            yield client, None

    def _require_graph(self) -> None:
        if not self._probe.contains_named_graph(ox.NamedNode(ONTOLOGY_GRAPH)):
            raise StoreError(
                self.location, "holds no coordkg graph yet: run `coordkg build --store URL` first"
            )

    def write(self, graphs: Iterable[Serialised]) -> int:
        """Make the server hold exactly ``graphs`` of coordkg's, in an order that keeps every
        document wholly there or absent if the build stops at any point: fixed graphs, entity
        descriptions added, each document replaced, the documents no longer built dropped,
        and last the entity descriptions replaced by exactly this build's."""
        graphs = list(graphs)
        entities = next(g for g in graphs if g.name == ENTITIES_GRAPH)
        documents = [g for g in graphs if is_document_graph(g.name)]
        built = {g.name for g in documents}
        for g in graphs:
            if g is not entities and g.name not in built:
                put_graph(self.client, g)
        merge_graph(self.client, entities)  # before the documents that use them
        for g in documents:
            put_graph(self.client, g)
        for stale in document_ids(self.client):
            if graph_iri(stale) not in built:
                self.client.remove_graph(ox.NamedNode(graph_iri(stale)))
        put_graph(self.client, entities)  # no type or name left from an earlier build
        self.client.remove_graph(ox.NamedNode(INFERRED_GRAPH))
        return len(self.client)

    def update(self, change: Callable[[Writable], None]) -> int:
        """Apply ``change`` on the server, request by request (no copy to swap in)."""
        self._require_graph()
        change(self.client)
        return len(self.client)
