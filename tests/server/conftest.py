"""Fixtures that start a real Virtuoso for the server tests and stop it afterwards.

CI must not pass by skipping them, so a missing `virtuoso-opensource` fails there (CI set) and
only skips on a developer's machine.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from server.virtuoso import VIRTUOSO_T, Virtuoso

MISSING = "virtuoso-opensource is not installed: run make deps"


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker the test files here put on themselves (`--strict-markers` is on)."""
    config.addinivalue_line("markers", "server: runs against a real Virtuoso on 127.0.0.1")


def _require_virtuoso() -> None:
    """Fail in CI, skip elsewhere, when the server binary is missing."""
    if VIRTUOSO_T.exists():
        return
    if os.environ.get("CI"):
        pytest.fail(MISSING, pytrace=False)
    pytest.skip(MISSING)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """One server shared by the session: tests must use graph IRIs of their own."""
    _require_virtuoso()
    with Virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture
def fresh_virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """A server of the test's own, on an empty database: for tests that kill or restart it."""
    _require_virtuoso()
    server = Virtuoso(tmp_path_factory.mktemp("virtuoso-fresh"))
    try:
        yield server.start()
    finally:
        server.stop()
