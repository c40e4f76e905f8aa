"""The view step: one self-contained page, document text escaped once, UTF-8 on any locale."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx

from coordkg.visualize.maps import write_html
from coordkg.visualize.model import Edge, Node, add_edge, add_node, edges_of, node_of
from coordkg.visualize.view import PHYSICS_LIMIT, Page, render

PAGE = Page("Coordination network <b>2020</b> & 2025", "built today")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def parse(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    return tags


def data_of(page: str) -> dict[str, Any]:
    match = re.search(r'<script id="map-data" type="application/json">(.*?)</script>', page, re.S)
    assert match is not None
    value = json.loads(match.group(1))
    assert isinstance(value, dict)
    return value


def test_no_external_url_is_loaded(two_plans: nx.MultiDiGraph) -> None:
    page = render(two_plans, PAGE)
    tags = parse(page)
    for tag, attrs in tags.tags:
        for name in ("src", "href", "action", "data", "poster", "srcset"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//")), (tag, name, value)
    assert not [t for t, a in tags.tags if t == "link" or (t == "script" and "src" in a)]
    assert [t for t, _ in tags.tags].count("script") == 3  # data, vis-network, the page's own


def test_only_the_pages_own_scripts_may_run(two_plans: nx.MultiDiGraph) -> None:
    page = render(two_plans, PAGE)
    tags = parse(page)
    [csp] = [a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv")]
    assert (
        csp is not None and "default-src 'none'" in csp and "unsafe-inline" not in csp.split(";")[1]
    )
    for code in tags.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_document_text_cannot_leave_the_data_element(two_plans: nx.MultiDiGraph) -> None:
    page = render(two_plans, PAGE)
    [(_, _, nasty)] = [(s, t, e) for s, t, e in edges_of(two_plans) if e.evidence]
    sentence = nasty.evidence[1].sentence
    assert page.count("</script") == 3 and "<!--" not in page.split('id="map-data"')[1][:5000]
    assert "window.__pwned" in page and "<script>window.__pwned" not in page
    data = data_of(page)
    sentences = [s for e in data["edges"] for _, s in e["card"]["evidence"]]
    assert sentence in sentences  # escaped for the page, intact for the reader
    assert data["page"]["title"] == PAGE.title
    assert "<title>Coordination network &lt;b&gt;2020&lt;/b&gt; &amp; 2025</title>" in page


def test_comparison_labels_and_legend(two_plans: nx.MultiDiGraph) -> None:
    data = data_of(render(two_plans, PAGE))
    [changed] = [e for e in data["edges"] if e["status"] == "changed"]
    assert changed["label"] == "lead, co-lead → chair"
    assert [s["label"] for s in data["legend"]["statuses"]] == [
        "only in 2020",
        "role changed from 2020 to 2025",
    ]
    assert [f["key"] for f in data["legend"]["families"]] == [
        "un-agency",
        "government-body",
        "coordination-body",
    ]
    [iom] = [n for n in data["nodes"] if n["id"] == "urn:iom"]
    assert iom["label"] == "IOM" and iom["card"]["subtitle"] == "IOM · UN agency"


def test_arabic_survives_as_utf8_bytes(two_plans: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "map.html"
    write_html(path, render(two_plans, PAGE))
    raw = path.read_bytes()
    assert (
        node_of(two_plans, "urn:momd").name.encode("utf-8") in raw
        and b'<meta charset="utf-8">' in raw
    )


def test_written_as_utf8_under_the_c_locale(two_plans: nx.MultiDiGraph, tmp_path: Path) -> None:
    """pyvis writes with the locale's encoding; a map written under LANG=C must not change.
    (The text goes into the child as ASCII escapes: the C locale would mangle it in argv.)"""
    arabic = node_of(two_plans, "urn:momd").name
    script = (
        "import sys; from pathlib import Path; from coordkg.visualize.maps import write_html; "
        f"write_html(Path(sys.argv[1]), {'<p>' + arabic + '</p>'!a})"
    )
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    env.pop("PYTHONIOENCODING", None)
    path = tmp_path / "c.html"
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert path.read_bytes() == f"<p>{arabic}</p>".encode()


def bodies(n: int) -> nx.MultiDiGraph:
    """``n`` working groups, each a sub-body of the one at half its number: a map of any size."""
    g = nx.MultiDiGraph()
    for i in range(n):
        add_node(g, Node(f"n{i}", f"Body {i}", "", "WorkingGroup"))
        if i:
            add_edge(g, f"n{i}", f"n{i // 2}", Edge("subBodyOf", (("subBodyOf",),)))
    return g


def test_large_maps_get_positions_and_no_physics() -> None:
    g = bodies(PHYSICS_LIMIT + 1)
    data = data_of(render(g, Page("big", "")))
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    g.remove_node(f"n{PHYSICS_LIMIT}")
    data = data_of(render(g, Page("not so big", "")))
    assert data["options"]["physics"]["enabled"] is True and "x" not in data["nodes"][0]
    assert data["options"]["physics"]["stabilization"]["iterations"] <= 400
