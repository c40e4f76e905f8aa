"""Fixtures of the query tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from loopback_sparql import Remote


@pytest.fixture
def remote() -> Iterator[Remote]:
    """A SPARQL server on loopback for one test, counting who asks it."""
    server = Remote()
    yield server
    server.server.shutdown()
    server.server.server_close()
