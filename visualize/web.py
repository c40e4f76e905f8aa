"""`coordkg serve`: the graph in a browser, and a read-only SPARQL 1.1 endpoint at /sparql.

Standard library HTTP server, one thread per request, loopback by default: a tool for an
office or a laptop, not a public site.  Every page reads the current generation of the store
read-only, so a build running at the same time never shows half a graph.  Parameters reach
SPARQL only as bound values (the catalogue's own mechanism); /sparql runs the visitor's text in
a killable child process with a time and a row limit (``coordkg.queries.endpoint``).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import parse_qs, quote, urlparse

from coordkg.errors import CoordkgError, InputError
from coordkg.graph.export import export
from coordkg.graph.store import GraphStore, Readable
from coordkg.queries.catalogue import catalogue, get
from coordkg.queries.diff import diff
from coordkg.queries.endpoint import Answer, Limits, QueryRefused, answer
from coordkg.queries.hxl import hxl_csv
from coordkg.queries.run import run_oxigraph
from coordkg.queries.table import RENDERERS, Table
from coordkg.visualize import pages
from coordkg.visualize.maps import MapRequest, called, coordination_network
from coordkg.visualize.view import render

MAX_BODY = 100_000  # bytes of a POSTed query or form
#: Download extensions of a question's answer: (renderer of queries.table, media type).
_DOWNLOADS = {"csv": ("csv", "text/csv"), "json": ("json", "application/json")}
_DOWNLOADS["md"] = ("markdown", "text/markdown")


class Reply(NamedTuple):
    """A page's answer; ``csp`` is the page's Content-Security-Policy ("" when the page carries
    its own, as a map does)."""

    status: int
    media: str
    body: bytes
    csp: str = pages.CSP


def _ask(store: Readable, name: str, params: dict[str, str] | None = None) -> Table:
    return run_oxigraph(store, get(name), params or {})


def _entity_link(column: str) -> pages.Link:
    return lambda row: pages.href("/entity", name=row[column])


def _evidence_link(row: dict[str, str]) -> str:
    return pages.href(
        "/evidence", org=row["source"], role=row["link"], body=row["target"], plan=row["plan"]
    )


def _passage_link(row: dict[str, str]) -> str | None:
    """The web source scrolled to the sentence (a URL text fragment), for sources on the web."""
    if not row["source"].startswith("https://"):
        return None
    words = row["sentence"].split()

    def part(text: str) -> str:  # "-" and "," delimit a text directive, so they are encoded
        return quote(text, safe="").replace("-", "%2D")

    fragment = part(" ".join(words[:4]))
    if len(words) > 8:
        fragment += "," + part(" ".join(words[-4:]))
    joiner = ":~:" if "#" in row["source"] else "#:~:"
    return f"{row['source']}{joiner}text={fragment}"


class App:
    """The pages: each handler takes the query-string values and returns status, type, body."""

    def __init__(self, store: GraphStore, limits: Limits) -> None:
        self.store = store
        self.limits = limits
        self.routes: dict[str, Callable[[dict[str, str]], Reply]] = {
            "/": self.home,
            "/search": self.search,
            "/entity": self.entity,
            "/evidence": self.evidence,
            "/ask": self.questions,
            "/map": self.map,
            "/diff": self.diff,
            "/downloads": self.downloads,
            "/download/graph.ttl": self.turtle,
            "/download/hxl.csv": self.hxl,
        }

    def home(self, _: dict[str, str]) -> Reply:
        with self.store.reader() as s:
            plans = _ask(s, "plans")
        body = pages.search_form() + "<h2>Plans</h2>" + pages.table(plans)
        return Reply(200, "text/html", pages.page("Coordination graph", body))

    def search(self, q: dict[str, str]) -> Reply:
        """Entities whose name, acronym, class or other names contain the words, any case."""
        text = q.get("q", "")
        found = Table((), ())
        if text:
            with self.store.reader() as s:
                every = _ask(s, "entities")
            words = text.lower()
            rows = tuple(
                row for row in every.rows if any(words in cell.lower() for cell in row[:4])
            )
            found = Table(every.columns, rows)
        body = pages.search_form(text) + pages.table(found, {"name": _entity_link("name")})
        return Reply(200, "text/html", pages.page(f"Search: {text}", body))

    def entity(self, q: dict[str, str]) -> Reply:
        """One organisation, body or place: what it is, and every link the plans state."""
        name = q.get("name", "")
        with self.store.reader() as s:
            found = called(s, name) if name else []
            links = _ask(s, "links", {"org": found[0]["name"]}) if len(found) == 1 else None
        if links is None:
            return Reply(404, "text/html", pages.page("Not found", pages.search_form(name)))
        who = found[0]
        about = Table(
            ("class", "acronym", "other names", "plans", "identifier"),
            ((who["class"], who["acronym"], who["other_names"], who["plans"], who["id"]),),
        )
        columns = ("plan", "source", "link", "target", "scope", "evidence")
        shown = Table(columns, tuple(tuple(r[c] for c in columns) for r in links.as_dicts()))
        body = (
            pages.table(about)
            + "<h2>Roles, partners and programmes, by plan</h2>"
            + pages.table(
                shown,
                {
                    "source": _entity_link("source"),
                    "target": _entity_link("target"),
                    "evidence": _evidence_link,
                },
            )
        )
        return Reply(200, "text/html", pages.page(who["name"], body))

    def evidence(self, q: dict[str, str]) -> Reply:
        params = {k: q.get(k, "") for k in ("org", "role", "body", "plan")}
        with self.store.reader() as s:
            found = _ask(s, "evidence", params)
            documents = _ask(s, "documents")
        sources = {r["file"]: r["source"] for r in documents.as_dicts()}
        at = found.columns.index("document")
        rows = tuple((*row, sources.get(row[at], "")) for row in found.rows)
        shown = Table((*found.columns, "source"), rows)
        web = {"source": _passage_link}
        return Reply(200, "text/html", pages.page("Evidence", pages.table(shown, web)))

    def questions(self, _: dict[str, str]) -> Reply:
        body = pages.question_list(catalogue().values())
        return Reply(200, "text/html", pages.page("Questions", body))

    def question(self, name: str, ext: str, q: dict[str, str]) -> Reply:
        query = get(name)
        params = {k: v for k, v in q.items() if v}
        with self.store.reader() as s:
            result = _ask(s, name, params)
        if ext:
            renderer, media = _DOWNLOADS[ext]
            return Reply(200, media, RENDERERS[renderer](result).encode())
        body = (
            pages.question_form(query, q)
            + pages.downloads(name, params)
            + pages.table(result, {c: _entity_link(c) for c in ("organization", "body", "name")})
        )
        return Reply(200, "text/html", pages.page(query.summary, body))

    def map(self, q: dict[str, str]) -> Reply:
        request = MapRequest(plan=q.get("plan", ""), focus=q.get("focus", ""))
        with self.store.reader() as s:
            g, page = coordination_network(s, request)
        return Reply(200, "text/html", render(g, page).encode(), csp="")

    def diff(self, q: dict[str, str]) -> Reply:
        first, second = q.get("first", ""), q.get("second", "")
        form = (
            '<form action="/diff" method="get"><label>from <input name="first" '
            f'value="{escape(first)}"></label><label>to <input name="second" '
            f'value="{escape(second)}"></label><button>Compare</button></form>'
        )
        result = Table((), ())
        if first and second:
            with self.store.reader() as s:
                result = diff(s, first, second)
        return Reply(200, "text/html", pages.page("Plan to plan", form + pages.table(result)))

    def downloads(self, _: dict[str, str]) -> Reply:
        body = (
            '<ul><li><a href="/download/graph.ttl">The whole graph (Turtle)</a></li>'
            '<li><a href="/download/hxl.csv">Roles and programmes (HXL-tagged CSV)</a></li>'
            '<li><a href="/ask/roles.csv">Roles (CSV)</a></li>'
            '<li><a href="/ask/programmes.csv">Programmes (CSV)</a></li></ul>'
        )
        return Reply(200, "text/html", pages.page("Downloads", body))

    def turtle(self, _: dict[str, str]) -> Reply:
        with self.store.reader() as s:
            return Reply(200, "text/turtle", export(s, "turtle"))

    def hxl(self, q: dict[str, str]) -> Reply:
        with self.store.reader() as s:
            return Reply(200, "text/csv", hxl_csv(s, q.get("plan", "")).encode())

    def sparql(self, text: str, accept: str | None) -> Answer:
        generation = self.store.current()
        if generation is None:
            raise InputError("store", "holds no graph yet: run `coordkg build` first")
        return answer(generation, text, accept, self.limits)

    def get(self, path: str, q: dict[str, str]) -> Reply:
        if path in self.routes:
            return self.routes[path](q)
        if path.startswith("/ask/"):
            name, _, ext = path[5:].partition(".")
            if ext and ext not in _DOWNLOADS:
                return _not_found(path)
            return self.question(name, ext, q)
        return _not_found(path)


def _not_found(path: str) -> Reply:
    return Reply(404, "text/html", pages.page("Not found", f"<p>No page {escape(path)}.</p>"))


def _single(values: dict[str, list[str]]) -> dict[str, str]:
    return {k: v[-1] for k, v in values.items()}


def handler(app: App) -> type[BaseHTTPRequestHandler]:
    """The request handler bound to ``app``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "coordkg"
        timeout = 30  # seconds a client may take to send its request

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the command prints where it listens, not every request."""

        def do_GET(self) -> None:
            url = urlparse(self.path)
            if url.path == "/sparql":
                self.sparql(_single(parse_qs(url.query, keep_blank_values=True)))
                return
            q = _single(parse_qs(url.query))
            if url.path == "/style.css":
                self.reply(Reply(200, "text/css", pages.STYLE.encode()))
            else:
                self.guarded(lambda: app.get(url.path, q))

        def do_POST(self) -> None:
            url = urlparse(self.path)
            if url.path != "/sparql":
                self.reply(Reply(405, "text/plain", b"only /sparql takes POST\n"))
                return
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0:
                self.reply(Reply(400, "text/plain", b"Content-Length is not a byte count\n"))
                return
            if length > MAX_BODY:
                self.reply(Reply(413, "text/plain", f"request over {MAX_BODY} bytes\n".encode()))
                return
            data = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                self.sparql({"query": data})
            elif kind == "application/sparql-update":
                self.sparql({"update": data})
            else:
                self.sparql(_single(parse_qs(data, keep_blank_values=True)))

        def sparql(self, q: dict[str, str]) -> None:
            if "update" in q:
                self.reply(
                    Reply(403, "text/plain", b"updates are refused: this endpoint is read-only\n")
                )
                return
            if "query" not in q:
                body = pages.page("SPARQL endpoint", _SPARQL_HELP)
                self.reply(Reply(200, "text/html", body))
                return
            try:
                result = app.sparql(q["query"], self.headers.get("Accept"))
            except QueryRefused as exc:
                self.reply(Reply(400, "text/plain", f"{exc}\n".encode()))
                return
            except CoordkgError as exc:
                self.reply(Reply(503, "text/plain", f"{exc}\n".encode()))
                return
            extra = {"X-Coordkg-Truncated": "true"} if result.truncated else {}
            self.reply(Reply(result.status, result.media_type, result.body), extra)

        def guarded(self, run: Callable[[], Reply]) -> None:
            try:
                out = run()
            except InputError as exc:
                text = f"<p>{escape(str(exc))}</p>"
                out = Reply(400, "text/html", pages.page("Cannot answer", text))
            except CoordkgError as exc:
                text = f"<p>{escape(str(exc))}</p>"
                out = Reply(503, "text/html", pages.page("Store unavailable", text))
            except Exception:  # a page's bug must not drop the connection without an answer
                text = "<p>This page failed; see the server's output.</p>"
                out = Reply(500, "text/html", pages.page("Internal error", text))
                traceback.print_exc()
            self.reply(out)

        def reply(self, answer: Reply, headers: dict[str, str] | None = None) -> None:
            self.send_response(answer.status, HTTPStatus(answer.status).phrase)
            self.send_header("Content-Type", answer.media + "; charset=utf-8")
            self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            if answer.csp and answer.media == "text/html":
                self.send_header("Content-Security-Policy", answer.csp)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(answer.body)

    return Handler


_SPARQL_HELP = (
    "<p>A read-only SPARQL 1.1 Protocol endpoint over all the graph's named graphs (their union "
    "is the default graph). Send <code>query</code> by GET or POST; results come as JSON, XML, "
    "CSV or TSV by the <code>Accept</code> header.</p>"
    '<form action="/sparql" method="post"><textarea name="query" rows="8" cols="80">'
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10</textarea><br>"
    "<button>Run (JSON)</button></form>"
)


def make_server(store: GraphStore, host: str, port: int, limits: Limits) -> ThreadingHTTPServer:
    """A server ready to ``serve_forever``; port 0 picks a free port (tests use that)."""
    server = ThreadingHTTPServer((host, port), handler(App(store, limits)))
    server.daemon_threads = True
    return server
