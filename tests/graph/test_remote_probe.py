"""A server that takes a connection and never answers must not hold the web server's own
process: the check that it holds a graph waits PROBE_SECONDS, not the query client's minutes."""

from __future__ import annotations

import socket
import time

import pytest

from coordkg.errors import StoreError
from coordkg.graph.store import remote
from coordkg.graph.store.remote import RemoteStore


def test_a_silent_server_fails_the_check_after_the_probe_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(remote, "PROBE_SECONDS", 0.5)
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never replies
        store = RemoteStore(f"http://127.0.0.1:{silent.getsockname()[1]}/sparql")
        started = time.monotonic()
        with pytest.raises(StoreError, match="cannot be reached: timed out"), store.held():
            pass
    assert time.monotonic() - started < 30  # the query client alone would wait 300 s
