"""The coordination network as files other tools open: Gephi, yEd, Kumu, Cytoscape, spreadsheets.

The map's model carries dataclasses (``Node``, ``Edge``) that no graph format can hold, so
:func:`plain` first turns it into a graph whose attributes are strings, whole numbers and
booleans only; every writer starts from that one graph, so the formats agree on what a node or
a link says. Multiple values are joined by :data:`JOIN` (GraphML and GEXF have no lists that
every reader understands).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from coordkg.errors import InputError, write_output
from coordkg.visualize.model import edges_of, node_of, sides_of
from coordkg.visualize.style import family_of

JOIN = "; "
"""Between the values of one attribute (roles, scopes, plans, other names)."""

EVIDENCE_JOIN = " | "
"""Between the sentences of one link's evidence (a sentence may hold semicolons)."""

NODE_COLUMNS = ("id", "label", "acronym", "type", "family", "other_names", "funding_usd")
EDGE_COLUMNS = ("source", "target", "relation", "roles", "scopes", "plans", "status", "evidence")


def plain(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The network with plain attributes: the node's IRI as key, and per node ``label``,
    ``acronym``, ``type`` (ontology class), ``family`` (legend), ``other_names`` and, for a
    programme, ``funding_usd``; per link ``relation`` (``role`` or the link's name), ``roles``,
    ``scopes``, ``plans``, ``evidence`` and, comparing two plans, ``status`` and the links on
    each side (``links_<plan>``)."""
    out = nx.MultiDiGraph()
    sides = sides_of(g)
    if sides:
        out.graph["compared"] = JOIN.join(sides)
    for n in g:
        node = node_of(g, n)
        attrs: dict[str, Any] = {
            "label": node.name,
            "acronym": node.acronym,
            "type": node.cls,
            "family": family_of(node.cls).label,
            "other_names": JOIN.join(node.other_names),
        }
        if node.funding_usd is not None:
            attrs["funding_usd"] = node.funding_usd
        out.add_node(n, **attrs)
    for source, target, edge in edges_of(g):
        attrs = {
            "relation": edge.group,
            "roles": JOIN.join(edge.links),
            "scopes": JOIN.join(edge.scopes),
            "plans": JOIN.join(edge.plans),
            "evidence": EVIDENCE_JOIN.join(e.sentence for e in edge.evidence),
        }
        if sides:
            attrs["status"] = edge.status
            for plan, links in zip(sides, edge.sides, strict=True):
                attrs[f"links_{plan}"] = JOIN.join(links)
        out.add_edge(source, target, key=edge.group, **attrs)
    return out


def _graphml(g: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(g, buffer, encoding="utf-8", named_key_ids=True)
    return buffer.getvalue()


def _gexf(g: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(g, buffer, encoding="utf-8", version="1.3")
    return buffer.getvalue()


def _labels(g: nx.MultiDiGraph) -> dict[str, str]:
    """A label per node that no other node has: Kumu joins connections to elements by label."""
    count: dict[str, int] = {}
    for n in g:
        count[g.nodes[n]["label"]] = count.get(g.nodes[n]["label"], 0) + 1
    labels = {}
    for n, a in g.nodes(data=True):
        shared = count[a["label"]] > 1
        labels[n] = f"{a['label']} ({a['acronym'] or a['type']})" if shared else a["label"]
    if len(set(labels.values())) < len(labels):  # still shared: the IRI's last segment decides
        labels = {n: f"{labels[n]} [{n.rsplit('/', 1)[-1]}]" for n in g}
    return labels


def _kumu(g: nx.MultiDiGraph) -> bytes:
    """Kumu's JSON blueprint: ``elements`` and ``connections`` (``from``/``to`` by label)."""
    labels = _labels(g)
    elements = []
    for n, a in g.nodes(data=True):
        about = [f"Also written: {a['other_names']}"] if a["other_names"] else []
        if "funding_usd" in a:
            about.append(f"Funding: USD {a['funding_usd']:,}")
        elements.append(
            {
                "label": labels[n],
                "type": a["family"],
                "description": "\n".join(about),
                "tags": [t for t in (a["type"], a["acronym"]) if t],
                "id": n,
            }
        )
    connections = [
        {
            "from": labels[s],
            "to": labels[t],
            "type": a["relation"],
            "label": a["roles"],
            "description": a["evidence"],
            "tags": [p for p in a["plans"].split(JOIN) if p],
        }
        for s, t, a in g.edges(data=True)
    ]
    return _json({"elements": elements, "connections": connections})


def _cytoscape(g: nx.MultiDiGraph) -> bytes:
    """Cytoscape.js elements JSON (``cy.json()``'s shape, which Cytoscape desktop imports too),
    by networkx's writer, each link given the id Cytoscape.js wants."""
    data = nx.cytoscape_data(g, name="label")
    for i, edge in enumerate(data["elements"]["edges"]):
        edge["data"]["id"] = f"e{i}"
    return _json(data)


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def nodes_csv(g: nx.MultiDiGraph) -> bytes:
    """Every node of the network, one row each (a complete node table)."""
    rows = ({"id": n, **a} for n, a in g.nodes(data=True))
    return _csv(NODE_COLUMNS, rows)


def edges_csv(g: nx.MultiDiGraph) -> bytes:
    """Every link of the network, one row each, its ends by node id (comparing two plans, with
    the links on each side)."""
    rows = [{"source": s, "target": t, **a} for s, t, a in g.edges(data=True)]
    sides = sorted({k for row in rows for k in row if k.startswith("links_")})
    return _csv((*EDGE_COLUMNS, *sides), rows)


def _csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


WRITERS: dict[str, Callable[[nx.MultiDiGraph], bytes]] = {
    "graphml": _graphml,
    "gexf": _gexf,
    "kumu": _kumu,
    "cytoscape": _cytoscape,
}


def write_network(flat: nx.MultiDiGraph, fmt: str, output: Path) -> list[tuple[Path, int]]:
    """Write the network ``flat`` (:func:`plain`'s) in ``fmt`` to ``output`` (for
    ``nodes-edges``, a folder that gets ``nodes.csv`` and ``edges.csv``); returns each file
    written and its size.

    Raises:
        InputError: a file cannot be written.
    """
    if fmt == "nodes-edges":
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(str(output), f"cannot be made a folder: {exc.strerror}") from None
        files = {output / "nodes.csv": nodes_csv(flat), output / "edges.csv": edges_csv(flat)}
    else:
        files = {output: WRITERS[fmt](flat)}
    for path, data in files.items():
        write_output(path, data)
    return [(path, len(data)) for path, data in files.items()]


def network_bytes(flat: nx.MultiDiGraph, fmt: str) -> bytes:
    """A single-file format's bytes of the network ``flat`` (:func:`plain`'s), for standard
    output."""
    return WRITERS[fmt](flat)
