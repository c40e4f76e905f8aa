"""Seconds per MB of reading (cleaning and every extraction rule) from 0.1 to 10 MB.

    python tests/benchmarks/bench_reading.py [--sizes 0.1,0.3,1,3,10] [--small]

``--small`` reads 0.05 and 0.1 MB only: a check that the benchmark runs, for the test suite.

Each shape is written out to each size and read once; the Markdown table on stdout gives
seconds per MB, which stays flat when reading is linear (progress goes to stderr). Shapes:
plan-like text (the paragraphs of the bundled and blind plans, shuffled and repeated), one
role sentence per line, the same sentences on a single line, bullet lines under a lead-in,
sentences of 20,000 capitalised words, and nested ``<div>``s (an HTML page).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from coordkg.graph.extract.document import extract
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.read.html import main_text
from coordkg.graph.read.readers import document_from_text, read_document

ROOT = Path(__file__).resolve().parents[2]
MB = 1_000_000
HOLDERS = ("IOM", "UNHCR", "UNICEF", "WFP", "NRC", "OCHA")


def _plan_paragraphs() -> list[str]:
    folders = (ROOT / "graph" / "documents", ROOT / "tests" / "generalisation")
    paths = [p for f in folders for p in sorted(f.iterdir()) if p.suffix in (".txt", ".md")]
    return [p for path in paths for p in read_document(path)[0].raw.split("\n\n") if p.strip()]


def _fill(size: int, piece: Callable[[int], str], sep: str = "") -> str:
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        parts.append(piece(i))
        total += len(parts[-1]) + len(sep)
        i += 1
    return sep.join(parts)


def _role(i: int) -> str:
    group = f"{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{i}"
    return f"{HOLDERS[i % len(HOLDERS)]} co-leads the {group} Working Group."


def shapes() -> dict[str, Callable[[int], str]]:
    """Each shape's text of about ``size`` characters (HTML for the page shape)."""
    paragraphs = _plan_paragraphs()

    def plans(size: int) -> str:
        rng = random.Random(size)
        return _fill(size, lambda _: rng.choice(paragraphs), "\n\n") + "\n"

    caps = [
        "Alpha",
        "Beta",
        "Working",
        "Group",
        "Gamma",
        "Delta",
        "Task",
        "Force",
        "Epsilon",
        "State",
    ]
    sentence = " ".join(caps[i % len(caps)] for i in range(20_000)) + ".\n"
    return {
        "plan-like text": plans,
        "role sentence per line": lambda size: _fill(size, _role, "\n") + "\n",
        "one line (no line breaks)": lambda size: _fill(size, _role, " ") + "\n",
        "bullet lines": lambda size: (
            "IOM co-leads the following groups:\n"
            + _fill(size, lambda i: f"- the Alpha{i} Working Group", "\n")
            + "\n"
        ),
        "20,000-word sentences": lambda size: sentence * max(1, round(size / len(sentence))),
        "nested <div>s (HTML)": lambda size: (
            "<main>"
            + "<div>" * (size // 11)
            + "IOM co-leads the X Working Group."
            + "</div>" * (size // 11)
            + "</main>"
        ),
    }


def read(text: str) -> None:
    if text.startswith("<main>"):
        text = main_text(text)
    extract(document_from_text(text, "bench"), Resolver())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,0.3,1,3,10", help="document sizes in MB")
    parser.add_argument("--small", action="store_true", help="sizes 0.05 and 0.1 MB only (CI)")
    args = parser.parse_args(argv)
    sizes = [0.05, 0.1] if args.small else [float(s) for s in args.sizes.split(",")]
    read(_fill(10_000, _role, "\n"))  # compile the rules' patterns before any timing
    started = time.perf_counter()
    rows: list[str] = []
    for name, make in shapes().items():
        cells: list[str] = []
        for mb in sizes:
            text = make(int(mb * MB))
            print(f"{name}: {len(text) / MB:.1f} MB", file=sys.stderr, flush=True)
            start = time.perf_counter()
            read(text)
            cells.append(f"{(time.perf_counter() - start) / (len(text) / MB):.1f}")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    print("| shape | " + " | ".join(f"{mb:g} MB" for mb in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    print("\n".join(rows))
    print(
        f"\nSeconds per MB of text read; the whole run took {time.perf_counter() - started:.0f} s."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
