"""`coordkg serve`: the graph in a browser, and a read-only SPARQL 1.1 endpoint at /sparql.

Standard library HTTP server, one thread per connection, loopback by default: a tool for an
office or a laptop, not a public site.  Every page reads the current generation of the store
read-only, so a build running at the same time never shows half a graph.  Parameters reach
SPARQL only as bound values (the catalogue's own mechanism); /sparql runs the visitor's text in
a killable child process with a time, a row and a memory limit, stopped when its client goes
(``coordkg.queries.endpoint``), over a generation held until the child has answered.

A page that reads the store is *heavy*: it runs in a child process (``coordkg.queries.bounded``),
cut off the network when the store is local (``coordkg.queries.isolate``), that is killed at
the time limit (serve's ``--timeout``), at the output limit, or as soon as the client goes, and
its output streams back in chunks, so the server's memory does not grow with a download.
Heavy requests and /sparql queries share one slot per core; a few more wait, the rest get 503
with ``Retry-After``.  Tables on pages stop at the row limit.
"""

from __future__ import annotations

import contextlib
import math
import socket
import traceback
from collections.abc import Callable
from functools import partial
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlparse

from coordkg.errors import CoordkgError, InputError
from coordkg.graph.store.local import GraphStore
from coordkg.graph.store.remote import RemoteStore
from coordkg.queries import bounded
from coordkg.queries.bounded import Bounds, Busy, ClientGone, Sink, Slots, Stopped, TimeLimit
from coordkg.queries.catalogue import catalogue
from coordkg.queries.endpoint import Answer, Limits, QueryRefused, answer
from coordkg.queries.isolate import cut_network
from coordkg.queries.limits import MAX_MEMORY, MAX_OUTPUT
from coordkg.queries.run import source_of
from coordkg.web import editor, pages
from coordkg.web.assets import asset
from coordkg.web.replies import Download, Reply
from coordkg.web.views import ROUTES, Pages, not_found

MAX_BODY = 100_000  # bytes of a POSTed query or form
BACKLOG = 1024  # connections the kernel holds while the server is busy accepting


class Head(NamedTuple):
    """What a heavy page's child tells the server before the body: the response's headers."""

    status: int
    media: str
    csp: str


def _respond(
    store: GraphStore | RemoteStore, rows: int, path: str, q: dict[str, str], sink: Sink
) -> None:
    """A heavy page, in the child process: its head, then its body, over one open reader."""
    with contextlib.ExitStack() as stack:
        try:
            s = stack.enter_context(source_of(store))
            reply = Pages(s, rows).get(path, q)
        except CoordkgError as exc:
            reply = _failure(exc)
        if isinstance(reply, Download):
            sink.head(Head(200, reply.media, ""))
            reply.write(sink)
        else:
            sink.head(Head(reply.status, reply.media, reply.csp))
            sink.write(reply.body)


def _failure(exc: CoordkgError) -> Reply:
    """The page saying why a page could not be made: bad input (400), or the store (503)."""
    text = pages.problem(exc)
    if isinstance(exc, InputError):
        return Reply(400, "text/html", pages.page("Cannot answer", text))
    return Reply(503, "text/html", pages.page("Store unavailable", text))


class App:
    """The server's side: the light pages it answers itself, and what bounds the heavy ones."""

    def __init__(
        self, store: GraphStore | RemoteStore, limits: Limits, output: int, slots: Slots
    ) -> None:
        self.store = store
        self.limits = limits
        self.bounds = Bounds(limits.seconds, output, MAX_MEMORY)
        self.slots = slots
        # a page needs no network, unless the graph is on a SPARQL server
        self.prepare = cut_network if isinstance(store, GraphStore) else None
        self.light: dict[str, Callable[[dict[str, str]], Reply]] = {
            "/ask": self.questions,
            "/downloads": self.downloads,
        }

    @staticmethod
    def heavy(path: str) -> bool:
        return path in ROUTES or path.startswith("/ask/")

    def work(self, path: str, q: dict[str, str]) -> bounded.Work:
        return partial(_respond, self.store, self.limits.rows, path, q)

    def retry_after(self) -> str:
        """Seconds after which a slot is likely free: a heavy request ends within the limit."""
        return str(max(1, math.ceil(self.limits.seconds)))

    def questions(self, _: dict[str, str]) -> Reply:
        body = pages.question_list(catalogue().values())
        return Reply(200, "text/html", pages.page("Questions", body))

    def downloads(self, _: dict[str, str]) -> Reply:
        body = (
            '<ul><li><a href="/download/graph.ttl">The whole graph (Turtle)</a></li>'
            '<li><a href="/download/hxl.csv">Roles and programmes (HXL-tagged CSV)</a></li>'
            '<li><a href="/ask/roles.csv">Roles (CSV)</a></li>'
            '<li><a href="/ask/programmes.csv">Programmes (CSV)</a></li></ul>'
        )
        return Reply(200, "text/html", pages.page("Downloads", body))

    def sparql(self, text: str, accept: str | None, client: socket.socket) -> Answer:
        """A visitor's query, in a slot, over a generation held until its child has answered;
        stopped if ``client`` goes.

        Raises:
            QueryRefused: see :func:`coordkg.queries.endpoint.answer`.
            ClientGone: the client went before the answer came.
            Busy: no slot came free in time.
        """
        with self.slots.taken(self.limits.seconds), self.store.held() as generation:
            return answer(generation, text, accept, self.limits, watch=client)


def _single(values: dict[str, list[str]]) -> dict[str, str]:
    return {k: v[-1] for k, v in values.items()}


def handler(app: App) -> type[BaseHTTPRequestHandler]:
    """The request handler bound to ``app``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "coordkg"
        protocol_version = "HTTP/1.1"  # for chunked bodies; every answer closes the connection
        timeout = 30  # seconds a client may take to send its request, or to take a chunk

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
            elif (found := asset(url.path)) is not None:
                self.reply(Reply(200, found.media, found.body))
            elif url.path in app.light:
                self.reply(app.light[url.path](q))
            elif app.heavy(url.path):
                self.heavy(url.path, q)
            else:
                self.reply(not_found(url.path))

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
                self.reply(Reply(200, "text/html", editor.page(), editor.CSP))
                return
            try:
                result = app.sparql(q["query"], self.headers.get("Accept"), self.connection)
            except ClientGone:
                return  # nobody left to answer; the query was stopped
            except QueryRefused as exc:
                self.reply(Reply(400, "text/plain", f"{exc}\n".encode()))
                return
            except Busy as exc:
                retry = {"Retry-After": app.retry_after()}
                self.reply(Reply(503, "text/plain", f"{exc}\n".encode()), retry)
                return
            except CoordkgError as exc:
                self.reply(Reply(503, "text/plain", f"{exc}\n".encode()))
                return
            extra = {"X-Coordkg-Truncated": "true"} if result.truncated else {}
            self.reply(Reply(result.status, result.media_type, result.body), extra)

        def heavy(self, path: str, q: dict[str, str]) -> None:
            """A page that reads the store, in a bounded child process (see the module)."""
            started = False
            try:
                with (
                    app.slots.taken(app.limits.seconds),
                    bounded.run(
                        app.work(path, q), app.bounds, watch=self.connection, prepare=app.prepare
                    ) as job,
                ):
                    head = job.head()
                    assert isinstance(head, Head), "_respond sends the head first"
                    self.start(head)
                    started = True
                    for chunk in job:
                        self.chunk(chunk)
                    self.chunk(b"")
            except Busy as exc:
                text = f"<p>{escape(str(exc))}; try again shortly.</p>"
                busy = Reply(503, "text/html", pages.page("Busy", text))
                self.reply(busy, {"Retry-After": app.retry_after()})
            except (ClientGone, ConnectionError, TimeoutError):
                pass  # nobody left to answer; the child is gone with the block
            except Exception as exc:  # Stopped, or a bug
                if not isinstance(exc, Stopped):
                    traceback.print_exc()
                if started:  # cut short: the missing last chunk tells the client
                    return
                if isinstance(exc, TimeLimit):
                    text = f"<p>This page {escape(exc.problem)}.</p>"
                    self.reply(Reply(503, "text/html", pages.page("Too slow", text)))
                else:  # a page's bug must not drop the connection without an answer
                    text = "<p>This page failed; see the server's output.</p>"
                    self.reply(Reply(500, "text/html", pages.page("Internal error", text)))

        def head_lines(self, status: int, media: str, csp: str) -> None:
            self.send_response(status, HTTPStatus(status).phrase)
            self.send_header("Content-Type", media + "; charset=utf-8")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Connection", "close")
            if csp and media == "text/html":
                self.send_header("Content-Security-Policy", csp)

        def start(self, head: Head) -> None:
            """Send the head of a streamed body: chunked, so a cut-off body shows as one."""
            self.head_lines(*head)
            if self.request_version == "HTTP/1.1":
                self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()

        def chunk(self, data: bytes) -> None:
            """One piece of a streamed body; ``b""`` ends it."""
            if self.request_version == "HTTP/1.1":
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            else:  # HTTP/1.0 knows no chunks: the body ends when the connection does
                self.wfile.write(data)

        def reply(self, answer: Reply, headers: dict[str, str] | None = None) -> None:
            self.head_lines(answer.status, answer.media, answer.csp)
            self.send_header("Content-Length", str(len(answer.body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(answer.body)

    return Handler


class Server(ThreadingHTTPServer):
    """One thread per connection; the listen backlog holds a burst while threads start."""

    request_queue_size = BACKLOG
    daemon_threads = True


def make_server(
    store: GraphStore | RemoteStore,
    host: str,
    port: int,
    limits: Limits,
    *,
    output: int = MAX_OUTPUT,
    slots: Slots = bounded.PER_CORE,
) -> ThreadingHTTPServer:
    """A server ready to ``serve_forever``; port 0 picks a free port (tests use that).

    Args:
        limits: time limit of every heavy request, rows of /sparql and of a page's tables.
        output: bytes of one page or download.
        slots: heavy requests at once (shared with /sparql), and how many may wait.
    """
    server = Server((host, port), handler(App(store, limits, output, slots)))
    bounded.preload(__name__)
    bounded.start_launcher()  # its imports are slow: not on the first visitor's time
    return server
