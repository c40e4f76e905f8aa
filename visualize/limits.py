"""How big a map may be: one constant with no dependencies, so that the command line can show
it as ``--max-nodes``'s default without loading the map code (networkx, pyvis) at start-up."""

MAX_NODES = 5000
"""The largest map measured to settle quickly in a browser (tests/benchmarks/bench_maps.py:
5,000 nodes and 12,101 links, still after 1.4 s in headless Chromium); a bigger one, such as
every plan of a hub with thousands of distinct organisations, is refused with the ways to
narrow it rather than drawn untested."""
