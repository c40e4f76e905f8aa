"""The questions the maps ask (`links`, `entities`): typed parameters, the same rows on Oxigraph
and on rdflib's engine, and a style for every link they can give."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from coordkg.graph.store.export import to_dataset
from coordkg.ontology import role_concepts
from coordkg.queries.catalogue import get
from coordkg.queries.run import run_oxigraph, run_rdflib
from coordkg.visualize.style import LINKS


@pytest.fixture(scope="module")
def dataset(graph: ox.Store) -> Dataset:
    ds = to_dataset(graph)
    ds.default_union = True
    return ds


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("links", {}),
        ("links", {"org": "undp", "plan": "2025"}),
        ("links", {"link": "governmentCounterpart", "plan": "2020"}),
        ("entities", {}),
        ("entities", {"name": "MoMD"}),
        ("entities", {"class": "workinggroup"}),
    ],
)
def test_same_rows_on_oxigraph_and_rdflib(
    graph: ox.Store, dataset: Dataset, name: str, params: dict[str, str]
) -> None:
    """Bindings and aggregates behave differently across engines (rdflib issue #1772)."""
    assert run_oxigraph(graph, get(name), params) == run_rdflib(dataset, get(name), params)


def test_links_of_an_organisation_at_either_end(graph: ox.Store) -> None:
    """2025: UNDP co-leads the DSTF and the DSTWG, and IOM works "in collaboration with UNDP"."""
    rows = run_oxigraph(graph, get("links"), {"org": "UNDP", "plan": "2025"}).as_dicts()
    found = {(r["source_acronym"], r["link"], r["target_acronym"]) for r in rows}
    assert found == {
        ("UNDP", "co-lead", "DSTF"),
        ("UNDP", "co-lead", "DSTWG"),
        ("IOM", "partner", "UNDP"),
    }
    assert all(r["evidence"] and r["source_id"].startswith("https://") for r in rows)


def test_entities_by_another_name(graph: ox.Store) -> None:
    """The 2025 plan writes "Ministry of Migration and Displaced", the 2020 plan "Ministry of
    Migration and Displacement (MoMD)": one entity, named in both plans."""
    [row] = run_oxigraph(
        graph, get("entities"), {"name": "ministry of migration and displaced"}
    ).as_dicts()
    assert row["acronym"] == "MoMD" and row["class"] == "Ministry" and row["plans"] == "2020;2025"


def test_every_link_the_graph_can_give_has_a_style() -> None:
    """Roles from the vocabulary, the other links from the query's own list of properties."""
    filters = re.findall(r"FILTER \(\?predicate (?:IN \(.*?\)|= \S+)\)", get("links").text, re.S)
    properties = {p.split(":")[1] for f in filters for p in re.findall(r"\w+:\w+", f)}
    assert len(properties) == 9
    assert set(role_concepts()) | properties <= {s.link for s in LINKS}
