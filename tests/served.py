"""A `coordkg serve` on a free loopback port for a test, and a fetch that does not raise."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import Message
from pathlib import Path
from typing import Any

from coordkg.api import KnowledgeGraph
from coordkg.graph.store.local import GraphStore
from coordkg.queries.endpoint import Limits
from coordkg.web.server import make_server


@contextmanager
def serving(
    location: Path, limits: Limits | None = None, **options: Any
) -> Iterator[tuple[str, int]]:
    """A server over the store at ``location`` (serve's options as keywords): its address
    while the block runs."""
    graph = KnowledgeGraph(location)
    server = make_server(graph, "127.0.0.1", 0, limits or Limits(seconds=30), **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", server.server_port
    finally:
        server.shutdown()
        server.server_close()


def serve(store: GraphStore, limits: Limits) -> Iterator[str]:
    """The server's base URL while the generator is open (a fixture yields from it)."""
    with serving(store.location, limits) as (host, port):
        yield f"http://{host}:{port}"


def fetch(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, Message, str]:
    """(status, headers, body text) without raising on 4xx/5xx."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()
