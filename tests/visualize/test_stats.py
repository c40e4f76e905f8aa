"""`coordkg stats`: centrality of organisations and bodies, checked against the plans."""

from __future__ import annotations

from coordkg.queries.run import Source
from coordkg.visualize.stats import COLUMNS, network_stats


def test_iom_is_the_most_central_and_bridges_communities(source: Source) -> None:
    """Every role and partnership the plans state is IOM's own or shared with IOM (they are
    IOM's plans), so IOM lies on nearly every shortest path."""
    for plan in ("2020", "2025"):
        table = network_stats(source, plan)
        assert table.columns == COLUMNS
        top = table.as_dicts()[0]
        assert top["acronym"] == "IOM" and top["type"] == "UN agency"
        assert float(top["betweenness"]) > 0.9 and int(top["bridges"]) >= 1


def test_degrees_count_distinct_neighbours(source: Source) -> None:
    """2025: UNDP co-leads the DSTF and the DSTWG, and IOM works "in collaboration with UNDP"
    (3); the NRC co-leads the DSTWG and is IOM's partner (2)."""
    rows = {r["acronym"]: r for r in network_stats(source, "2025", top=100).as_dicts()}
    assert rows["UNDP"]["degree"] == "3" and rows["NRC"]["degree"] == "2"
    assert rows["UNDP"]["community"] == rows["DSTWG"]["community"]


def test_only_organisations_and_bodies_are_ranked(source: Source) -> None:
    everything = ("roles", "partners", "structure", "programmes", "places")
    table = network_stats(source, "2025", everything, top=1000)
    types = {r["type"] for r in table.as_dicts()}
    assert "programme" not in types and "place" not in types
    assert len(network_stats(source, "2025", top=3).rows) == 3
