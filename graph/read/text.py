"""Clean extracted text (PDF or web) into paragraphs, lines and sentences, keeping offsets.

PDF text arrives with every line wrapped at the page width, page breaks as runs of blank
lines inside sentences, and compound words split at a hyphen.  Web text arrives with one
paragraph per line and headings as short lines.  The cleaner joins what was wrapped and keeps
what is a heading, a figure or a list item on a line of its own.  Every character of the
cleaned text remembers its offset in the raw text, so evidence points at the real passage.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from coordkg.graph.model import Sentence
from coordkg.graph.read.columns import Fragment, reading_order

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
"""Month names, for dates ("February 13 2025") and for words that are not places ("In March,")."""

_SPACES = {
    # every space separator (Unicode category Zs) is a plain space: the cleaner squeezes runs of
    # plain spaces only, and a run of other spaces between them would reach the rules unsqueezed
    **dict.fromkeys(map(ord, "\u00a0\u1680\u202f\u205f\u3000"), " "),
    **dict.fromkeys(range(0x2000, 0x200B), " "),
    ord("\t"): "   ",  # a tab separates a table's cells, as a run of spaces does
}
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_TERMINAL = (".", ";", ":", "!", "?")
_BULLET = re.compile(
    r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013\u25e6\u2043\u00b7\u25ba\u27a2\u2713\uf0b7\uf0a7\uf0d8]"
    r"|\d{1,2}[.)]|[a-z]\)|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\))\s+"
)
_LABEL = re.compile(r"^[A-Z][\w'’&/-]*(?: [\w'’&/()-]+){0,3}:\s+\S")
"""A label line ("Co-lead: CARE", "Funding required: $X"): a line of its own, never the end of
the line above."""
_ANY_LABEL = re.compile(r"^[^\W\d_][\w'’&/-]*(?: [\w'’&/()-]+){0,3}:(?:\s+\S|\s*$)")
"""A label in any case, with its value or alone ("vice chair: CARE", "co-lead:"): a line of its
own after a label line or a list item, as a list of labels written in lower case goes on ("Chair:
UNHCR" / "vice chair: CARE"); elsewhere a lower-case one may be prose wrapped before its colon
("... is split into" / "ten sectors: ...")."""
_CONNECTOR_END = re.compile(
    r"\b(?:of|and|or|the|a|an|to|for|in|on|with|by|from|at|as|its|their|towards|including|"
    r"between|under|within|through|into|whose|which|that|&)$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_COLUMNS = re.compile(r"\S {3,}\S")
_RULE_LINE = re.compile(r"^\s*[-=_*~]{3,}\s*$")
_WORDS = re.compile(r"[^\W\d_]+")
_SQUEEZED = re.compile(r"(?<=[ \n]) +")


@dataclass(frozen=True)
class CleanText:
    """Cleaned text and, for each of its characters, the offset in the raw text."""

    text: str
    origin: tuple[int, ...]


def normalise(raw: str) -> str:
    """Unicode NFC, one kind of newline and of space (every space separator a plain one), no
    zero-width characters or soft hyphens; a tab becomes a run of spaces, as a column break in
    flattened tables is.

    The result is the document text that evidence offsets refer to.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.translate(_SPACES).translate(_ZERO_WIDTH)


def _is_wrapped_layout(lines: list[str]) -> tuple[bool, int]:
    """Tell PDF-like text (lines cut at a page width) from web-like text (a paragraph a line)."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if not lengths:
        return False, 0
    body = [n for n in lengths if 60 <= n <= 140]
    if len(body) < 0.4 * len(lengths):
        return False, 0
    return True, int(body[len(body) // 2] * 0.72)


def _joins(prev: str, nxt: str, wrapped: bool, width: int, blank_lines: int) -> str | None:
    """Decide how line ``prev`` continues into ``nxt``: "" (glue), " " (wrap) or None (break)."""
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n or _URL_LINE.match(p) or _URL_LINE.match(n) or _BULLET.match(n):
        return None
    if _LABEL.match(n) or n[0] == "|" or p[-1] == "|":
        return None  # a label line or a Markdown table row
    if _ANY_LABEL.match(n) and _labels_go_on(p, n, wrapped, width):
        return None  # "Chair: UNHCR" / "vice chair: CARE", "- UNHCR" / "vice chair:"
    if n[0] in "$€£" or p[-1] in "$":
        return None
    if blank_lines > 0:
        # A page break inside a sentence: the text goes on in lower case after the blank lines,
        # or the page ended on a word that cannot end a sentence ("... a member of the").
        continues = n[0].islower() or n[0] == "(" or _CONNECTOR_END.search(p)
        if blank_lines >= 2 and not p.endswith(_TERMINAL) and continues:
            return " "
        return None
    if p.endswith(("-", "/")) and len(p) > 1 and p[-2].isalpha() and n[0].isalpha():
        return ""  # "sub-" + "national", "Shelter/" + "NFI"
    if _COLUMNS.search(p) or _COLUMNS.search(n) or _RULE_LINE.match(p) or _RULE_LINE.match(n):
        return None  # a table row (columns separated by runs of spaces) or a ruled line
    if p.endswith(_TERMINAL):
        return None
    if n[0].islower() or n[0] in "(,)%":
        return " "
    if _CONNECTOR_END.search(p):
        return " "
    if wrapped and len(p) >= width:
        return " "
    return None


def _labels_go_on(p: str, n: str, wrapped: bool, width: int) -> bool:
    """Whether the label line ``n`` goes on a list of labels: after a label line, or alone
    after a list item (the item's holder, then the next label over its own items); never after
    a line cut at the page's width or on a small word, which wrapped a sentence."""
    listed = _ANY_LABEL.match(p) is not None or (
        _BULLET.match(p) is not None and n.rstrip().endswith(":")
    )
    return listed and not _CONNECTOR_END.search(p) and not (wrapped and len(p) >= width)


def _split_word(prev: str, nxt: str, vocabulary: set[str]) -> bool:
    """Whether a hyphen at a line end split a word the document writes whole elsewhere."""
    p = prev.rstrip()
    if not p.endswith("-"):
        return False
    head = _WORDS.findall(p[:-1])
    tail = _WORDS.findall(nxt)
    return bool(head and tail) and (head[-1] + tail[0]).lower() in vocabulary


def clean(raw: str) -> CleanText:
    """Join wrapped lines and page-broken sentences; keep headings and list items as lines.

    Args:
        raw: the normalised raw text (see ``normalise``).

    Returns:
        The cleaned text with its offset map into ``raw``.
    """
    fragments = reading_order(raw)
    wrapped, width = _is_wrapped_layout([f.text for f in fragments if not f.wrap])
    vocabulary = {w.lower() for w in _WORDS.findall(raw)}

    out: list[str] = []
    origin: list[int] = []

    def emit(chunk: str, start: int) -> None:
        out.append(chunk)
        origin.extend(range(start, start + len(chunk)))

    def emit_sep(sep: str, at: int) -> None:
        out.append(sep)
        origin.extend([at] * len(sep))

    prev: Fragment | None = None
    blanks = 0
    for fragment in fragments:
        start, line = fragment.start, fragment.text
        if not line.strip():
            blanks += 1
            continue
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        bstart = start + lead
        if prev is not None:
            pstart, pline = prev.start, prev.text
            # a column's piece wraps at the column's width, other lines at the page's
            join = _joins(pline, body, wrapped or bool(prev.wrap), prev.wrap or width, blanks)
            end_of_prev = pstart + len(pline.rstrip())
            if join is None:
                emit_sep("\n\n" if blanks else "\n", end_of_prev)
            elif join == " ":
                emit_sep(" ", end_of_prev)
            elif _split_word(pline, body, vocabulary):
                out[-1] = out[-1].rstrip()[:-1]  # "Shel-" + "ter": the hyphen only broke the line
                del origin[len(origin) - 1]
        emit(body, bstart)
        prev = fragment
        blanks = 0
    text = "".join(out)
    # Collapse runs of spaces, keeping the offset of the first character of each kept one: a
    # space right after a space or a line break goes (the one before it was kept, or went too
    # after a kept space or line break), cut out a run at a time rather than a character.
    kept: list[str] = []
    sorigin: list[int] = []
    last = 0
    for run in _SQUEEZED.finditer(text):
        kept.append(text[last : run.start()])
        sorigin.extend(origin[last : run.start()])
        last = run.end()
    kept.append(text[last:])
    sorigin.extend(origin[last:])
    sorigin.append(len(raw))
    return CleanText("".join(kept), tuple(sorigin))


# the stops that end no sentence: titles, months, "e.g.", and an initial
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|cf|No|Nos|Mr|Mrs|Ms|Dr|Rt|Hon|Prof|St|Ag|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|approx|incl|U\.S|U\.K|U\.N)\.|\b[A-Z]\.)$"
)
_LONGEST_ABBREVIATION = len("approx.")
# nor does a law's article before its number: "art. 6º da Medida Provisória" (a Brazilian decree
# cites its articles so); "the state of the art. The ..." ends one
_ARTICLE = re.compile(r"\b[Aa]rt\.(?=\s*\d)")
# a stop and a space before a capital; or a stop run into the next sentence's first word
# ("...the Internal Affairs.She named ..."), after a lower-case word and before a capitalised
# word a space or comma ends ("Nat.Res/tourism" and "U.S.Army" stay whole); a capital with an
# accent opens a sentence too ("... la sessão. É coordenado pelo ...", "... lundi. À Niamey, ...")
_SENTENCE_END = re.compile(
    r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9À-ÖØ-Þ])|(?<=[a-z][a-z])[.!?](?=[A-Z][a-z]+[ \t,])"
)


def sentences(text: str) -> Iterator[Sentence]:
    """Split cleaned text into sentences; every line break also ends one (headings, items)."""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in _SENTENCE_END.finditer(line):
            # an abbreviation is a few letters before the stop: look there only, or a line of
            # initials ("A. B. C. ...") is searched from its start at every stop
            stop = m.start() + 1
            if _ABBREVIATIONS.search(
                line, max(cut, stop - _LONGEST_ABBREVIATION), stop
            ) or _ARTICLE.match(line, max(cut, stop - len("art."))):
                continue
            yield from _sentence(line, start, cut, m.start() + 1 + (m.end() - m.start() - 1))
            cut = m.end()
        yield from _sentence(line, start, cut, len(line))


def _sentence(line: str, line_start: int, a: int, b: int) -> Iterator[Sentence]:
    chunk = line[a:b]
    lead = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    if chunk:
        s = line_start + a + lead
        yield Sentence(s, s + len(chunk), chunk)
