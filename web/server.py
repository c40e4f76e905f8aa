"""`coordkg serve`: the graph in a browser, and a read-only SPARQL 1.1 endpoint at /sparql.

A Starlette application on uvicorn, loopback by default: a tool for an office or a laptop, not
a public site.  It reads the graph through the library (``coordkg.api``), so a page says what
``coordkg ask`` says.  Every page reads the current generation of the store read-only, so a
build running at the same time never shows half a graph.  Parameters reach SPARQL only as bound
values (the catalogue's own mechanism); /sparql (``coordkg.web.protocol``) runs the visitor's
text in a killable child process with a time, a row and a memory limit, stopped when its client
goes (``coordkg.queries.endpoint``), over a generation held until the child has answered.

A page that reads the store is *heavy*: it runs in a child process (``coordkg.queries.bounded``),
cut off the network when the store is local (``coordkg.queries.isolate``), that is killed at
the time limit (serve's ``--timeout``), at the output limit, or as soon as the client goes, and
its output streams back in chunks, so the server's memory does not grow with a download.
Heavy requests and /sparql queries share one slot per core; a few more wait, the rest get 503
with ``Retry-After``.  Tables on pages stop at the row limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import socket
import threading
import traceback
from collections.abc import Mapping
from functools import partial
from html import escape
from typing import NamedTuple

import uvicorn
from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from coordkg.api import KnowledgeGraph
from coordkg.errors import CoordkgError, InputError
from coordkg.queries import bounded
from coordkg.queries.bounded import Bounds, Busy, ClientGone, Sink, Slots, Stopped, TimeLimit
from coordkg.queries.description import description
from coordkg.queries.endpoint import Limits, QueryRefused
from coordkg.queries.endpoint import Request as Query
from coordkg.queries.isolate import cut_network
from coordkg.queries.limits import MAX_MEMORY, MAX_OUTPUT
from coordkg.web import editor, pages, protocol
from coordkg.web.assets import PREFIX, asset
from coordkg.web.replies import Download, Reply
from coordkg.web.threaded import Channel, Threaded
from coordkg.web.views import ROUTES, Pages, downloads, not_found, questions

BACKLOG = 1024  # connections the kernel holds while the server is busy accepting
SHUTDOWN_SECONDS = 2  # how long Ctrl-C lets answers under way finish before they are cut


class Head(NamedTuple):
    """What a heavy page's child tells the server before the body: the response's headers."""

    status: int
    media: str
    csp: str


def _respond(graph: KnowledgeGraph, rows: int, path: str, q: dict[str, str], sink: Sink) -> None:
    """A heavy page, in the child process: its head, then its body, over one open reader."""
    with contextlib.ExitStack() as stack:
        try:
            held = stack.enter_context(graph.reading())
            reply = Pages(held, rows).get(path, q)
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


def headers(media: str, csp: str = "", extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The headers of every answer: its type, no sniffing, and a page's CSP."""
    out = {"Content-Type": media + "; charset=utf-8", "X-Content-Type-Options": "nosniff"}
    if csp and media == "text/html":
        out["Content-Security-Policy"] = csp
    return {**out, **(extra or {})}


def _page(reply: Reply, extra: Mapping[str, str] | None = None) -> Response:
    return Response(reply.body, reply.status, headers(reply.media, reply.csp, extra))


def _text(status: int, text: str, extra: Mapping[str, str] | None = None) -> Response:
    return Response(f"{text}\n".encode(), status, headers("text/plain", extra=extra))


class App:
    """The server's side: the routes, and what bounds the heavy requests and the queries."""

    def __init__(self, graph: KnowledgeGraph, limits: Limits, output: int, slots: Slots) -> None:
        self.graph = graph
        self.limits = limits
        self.bounds = Bounds(limits.seconds, output, MAX_MEMORY)
        self.slots = slots
        # a page needs no network, unless the graph is on a SPARQL server
        self.prepare = cut_network if graph.store.offline else None

    def retry_after(self) -> str:
        """Seconds after which a slot is likely free: a heavy request ends within the limit."""
        return str(max(1, math.ceil(self.limits.seconds)))

    # --- pages ---------------------------------------------------------------------------------

    async def style(self, _: Request) -> Response:
        return Response(pages.STYLE.encode(), 200, headers("text/css"))

    async def static(self, request: Request) -> Response:
        """YASGUI and the editor's script (``coordkg.web.assets``)."""
        found = asset(request.url.path)
        if found is None:
            return _page(not_found(request.url.path))
        return Response(found.body, 200, headers(found.media))

    async def questions(self, _: Request) -> Response:
        return _page(questions())

    async def downloads(self, _: Request) -> Response:
        return _page(downloads())

    async def heavy(self, request: Request) -> Response:
        path = request.url.path
        if path not in ROUTES and not path.startswith("/ask/"):
            return _page(not_found(path))
        q = {k: v for k, v in request.query_params.items() if v}
        return Threaded(partial(self._heavy, path, q))

    def _heavy(self, path: str, q: dict[str, str], channel: Channel) -> None:
        """A page that reads the store, in a bounded child process (see the module)."""
        work = partial(_respond, self.graph, self.limits.rows, path, q)
        started = False
        try:
            with (
                self.slots.taken(self.limits.seconds),
                bounded.run(work, self.bounds, watch=channel.watch, prepare=self.prepare) as job,
            ):
                head = job.head()
                assert isinstance(head, Head), "_respond sends the head first"
                channel.start(head.status, headers(head.media, head.csp))
                started = True
                for chunk in job:
                    channel.body(chunk)
                channel.body(b"", more=False)
        except Busy as exc:
            text = f"<p>{escape(str(exc))}; try again shortly.</p>"
            busy = Reply(503, "text/html", pages.page("Busy", text))
            channel.reply(
                busy.status,
                headers(busy.media, busy.csp, {"Retry-After": self.retry_after()}),
                busy.body,
            )
        except ConnectionError:
            pass  # nobody left to answer; the child is gone with the block
        except Exception as exc:  # Stopped, or a bug
            if not isinstance(exc, Stopped):
                traceback.print_exc()
            if started:  # cut short: the body's missing end tells the client
                return
            if isinstance(exc, TimeLimit):
                text = f"<p>This page {escape(exc.problem)}.</p>"
                reply = Reply(503, "text/html", pages.page("Too slow", text))
            else:  # a page's bug must not drop the connection without an answer
                text = "<p>This page failed; see the server's output.</p>"
                reply = Reply(500, "text/html", pages.page("Internal error", text))
            channel.reply(reply.status, headers(reply.media, reply.csp), reply.body)

    # --- /sparql -------------------------------------------------------------------------------

    async def sparql(self, request: Request) -> Response:
        """The SPARQL 1.1 Protocol's query operation (see ``coordkg.web.protocol``)."""
        body = b""
        if request.method == "POST":  # read up to the limit, however it is sent
            async for chunk in request.stream():
                body += chunk
                if len(body) > protocol.MAX_BODY:
                    return _text(413, f"request over {protocol.MAX_BODY} bytes")
        base = str(request.url.replace(query="", fragment=""))
        asked = protocol.read(
            request.method,
            request.query_params.multi_items(),
            request.headers.get("content-type"),
            body,
            request.headers.get("accept"),
            base,
        )
        allow = {"Allow": protocol.ALLOW}
        if isinstance(asked, protocol.Options):
            return Response(status_code=204, headers=allow)
        if isinstance(asked, protocol.Refusal):
            return _text(asked.status, asked.reason, allow if asked.status == 405 else None)
        if isinstance(asked, protocol.Describe):
            return Response(description(base, asked.media), 200, headers(asked.media))
        if isinstance(asked, protocol.Help):
            return _page(Reply(200, "text/html", editor.page(), editor.csp()))
        return Threaded(partial(self._query, asked))

    def _query(self, query: Query, channel: Channel) -> None:
        """A visitor's query, in a slot, over a generation held until its child has answered;
        stopped if the client goes."""
        try:
            with self.slots.taken(self.limits.seconds):
                result = self.graph.protocol_answer(query, self.limits, watch=channel.watch)
        except ClientGone:
            return  # nobody left to answer; the query was stopped
        except QueryRefused as exc:
            channel.reply(400, headers("text/plain"), f"{exc}\n".encode())
            return
        except Busy as exc:
            retry = {"Retry-After": self.retry_after()}
            channel.reply(503, headers("text/plain", extra=retry), f"{exc}\n".encode())
            return
        except CoordkgError as exc:
            channel.reply(503, headers("text/plain"), f"{exc}\n".encode())
            return
        extra = {"X-Coordkg-Truncated": "true"} if result.truncated else {}
        channel.reply(result.status, headers(result.media_type, extra=extra), result.body)

    def asgi(self, cors: bool) -> ASGIApp:
        """The application: /sparql open to pages of any origin when ``cors`` (it is read-only
        and takes no credentials), the pages to their own alone."""
        sparql: ASGIApp = Starlette(routes=[Route("/sparql", self.sparql, methods=_ANY)])
        if cors:
            sparql = CORSMiddleware(
                sparql,
                allow_origins=["*"],
                allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
                allow_headers=["*"],
                expose_headers=["X-Coordkg-Truncated", "Retry-After"],
                max_age=3600,
            )
        return Starlette(
            routes=[
                Route("/sparql", sparql, methods=_ANY),
                Route("/style.css", self.style),
                Route(PREFIX + "{path:path}", self.static),
                Route("/ask", self.questions),
                Route("/downloads", self.downloads),
                Route("/{path:path}", self.heavy),
            ]
        )


_ANY = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]


class Server:
    """uvicorn on a socket already listening (so a burst of connections waits in its backlog
    before the first request is served), run by ``serve_forever`` until ``shutdown``."""

    def __init__(self, app: ASGIApp, sock: socket.socket) -> None:
        self.socket = sock
        config = uvicorn.Config(
            app,
            log_level="critical",
            access_log=False,
            lifespan="off",
            server_header=False,
            timeout_graceful_shutdown=SHUTDOWN_SECONDS,
        )
        self._server = uvicorn.Server(config)
        self._stopped = threading.Event()

    @property
    def server_port(self) -> int:
        port: int = self.socket.getsockname()[1]
        return port

    def serve_forever(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self.socket]))
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop serving and wait until the server has stopped (requests under way end)."""
        self._server.should_exit = True
        self._stopped.wait()

    def server_close(self) -> None:
        self.socket.close()


def make_server(
    graph: KnowledgeGraph,
    host: str,
    port: int,
    limits: Limits,
    *,
    output: int = MAX_OUTPUT,
    slots: Slots = bounded.PER_CORE,
    cors: bool = True,
) -> Server:
    """A server ready to ``serve_forever``, listening already; port 0 picks a free port (tests
    use that).

    Args:
        limits: time limit of every heavy request, rows of /sparql and of a page's tables.
        output: bytes of one page or download.
        slots: heavy requests at once (shared with /sparql), and how many may wait.
        cors: let pages of other origins query /sparql (Cross-Origin Resource Sharing).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    server = Server(App(graph, limits, output, slots).asgi(cors), sock)
    bounded.preload(__name__)
    bounded.start_launcher()  # its imports are slow: not on the first visitor's time
    return server
