"""Fixtures of the map tests: graphs whose names and sentences carry markup and scripts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from coordkg.graph.build import build
from coordkg.graph.store.local import GraphStore
from coordkg.visualize.model import ROLE, Edge, Evidence, Node, add_edge, add_node

HERE = Path(__file__).parent
INJECTION = HERE / "documents" / "injection-plan-2030.txt"


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
