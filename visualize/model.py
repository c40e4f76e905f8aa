"""The model of a map: rows of the ``links`` question -> a networkx graph. No style, no HTML.

Nodes are keyed by IRI and carry a ``Node``; edges carry an ``Edge`` and are keyed by group,
so a map has one edge per holder and body for all the roles it holds there (the 2020 plan
calls IOM both co-lead and lead of the Returns Working Group: one edge, two roles), and one
edge per other link (partner, government counterpart ...).

A comparison is the same graph built from two sides, one per plan: an edge records which
links it has on each side, so "only in 2020", "only in 2025", "in both" and "changed" (co-lead
in 2020, chair in 2025) are read off the edge rather than computed by the view.
Text from documents stays raw here; the view escapes it once, when it writes the page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

import networkx as nx

from coordkg.ontology import role_concepts
from coordkg.queries.table import Table

ROLE = "role"  # the group of every role edge

ONLY_FIRST = "only-first"
ONLY_SECOND = "only-second"
BOTH = "both"
CHANGED = "changed"


@dataclass(frozen=True)
class Evidence:
    """A sentence of a plan that states a link."""

    plan: str
    sentence: str


@dataclass(frozen=True)
class Node:
    """An organisation, body, programme, place or framework (or, on the ontology map, a class)."""

    id: str
    name: str
    acronym: str
    cls: str  # local name of its class in the ontology ("UNAgency", "WorkingGroup")
    other_names: tuple[str, ...] = ()
    funding_usd: int | None = None
    notes: tuple[str, ...] = ()  # the ontology map's comments and datatype properties


@dataclass(frozen=True)
class Edge:
    """All links of one group between two nodes, per side (one side, or two when comparing)."""

    group: str  # ROLE, or the link's name ("partner", "governmentCounterpart" ...)
    sides: tuple[tuple[str, ...], ...]  # sorted link names per side; () = absent on that side
    scopes: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    caption: str = ""  # drawn instead of the links' labels (the ontology map's property names)
    notes: tuple[str, ...] = ()

    @property
    def links(self) -> tuple[str, ...]:
        """Every link name of the edge, on any side."""
        return tuple(sorted({link for side in self.sides for link in side}))

    @property
    def plans(self) -> tuple[str, ...]:
        return tuple(sorted({e.plan for e in self.evidence}))

    @property
    def status(self) -> str:
        """ "" on an ordinary map; in a comparison: only in the first or second plan, in both
        with the same links, or changed (in both, with different roles)."""
        if len(self.sides) < 2:
            return ""
        first, second = self.sides
        if not second:
            return ONLY_FIRST
        if not first:
            return ONLY_SECOND
        return BOTH if first == second else CHANGED


def sides_of(g: nx.MultiDiGraph) -> tuple[str, ...]:
    """The plans of each side of a comparison ("2020", "2025"); () on an ordinary map."""
    return cast(tuple[str, ...], g.graph.get("sides", ()))


def add_node(g: nx.MultiDiGraph, node: Node) -> None:
    g.add_node(node.id, node=node)


def add_edge(g: nx.MultiDiGraph, source: str, target: str, edge: Edge) -> None:
    g.add_edge(source, target, key=edge.group, edge=edge)


def node_of(g: nx.MultiDiGraph, n: str) -> Node:
    return cast(Node, g.nodes[n]["node"])


def edges_of(g: nx.MultiDiGraph) -> Iterator[tuple[str, str, Edge]]:
    for s, t, data in g.edges(data=True):
        yield s, t, cast(Edge, data["edge"])


@dataclass
class _Gathered:
    sides: list[set[str]]
    scopes: set[str] = field(default_factory=set)
    evidence: dict[Evidence, None] = field(default_factory=dict)  # ordered set


def network(
    sides: Sequence[Table], names: Table | None = None, funding: Table | None = None
) -> nx.MultiDiGraph:
    """The graph of the links of one plan (one side) or of two plans compared (two sides).

    Args:
        sides: rows of the ``links`` question, one table per side.
        names: rows of the ``entities`` question, for the other names a node is written with.
        funding: rows of the ``programmes`` question, for the funding of programme nodes.
    """
    roles = role_concepts()
    others = _other_names(names)
    money = _funding(funding)
    g = nx.MultiDiGraph()
    if len(sides) > 1:
        g.graph["sides"] = tuple(
            ", ".join(sorted({row["plan"] for row in t.as_dicts()})) for t in sides
        )
    gathered: dict[tuple[str, str, str], _Gathered] = {}
    for i, table in enumerate(sides):
        for row in table.as_dicts():
            for end in ("source", "target"):
                iri = row[f"{end}_id"]
                if iri not in g:
                    funding_usd = (
                        money.get((row["plan"], row[end]))
                        if row[f"{end}_class"] == "Programme"
                        else None
                    )
                    add_node(
                        g,
                        Node(
                            iri,
                            row[end],
                            row[f"{end}_acronym"],
                            row[f"{end}_class"],
                            others.get(iri, ()),
                            funding_usd,
                        ),
                    )
            group = ROLE if row["link"] in roles else row["link"]
            key = (row["source_id"], group, row["target_id"])
            acc = gathered.setdefault(key, _Gathered([set() for _ in sides]))
            acc.sides[i].add(row["link"])
            if row["scope"]:
                acc.scopes.add(row["scope"])
            acc.evidence[Evidence(row["plan"], row["evidence"])] = None
    for (source, group, target), acc in gathered.items():
        edge = Edge(
            group,
            tuple(tuple(sorted(side)) for side in acc.sides),
            tuple(sorted(acc.scopes)),
            tuple(acc.evidence),
        )
        add_edge(g, source, target, edge)
    return g


def _other_names(names: Table | None) -> dict[str, tuple[str, ...]]:
    if names is None:
        return {}
    return {
        row["id"]: tuple(n for n in row["other_names"].split(";") if n) for row in names.as_dicts()
    }


def _funding(funding: Table | None) -> dict[tuple[str, str], int]:
    if funding is None:
        return {}
    return {
        (row["plan"], row["programme"]): int(row["funding_usd"])
        for row in funding.as_dicts()
        if row["funding_usd"]
    }


def neighbourhood(g: nx.MultiDiGraph, centre: str, depth: int) -> nx.MultiDiGraph:
    """The part of ``g`` within ``depth`` links of ``centre``, in either direction."""
    near = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), centre, depth)
    return cast(nx.MultiDiGraph, g.subgraph(near).copy())  # the copy keeps ``g.graph``
