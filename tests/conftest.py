"""Fixtures shared by the suite: one graph built from the bundled plans per test session, and
Debian's headless Chromium for the tests marked ``browser`` (maps and web pages)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from coordkg.graph.build import BuildSummary, build, bundled_documents
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.queries.precompute import keep_answers
from coordkg.queries.run import Source
from coordkg.visualize.browser import chromium, executable

if TYPE_CHECKING:
    from playwright.sync_api import Browser

GOLD = Path(__file__).parent / "gold"
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[GraphStore, BuildSummary]:
    """The bundled plans built once into a store of their own, with the catalogue's answers
    kept beside it, as `coordkg build` leaves them."""
    store = GraphStore(tmp_path_factory.mktemp("store") / "store")
    summary = build(bundled_documents(), store, 10**8)
    keep_answers(store)
    return store, summary


@pytest.fixture(scope="session")
def graph(built: tuple[GraphStore, BuildSummary]) -> Iterator[Snapshot]:
    """The live graph of the bundled plans, read-only."""
    with built[0].reader() as store:
        yield store


@pytest.fixture(scope="session")
def source(graph: Snapshot) -> Source:
    """The live graph of the bundled plans with its kept answers, as the commands pass it on."""
    return Source(graph, graph.derived)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium; on CI (where `make test` installs it) its absence is a failure."""
    missing = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "Playwright is not installed (pip install playwright)"
    if missing is None and not Path(executable()).exists():
        missing = f"no Chromium at {executable()} (apt-get install chromium)"
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go, for a person to look at (git ignores it)."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
