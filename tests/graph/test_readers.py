"""Bad input: every problem is one clear error naming the file, before anything is written."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from coordkg.errors import DocumentError, InputError
from coordkg.graph.read.readers import decode, expand_paths, read_document, skipped

GOOD = "IOM chairs the Returns Working Group (RWG) in Iraq.\n"


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    with pytest.raises(DocumentError, match="is empty") as exc:
        read_document(p)
    assert exc.value.where == str(p)


def test_white_space_only(tmp_path: Path) -> None:
    p = tmp_path / "blank.txt"
    p.write_text(" \n\t\n")
    with pytest.raises(DocumentError, match="no text"):
        read_document(p)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n\x00\x01binary", "is not a readable PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is a PNG image"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, message: str) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes(data)
    with pytest.raises(DocumentError, match=message):
        read_document(p)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="is a directory"):
        read_document(tmp_path)


def test_directory_without_documents(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="no documents in this directory"):
        expand_paths([tmp_path])


def test_a_folder_s_own_notes_are_not_documents(tmp_path: Path) -> None:
    names = ["plan-2024.txt", "README.md", "SOURCES-a.md", "LICENSE", "CHANGELOG.md", "gold.csv"]
    for name in names:
        (tmp_path / name).write_text("IOM co-leads the CCCM Cluster.\n")
    (tmp_path / "sources-of-funding.md").write_text("Donors and their shares.\n")
    assert expand_paths([tmp_path]) == [tmp_path / "plan-2024.txt"]
    assert [p.name for p in skipped([tmp_path])] == [
        "CHANGELOG.md",
        "LICENSE",
        "README.md",
        "SOURCES-a.md",
        "gold.csv",
        "sources-of-funding.md",
    ]
    # A file named on its own is read, whatever its name.
    assert expand_paths([tmp_path / "README.md"]) == [tmp_path / "README.md"]


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes(codecs.BOM_UTF16_LE + "Dohuk – Ninewa: IOM chairs the RWG.".encode("utf-16-le"))
    doc, encoding = read_document(p)
    assert encoding == "utf-16" and "Dohuk – Ninewa" in doc.text


def test_windows_1252_is_read(tmp_path: Path) -> None:
    p = tmp_path / "cp.txt"
    p.write_bytes("IOM’s “co-lead” role – Erbil".encode("cp1252"))
    doc, encoding = read_document(p)
    assert encoding == "windows-1252" and doc.text == "IOM’s “co-lead” role – Erbil"


def test_undecodable_bytes_are_refused_with_the_reason() -> None:
    with pytest.raises(DocumentError, match="neither UTF-8 nor Windows-1252"):
        decode(b"abc \x81\x8d\x8f def", "f.txt")


def test_utf16_without_bom_is_refused_with_a_hint(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes("IOM chairs".encode("utf-16-le"))
    with pytest.raises(DocumentError, match="UTF-16 needs a byte-order mark"):
        read_document(p)


def test_huge_file_is_refused_naming_the_limit_without_reading_it(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:  # a sparse 200 MB file: the size check must come before reading
        fh.truncate(200 * 1024 * 1024)
    with pytest.raises(DocumentError, match=r"over the size limit of 20\.0 MiB"):
        read_document(p, max_bytes=20 * 1024 * 1024)


def test_a_good_file_gets_an_id_from_its_name(tmp_path: Path) -> None:
    p = tmp_path / "My Plan 2024.txt"
    p.write_text(GOOD)
    doc, encoding = read_document(p)
    assert (doc.id, encoding) == ("my-plan-2024", "utf-8")
