"""The main text of a web page: the article, without menus, banners, cookie notices or footers.

Pages put the plan in ``<main>`` or ``<article>`` when they have one, and wrap the rest in
``<nav>``, ``<header>``, ``<footer>``, ``<aside>`` or elements whose role, class or id says so.
Headings, paragraphs, list items and table rows become lines of their own (list items keep a
"- " bullet), a term and its description one label line ("Lead: IOM"), so the cleaner and
the figure reader see the same shapes as in text documents.  A table row's cells are joined by
" | ", an empty cell included, so that a cell keeps the column of its header; a cell spanning
rows is repeated on each (a body beside its rows of places); line breaks inside a cell stay on
its row.
Short lines such as "$3,500,000 Funding required" are kept: they are the plan's figures.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "option",
        "iframe",
        "canvas",
        "dialog",
    ]
)
_SKIP_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "dialog"]
)
_SKIP_HINTS = re.compile(
    r"(?:^|[\s_-])(?:cookie|consent|gdpr|breadcrumbs?|menu|navbar|nav|footer|sidebar|share|social|"
    r"skip-link|newsletter|subscribe|banner|modal|popup)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "table",
        "tr",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figcaption",
        "caption",
        "address",
        "hr",
    ]
)
_MAX_ROWSPAN = 1000  # a page's rowspan="100000" spans what rows there are, not more
_SPAN_PARTS = 50  # pieces of a spanning cell's text kept for the rows below it
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)


class _MainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipping because of this element)
        self.skips = 0  # open elements that are skipped: counted, as pages nest 10⁵ deep
        self.main_depth = 0
        self.main_parts: list[str] = []
        self.after_term = False  # a <dt> just closed: its <dd> goes on the same line
        self.cell_depth = 0  # open <td>/<th>: breaks inside a cell stay on the row
        self.row_cells = 0  # cells opened in the current row
        self.open_cells: list[tuple[int, int, int]] = []  # (column, rowspan, first part)
        self.spans: dict[int, tuple[int, str]] = {}  # column -> (rows still to fill, its text)

    @property
    def skipping(self) -> bool:
        return self.skips > 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._break("\n")
            return
        hints = " ".join((a.get("class", ""), a.get("id", "")))
        skip = (
            tag in _SKIP_TAGS
            or a.get("role", "").lower() in _SKIP_ROLES
            or a.get("aria-hidden") == "true"
            or "hidden" in a
            or bool(_SKIP_HINTS.search(hints))
        )
        self.stack.append((tag, skip))
        self.skips += skip
        if tag in ("main", "article") or a.get("role") == "main":
            self.main_depth += 1
        if tag == "dd" and self.after_term:
            self._out(" ")  # "<dt>Lead</dt><dd>IOM</dd>" is the label line "Lead: IOM"
        elif tag in _BLOCK_TAGS:
            self._break(
                "\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table") else "\n"
            )
        self.after_term = False
        if tag == "li" and not self.cell_depth:
            self._out("- ")
        if tag == "tr":
            self.row_cells = 0
        if tag == "table":
            self.spans = {}  # a span ends with its table
        if tag in ("td", "th"):
            while self.row_cells in self.spans:
                self._cell(self._spanned(self.row_cells))
            self._out(" | " if self.row_cells else "")
            rows = a.get("rowspan", "1")
            span = min(int(rows), _MAX_ROWSPAN) if rows.isdigit() else 1
            self.open_cells.append((self.row_cells, span, len(self.parts)))
            self.row_cells += 1
            self.cell_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack:
            open_tag, skip = self.stack.pop()
            self.skips -= skip
            if tag in ("main", "article") and open_tag == tag:
                self.main_depth -= 1
            if open_tag in ("td", "th"):
                self.cell_depth -= 1
                self._close_cell()
            if open_tag == tag:
                break
        if tag == "tr":
            last = max(self.spans, default=-1)
            while self.row_cells <= last:
                self._cell(self._spanned(self.row_cells))
        if tag == "dt":
            if not "".join(self.parts[-3:]).rstrip().endswith(":"):
                self._out(":")
            self.after_term = True
            return
        if tag in _BLOCK_TAGS:
            self._break("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6") else "\n")
        self.after_term = False

    def _close_cell(self) -> None:
        """Remember the text of a cell spanning rows, for the rows below it."""
        if not self.open_cells:
            return
        column, span, first = self.open_cells.pop()
        if span > 1:  # a spanning cell names a body or a place: its first parts are enough
            text = "".join(self.parts[first : first + _SPAN_PARTS])
            self.spans[column] = (span - 1, text.strip())

    def _spanned(self, column: int) -> str:
        """The text a cell above spans into this row's ``column`` (empty where none does)."""
        left, text = self.spans.pop(column, (0, ""))
        if left > 1:
            self.spans[column] = (left - 1, text)
        return text

    def _cell(self, text: str) -> None:
        self._out((" | " if self.row_cells else "") + text)
        self.row_cells += 1

    def _break(self, newlines: str) -> None:
        """A line break, or inside a table cell a space: the cell's row stays one line."""
        self._out(" " if self.cell_depth else newlines)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._out(re.sub(r"\s+", " ", data))

    def _out(self, text: str) -> None:
        if self.skipping:
            return
        self.parts.append(text)
        if self.main_depth:
            self.main_parts.append(text)


def main_text(html: str) -> str:
    """The readable main text of an HTML page, one block per line.

    Args:
        html: the page's markup, already decoded.

    Returns:
        Text with headings, paragraphs and list items on lines of their own; only the content
        of ``<main>``/``<article>`` when the page has one.
    """
    parser = _MainText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.main_parts if "".join(parser.main_parts).strip() else parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


def looks_like_html(text: str) -> bool:
    """Whether decoded text is an HTML page rather than text that mentions tags."""
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<head" in head)
