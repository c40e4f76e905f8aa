"""The catalogue's answers, computed once per graph and read back instead of asked again.

A store generation never changes once live, so the answer to a catalogue question asked with
no parameters (every plan, every organisation) is the same for every reader until the next
build. Those are the costly questions at scale — at 1,000 plans they return up to 35,000 rows
and take seconds in any SPARQL engine — so they are computed before the generation goes live
(:mod:`coordkg.queries.precompute`) and kept beside it as JSON, one file per question.

An answer is used only if it was computed by the same query text: a changed ``.rq`` file (a
new coordkg) makes it stale, and a missing, unreadable or malformed file is simply not used —
the question then goes to the SPARQL engine, which is always right, only slower.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

from coordkg.queries.catalogue import Query
from coordkg.queries.table import Table

FORMAT = 2


def digest(query: Query) -> str:
    """What an answer must have been computed from: this query text, in this file format."""
    return hashlib.sha256(f"{FORMAT}\n{query.text}".encode()).hexdigest()


def save(folder: Path, query: Query, table: Table) -> None:
    """Keep ``table`` as the answer to ``query`` (asked with no parameters) in ``folder``.

    Kept by column, each cell an index into one list of the distinct strings: a plan, a role
    or a quote recurs on many rows, so the file is a third of the size of plain rows and reads
    in half the time (measured on a 35,000-row answer: 33 ms instead of 75 ms).
    """
    strings: dict[str, int] = {}
    columns = [
        [strings.setdefault(row[i], len(strings)) for row in table.rows]
        for i in range(len(table.columns))
    ]
    data = {
        "query": query.name,
        "digest": digest(query),
        "names": table.columns,
        "strings": list(strings),
        "columns": columns,
        "rows": len(table.rows),
    }
    path = folder / f"{query.name}.json"
    path.write_bytes(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())


def load(folder: Path, query: Query) -> Table | None:
    """The kept answer to ``query``, or None when there is none this query can use."""
    try:
        text = (folder / f"{query.name}.json").read_bytes()
    except OSError:
        return None
    with _no_collector():
        return _table(text, digest(query))


def _table(text: bytes, expected: str) -> Table | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("digest") != expected:
        return None
    names, strings, columns, count = (data.get(k) for k in ("names", "strings", "columns", "rows"))
    if not (
        isinstance(names, list)
        and isinstance(strings, list)
        and isinstance(columns, list)
        and isinstance(count, int)
        and len(columns) == len(names)
        and all(isinstance(c, list) and len(c) == count for c in columns)
    ):
        return None
    try:
        cells = [_column(strings, c) for c in columns]
    except (IndexError, TypeError):
        return None
    return Table(tuple(names), tuple(zip(*cells, strict=True)) if cells else ())


def _column(strings: list[str], indices: list[int]) -> tuple[str, ...]:
    if len(indices) < 2:  # itemgetter of one index gives the item, of none fails
        return tuple(strings[i] for i in indices)
    return itemgetter(*indices)(strings)  # type: ignore[no-any-return]


@contextlib.contextmanager
def _no_collector() -> Iterator[None]:
    """Reading an answer makes tens of thousands of small containers, all new and all kept:
    the garbage collector's passes over them (most of the time taken) would find nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
