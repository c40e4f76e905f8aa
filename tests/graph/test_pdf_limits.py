"""Hostile and broken PDFs are bad input: one line naming the file and the reason, exit 2, soon.

The command-line cases run ``python -m coordkg`` in a child process, because what is on trial is
the process's real standard error: pypdf's log records reach it through ``logging``'s last
resort, which an in-process runner under pytest (whose log capture installs handlers) never
shows.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pdfmaker import flate_bomb_pdf, make_pdf, nested_dictionaries_pdf, page_tree_pdf

from coordkg.errors import DocumentError
from coordkg.graph.read.pdf import MAX_CONTENT_BYTES, MAX_PAGES
from coordkg.graph.read.readers import read_document

SECONDS = 30
"""Generous: each refusal below takes about a second here."""


def _truncated() -> bytes:
    whole = make_pdf([["IOM chairs the Returns Working Group."]])
    return whole[: len(whole) // 2]


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "million-pages.pdf": (
        lambda: page_tree_pdf(10, 6),
        "is a PDF past a limit of the PDF reader (Maximum page tree entry limit",
    ),
    "flate-bomb.pdf": (
        lambda: flate_bomb_pdf(100),
        "is a PDF past a limit of the PDF reader (Limit reached while decompressing",
    ),
    "deep.pdf": (
        lambda: nested_dictionaries_pdf(50_000),
        "is a PDF whose objects nest too deeply to read",
    ),
    "truncated.pdf": (_truncated, "is not a readable PDF (Stream has ended unexpectedly)"),
    "noise.pdf": (
        lambda: b"%PDF-1.7\n" + random.Random(12).randbytes(5000),
        "is not a readable PDF",
    ),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_pdfs_are_document_errors_naming_the_file(tmp_path: Path, name: str) -> None:
    make, message = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    assert refused.value.where == str(path) and refused.value.problem.startswith(message)


def test_a_million_page_tree_fits_in_a_small_file() -> None:
    assert len(page_tree_pdf(10, 6)) < 1500


def test_too_many_pages_are_refused_before_reading_them(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(page_tree_pdf(MAX_PAGES + 1, 1))
    with pytest.raises(DocumentError, match=r"is a PDF of 10,001 pages, over the limit of 10,000"):
        read_document(path)


def test_one_stream_drawn_on_every_page_counts_once_per_page(tmp_path: Path) -> None:
    # 4 pages draw the same 70 MiB stream (under pypdf's 75 MB per stream): 280 MiB > 256 MiB
    path = tmp_path / "shared.pdf"
    path.write_bytes(flate_bomb_pdf(70, pages=4))
    assert 4 * 70 * 2**20 > MAX_CONTENT_BYTES > 3 * 70 * 2**20
    with pytest.raises(DocumentError, match="pages hold over 256 MiB of content once inflated"):
        read_document(path)


def test_a_repaired_pdf_without_text_says_it_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.pdf"
    path.write_bytes(make_pdf([["Hello"]]).replace(b"/Contents 4 0 R", b"/Contents 40 0 R"))
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    assert refused.value.problem == (
        "is a damaged PDF: no text could be read past 1 fault (the first: Object 40 0 not defined)"
    )


def test_a_pdf_without_text_and_without_faults_is_a_scan(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]]))
    with pytest.raises(DocumentError, match="without a text layer"):
        read_document(path)


def _build(tmp_path: Path, document: Path) -> tuple[int, str, float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "coordkg", "build", "--store", str(tmp_path / "store"), document],
        capture_output=True,
        text=True,
        timeout=SECONDS * 4,
        check=False,
    )
    return done.returncode, done.stderr, time.monotonic() - started


@pytest.mark.parametrize("name", HOSTILE)
def test_the_command_refuses_each_in_one_line_with_exit_2(tmp_path: Path, name: str) -> None:
    make, message = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(make())
    code, err, seconds = _build(tmp_path, path)
    assert code == 2 and err.startswith(f"coordkg: error: {path}: {message}")
    assert err.count("\n") == 1 and err.endswith("\n") and seconds < SECONDS


@pytest.mark.parametrize(
    ("name", "shown"),
    # a newline; and the byte 0xff, not UTF-8, which Python names with a lone surrogate
    [("new\nline.txt", "new\\nline.txt"), ("bad\udcff.txt", "bad\\udcff.txt")],
)
def test_a_file_name_that_would_break_the_line_is_escaped(
    tmp_path: Path, name: str, shown: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    code, err, _ = _build(tmp_path, path)
    assert (code, err) == (2, f"coordkg: error: {tmp_path}/{shown}: is empty\n")


def test_a_library_message_quoting_the_file_at_length_is_cut(tmp_path: Path) -> None:
    path = tmp_path / "quoted.pdf"
    path.write_bytes(make_pdf([["Hello"]]).replace(b"/Type /Pages", b"/Type \\Pages"))
    with pytest.raises(DocumentError) as refused:
        read_document(path)
    first = refused.value.problem.partition("(the first: ")[2]
    assert first.startswith("PdfReadError(\"Invalid Elementary Object starting with b'")
    assert len(first) == 160 + len(")") and first.endswith("…)")
