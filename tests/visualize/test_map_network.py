"""Maps are pyvis ``Network``s: what the page draws is what pyvis was given, the page is
coordkg's own template, and a notebook shows the same self-contained page."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from pyvis.network import Network
from visualize.test_view import PAGE, bodies, data_of, parse

from coordkg.queries.run import Source
from coordkg.visualize.map_network import MapNetwork
from coordkg.visualize.maps import MapRequest, network_view, ontology_view
from coordkg.visualize.ontology import ontology_network
from coordkg.visualize.view import (
    FOCUS_BORDER,
    FONT,
    PHYSICS_LIMIT,
    TIGHT,
    Page,
    network_of,
    render,
)

README = Path(__file__).parents[2] / "README.md"


def as_json(value: Any) -> Any:
    return json.loads(json.dumps(value))


def test_the_page_draws_the_networks_nodes_edges_and_options(two_plans: nx.MultiDiGraph) -> None:
    net = network_of(two_plans, PAGE)
    assert isinstance(net, Network)
    data = data_of(net.generate_html())
    assert data["nodes"] == as_json(net.nodes) and data["edges"] == as_json(net.edges)
    assert data["options"] == net.options and data["options"]["nodes"]["font"]["face"] == FONT
    assert set(data["options"]["groups"]) == {n["group"] for n in data["nodes"]}
    assert all("title" not in item for item in (*net.nodes, *net.edges))  # text is in cards


def test_every_node_and_edge_goes_through_pyvis(
    two_plans: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: dict[str, list[str]] = {"add_node": [], "add_edge": []}
    for name in calls:
        method = getattr(Network, name)

        def spy(self: Network, *args: Any, _m: Any = method, _n: str = name, **kw: Any) -> Any:
            calls[_n].append(str(args[0]))
            return _m(self, *args, **kw)

        monkeypatch.setattr(Network, name, spy)
    data = data_of(render(two_plans, PAGE))
    assert sorted(calls["add_node"]) == sorted(n["id"] for n in data["nodes"]) == sorted(two_plans)
    assert len(calls["add_edge"]) == len(data["edges"]) == two_plans.number_of_edges()


def test_the_template_is_coordkgs_own(two_plans: nx.MultiDiGraph) -> None:
    page = render(two_plans, PAGE)
    assert '<meta name="generator" content="coordkg">' in page
    assert not re.search(r"cdnjs\.cloudflare\.com|cdn\.jsdelivr\.net", page)  # pyvis's CDNs
    assert "<title>Coordination network &lt;b&gt;2020&lt;/b&gt; &amp; 2025</title>" in page


def test_a_notebook_shows_the_same_page_in_a_frame(two_plans: nx.MultiDiGraph) -> None:
    net = network_of(two_plans, PAGE)
    page = net.generate_html()
    shown = net._repr_html_()
    [(tag, attrs)] = parse(shown).tags
    assert tag == "iframe" and attrs["srcdoc"] == page  # the parser unescapes the attribute
    assert html.unescape(shown.split('srcdoc="')[1].split('"')[0]) == page
    assert net.generate_html(notebook=True) == page  # pyvis's notebook path, same template


def test_a_networks_file_is_the_page_in_utf8(two_plans: nx.MultiDiGraph, tmp_path: Path) -> None:
    net = network_of(two_plans, PAGE)
    path = tmp_path / "map.html"
    net.write_html(str(path))
    assert path.read_bytes() == net.generate_html().encode("utf-8")
    assert not (tmp_path / "lib").exists()  # pyvis's "local" mode copies its lib folder


def test_a_notebook_gets_a_network_of_a_plan_and_of_the_ontology(source: Source) -> None:
    net = network_view(source, MapRequest(plan="2025"))
    assert isinstance(net, MapNetwork) and net.num_nodes() == 28 and net.num_edges() == 31
    assert net.heading == "Coordination network, plan 2025"
    onto = ontology_view()
    assert onto.num_nodes() == ontology_network().number_of_nodes()
    assert onto.options["physics"]["barnesHut"]["springLength"] == TIGHT.spring


def test_the_focus_is_fixed_at_the_centre_and_marked(source: Source) -> None:
    net = network_view(source, MapRequest(focus="IOM"))
    [focus] = [n for n in net.nodes if n.get("focus")]
    others = [n for n in net.nodes if not n.get("focus")]
    assert focus["name"] == "International Organization for Migration"
    assert (focus["x"], focus["y"], focus["fixed"]) == (0.0, 0.0, True)
    assert focus["color"]["border"] == FOCUS_BORDER and focus["borderWidth"] > 1
    assert focus["size"] > max(n["size"] for n in others)
    assert all("fixed" not in n and "borderWidth" not in n for n in others)


def test_a_large_maps_focus_is_at_the_origin() -> None:
    net = network_of(bodies(PHYSICS_LIMIT + 1), Page("big", "", focus="n7"))
    [focus] = [n for n in net.nodes if n.get("focus")]
    assert focus["id"] == "n7" and (focus["x"], focus["y"]) == (0.0, 0.0)
    assert len({(n["x"], n["y"]) for n in net.nodes}) == net.num_nodes()
