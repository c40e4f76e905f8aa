"""A SPARQL server on loopback for the tests of SERVICE: it answers one row and counts the
requests, so a test can tell whether a query reached it."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Remote:
    """A SPARQL server on loopback that answers one row and counts who asked."""

    def __init__(self) -> None:
        self.hits = 0
        remote = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self.answer()

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.answer()

            def answer(self) -> None:
                remote.hits += 1
                row = {"x": {"type": "literal", "value": "fetched"}}
                body = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [row]}})
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
