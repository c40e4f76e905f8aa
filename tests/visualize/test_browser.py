"""Maps in a real headless Chromium (Debian's), opened from file:// with the network blocked.

Screenshots go to tests/artifacts/ for a person to look at.  Text expectations quote the
plans (see test_model.py) or the injection document (documents/injection-plan-2030.txt).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox
import pytest

from coordkg.queries.run import Source
from coordkg.visualize.browser import Opened, open_map, wait_until_still
from coordkg.visualize.maps import (
    MapRequest,
    network_view,
    write_html,
    write_map,
    write_ontology_map,
)
from coordkg.visualize.model import node_of
from coordkg.visualize.view import Page, render

if TYPE_CHECKING:
    from playwright.sync_api import Browser
    from playwright.sync_api import Page as Tab

pytestmark = pytest.mark.browser

PAINTED = """() => {
  const canvas = document.querySelector('#map canvas');
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0) painted++;
  return painted / (pixels.length / 4);
}"""

NODE_POINT = """(label) => {
  const data = JSON.parse(document.getElementById('map-data').textContent);
  const node = data.nodes.find((n) => n.search.includes(label.toLowerCase()));
  const network = window.coordkgMap.network;
  const at = network.canvasToDOM(network.getPositions([node.id])[node.id]);
  const box = document.getElementById('map').getBoundingClientRect();
  return [box.left + at.x, box.top + at.y, node.id];
}"""


LABELS_ON_NODES = """(hubLinks) => {
  // Labelled links between nodes of at least hubLinks links whose label box meets the box
  // (shape and label) of a node the link does not join.
  const body = window.coordkgMap.network.body;
  const links = {};
  for (const e of Object.values(body.edges)) for (const n of [e.fromId, e.toId]) links[n] = (links[n] || 0) + 1;
  const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const found = [];
  for (const e of Object.values(body.edges)) {
    if (!e.options.label || links[e.fromId] < hubLinks || links[e.toId] < hubLinks) continue;
    const at = e.edgeType.getPoint(0.5);
    const { width, height } = e.labelModule.size;
    const box = { left: at.x - width / 2, right: at.x + width / 2, top: at.y - height / 2, bottom: at.y + height / 2 };
    for (const n of Object.values(body.nodes))
      if (n.id !== e.fromId && n.id !== e.toId && meet(box, n.shape.boundingBox))
        found.push([e.options.label, body.nodes[e.fromId].options.label, body.nodes[e.toId].options.label, n.options.label]);
  }
  return found;
}"""


@pytest.fixture(scope="module")
def pages(source: Source, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("maps")
    paths = {name: folder / f"{name}.html" for name in ("plan", "compare", "focus", "ontology")}
    write_map(source, MapRequest(plan="2025"), paths["plan"])
    write_map(source, MapRequest(compare=("2020", "2025")), paths["compare"])
    write_map(source, MapRequest(focus="MoMD", depth=2), paths["focus"])
    write_ontology_map(paths["ontology"])
    return paths


@pytest.fixture
def plan_map(browser: Browser, pages: dict[str, Path]) -> Iterator[Opened]:
    opened = open_map(browser, pages["plan"])
    wait_until_still(opened.page)
    yield opened
    opened.close()


def hover(page: Tab, label: str) -> str:
    """Move the mouse onto a node; the text of the tooltip that opens."""
    x, y, _ = page.evaluate(NODE_POINT, label)
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=4)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    return tooltip.inner_text()


def test_the_map_draws_offline_with_its_legend(plan_map: Opened, artifacts: Path) -> None:
    page = plan_map.page
    assert page.evaluate(PAINTED) > 0.005  # some of the canvas is drawn on
    legend = page.locator("#legend").inner_text()
    for entry in ("UN agency", "NGO", "government body", "coordination body", "co-lead", "chair"):
        assert entry in legend
    assert page.locator("#title").inner_text() == "Coordination network, plan 2025"
    page.screenshot(path=artifacts / "map-2025.png")
    assert plan_map.refused == [] and plan_map.errors == []


def test_search_finds_a_node(plan_map: Opened, artifacts: Path) -> None:
    page = plan_map.page
    page.fill("#search", "dstwg")
    first = page.locator("#results button").first
    assert first.inner_text() == "Durable Solutions Technical Working Group"
    page.press("#search", "Enter")
    _, _, dstwg = page.evaluate(NODE_POINT, "DSTWG")
    assert page.evaluate("window.coordkgMap.network.getSelectedNodes()") == [dstwg]
    details = page.locator("#details")
    assert details.is_visible()
    assert details.inner_text().startswith("×\nDurable Solutions Technical Working Group\n")
    page.fill("#search", "Ministry of Migration and Displaced")  # another name of the MoMD
    assert (
        page.locator("#results button").first.inner_text()
        == "Ministry of Migration and Displacement"
    )
    page.screenshot(path=artifacts / "map-2025-search.png")


def test_a_tooltip_gives_the_evidence(plan_map: Opened, artifacts: Path) -> None:
    text = hover(plan_map.page, "NRC")
    assert "Norwegian Refugee Council" in text and "NRC · international NGO" in text
    assert "in collaboration with UNDP and the Norwegian Refugee Council (NRC)" in text
    plan_map.page.screenshot(path=artifacts / "map-2025-tooltip.png")


def test_filters_hide_kinds_of_node(plan_map: Opened) -> None:
    """2025's government bodies: the five counterparts of "supports the GoI (particularly via
    the Prime Minister’s Office, the Ministry of Planning, and the Ministry of Migration and
    Displaced)", "the Government’s Office of National Security Advisor (ONSA)", "the Ministry
    of Labour and Social Affairs", and the co-chairing "Directorates of Health (DoHs)"."""
    page = plan_map.page
    visible = "window.coordkgMap.nodes.get({filter: (n) => !n.hidden}).length"
    before = page.evaluate(visible)
    page.locator('#filters input[value="government-body"]').uncheck()
    assert page.evaluate(visible) == before - 6
    assert page.locator('#filters input[data-kind="plan"]').count() == 0  # one plan only


def test_comparison_marks_changes(
    browser: Browser, pages: dict[str, Path], artifacts: Path
) -> None:
    opened = open_map(browser, pages["compare"])
    wait_until_still(opened.page)
    legend = opened.page.locator("#legend").inner_text()
    for entry in (
        "only in 2020",
        "only in 2025",
        "role changed from 2020 to 2025",
        "the same in both",
    ):
        assert entry in legend
    labels = opened.page.evaluate("window.coordkgMap.edges.get().map((e) => e.label)")
    assert "lead, co-lead → chair" in labels  # IOM and the Returns Working Group
    opened.page.screenshot(path=artifacts / "compare-2020-2025.png")
    assert opened.refused == [] and opened.errors == []
    opened.close()


def test_ontology_map_draws_legibly(
    browser: Browser, pages: dict[str, Path], artifacts: Path
) -> None:
    """At the zoom that fits the whole map in the window, node labels are at least 12 px high
    and link labels 9 px (spread like a coordination map, they were 5 and 4)."""
    opened = open_map(browser, pages["ontology"])
    wait_until_still(opened.page)
    assert opened.page.evaluate(PAINTED) > 0.005
    assert "sub-class of" in opened.page.locator("#legend").inner_text()
    node_px, edge_px = opened.page.evaluate(
        """() => { const net = window.coordkgMap.network, o = JSON.parse(
        document.getElementById('map-data').textContent).options;
        return [o.nodes.font.size * net.getScale(), o.edges.font.size * net.getScale()]; }"""
    )
    assert node_px >= 12 and edge_px >= 9, (node_px, edge_px)
    opened.page.screenshot(path=artifacts / "ontology.png")
    assert opened.refused == [] and opened.errors == []
    opened.close()


@pytest.mark.parametrize("name", ["plan", "compare", "focus"])
def test_link_labels_lie_on_no_other_node(
    name: str, browser: Browser, pages: dict[str, Path]
) -> None:
    """Labels of links between hubs (3 links or more) are clear of every other node and its
    label; on the plan's map, those of every link."""
    opened = open_map(browser, pages[name])
    wait_until_still(opened.page)
    assert opened.page.evaluate(LABELS_ON_NODES, 1 if name == "plan" else 3) == []
    opened.close()


def test_the_focus_is_drawn_at_the_centre(
    browser: Browser, pages: dict[str, Path], artifacts: Path
) -> None:
    opened = open_map(browser, pages["focus"])
    wait_until_still(opened.page)
    x, y, _ = opened.page.evaluate(NODE_POINT, "MoMD")
    box = opened.page.locator("#map").bounding_box()
    assert box is not None
    assert abs(x - (box["x"] + box["width"] / 2)) < box["width"] / 10
    assert abs(y - (box["y"] + box["height"] / 2)) < box["height"] / 10
    opened.page.screenshot(path=artifacts / "focus-momd.png")
    opened.close()


def test_a_notebook_shows_the_map_offline(
    browser: Browser, source: Source, tmp_path: Path, artifacts: Path
) -> None:
    """What a notebook puts in its page for a ``Network`` (its ``_repr_html_``), in a page
    with nothing else: the map draws inside its frame and nothing is fetched."""
    host = tmp_path / "notebook.html"
    cell = network_view(source, MapRequest(plan="2025"))._repr_html_()
    host.write_text(f"<!DOCTYPE html><html><body>{cell}</body></html>", encoding="utf-8")
    opened = open_map(browser, host)
    frame = opened.page.frames[1]
    wait_until_still(frame)  # type: ignore[arg-type]  # a frame evaluates as a page does
    assert frame.evaluate(PAINTED) > 0.005
    assert frame.locator("#title").inner_text() == "Coordination network, plan 2025"
    opened.page.screenshot(path=artifacts / "notebook.png")
    assert opened.refused == [] and opened.errors == []
    opened.close()


INJECTED_NAMES = {
    "Less < Script > Task Force",
    "Quoted \" & ' Single ' Working Group",
    'O\'Brien " Alpha " & Beta Task Force',
    "Img Working Group",
    "Script Working Group",
    "Ministry of Planning",
}
MARKUP = "#panel img, #panel script, #panel b, #details img, #details script, #details b, div.vis-tooltip img, div.vis-tooltip script, div.vis-tooltip b"


def test_markup_in_documents_stays_text(
    browser: Browser, injection: ox.Store, tmp_path: Path, artifacts: Path
) -> None:
    """With the page's Content-Security-Policy switched off, so that only the page's own
    escaping stands between the document and the browser: every tooltip opened, every
    details panel shown, searches for the markup typed, and no payload ran."""
    path = tmp_path / "injection.html"
    write_map(Source(injection), MapRequest(), path)
    opened = open_map(browser, path, bypass_csp=True)
    page = opened.page
    wait_until_still(page)
    names = set(
        page.evaluate(
            "JSON.parse(document.getElementById('map-data').textContent).nodes.map((n) => n.name)"
        )
    )
    assert names >= INJECTED_NAMES  # the extraction kept these names (see the document)
    texts = []
    for label in ("IOM", "LSTF", "QSWG", "OABTF", "IWG", "SWG", "Ministry of Planning"):
        texts.append(hover(page, label))
        x, y, _ = page.evaluate(NODE_POINT, label)
        page.mouse.click(x, y)
        texts.append(page.locator("#details").inner_text())
    page.fill("#search", "<script>")
    assert page.locator("#results button").first.inner_text() == "Less < Script > Task Force"
    page.locator("#results button").first.click()
    page.fill("#search", '"alpha"')  # as the plan writes the name, quotes and all
    page.press("#search", "Enter")
    texts.append(page.locator("#details").inner_text())
    assert texts[-1].startswith('×\nO\'Brien " Alpha " & Beta Task Force\n')
    everything = "\n".join(texts)
    assert (
        "IOM co-leads the Script Working Group (SWG) <script>window.__pwned=1</script> in Testland."
        in everything
    )
    assert 'see <img src=x onerror="window.__pwned=2">' in everything
    assert 'with <b onmouseover="window.__pwned=5">bold</b> text.' in everything
    assert "Ministry of Planning <img src=y onerror=window.__pwned=6>." in everything
    assert "Less <Script> Task Force (LSTF)" in everything  # the name as the plan writes it
    assert 'O\'Brien " Alpha " & Beta Task Force' in everything
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator(MARKUP).count() == 0
    page.screenshot(path=artifacts / "injection.png")
    assert opened.refused == [] and opened.errors == []
    opened.close()


def test_the_page_policy_blocks_injected_markup(browser: Browser, pages: dict[str, Path]) -> None:
    """The second line of defence: were markup ever to reach the page, it could not run."""
    opened = open_map(browser, pages["plan"])
    wait_until_still(opened.page)
    opened.page.evaluate(
        'document.body.insertAdjacentHTML(\'beforeend\', \'<img src="data:," onerror="window.__csp=1"><img src=x onerror="window.__csp=2">\')'
    )
    opened.page.wait_for_timeout(300)
    assert opened.page.evaluate("typeof window.__csp") == "undefined"
    assert any("Content Security Policy" in e for e in opened.errors)
    assert opened.refused == []
    opened.close()


def test_arabic_names_are_drawn_and_found(
    browser: Browser, two_plans: nx.MultiDiGraph, tmp_path: Path, artifacts: Path
) -> None:
    arabic = node_of(two_plans, "urn:momd").name
    path = tmp_path / "arabic.html"
    write_html(path, render(two_plans, Page("Coordination network <b>2020</b> & 2025", "")))
    opened = open_map(browser, path)
    wait_until_still(opened.page)
    assert opened.page.locator("#title").inner_text() == "Coordination network <b>2020</b> & 2025"
    opened.page.fill("#search", arabic.split()[1])
    assert opened.page.locator("#results button").first.inner_text() == arabic
    opened.page.screenshot(path=artifacts / "arabic.png")
    assert opened.refused == [] and opened.errors == []
    opened.close()
