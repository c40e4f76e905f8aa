"""The catalogue's answers, computed once per graph and read back instead of asked again.

A store generation never changes once live, so the answer to a catalogue question asked with
no parameters (every plan, every organisation) is the same for every reader until the next
build. Those are the costly questions at scale — at 1,000 plans they return up to 35,000 rows
and take seconds in any SPARQL engine — so the command that wrote the generation computes them
once it is live (:mod:`coordkg.queries.precompute`) and the store keeps them beside it, one file
per question. A question asked
with parameters is answered from the same file, filtered (:mod:`coordkg.queries.select`).

An answer is used only if it was computed by the same query text: a changed ``.rq`` file (a
new coordkg) makes it stale, and a missing, unreadable or malformed file is simply not used —
the question then goes to the SPARQL engine, which is always right, only slower.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import sys
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from coordkg.queries.catalogue import Query
from coordkg.queries.table import Table

FORMAT = 3
INDEX = next(code for code in "IL" if array(code).itemsize == 4)  # unsigned 32-bit


class Damaged(ValueError):
    """A kept answer's columns point outside its strings."""


@dataclass(frozen=True)
class Answer:
    """A kept answer as stored: column names, the distinct strings of all cells, and each
    column as indices into those strings (rows are built only for the cells asked for)."""

    names: tuple[str, ...]
    strings: list[str]
    columns: tuple[array[int], ...]

    def __len__(self) -> int:
        return len(self.columns[0]) if self.columns else 0

    def column(self, name: str) -> array[int]:
        return self.columns[self.names.index(name)]

    def table(self, names: Sequence[str], rows: Sequence[int] | None = None) -> Table:
        """The table of columns ``names`` (all rows, or the rows numbered ``rows``).

        Raises:
            Damaged: an index points outside the strings.
        """
        with _no_collector():
            try:
                cells = [self._cells(self.column(n), rows) for n in names]
            except IndexError:
                raise Damaged("a cell points outside the strings") from None
            return Table(tuple(names), tuple(zip(*cells, strict=True)) if cells else ())

    def _cells(self, column: array[int], rows: Sequence[int] | None) -> tuple[str, ...]:
        indices: Sequence[int] = column if rows is None else [column[r] for r in rows]
        if len(indices) < 2:  # itemgetter of one index gives the item, of none fails
            return tuple(self.strings[i] for i in indices)
        return itemgetter(*indices)(self.strings)  # type: ignore[no-any-return]


def digest(query: Query) -> str:
    """What an answer must have been computed from: this query text, in this file format."""
    return hashlib.sha256(f"{FORMAT}\n{query.text}".encode()).hexdigest()


def save(folder: Path, query: Query, table: Table) -> None:
    """Keep ``table`` as the answer to ``query`` (asked with no parameters) in ``folder``.

    The file is one line of JSON (names, digest, the distinct strings), then each column as
    little-endian 32-bit indices into the strings. A plan, a role or a quote recurs on many
    rows, so the file is a third of the size of plain rows; and the indices load as one block
    (measured on a 35,000-row answer: 0.1 ms, where a JSON list of them took 17 ms).
    """
    strings: dict[str, int] = {}
    columns = tuple(
        array(INDEX, [strings.setdefault(row[i], len(strings)) for row in table.rows])
        for i in range(len(table.columns))
    )
    keep(folder, query, Answer(table.columns, list(strings), columns))


def keep(folder: Path, query: Query, answer: Answer) -> None:
    """Keep ``answer`` as the answer to ``query`` in ``folder`` (in the form :func:`save`
    describes)."""
    head = {
        "query": query.name,
        "digest": digest(query),
        "names": answer.names,
        "rows": len(answer),
        "strings": answer.strings,
    }
    body = b"".join(_little(c).tobytes() for c in answer.columns)
    path = folder / f"{query.name}.kept"
    path.write_bytes(
        json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" + body
    )


def load(folder: Path, query: Query) -> Answer | None:
    """The kept answer to ``query``, or None when there is none this query can use."""
    try:
        text = (folder / f"{query.name}.kept").read_bytes()
    except OSError:
        return None
    with _no_collector():
        return _answer(text, digest(query))


def _answer(text: bytes, expected: str) -> Answer | None:
    head_text, _, body = text.partition(b"\n")  # JSON never writes a raw newline
    try:
        head = json.loads(head_text)
    except ValueError:
        return None
    if not isinstance(head, dict) or head.get("digest") != expected:
        return None
    names, strings, count = (head.get(k) for k in ("names", "strings", "rows"))
    if not (
        isinstance(names, list)
        and all(isinstance(n, str) for n in names)
        and isinstance(strings, list)
        and all(isinstance(s, str) for s in strings)
        and isinstance(count, int)
        and count >= 0
        and len(body) == 4 * count * len(names)
    ):
        return None
    indices = _little(array(INDEX, body))
    columns = tuple(indices[i * count : (i + 1) * count] for i in range(len(names)))
    return Answer(tuple(names), strings, columns)


def _little(column: array[int]) -> array[int]:
    """The same indices in little-endian order (a no-op on little-endian machines)."""
    if sys.byteorder == "big":
        column = array(INDEX, column)
        column.byteswap()
    return column


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
