"""`coordkg export --format graphml|gexf|kumu|cytoscape|nodes-edges`: the coordination network
in files other tools open, each read back by a reader that is not coordkg's (networkx's GraphML,
GEXF and Cytoscape readers, Python's csv, Kumu's documented blueprint keys).

Expected links come from tests/gold/roles.csv and programmes.csv (worked out by hand from the
plans): in 2025 IOM chairs the Returns Working Group and co-leads the Durable Solutions Task
Force with UNDP; in 2020 it co-led and led the Returns Working Group; the 2020 plan gives Camp
Coordination and Camp Management USD 4,900,000.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from coordkg.cli import cli
from coordkg.graph.build import BuildSummary
from coordkg.graph.store.local import GraphStore

IOM = "https://w3id.org/coordkg/id/iom"
RWG = "https://w3id.org/coordkg/id/returns-working-group"


@pytest.fixture(scope="module")
def store(built: tuple[GraphStore, BuildSummary]) -> Path:
    """The bundled plans' store (conftest), only read here."""
    return built[0].location


def export(store: Path, out: Path, *args: str) -> Path:
    result = CliRunner().invoke(cli, ["export", "--store", str(store), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return out


def by_label(g: nx.Graph, label: str) -> str:
    [node] = [n for n, a in g.nodes(data=True) if a["label"] == label]
    return str(node)


def links(g: nx.Graph, source: str, target: str) -> list[dict[str, object]]:
    """The attributes of every link from ``source`` to ``target`` (a reader gives back a
    multigraph only when the file has parallel links)."""
    data = g.get_edge_data(source, target, default={})
    return list(data.values()) if g.is_multigraph() else [data] if data else []


def roles(g: nx.Graph, source: str, target: str) -> set[object]:
    return {a["roles"] for a in links(g, source, target)}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_and_yed_files_hold_the_plans_roles(store: Path, tmp_path: Path, fmt: str) -> None:
    path = export(store, tmp_path / f"net.{fmt}", "--format", fmt)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert roles(g, IOM, RWG) == {"chair"}
    task_force = by_label(g, "Durable Solutions Task Force")
    undp = "https://w3id.org/coordkg/id/undp"
    assert roles(g, IOM, task_force) == roles(g, undp, task_force) == {"co-lead"}
    assert g.nodes[IOM]["acronym"] == "IOM" and g.nodes[IOM]["family"] == "UN agency"
    [edge] = links(g, IOM, RWG)
    assert edge["plans"] == "2025" and "Returns Working Group" in str(edge["evidence"])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_funding_is_a_number_where_the_format_types_it(
    store: Path, tmp_path: Path, fmt: str
) -> None:
    args = ("--format", fmt, "--plan", "2020", "--relations", "roles,programmes")
    path = export(store, tmp_path / f"funding.{fmt}", *args)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    cccm = by_label(g, "Camp Coordination and Camp Management")
    assert g.nodes[cccm]["funding_usd"] == 4_900_000
    assert "funding_usd" not in g.nodes[IOM]


def test_cytoscape_json_reads_back_as_the_same_network(store: Path, tmp_path: Path) -> None:
    path = export(store, tmp_path / "net.cyjs", "--format", "cytoscape")
    data = json.loads(path.read_text(encoding="utf-8"))
    edges = data["elements"]["edges"]
    assert len({e["data"]["id"] for e in edges}) == len(edges)  # Cytoscape.js needs unique ids
    g = nx.cytoscape_graph(data, name="label")
    assert roles(g, IOM, RWG) == {"chair"}


def test_kumu_blueprint_joins_connections_to_elements_by_unique_label(
    store: Path, tmp_path: Path
) -> None:
    path = export(store, tmp_path / "net.json", "--format", "kumu", "--plan", "all")
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = [e["label"] for e in data["elements"]]
    assert len(labels) == len(set(labels))
    for element in data["elements"]:
        assert {"label", "type", "description", "tags"} <= element.keys()
    assert all(c["from"] in labels and c["to"] in labels for c in data["connections"])
    iom = next(e["label"] for e in data["elements"] if e["id"] == IOM)
    rwg = next(e["label"] for e in data["elements"] if e["id"] == RWG)
    found = {
        (c["label"], tuple(c["tags"]))
        for c in data["connections"]
        if (c["from"], c["to"]) == (iom, rwg)
    }
    assert found == {("chair; co-lead; lead", ("2020", "2025"))}


def test_nodes_and_edges_tables_compare_two_plans(store: Path, tmp_path: Path) -> None:
    folder = export(
        store, tmp_path / "tables", "--format", "nodes-edges", "--compare", "2020", "2025"
    )
    with (folder / "nodes.csv").open(encoding="utf-8") as f:
        nodes = {row["id"]: row for row in csv.DictReader(f)}
    with (folder / "edges.csv").open(encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert all(e["source"] in nodes and e["target"] in nodes for e in edges)  # complete table
    [rwg] = [e for e in edges if (e["source"], e["target"]) == (IOM, RWG)]
    assert (rwg["links_2020"], rwg["links_2025"], rwg["status"]) == (
        "co-lead; lead",
        "chair",
        "changed",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--format", "nodes-edges"), "give -o FOLDER"),
        (("--format", "turtle", "--plan", "2020"), "--plan: chooses part of the network"),
        (("--format", "gexf", "--graph", "ontology"), "--graph: selects RDF"),
    ],
)
def test_options_that_do_not_fit_the_format_are_one_line_errors(
    store: Path, args: tuple[str, ...], message: str
) -> None:
    result = CliRunner().invoke(cli, ["export", "--store", str(store), *args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_nodes_question_holds_every_end_of_every_link(store: Path) -> None:
    """`ask nodes` is a complete node table: programmes and the places that scope roles too,
    which `entities` leaves out (36 programmes in tests/gold/programmes.csv)."""

    def ask(*args: str) -> list[dict[str, str]]:
        result = CliRunner().invoke(cli, ["ask", *args, "--format", "json", "--store", str(store)])
        assert result.exit_code == 0, result.output
        rows: list[dict[str, str]] = json.loads(result.stdout)
        return rows

    links = ask("links")
    nodes = {row["id"]: row for row in ask("nodes")}
    ends = {r["source_id"] for r in links} | {r["target_id"] for r in links}
    assert ends <= nodes.keys()
    assert len(ask("nodes", "--class", "Programme")) == 36
    assert nodes[IOM]["iati"] == "XM-DAC-47066"  # reference data: IOM's IATI identifier


def test_every_offered_network_format_has_a_writer() -> None:
    """The names the command line offers (light, to spare it networkx) are the writers' names:
    one list, checked here, so that a writer added or renamed cannot drift from it."""
    from coordkg.visualize import NETWORK_FORMATS
    from coordkg.visualize.network_files import WRITERS

    assert set(NETWORK_FORMATS) == {*WRITERS, "nodes-edges"}
