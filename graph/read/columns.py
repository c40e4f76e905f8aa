"""Put two-column PDF text back in reading order: the left column, then the right one.

A PDF page set in two columns (body text beside a side box of key figures, or two columns of
prose) is extracted line by line across the page, so each line holds the end of a left-column
line, a run of spaces, and a right-column line.  Read as it comes, a sentence of the body is cut
by the side box's words at every line.  A region is read as two columns when at least three
lines split at the same column and one of the columns is wrapped prose (a line goes on in
lower case on the next one); a table ("Protection      3,000,000") or a label block
("Budget:      $13,250,000") has no prose column and keeps its rows, so a row's label and its
value stay on one line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_TOLERANCE = 2  # PDF extraction shifts a column by a character or two
_LEAST_SPLITS = 3
_PROSE_LINE = 25  # shorter pieces are cells or figures, not lines of a wrapped paragraph
_WRAP_SHARE = 0.72  # as for a page's width (text.py): 72 % of the widest line
_CANDIDATES = 4  # columns tried, most frequent first: enough for a page or two of layouts
_CONTINUES_AFTER = re.compile(r"(?:\b(?:of|and|or|the|a|an|to|for|in|on|with|by|from|at)|-)$")


@dataclass(frozen=True)
class Fragment:
    """A piece of a raw line in reading order: its offset in the raw text, its text, and for
    a column's piece the width past which the column's lines are wrapped (0 elsewhere)."""

    start: int
    text: str
    wrap: int = 0


@dataclass
class _Line:
    start: int
    text: str
    lead: int
    gaps: list[tuple[int, int]]  # (where the run of spaces starts, where the next text starts)


def _split_at(line: _Line, column: int) -> tuple[int, int] | None:
    return next((g for g in line.gaps if abs(g[1] - column) <= _TOLERANCE), None)


def _fits(line: _Line, column: int) -> bool:
    """Whether a line belongs to a region split at ``column``: split there, blank, only in
    the right column, or only in the left one (ending before the column, with no other gap)."""
    body = line.text.rstrip()
    return (
        not body.strip()
        or _split_at(line, column) is not None
        or line.lead >= column - _TOLERANCE
        or (not line.gaps and len(body) < column - _TOLERANCE)
    )


def _parts(line: _Line, column: int) -> tuple[Fragment, Fragment]:
    """The left and right parts of a line of a two-column region (empty ones for a blank)."""
    body = line.text.rstrip()
    split = _split_at(line, column)
    if split is not None:
        return (
            Fragment(line.start + line.lead, body[line.lead : split[0]]),
            Fragment(line.start + split[1], body[split[1] :]),
        )
    if body.strip() and line.lead >= column - _TOLERANCE:
        return Fragment(line.start, ""), Fragment(line.start + line.lead, body[line.lead :])
    return Fragment(line.start + line.lead, body[line.lead :]), Fragment(line.start, "")


def _wrapped_pairs(column: list[Fragment]) -> int:
    """How often a line of prose length goes on in the column's next line, as prose does
    (a table's short cells in lower case do not count)."""
    texts = [f.text.strip() for f in column]
    return sum(
        len(a) >= _PROSE_LINE and bool(b) and (b[0].islower() or bool(_CONTINUES_AFTER.search(a)))
        for a, b in pairwise(texts)
    )


def _is_two_columns(region: list[_Line], column: int) -> bool:
    split = [ln for ln in region if _split_at(ln, column) is not None]
    if len(split) < _LEAST_SPLITS:
        return False
    labels = sum(_parts(ln, column)[0].text.rstrip().endswith(":") for ln in split)
    if 2 * labels >= len(split):
        return False  # a label block: "Budget:      $13,250,000"
    if 2 * sum(len(ln.gaps) > 1 for ln in split) > len(split):
        return False  # a table of three columns or more
    left, right = zip(*(_parts(ln, column) for ln in region), strict=True)
    return max(_wrapped_pairs(list(left)), _wrapped_pairs(list(right))) >= 2


def _regions(lines: list[_Line], column: int, taken: list[bool]) -> list[tuple[int, int]]:
    """Runs of lines (first, past-last) that fit ``column`` from a split line to the end of
    the left column's paragraph after the last one, among lines no other region took."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if taken[i] or _split_at(lines[i], column) is None:
            i += 1
            continue
        first, last = i, i
        j = i
        while j < len(lines) and not taken[j] and _fits(lines[j], column):
            if _split_at(lines[j], column) is not None or lines[j].lead >= column - _TOLERANCE:
                last = j
            j += 1
        end = last + 1
        while end < j and lines[end].text.strip():  # the left paragraph goes on below
            end += 1
        if _is_two_columns(lines[first:end], column):
            found.append((first, end))
        i = max(j, i + 1)
    return found


def reading_order(raw: str) -> list[Fragment]:
    """The raw text's lines in reading order, two-column regions read column by column.

    Args:
        raw: the normalised raw text.

    Returns:
        One fragment per line (or per column of a line), blank ones included, in the order
        a reader reads them; a document without columns gives its lines unchanged.
    """
    lines: list[_Line] = []
    pos = 0
    for text in raw.split("\n"):
        lead = len(text) - len(text.lstrip())
        gaps = [(m.start(), m.end()) for m in _GAP.finditer(text)]
        lines.append(_Line(pos, text, lead, gaps))
        pos += len(text) + 1
    votes = Counter(g[1] for ln in lines for g in ln.gaps)
    taken = [False] * len(lines)
    regions: dict[int, tuple[int, int]] = {}
    for column, n in votes.most_common(_CANDIDATES):
        if n < _LEAST_SPLITS:
            break
        for first, end in _regions(lines, column, taken):
            regions[first] = (end, column)
            taken[first:end] = [True] * (end - first)
    out: list[Fragment] = []
    i = 0
    while i < len(lines):
        if i not in regions:
            out.append(Fragment(lines[i].start, lines[i].text))
            i += 1
            continue
        end, column = regions[i]
        left, right = zip(*(_parts(ln, column) for ln in lines[i:end]), strict=True)
        out += [*_wrapped(left), Fragment(lines[i].start, ""), *_wrapped(right)]
        i = end
    return out


def _wrapped(column: tuple[Fragment, ...]) -> list[Fragment]:
    """A column's pieces with its wrap width: lines this close to the column's widest one
    were cut by the column's edge, not ended by the writer."""
    wrap = int(_WRAP_SHARE * max(len(f.text) for f in column))
    return [Fragment(f.start, f.text, wrap) for f in column]
