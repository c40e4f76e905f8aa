"""A store that is full or cannot be written fails a write with one line that says what happened
to it, exit 3, and the previous graph goes on answering."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from coordkg.cli import cli
from coordkg.errors import StoreError
from coordkg.graph.store.local import GraphStore

DOC = "IOM chairs the Returns Working Group (RWG) in Iraq.\n"
SECOND = "UNDP chairs the Durable Solutions Working Group (DSWG) in Somalia.\n"
ROLES = [("plan", "IOM", "chair", "RWG")]  # the one role DOC states


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def roles(store: Path) -> list[tuple[str, ...]]:
    code, out, err = run("ask", "roles", "--format", "csv", "--store", str(store))
    assert code == 0, err
    return [
        (r["plan"], r["organization_acronym"], r["role"], r["body_acronym"])
        for r in csv.DictReader(io.StringIO(out))
    ]


def contents(store: Path) -> list[str]:
    return sorted(p.name for p in store.iterdir() if p.name != ".writer.lock")


@pytest.fixture
def documents(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "plan.txt").write_text(DOC)
    (tmp_path / "second.txt").write_text(SECOND)
    return tmp_path / "plan.txt", tmp_path / "second.txt"


def failed_add(store: Path, second: Path, reason: str) -> None:
    """``coordkg add`` fails for ``reason`` with one line and exit 3, and leaves the graph."""
    before = contents(store)
    code, out, err = run("add", str(second), "--store", str(store))
    errors = [line for line in err.splitlines() if line.startswith("coordkg:")]
    assert code == 3 and out == "" and len(errors) == 1 and err.endswith(errors[0] + "\n"), err
    assert re.fullmatch(
        f"coordkg: error: {re.escape(str(store))}: {reason} writing generation "
        r"gen-\d{20}-\d+; the previous graph is intact",
        errors[0],
    ), err
    assert contents(store) == before


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOSPC, "no space left on device"), (errno.EROFS, "read-only file system")],
)
def test_a_write_that_fails_says_what_happened_to_the_store(
    tmp_path: Path,
    documents: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    reason: str,
) -> None:
    store = tmp_path / "store"
    assert run("build", str(documents[0]), "--store", str(store))[0] == 0
    before = roles(store)

    def fail(self: GraphStore, name: str) -> None:  # the last step: the graph is all written
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(GraphStore, "_swap", fail)
    failed_add(store, documents[1], reason)
    assert roles(store) == before == ROLES


def test_oxigraphs_errors_are_named_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """RocksDB's messages carry no errno, only the C library's words."""
    message = "IO error: No space left on device: While appending to file: gen-1/000012.sst"

    def fail(self: GraphStore, name: str) -> None:
        raise OSError(message)

    monkeypatch.setattr(GraphStore, "_swap", fail)
    with pytest.raises(StoreError) as raised:
        GraphStore(tmp_path / "store").write([])
    assert raised.value.where == str(tmp_path / "store")
    assert re.fullmatch(
        r"no space left on device writing generation gen-\d{20}-\d+; no graph was made",
        raised.value.problem,
    )


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A small file system of its own at ``folder`` (as root, where Linux allows it)."""
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        problem = f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}"
        if os.environ.get("CI"):  # CI runs as root on a machine that mounts: never skip there
            pytest.fail(problem)
        pytest.skip(problem)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_full_store(tmp_path: Path, documents: tuple[Path, Path]) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        store = disk / "store"
        assert run("build", str(documents[0]), "--store", str(store))[0] == 0
        with contextlib.suppress(OSError), open(disk / "filler", "wb", buffering=0) as fh:
            while True:  # until the disk is full
                fh.write(b"\0" * 4096)
        failed_add(store, documents[1], "no space left on device")
        (disk / "filler").unlink()
        assert roles(store) == ROLES


def test_a_read_only_store(tmp_path: Path, documents: tuple[Path, Path]) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        store = disk / "store"
        assert run("build", str(documents[0]), "--store", str(store))[0] == 0
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        failed_add(store, documents[1], "read-only file system")
        assert roles(store) == ROLES  # and it is still read
