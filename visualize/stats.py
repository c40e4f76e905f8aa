"""`coordkg stats`: network measures of the coordination map, as a table.

The questions they answer: which organisations and bodies are most central — linked to the
most others (degree), and on the most shortest paths between others (betweenness: whom
information has to pass through) — and which organisations bridge communities, the groups of
organisations and bodies more linked among themselves than to the rest (Louvain, seeded so
the answer is the same every run).  Measured on the same graph the map draws, links taken
as undirected and counted once per pair.
"""

from __future__ import annotations

import networkx as nx

from coordkg.queries.run import Source
from coordkg.queries.table import Table
from coordkg.visualize.maps import MapRequest, coordination_network
from coordkg.visualize.model import node_of
from coordkg.visualize.ontology import ontology
from coordkg.visualize.style import DEFAULT_RELATIONS, family_of

COLUMNS = ("name", "acronym", "type", "degree", "betweenness", "community", "bridges")
RANKED = ("Actor", "Office", "Person", "CoordinationBody")  # holders and bodies the table ranks


def measures(g: nx.MultiDiGraph, top: int) -> Table:
    """The ``top`` organisations and bodies by betweenness, then degree.

    ``community`` numbers communities by size (1 = largest); ``bridges`` counts the other
    communities an organisation or body is directly linked to.
    """
    simple = nx.Graph(g.to_undirected(as_view=True))
    simple.remove_edges_from(nx.selfloop_edges(simple))
    betweenness = nx.betweenness_centrality(simple)
    communities = sorted(
        nx.community.louvain_communities(simple, seed=1), key=lambda c: (-len(c), min(c))
    )
    community = {n: i + 1 for i, c in enumerate(communities) for n in c}
    ranked = [n for n in simple if set(RANKED) & set(ontology().ancestors(node_of(g, n).cls))]
    ranked.sort(key=lambda n: (-betweenness[n], -simple.degree(n), node_of(g, n).name))
    rows = []
    for n in ranked[:top]:
        node = node_of(g, n)
        bridged = {community[m] for m in simple[n]} - {community[n]}
        rows.append(
            (
                node.name,
                node.acronym,
                family_of(node.cls).label,
                str(simple.degree(n)),
                f"{betweenness[n]:.3f}",
                str(community[n]),
                str(len(bridged)),
            )
        )
    return Table(COLUMNS, tuple(rows))


def network_stats(
    source: Source, plan: str = "", relations: tuple[str, ...] = DEFAULT_RELATIONS, top: int = 15
) -> Table:
    """The measures of the map of ``plan`` (default: the latest) over ``relations``."""
    g, _ = coordination_network(source, MapRequest(plan=plan, relations=relations, max_nodes=None))
    return measures(g, top)
