"""Where each missed role row of a split is lost: in finding names, in linking them, or after.

``evaluate.py`` says which gold rows are missing; this says why, from the extraction of the
same document, so that a round of rules starts from the largest cause rather than from the
last page read::

    python tests/diagnose.py tests/generalisation/seen5 [more folders] [--rows]

Each missing row falls in one class, tried in this order:

- ``holder``: the holder is no mention of the document (its body is one);
- ``body``: the body is no mention (its holder is one);
- ``both``: neither is;
- ``link``: both are mentions, but no role claim has that holder and that body;
- ``value``: a claim links them, with another role (family) or another scope;
- ``other``: a claim says the row, yet the row is missing from the answer (name matching,
  what the build keeps).

A name "is a mention" when some mention's entity goes by it: its name, acronym, the way a
mention writes it, or a reference alias, compared as the gold is (``goldmatch.norm``).
``holder`` and ``body`` rows are also marked ``written`` when the gold name occurs in the text
as the gold writes it (then a name rule missed it; else the text names it another way).
Held-out splits are never passed to this script.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from evaluate import documents, family, score_document
from goldmatch import ExtractionNames, norm

from coordkg.graph.extract.document import extract
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.model import Extraction
from coordkg.graph.read.readers import read_document

CLASSES = ("holder", "body", "both", "link", "value", "other")


@dataclass(frozen=True)
class Miss:
    """A missed gold row, its class, and whether a missing name is written as the gold has it."""

    doc: str
    holder: str
    role: str
    body: str
    scope: str
    cause: str
    written: bool = False


def _written(name: str, text: str) -> bool:
    words = norm(name).split()
    return bool(words) and bool(re.search(r"\b" + r"\W+".join(map(re.escape, words)), norm(text)))


def classify(
    row: tuple[str, str, str, str], ex: Extraction, names: ExtractionNames | None = None
) -> str:
    """The class (see the module docstring) of a missed (holder, role, body, scope) row."""
    holder, role, body, scope = row
    names = names or ExtractionNames(ex.mentions)
    has_holder, has_body = names.named(holder), names.named(body)
    if not has_holder or not has_body:
        return "both" if not (has_holder or has_body) else ("holder" if has_body else "body")
    linked = [c for c in ex.roles if names.same(holder, c.holder) and names.same(body, c.body)]
    if not linked:
        return "link"
    if any(family(c.role) == family(role) and names.same_scope(scope, c.scope) for c in linked):
        return "other"
    return "value"


def diagnose(folder: Path, workdir: Path) -> list[Miss]:
    """Every missed role row of the documents of ``folder`` (role families), classified."""
    out: list[Miss] = []
    for path in documents(folder):
        tally, _ = score_document(path, workdir, families=True)
        if not tally.missing:
            continue
        doc, encoding = read_document(path)
        ex = extract(doc, Resolver(), encoding)
        names = ExtractionNames(ex.mentions)
        for _, holder, role, body, scope in tally.missing:
            cause = classify((holder, role, body, scope), ex, names)
            lost = {"holder": holder, "body": body}.get(cause)
            written = bool(lost and _written(lost, ex.document.text))
            out.append(Miss(path.name, holder, role, body, scope, cause, written))
    return out


def table(rows: dict[str, list[Miss]]) -> str:
    """A Markdown table of the classes per split, with a total row."""
    head = ["split", "missed", *CLASSES, "holder/body written as in gold"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for split, misses in [*rows.items(), ("total", [m for ms in rows.values() for m in ms])]:
        counts = Counter(m.cause for m in misses)
        written = sum(m.written for m in misses)
        cells = [split, str(len(misses)), *(str(counts[c]) for c in CLASSES), str(written)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    rows: dict[str, list[Miss]] = {}
    for arg in (a for a in argv if not a.startswith("--")):
        with tempfile.TemporaryDirectory() as tmp:
            rows[Path(arg).name] = diagnose(Path(arg), Path(tmp))
    print(table(rows))
    if "--rows" in argv:
        for split, misses in rows.items():
            for m in misses:
                mark = " (written)" if m.written else ""
                print(
                    f"{split}\t{m.cause}{mark}\t{m.doc}\t{m.holder} | {m.role} | {m.body} | "
                    f"{m.scope}"
                )


if __name__ == "__main__":
    main(sys.argv[1:])
