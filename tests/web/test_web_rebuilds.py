"""Pages and /sparql while the store is rebuilt (issue 12, item 4): every answer comes from a
generation held until the child process reading it is done, so none is a 500 ("No such file
... MANIFEST") because a rebuild removed it meanwhile."""

from __future__ import annotations

import http.client
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from coordkg.api import KnowledgeGraph
from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore
from coordkg.queries.bounded import Slots
from coordkg.queries.endpoint import Limits
from coordkg.queries.precompute import keep_answers
from coordkg.web.server import make_server

DOC = "IOM chairs the Returns Working Group (RWG) in Iraq.\n"
COUNT = urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
PATHS = ("/", f"/sparql?{COUNT}", "/ask/roles.csv", f"/sparql?{COUNT}", "/search?q=iom")


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
    except (OSError, http.client.HTTPException):  # a reset or cut connection is a failure too
        return 0


def test_pages_and_sparql_answer_across_eight_rebuilds(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text(DOC)
    store = GraphStore(tmp_path / "store")
    build([tmp_path / "plan.txt"], store, 10**6)
    keep_answers(store)
    server = make_server(
        KnowledgeGraph(store.location), "127.0.0.1", 0, Limits(seconds=60), slots=Slots(4, queue=16)
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = f"http://127.0.0.1:{server.server_port}"
    stop = threading.Event()
    seen: list[Counter[int]] = [Counter() for _ in range(3)]

    def visit(i: int) -> None:
        while not stop.is_set():
            for path in PATHS:
                seen[i][status(site + path)] += 1

    visitors = [threading.Thread(target=visit, args=(i,)) for i in range(3)]
    for visitor in visitors:
        visitor.start()

    def answered() -> int:
        return sum(sum(c.values()) for c in seen)

    try:
        for _ in range(8):
            target = answered() + len(PATHS)  # requests overlap every rebuild, however quick
            build([tmp_path / "plan.txt"], store, 10**6)
            keep_answers(store)
            deadline = time.monotonic() + 60
            while answered() < target and time.monotonic() < deadline:
                time.sleep(0.05)
    finally:
        stop.set()
        for visitor in visitors:
            visitor.join()
        server.shutdown()
        server.server_close()
    total = sum(seen, Counter())
    assert set(total) == {200}, total
