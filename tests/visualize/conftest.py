"""Fixtures of the map tests: a graph built from the injection document, and Debian's
headless Chromium for the tests marked ``browser``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox
import pytest

from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore
from coordkg.visualize.browser import chromium, executable
from coordkg.visualize.model import ROLE, Edge, Evidence, Node, add_edge, add_node

if TYPE_CHECKING:
    from playwright.sync_api import Browser

HERE = Path(__file__).parent
INJECTION = HERE / "documents" / "injection-plan-2030.txt"
ARTIFACTS = HERE.parent / "artifacts"


ARABIC = "وزارة الهجرة والمهجرين"  # the Ministry of Migration and Displaced, in Arabic
NASTY = 'IOM chairs it </script><script>window.__pwned=1</script> <!-- "quoted" & \u2028 done'


@pytest.fixture
def two_plans() -> nx.MultiDiGraph:
    """A hand-made comparison: a changed role whose sentence tries to end the page's script,
    and a government counterpart with an Arabic name that only the first plan names."""
    g = nx.MultiDiGraph(sides=("2020", "2025"))
    add_node(g, Node("urn:iom", "International Organization for Migration", "IOM", "UNAgency"))
    add_node(g, Node("urn:momd", ARABIC, "", "Ministry"))
    add_node(g, Node("urn:rwg", "Returns Working Group", "RWG", "WorkingGroup"))
    evidence = (Evidence("2020", "co-lead of the RWG"), Evidence("2025", NASTY))
    add_edge(g, "urn:iom", "urn:rwg", Edge(ROLE, (("co-lead", "lead"), ("chair",)), (), evidence))
    counterpart = Edge("governmentCounterpart", (("governmentCounterpart",), ()))
    add_edge(g, "urn:iom", "urn:momd", counterpart)
    return g


@pytest.fixture(scope="session")
def injection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ox.Store]:
    """The graph of a plan whose names and sentences carry markup, quotes and scripts."""
    store = GraphStore(tmp_path_factory.mktemp("injection") / "store")
    build([INJECTION], store, 10**6)
    with store.reader() as s:
        yield s


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
