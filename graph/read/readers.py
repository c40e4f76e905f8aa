"""Read a document file into text, refusing what is not text with a one-line reason.

Bad input is common (an empty export, a PDF renamed .txt, a Windows-1252 file, a 200 MB log)
and must never crash a build or half-write a graph, so every check happens here, before any
extraction, and raises ``DocumentError`` naming the file and the problem.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import tomllib
from pathlib import Path

from coordkg.errors import DocumentError, InputError
from coordkg.graph.folding import slug
from coordkg.graph.model import Document, DocumentMetadata
from coordkg.graph.read.html import looks_like_html, main_text
from coordkg.graph.read.pdf import pdf_text
from coordkg.graph.read.text import clean, normalise

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Largest document read by default (20 MiB of text is ~3,000 pages); set by ``--max-size``
or ``COORDKG_MAX_BYTES``."""

SUFFIXES = (".txt", ".md", ".text", ".markdown", ".pdf", ".html", ".htm")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SIGNATURES = {
    b"PK\x03\x04": "a ZIP archive (a .docx or .xlsx?)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_META_KEYS = ("title", "country", "period", "publisher", "date", "source")


def max_bytes_from_env() -> int:
    """The size limit: ``COORDKG_MAX_BYTES`` if set, else the default."""
    value = os.environ.get("COORDKG_MAX_BYTES")
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        limit = int(value)
    except ValueError:
        raise InputError("COORDKG_MAX_BYTES", f"not a whole number of bytes: {value!r}") from None
    if limit <= 0:
        raise InputError("COORDKG_MAX_BYTES", "must be a positive number of bytes")
    return limit


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Decode a file's bytes: a BOM decides; else UTF-8; else Windows-1252; else refuse.

    Returns:
        The text and the name of the encoding used.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    where,
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"({exc.reason} at byte {exc.start})",
                ) from None
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            raise DocumentError(
                where, f"is {what}, not a document coordkg reads (text, Markdown, HTML or PDF)"
            )
    if b"\x00" in data[:65536]:
        raise DocumentError(
            where, "is binary (it contains NUL bytes; UTF-16 needs a byte-order mark), not text"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            where,
            "is neither UTF-8 nor Windows-1252 text "
            f"(undecodable byte 0x{data[exc.start]:02x} at {exc.start})",
        ) from None
    return text, "windows-1252"


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_MD_BULLET = re.compile(r"^(\s*)[*+]\s+", re.M)


def markdown_text(text: str) -> str:
    """Markdown as plain text: headings and list items stay lines; links keep their words."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HEADING.sub("", text)
    return _MD_BULLET.sub(r"\1- ", text)


def _control_share(text: str) -> float:
    sample = text[:65536]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(1, len(sample))


def read_sidecar(path: Path) -> DocumentMetadata | None:
    """Metadata from ``<document>.meta.toml`` beside the document, if there is one."""
    sidecar = path.with_name(path.name + ".meta.toml")
    if not sidecar.is_file():
        return None
    try:
        data = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DocumentError(str(sidecar), f"is not valid TOML: {exc}") from None
    unknown = set(data) - set(_META_KEYS)
    if unknown:
        raise DocumentError(str(sidecar), f"has unknown keys: {', '.join(sorted(unknown))}")
    from coordkg.graph.extract.metadata import check_metadata

    meta = DocumentMetadata(**{k: str(data[k]) for k in _META_KEYS if k in data})
    return check_metadata(meta, str(sidecar))


def check_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """What can be told of a document file without reading it: that it exists, is a file, is
    not empty and not over ``max_bytes`` (so a build of many files fails on a bad one before
    reading the others).

    Raises:
        DocumentError: the file is missing, a directory, empty or too large.
    """
    where = str(path)
    if not path.exists():
        raise DocumentError(where, "no such file")
    if path.is_dir():
        raise DocumentError(where, "is a directory, not a document")
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(where, "is empty")
    if size > max_bytes:
        raise DocumentError(
            where,
            f"is {size / 1048576:.1f} MiB, over the size limit of {max_bytes / 1048576:.1f} MiB "
            "(raise it with --max-size or COORDKG_MAX_BYTES)",
        )


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Document, str]:
    """Read and clean one document file.

    Returns:
        The document (metadata from its sidecar file only; inference comes later) and the
        encoding it was read in.

    Raises:
        DocumentError: the file is missing, empty, too large, binary or undecodable.
    """
    where = str(path)
    check_file(path, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(where, f"cannot be read: {exc.strerror}") from None
    if data.startswith(b"%PDF"):
        text, encoding = pdf_text(data, where), "pdf"
    else:
        text, encoding = decode(data, where)
        if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
            text, encoding = main_text(text), f"html/{encoding}"
        elif path.suffix.lower() in (".md", ".markdown"):
            text = markdown_text(text)
    if not text.strip():
        raise DocumentError(where, "has no text (only white space)")
    if _control_share(text) > 0.01:
        raise DocumentError(where, "is binary (too many control characters), not text")
    doc = document_from_text(text, document_id(path), path.name, read_sidecar(path))
    return doc, encoding


def document_id(path: Path) -> str:
    """The id of the document a file holds, known before the file is read."""
    return slug(path.stem)


def document_from_text(
    text: str, doc_id: str, name: str = "", metadata: DocumentMetadata | None = None
) -> Document:
    """A document from text already decoded (a file's, a web page's, a test's)."""
    raw = normalise(text)
    cleaned = clean(raw)
    return Document(
        id=doc_id,
        path=name or doc_id,
        raw=raw,
        text=cleaned.text,
        origin=cleaned.origin,
        sha256=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        metadata=metadata or DocumentMetadata(),
    )


NOT_DOCUMENTS = re.compile(
    r"(readme|sources?|licen[cs]e|copying|notice|changelog|changes|history|contributing|authors)"
    r"(?:[-_. ].*)?",
    re.IGNORECASE,
)
"""Names of the notes a folder of documents keeps about itself (``README.md``, ``SOURCES-a.md``,
``LICENSE``, ``CHANGELOG.md``): read from a folder, they would each become a plan."""


def is_document(path: Path) -> bool:
    """Whether a file found in a folder named to a build is one of its documents."""
    return path.suffix.lower() in SUFFIXES and not NOT_DOCUMENTS.fullmatch(path.stem)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files named, and the documents inside directories named, in a stable order.

    Raises:
        InputError: a directory holds no document.
    """
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            inside = [f for f in _files(p) if is_document(f)]
            if not inside:
                raise InputError(
                    str(p), f"no documents in this directory (looked for {', '.join(SUFFIXES)})"
                )
            files.extend(inside)
        else:
            files.append(p)
    return files


def skipped(paths: list[Path]) -> list[Path]:
    """The files inside directories named that are not documents, which a build leaves out."""
    return [f for p in paths if p.is_dir() for f in _files(p) if not is_document(f)]


def _files(folder: Path) -> list[Path]:
    return sorted(f for f in folder.iterdir() if f.is_file())
