"""The view of a map: a networkx graph of the model -> one self-contained HTML page.

The page works from ``file://`` with no network: vis-network's script and styles (shipped
inside the pyvis package) and the page's own are inlined, and a Content-Security-Policy lets
the page load nothing and run only those scripts (by hash).  pyvis's own templates are not
used: they link CDN assets in every mode, and they turn node titles into HTML, so markup in a
document runs when its tooltip opens.

Document text is escaped once, here: everything the page shows goes in as JSON inside a
``<script type="application/json">`` element, with ``<``, ``>`` and ``&`` written as JSON
escapes so no text can close that element; the page's script then builds every heading,
tooltip, legend entry and search result with ``textContent``, never as markup.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources, util
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from coordkg.visualize.model import CHANGED, Edge, Evidence, Node, edges_of, node_of, sides_of
from coordkg.visualize.ontology import ontology
from coordkg.visualize.style import (
    FAMILIES,
    LINKS,
    OTHER,
    STATUSES,
    family_of,
    link_rank,
    link_style,
    status_style,
)

PHYSICS_LIMIT = 1000  # nodes; above it, positions come from ``layout`` and physics is off
PIXELS = 90.0  # on screen, per ideal edge length of ``layout``
TOOLTIP_SENTENCES = 3  # the details panel (click) shows all
FONT = "DejaVu Sans, Noto Sans, Segoe UI, Arial, sans-serif"
VIS = "templates/lib/vis-9.1.2/"


@dataclass(frozen=True)
class Page:
    """What the page says it shows."""

    title: str  # "Coordination network around IOM, plan 2025"
    subtitle: str  # "2 steps from it · built 2025-06-01"


@cache
def _asset(name: str) -> str:
    """A file of the page (``page.html``, ``page.css``, ``page.js``)."""
    return (resources.files("coordkg.visualize") / name).read_text(encoding="utf-8")


@cache
def _vis(name: str) -> str:
    """A file of the vis-network build that pyvis ships, found without importing pyvis (its
    import pulls in IPython and Jinja, a quarter of a second, for nothing used here)."""
    spec = util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: it ships the vis-network the maps inline")
    return (Path(spec.submodule_search_locations[0]) / VIS / name).read_text(encoding="utf-8")


def _script_json(value: object) -> str:
    """JSON that cannot end the ``<script>`` element it is written into, nor open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(raw, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _csp(scripts: Iterable[str]) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:"
    )


def render(g: nx.MultiDiGraph, page: Page) -> str:
    """The HTML page of a map."""
    data = _data(g, page)
    vis_js = _vis("vis-network.min.js")
    page_js = _asset("page.js")
    return Template(_asset("page.html")).substitute(
        title=html.escape(page.title),
        csp=html.escape(_csp((vis_js, page_js))),
        vis_css=_vis("vis-network.css"),
        page_css=_asset("page.css"),
        data=_script_json(data),
        vis_js=vis_js,
        page_js=page_js,
    )


def _data(g: nx.MultiDiGraph, page: Page) -> dict[str, Any]:
    sides = sides_of(g)
    physics = g.number_of_nodes() <= PHYSICS_LIMIT
    if physics:
        where = {}
    else:  # numpy and scipy are imported only for maps this large
        from coordkg.visualize.layout import positions

        where = positions(nx.Graph(g.to_undirected(as_view=True)))
    degree = dict(g.to_undirected(as_view=True).degree())
    most_funding = max((node_of(g, n).funding_usd or 0 for n in g), default=0)
    incident: dict[str, list[Edge]] = {n: [] for n in g}
    edges = []
    for i, (s, t, edge) in enumerate(edges_of(g)):
        incident[s].append(edge)
        incident[t].append(edge)
        edges.append(_edge(i, s, t, edge, node_of(g, s), node_of(g, t), sides))
    nodes = []
    for n in g:
        node = node_of(g, n)
        item = _node(node, incident[n], degree[n], most_funding)
        if n in where:
            item["x"], item["y"] = (round(c * PIXELS, 1) for c in where[n])
        nodes.append(item)
    families = [f for f in (*FAMILIES, OTHER) if any(x["family"] == f.key for x in nodes)]
    links = [s for s in LINKS if any(s.link in e["links"] for e in edges)]
    plans = sorted({p for e in edges for p in e["plans"]})
    return {
        "page": {
            "title": page.title,
            "subtitle": page.subtitle,
            "counts": f"{len(nodes):,} nodes, {len(edges):,} links",
        },
        "options": _options(len(nodes), physics),
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
        "plans": plans,
        "nodes": nodes,
        "edges": edges,
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
        "id": node.id,
        "label": _label(node),
        "shape": fam.shape,
        "color": fam.colour,
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


def _edge(
    i: int, s: str, t: str, edge: Edge, source: Node, target: Node, sides: tuple[str, ...]
) -> dict[str, Any]:
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
        "from": s,
        "to": t,
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


def _options(n: int, physics: bool) -> dict[str, Any]:
    """vis-network options: physics bounded to a number of steps that shrinks with size, then
    switched off by the page so the map is still; no physics at all above ``PHYSICS_LIMIT``."""
    return {
        "nodes": {
            "font": {"size": 14, "face": FONT, "strokeWidth": 4, "strokeColor": "#ffffff"},
            "borderWidth": 1,
        },
        "edges": {
            "font": {
                "size": 11,
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
                "gravitationalConstant": -14000,
                "centralGravity": 0.4,
                "springLength": 170,
                "springConstant": 0.03,
                "damping": 0.5,
                "avoidOverlap": 0.6,
            },
            "stabilization": {
                "enabled": physics,
                "iterations": min(400, max(100, 200_000 // max(n, 1))),
                "updateInterval": 20,
                "fit": True,
            },
        },
    }
