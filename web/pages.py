"""HTML of the web app's pages: small, server-rendered, every value escaped, and no script
but the SPARQL editor's (``editor.py``) and the map's own page.

Officers open these on slow links and on phones, so a page is one request plus one shared
stylesheet, and it takes the width of the window; on a phone each row of a table becomes a
card of labelled values.  All text that comes from documents or from the visitor
passes through :func:`html.escape`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from html import escape
from urllib.parse import urlencode

from coordkg.errors import CoordkgError
from coordkg.queries.catalogue import Query
from coordkg.queries.columns import NUMBERS, shown
from coordkg.queries.table import Table

#: Content Security Policy of every app page (maps and the editor carry their own).
CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'"

STYLE = """body{font:15px/1.5 system-ui,sans-serif;margin:0;padding:0 clamp(.6rem,3vw,2.5rem) 2rem;
color:#1f2328}
nav{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;padding:.6rem 0;border-bottom:1px solid #ddd}
h1{font-size:1.45rem;margin:.8rem 0 .6rem}h2{font-size:1.1rem;margin:1.6rem 0 .4rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1.2rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f8;font-weight:600;white-space:nowrap}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.evidence{min-width:min(28rem,80vw);width:50%}
q{display:block;quotes:"\\201C" "\\201D"}q+q{margin-top:.4rem}
a.passage{font-size:.85rem;white-space:nowrap}
form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;margin:.5rem 0 1rem}
label{display:flex;flex-direction:column;font-size:.85rem;color:#444}
fieldset{border:1px solid #ddd;display:flex;flex-wrap:wrap;gap:.1rem .9rem}
fieldset label{flex-direction:row;gap:.3rem;align-items:center}
input,select,button{font:inherit;padding:.25rem .4rem;max-width:100%}
button{padding:.3rem 1rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1.2rem;margin:.5rem 0}
dl.facts dt{color:#555}dl.facts dd{margin:0;overflow-wrap:anywhere}
.note{color:#555}.count{color:#555;font-size:.9rem}
.problem{border-left:4px solid #c0392b;background:#fdf1f0;padding:.5rem .8rem;margin:.6rem 0}
iframe.map{width:100%;height:calc(100vh - 12rem);min-height:24rem;border:1px solid #ddd}
#yasgui table{width:auto;margin:0}#yasgui th{white-space:normal}
@media (max-width:40rem){.scroll table,.scroll tbody,.scroll tr,.scroll td{display:block}
.scroll thead{display:none}.scroll tr{border-bottom:2px solid #ccd;padding:.3rem 0}
.scroll td{border:0;padding:.15rem 0;min-width:0;width:auto;text-align:left;overflow-wrap:anywhere}
.scroll td:empty{display:none}
.scroll td::before{content:attr(data-label) ": ";color:#666;font-size:.85rem}
dl.facts{grid-template-columns:1fr;gap:0}dl.facts dd{margin-bottom:.4rem}}
"""

Link = Callable[[dict[str, str]], str | None]

SENTENCES = frozenset({"evidence", "sentence"})
"""Columns of sentences quoted from documents (several joined by " | "): shown as quotations,
with at most one link, to the passage, after them."""


def href(path: str, **params: str) -> str:
    """A local link with its query string percent-encoded (never pasted raw)."""
    given = {k: v for k, v in params.items() if v}
    return path + ("?" + urlencode(given) if given else "")


def page(title: str, body: str, head: str = "") -> bytes:
    """A whole page around ``body`` (already escaped HTML); ``head`` adds to its head."""
    nav = (
        '<nav><a href="/">Search</a><a href="/ask">Questions</a><a href="/map">Map</a>'
        '<a href="/diff">Plan to plan</a><a href="/downloads">Downloads</a>'
        '<a href="/sparql">SPARQL</a></nav>'
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{escape(title)} · coordkg</title><link rel="stylesheet" href="/style.css">{head}'
        f"</head><body>{nav}<h1>{escape(title)}</h1>{body}</body></html>"
    ).encode()


def quotes(cell: str) -> str:
    """The sentences of a cell as quotations, each once."""
    sentences = dict.fromkeys(s.strip() for s in cell.split(" | ") if s.strip())
    return "".join(f"<q>{escape(s)}</q>" for s in sentences)


def _cell(column: str, value: str, target: str | None) -> str:
    label = f' data-label="{escape(column.replace("_", " "))}"'
    if column in SENTENCES:
        link = f' <a class="passage" href="{escape(target)}">passage</a>' if target else ""
        return f'<td class="evidence"{label}>{quotes(value)}{link}</td>'
    text = escape(shown(column, value))
    kind = ' class="num"' if column in NUMBERS else ""
    if target:
        text = f'<a href="{escape(target)}">{text}</a>'
    return f"<td{kind}{label}>{text}</td>"


def table(
    t: Table,
    links: Mapping[str, Link] | None = None,
    empty: str = "Nothing found.",
    limit: int | None = None,
) -> str:
    """A table; ``links`` maps a column to a function giving the cell's link from its row
    (for a column of sentences, the one link after them).

    With ``limit``, only the first ``limit`` rows, and a note saying how many there are."""
    if not t.rows:
        return f'<p class="note">{escape(empty)}</p>'
    links = links or {}
    head = "".join(f"<th>{escape(c.replace('_', ' '))}</th>" for c in t.columns)
    note = ""
    if limit is not None and len(t.rows) > limit:
        note = f'<p class="note">The first {limit:,} of {len(t.rows):,} rows.</p>'
        t = Table(t.columns, t.rows[:limit])
    body = []
    for row in t.as_dicts():
        cells = (
            _cell(column, value, links[column](row) if column in links and value else None)
            for column, value in row.items()
        )
        body.append("<tr>" + "".join(cells) + "</tr>")
    rows = "".join(body)
    return (
        f'{note}<div class="scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def facts(pairs: Iterable[tuple[str, str]]) -> str:
    """Name and value pairs (those with a value) as a definition list."""
    items = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in pairs if v)
    return f'<dl class="facts">{items}</dl>'


def picker(name: str, label: str, options: Sequence[tuple[str, str]], chosen: str) -> str:
    """A drop-down of (value, text) options, ``chosen`` selected (added when it is none of
    them, so that a value given in the URL shows as it was given)."""
    if chosen and chosen not in (v for v, _ in options):
        options = [*options, (chosen, chosen)]
    items = "".join(
        f'<option value="{escape(v)}"{" selected" if v == chosen else ""}>{escape(t)}</option>'
        for v, t in options
    )
    return f'<label>{escape(label)} <select name="{escape(name)}">{items}</select></label>'


def field(name: str, label: str, value: str, kind: str = "text", extra: str = "") -> str:
    return (
        f'<label>{escape(label)} <input type="{kind}" name="{escape(name)}" '
        f'value="{escape(value)}"{extra}></label>'
    )


def form(action: str, fields: str, button: str, role: str = "") -> str:
    kind = f' role="{role}"' if role else ""
    return (
        f'<form action="{escape(action)}" method="get"{kind}>{fields}'
        f"<button>{escape(button)}</button></form>"
    )


_FLAG = re.compile(r"--([a-z][a-z0-9_-]*)")
_HINT = re.compile(r"\s*\(see `coordkg [^`]*`\)|;?\s*see `coordkg [^`]*`")
_CODE = re.compile(r"`([^`]*)`")


def said(exc: CoordkgError, fields: Mapping[str, str] | None = None) -> str:
    """The error in a page's words: a command-line option (``--plan``) becomes the name of the
    form field it stands for, and hints at commands are dropped."""
    labels = fields or {}

    def words(text: str) -> str:
        text = _FLAG.sub(lambda m: f"“{labels.get(m.group(1), m.group(1))}”", _HINT.sub("", text))
        return _CODE.sub(r"“\1”", text)

    return f"{words(exc.where)}: {words(exc.problem)}"


def problem(exc: CoordkgError, fields: Mapping[str, str] | None = None) -> str:
    """The error as a paragraph above the form that can put it right."""
    return f'<p class="problem" role="alert">{escape(said(exc, fields))}</p>'


def search_form(q: str = "") -> str:
    box = field("q", "Organisation, body or place", q, "search", " autofocus")
    return form("/search", box, "Search", role="search")


def question_form(query: Query, values: dict[str, str]) -> str:
    """The question's parameters as a form that submits to the same page."""
    fields = "".join(
        field(p.name, p.name, values.get(p.name, ""), extra=f' title="{escape(p.doc)}"')
        for p in query.parameters
    )
    return form(f"/ask/{query.name}", fields, "Answer")


def question_list(queries: Iterable[Query]) -> str:
    items = "".join(
        f'<li><a href="/ask/{escape(q.name)}">{escape(q.name)}</a>: {escape(q.summary)}</li>'
        for q in queries
    )
    return f"<ul>{items}</ul>"


def downloads(question: str, params: dict[str, str]) -> str:
    """Links to the same answer as CSV, JSON and Markdown."""
    links = " · ".join(
        f'<a href="{escape(href(f"/ask/{question}.{ext}", **params))}">{ext.upper()}</a>'
        for ext in ("csv", "json", "md")
    )
    return f'<p class="note">Download: {links}</p>'
