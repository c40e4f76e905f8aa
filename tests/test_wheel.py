"""The built wheel carries the ontology, shapes, queries and documents: installed into a fresh
virtual environment, `coordkg build` works from there with no source tree beside it."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]

pytestmark = pytest.mark.slow


def sh(*args: str | Path, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, ROOT)
    [whl] = out.glob("coordkg-*.whl")
    return whl


def test_wheel_carries_the_data_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "coordkg/ontology/coordkg.ttl",
        "coordkg/ontology/shapes.ttl",
        "coordkg/ontology/vocabularies.ttl",
        "coordkg/queries/roles.rq",
        "coordkg/queries/programmes.rq",
        "coordkg/graph/documents/iom-iraq-crp-2020.txt",
        "coordkg/graph/documents/iom-iraq-crp-2025.txt",
        "coordkg/graph/documents/SOURCES.md",
        "coordkg/graph/extract/reference/organisations.toml",
        "coordkg/graph/extract/rules/roles.toml",
        "coordkg/visualize/page.html",
        "coordkg/visualize/page.js",
        "coordkg/visualize/page.css",
        "coordkg/web/static/editor.js",
        "coordkg/web/static/yasgui/yasgui.min.js",
        "coordkg/web/static/yasgui/yasgui.min.css",
        "coordkg/web/static/yasgui/LICENSE",
        "coordkg/queries/links.rq",
        "coordkg/queries/entities.rq",
        "coordkg/queries/documents.rq",
        "coordkg/graph/extract/rules/kinds.toml",
        "coordkg/cli.py",
    ):
        assert required in names, required
    assert not any(n.startswith(("coordkg/tests/", "tests/")) for n in names)


def test_installed_wheel_builds_and_answers(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    sh(bin_dir / "pip", "install", "--quiet", wheel)
    store = tmp_path / "store"
    out = sh(bin_dir / "coordkg", "build", "--store", store, cwd=tmp_path)
    assert "built 2 documents" in out
    csv = sh(
        bin_dir / "coordkg",
        "ask",
        "roles",
        "--org",
        "UNDP",
        "--format",
        "csv",
        "--store",
        store,
        cwd=tmp_path,
    )
    assert (
        "2025,United Nations Development Programme,UNDP,co-lead,Durable Solutions Task Force,DSTF"
        in csv
    )
