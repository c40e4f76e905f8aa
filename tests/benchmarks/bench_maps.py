"""Benchmark: how long a map takes to generate, and until its layout is still in Chromium.

Why this exists: the maps issue measured that a 5,000-node pyvis page with default physics had
not settled after five minutes, and asked that a 1,000-node map be still and usable within a
few seconds.  This script draws synthetic coordination networks of 100, 1,000 and 5,000 nodes
through the view step (``coordkg.visualize.view.render``), writes each page, opens it from
``file://`` in Debian's headless Chromium with the network blocked, and prints one Markdown
table: generation time, page size, the layout used (browser physics, bounded, or positions
computed in Python) and the time from navigation until the page reports its layout still.
Numbers for a person to read, not assertions: the file has no ``test_`` functions, so pytest
does not collect it.

The synthetic networks look like coordination maps: a quarter of the nodes are organisations
(agencies, NGOs, ministries), the rest coordination bodies; each body has a lead or co-leads
picked with preferential attachment (a few organisations lead many bodies, as in real plans)
and a handful of members, and some bodies sit under others.

Run::

    python tests/benchmarks/bench_maps.py [--sizes 100,1000,5000] [--repeat 3] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import networkx as nx

from coordkg.visualize.browser import chromium, open_map, wait_until_still
from coordkg.visualize.maps import write_html
from coordkg.visualize.model import ROLE, Edge, Evidence, Node, add_edge, add_node
from coordkg.visualize.view import PHYSICS_LIMIT, Page, render

ACTORS = ("UNAgency", "InternationalNGO", "NationalNGO", "Ministry", "Government")
BODIES = ("Cluster", "WorkingGroup", "TechnicalWorkingGroup", "TaskForce", "Network")


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A coordination-like network of ``n`` nodes (deterministic for a seed)."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    actors = [f"a{i}" for i in range(max(2, n // 4))]
    bodies = [f"b{i}" for i in range(n - len(actors))]
    for i, a in enumerate(actors):
        add_node(g, Node(a, f"Organisation {i}", f"ORG{i}", ACTORS[i % len(ACTORS)]))
    for i, b in enumerate(bodies):
        add_node(g, Node(b, f"Coordination body {i}", "", BODIES[i % len(BODIES)]))
    weight = dict.fromkeys(actors, 1)

    def role(actor: str, body: str, link: str) -> None:
        sentence = f"{actor} is the {link} of {body}."
        add_edge(g, actor, body, Edge(ROLE, ((link,),), evidence=(Evidence("2025", sentence),)))
        weight[actor] += 1

    for b in bodies:
        leads = rng.choices(actors, weights=[weight[a] for a in actors], k=rng.choice((1, 2)))
        for a in set(leads):
            role(a, b, "lead" if len(set(leads)) == 1 else "co-lead")
        for a in rng.sample(actors, k=min(len(actors), rng.randint(0, 3))):
            if not g.has_edge(a, b):
                role(a, b, "member")
    for b in rng.sample(bodies, k=len(bodies) // 5):
        parent = rng.choice(bodies)
        if parent != b:
            add_edge(g, b, parent, Edge("subBodyOf", (("subBodyOf",),)))
    return g


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="keep the pages here")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    out = args.out or Path(tempfile.mkdtemp(prefix="coordkg-bench-maps-"))
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    with chromium() as browser:
        for n in sizes:
            g = synthetic(n)
            generate, still = [], []
            for _ in range(args.repeat):
                started = time.perf_counter()
                path = out / f"synthetic-{n}.html"
                size = write_html(path, render(g, Page(f"Synthetic network of {n:,} nodes", "")))
                generate.append(time.perf_counter() - started)
                opened = open_map(browser, path)
                still.append(wait_until_still(opened.page, timeout=300) / 1000)
                assert not opened.refused and not opened.errors, (opened.refused, opened.errors)
                opened.close()
            print(f"{n} nodes done", file=sys.stderr)
            layout = "physics, bounded" if n <= PHYSICS_LIMIT else "Python positions, no physics"
            rows.append(
                f"| {n:,} | {g.number_of_edges():,} | {size / 1e6:.1f} | {layout} "
                f"| {statistics.median(generate):.2f} | {max(generate):.2f} "
                f"| {statistics.median(still):.2f} | {max(still):.2f} |"
            )
        chrome = browser.version
    print(
        f"Machine: Python {platform.python_version()}, networkx {version('networkx')}, "
        f"Chromium {chrome} (headless, no GPU), nproc {os.cpu_count()}, "
        f"{platform.system()} {platform.machine()}. "
        f"{args.repeat} runs per size; seconds, median and slowest."
    )
    print()
    print(
        "| nodes | links | page MB | layout | generate median | generate max "
        "| still median | still max |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
