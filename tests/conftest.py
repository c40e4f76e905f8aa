"""Fixtures shared by the suite: one graph built from the bundled plans per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coordkg.graph.build import BuildSummary, build, bundled_documents
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.queries.precompute import keep_answers
from coordkg.queries.run import Source

GOLD = Path(__file__).parent / "gold"


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
