"""The view of a map: the networkx model -> a pyvis ``Network`` whose page is coordkg's own.

Every node, edge, group and option of a map goes to vis-network through pyvis's API
(``add_node``, ``add_edge``, ``set_options``); ``map_network`` renders the page with coordkg's
template.  A node's kind is a vis-network group (its colour and shape; the legend lists the
same kinds).  Document text goes into the ``card`` of a node or an edge, which the page shows
with ``textContent``, never into vis-network's ``title``, which pyvis's own templates fill
with HTML.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import networkx as nx

from coordkg.visualize.map_network import MapNetwork
from coordkg.visualize.model import CHANGED, Edge, Evidence, Node, edges_of, node_of, sides_of
from coordkg.visualize.ontology import ontology
from coordkg.visualize.style import (
    FAMILIES,
    LINKS,
    OTHER,
    STATUSES,
    Family,
    family_of,
    link_rank,
    link_style,
    status_style,
)

PHYSICS_LIMIT = 1000  # nodes; above it, positions come from ``layout`` and physics is off
PIXELS = 90.0  # on screen, per ideal edge length of ``layout``
FONT = "DejaVu Sans, Noto Sans, Segoe UI, Arial, sans-serif"
FOCUS_BORDER = "#111111"
FOCUS_SIZE = 48.0  # larger than any other node (44 at most)


@dataclass(frozen=True)
class Spacing:
    """How far apart the physics sets nodes, and how large their labels are drawn."""

    repulsion: float  # barnesHut's gravitationalConstant
    spring: float  # barnesHut's springLength
    gravity: float  # barnesHut's centralGravity
    overlap: float  # barnesHut's avoidOverlap
    node_font: int
    edge_font: int


# Coordination maps: room around hubs for the role labels of their links.
SPREAD = Spacing(-14000, 170, 0.4, 0.6, 14, 11)
# The ontology map, a forest of small hierarchies with long names: spread like a coordination
# map it fitted the window at 0.39 and its labels were 5 px high; this fits it at about 0.6 (with
# persons and offices among its classes), its labels drawn large enough for that.
TIGHT = Spacing(-4000, 70, 1.2, 1.0, 21, 16)


@dataclass(frozen=True)
class Page:
    """What the page says it shows."""

    title: str  # "Coordination network around IOM, plan 2025"
    subtitle: str  # "2 steps from it · built 2025-06-01"
    focus: str = ""  # the node a `--focus` map is around: fixed at the centre and marked


def render(g: nx.MultiDiGraph, page: Page) -> str:
    """The HTML page of a map."""
    page_html: str = network_of(g, page).generate_html()
    return page_html


def network_of(g: nx.MultiDiGraph, page: Page, spacing: Spacing = SPREAD) -> MapNetwork:
    """The pyvis ``Network`` of a map: its nodes, edges, groups and options, and its panel."""
    sides = sides_of(g)
    physics = g.number_of_nodes() <= PHYSICS_LIMIT
    where = _positions(g, page.focus) if not physics else {}
    degree = dict(g.to_undirected(as_view=True).degree())
    most_funding = max((node_of(g, n).funding_usd or 0 for n in g), default=0)
    incident: dict[str, list[Edge]] = {n: [] for n in g}
    for s, t, edge in edges_of(g):
        incident[s].append(edge)
        incident[t].append(edge)
    net = MapNetwork(page.title)
    for n in g:
        node = node_of(g, n)
        item = _node(node, incident[n], degree[n], most_funding)
        if n in where:
            item["x"], item["y"] = (round(c * PIXELS, 1) for c in where[n])
        if n == page.focus:
            _mark_focus(item, family_of(node.cls))
        net.add_node(n, **item)
    for i, (s, t, edge) in enumerate(edges_of(g)):
        net.add_edge(s, t, **_edge(i, edge, node_of(g, s), node_of(g, t), sides))
    kinds = {item["family"] for item in net.nodes}
    shown = [f for f in (*FAMILIES, OTHER) if f.key in kinds]
    # pyvis's set_options deletes every space of the JSON it parses, those of font names too;
    # a space inside a string written as a JSON escape survives it.
    options = _options(net.num_nodes(), physics, shown, spacing)
    net.set_options(json.dumps(options, separators=(",", ":")).replace(" ", "\\u0020"))
    net.panel = _panel(net, page, sides, shown)
    return net


def _positions(g: nx.MultiDiGraph, focus: str) -> dict[str, tuple[float, float]]:
    """Positions for a map too large for the browser's physics, the focus at the origin."""
    from coordkg.visualize.layout import positions  # numpy and scipy: only for maps this large

    where = positions(nx.Graph(g.to_undirected(as_view=True)))
    x0, y0 = where.get(focus, (0.0, 0.0))
    return {str(n): (x - x0, y - y0) for n, (x, y) in where.items()}


def _mark_focus(item: dict[str, Any], family: Family) -> None:
    """The node a map is around: held at the centre (the origin, where the physics' gravity
    pulls the rest), the largest, with a dark border and a larger label.  Its colour is given
    with the border rather than by its group (pyvis drops a colour given with a group)."""
    del item["group"]
    item.update(
        x=0.0,
        y=0.0,
        fixed=True,
        focus=True,
        size=FOCUS_SIZE,
        borderWidth=5,
        color={"background": family.colour, "border": FOCUS_BORDER},
        font={"size": 20},
    )


def _panel(
    net: MapNetwork, page: Page, sides: tuple[str, ...], families: list[Family]
) -> dict[str, Any]:
    """What the side panel shows: title, counts, legend, and the plans its filters offer."""
    edges = net.edges
    links = [s for s in LINKS if any(s.link in e["links"] for e in edges)]
    return {
        "page": {
            "title": page.title,
            "subtitle": page.subtitle,
            "counts": f"{net.num_nodes():,} nodes, {net.num_edges():,} links",
        },
        "legend": {
            "families": [
                {"key": f.key, "label": f.label, "colour": f.colour, "shape": f.shape}
                for f in families
            ],
            "links": [
                {"key": s.link, "label": s.label, "colour": s.colour, "dashes": s.dashes}
                for s in links
            ],
            "statuses": [
                {
                    "key": s.status,
                    "label": s.label.format(first=sides[0], second=sides[1]),
                    "colour": s.colour,
                    "dashes": s.dashes,
                }
                for s in STATUSES
                if any(e["status"] == s.status for e in edges)
            ],
        },
        "plans": sorted({p for e in edges for p in e["plans"]}),
    }


def _node(node: Node, incident: list[Edge], degree: int, most_funding: int) -> dict[str, Any]:
    fam = family_of(node.cls)
    if node.funding_usd and most_funding:
        size = 8 + 30 * math.sqrt(node.funding_usd / most_funding)
    else:
        size = min(10 + 4 * math.sqrt(degree), 44)
    evidence = list(dict.fromkeys(e for edge in incident for e in edge.evidence))
    plans = sorted({e.plan for e in evidence})
    facts = [("plans", ", ".join(plans))] if plans else []
    if node.other_names:
        facts.append(("also written", "; ".join(node.other_names)))
    if node.funding_usd is not None:
        facts.append(("funding required", f"US$ {node.funding_usd:,}"))
    kind = ontology().class_label(node.cls)
    return {
        "label": _label(node),
        "shape": fam.shape,  # pyvis gives every node a shape ("dot" unless told)
        "group": fam.key,
        "size": round(size, 1),
        "family": fam.key,
        "search": [s.lower() for s in (node.name, node.acronym, *node.other_names) if s],
        "name": node.name,
        "card": _card(
            node.name, " · ".join(x for x in (node.acronym, kind) if x), facts, evidence, node.notes
        ),
    }


def _label(node: Node) -> str:
    """The acronym when there is one (the name is in the tooltip), else the name on short lines."""
    if node.acronym and len(node.name) > 24:
        return node.acronym
    lines: list[str] = []
    for word in node.name.split():
        if lines and len(lines[-1]) + len(word) < 22:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _edge(i: int, edge: Edge, source: Node, target: Node, sides: tuple[str, ...]) -> dict[str, Any]:
    names = [
        ", ".join(link_style(x).label for x in sorted(side, key=link_rank)) for side in edge.sides
    ]
    changed = " → ".join(names) if edge.status == CHANGED else ""
    label = edge.caption or changed or next(n for n in names if n)
    strongest = link_style(min(edge.links, key=link_rank))
    colour, dashes = strongest.colour, strongest.dashes
    if edge.status:
        colour, dashes = status_style(edge.status).colour, status_style(edge.status).dashes
    facts = []
    if edge.status:
        status = status_style(edge.status).label.format(first=sides[0], second=sides[1])
        facts.append(("in the plans", status))
        facts += [(plan, n or "—") for plan, n in zip(sides, names, strict=True)]
    if edge.scopes:
        facts.append(("where", ", ".join(edge.scopes)))
    title = f"{source.acronym or source.name} — {label} → {target.acronym or target.name}"
    return {
        "id": f"e{i}",
        "label": label,
        "color": colour,
        "dashes": dashes,
        "width": strongest.width,
        "links": list(edge.links),
        "plans": list(edge.plans),
        "status": edge.status,
        "card": _card(title, "", facts, list(edge.evidence), edge.notes),
    }


def _card(
    title: str,
    subtitle: str,
    facts: list[tuple[str, str]],
    evidence: list[Evidence],
    notes: tuple[str, ...],
) -> dict[str, Any]:
    """What a tooltip and the details panel show, as plain strings the page sets as text."""
    ordered = sorted(evidence, key=lambda e: e.plan)
    return {
        "title": title,
        "subtitle": subtitle,
        "facts": facts,
        "notes": list(notes),
        "evidence": [[e.plan, e.sentence] for e in ordered],
    }


def _options(n: int, physics: bool, families: list[Family], spacing: Spacing) -> dict[str, Any]:
    """vis-network options: a group per kind of node; physics bounded to a number of steps
    that shrinks with size, then switched off by the page so the map is still; no physics at
    all above ``PHYSICS_LIMIT``."""
    return {
        "groups": {f.key: {"color": f.colour, "shape": f.shape} for f in families},
        "nodes": {
            "font": {
                "size": spacing.node_font,
                "face": FONT,
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
            },
            "borderWidth": 1,
        },
        "edges": {
            "font": {
                "size": spacing.edge_font,
                "face": FONT,
                "align": "middle",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "color": "#333333",
            },
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"enabled": physics, "type": "continuous", "roundness": 0.3},
            "color": {"inherit": False},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": not physics},
        "layout": {"improvedLayout": n <= 150, "randomSeed": 7},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": spacing.repulsion,
                "centralGravity": spacing.gravity,
                "springLength": spacing.spring,
                "springConstant": 0.03,
                "damping": 0.5,
                "avoidOverlap": spacing.overlap,
            },
            "stabilization": {
                "enabled": physics,
                "iterations": min(400, max(100, 200_000 // max(n, 1))),
                "updateInterval": 20,
                "fit": True,
            },
        },
    }
