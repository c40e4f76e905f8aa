"""Commands import only what they use: start-up is most of a small command's time.

Issue 14 measured `coordkg ask` at 0.19 s, 80 % of it imports (rdflib, importlib.metadata) its
path never used, and `coordkg map` paying for scipy and numpy that only lay out maps above the
physics limit. Each command here runs in a fresh interpreter on the bundled plans' store and
reports which heavy modules it loaded; and a command's objects are frozen when it ends, so the
interpreter's shutdown does not pass the collector over them again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coordkg.graph.build import BuildSummary
from coordkg.graph.store.local import GraphStore

HEAVY = (
    "rdflib",
    "networkx",
    "scipy",
    "numpy",
    "pycountry",
    "spacy",
    "owlready2",
    "pyvis",
    "urllib.request",
    "importlib.metadata",
    "importlib.resources",
    "wcwidth",
    "logging",
    "socket",
    "coordkg.queries.narrow",
    "coordkg.queries.known",
)
"""Modules a question answered from its kept answer has no use for: the libraries of other
commands, wcwidth (plans' text is measured without it), importlib.resources (the catalogue is
read as files), logging (only ``--debug``), and the engine's own helpers."""

PROBE = """
import sys
from coordkg.cli import main
sys.argv = ["coordkg", *sys.argv[1:]]
try:
    main()
except SystemExit as end:
    assert not end.code, end.code
print(" ".join(m for m in HEAVY if m in sys.modules))
"""


def loaded(*args: str) -> set[str]:
    """The heavy modules a whole ``coordkg ARGS`` process imported."""
    code = f"HEAVY = {HEAVY!r}\n{PROBE}"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.splitlines()[-1].split())


@pytest.mark.parametrize(
    "command",
    [
        ("ask", "roles"),
        ("ask", "roles", "--org", "IOM", "--role", "co-lead"),
        ("ask", "programmes", "--format", "csv"),
        ("diff", "2020", "2025"),
    ],
)
def test_questions_import_nothing_heavy(
    command: tuple[str, ...], built: tuple[GraphStore, BuildSummary]
) -> None:
    assert loaded(*command, "--store", str(built[0].location)) == set()


def test_a_small_map_needs_no_numerical_layout_nor_rdflib(
    built: tuple[GraphStore, BuildSummary], tmp_path: Path
) -> None:
    out = f"{tmp_path}/map.html"
    assert not {"scipy", "numpy", "rdflib", "pycountry"} & loaded(
        "map", "--output", out, "--store", str(built[0].location)
    )


def test_a_command_leaves_its_objects_to_the_exit_not_to_the_collector(
    built: tuple[GraphStore, BuildSummary],
) -> None:
    # what main() made is frozen when it returns: the collector's passes at shutdown skip it
    code = (
        "import gc, sys\nfrom coordkg.cli import main\n"
        "sys.argv = ['coordkg', 'ask', 'plans', '--store', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint(gc.get_freeze_count())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(built[0].location)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.splitlines()[-1]) > 1000
