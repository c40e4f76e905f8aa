"""The hand-written gold of every split agrees with itself and with its document.

A gold row whose quote is not in its document, a role outside the scheme, a repeated key or a
co-holder without its mirrored row is an annotation slip that would silently move precision or
recall; these checks catch it without running coordkg (so they also hold for held-out splits).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pytest
from goldmatch import read_csv

HERE = Path(__file__).parent
SUFFIXES = (".txt", ".md", ".html")

#: The role values an annotator may write: the scheme's, and "convener", a word real pages insist
#: on that the splits kept as written (a co-facilitator is a co-coordinator, convention C7).
ROLES = {
    "lead",
    "co-lead",
    "chair",
    "co-chair",
    "coordinator",
    "co-coordinator",
    "secretariat",
    "member",
    "convener",
}


PIECES = re.compile(r"\s*(?:\.\.\.|…)\s*| \| ")
"""How a quote joins pieces of a document that are not adjacent ("A ... B", a table's "cell |
cell") or leaves out what follows ("A, B, ...")."""


def _plain(text: str) -> str:
    """Text without layout: tags, markup characters, line-end hyphens and all whitespace, so a
    quote written as one line matches a wrapped, hyphenated or marked-up document."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"-[ \t]*\n", "", text)
    return re.sub(r"[\s*_#|`]+", "", text)


def _quoted(quote: str, document: str) -> bool:
    return all(_plain(piece) in document for piece in PIECES.split(quote) if piece)


def documents() -> list[Path]:
    return sorted(
        p
        for p in HERE.rglob("*")
        if p.suffix in SUFFIXES
        and p.with_suffix(".roles.csv").exists()
        and not p.name.startswith(("README", "SOURCES", "CONSTRUCTIONS"))
    )


def _name(doc: Path) -> str:
    return str(doc.relative_to(HERE))


@pytest.mark.parametrize("doc", documents(), ids=_name)
def test_role_gold_is_consistent(doc: Path) -> None:
    text = _plain(doc.read_text(encoding="utf-8"))
    rows = read_csv(doc.with_suffix(".roles.csv"))
    keys = Counter((r["organization"], r["role"], r["body"], r["scope"]) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == [], "a key is written twice"
    assert {r["role"] for r in rows} <= ROLES
    assert [r["quote"] for r in rows if not _quoted(r["quote"], text)] == [], (
        "quote not in document"
    )
    stated = {(r["organization"], r["body"], r["scope"]) for r in rows}
    unmirrored = [
        (r["organization"], other)
        for r in rows
        for other in filter(None, (w.strip() for w in r["with"].split(";")))
        if (other, r["body"], r["scope"]) not in stated
    ]
    assert unmirrored == [], "a co-holder has no row of its own"


@pytest.mark.parametrize("doc", documents(), ids=_name)
def test_programme_gold_is_well_formed(doc: Path) -> None:
    path = doc.with_suffix(".programmes.csv")
    assert path.exists(), "every document has programme gold, header only when none"
    rows = read_csv(path)
    assert [r["funding_usd"] for r in rows if not r["funding_usd"].isdigit()] == []
    titles = Counter((r["objective"], r["programme"]) for r in rows)
    assert [t for t, n in titles.items() if n > 1] == []
