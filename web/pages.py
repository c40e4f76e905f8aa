"""HTML of the web app's pages: small, server-rendered, no script, every value escaped.

Officers open these on slow links, so a page is one request plus one shared stylesheet; all
text that comes from documents or from the visitor passes through :func:`html.escape`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from html import escape
from urllib.parse import urlencode

from coordkg.queries.catalogue import Query
from coordkg.queries.columns import shown
from coordkg.queries.table import Table

#: Content Security Policy of every app page (maps carry their own).
CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'"

STYLE = """body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem}
nav a{margin-right:1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eef}label{display:inline-block;margin:.2rem 1rem .2rem 0}.note{color:#555}
"""

Link = Callable[[dict[str, str]], str | None]


def href(path: str, **params: str) -> str:
    """A local link with its query string percent-encoded (never pasted raw)."""
    given = {k: v for k, v in params.items() if v}
    return path + ("?" + urlencode(given) if given else "")


def page(title: str, body: str) -> bytes:
    """A whole page around ``body`` (already escaped HTML)."""
    nav = (
        '<nav><a href="/">Search</a><a href="/ask">Questions</a><a href="/map">Map</a>'
        '<a href="/diff">Plan to plan</a><a href="/downloads">Downloads</a>'
        '<a href="/sparql">SPARQL</a></nav>'
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{escape(title)} · coordkg</title><link rel="stylesheet" href="/style.css">'
        f"</head><body>{nav}<h1>{escape(title)}</h1>{body}</body></html>"
    ).encode()


def table(
    t: Table,
    links: Mapping[str, Link] | None = None,
    empty: str = "Nothing found.",
    limit: int | None = None,
) -> str:
    """A table; ``links`` maps a column to a function giving the cell's link from its row.

    With ``limit``, only the first ``limit`` rows, and a note saying how many there are."""
    if not t.rows:
        return f'<p class="note">{escape(empty)}</p>'
    links = links or {}
    head = "".join(f"<th>{escape(c)}</th>" for c in t.columns)
    note = ""
    if limit is not None and len(t.rows) > limit:
        note = f'<p class="note">The first {limit} of {len(t.rows)} rows.</p>'
        t = Table(t.columns, t.rows[:limit])
    body = []
    for row in t.as_dicts():
        cells = []
        for column, value in row.items():
            target = links[column](row) if column in links and value else None
            text = escape(shown(column, value))
            cells.append(
                f'<td><a href="{escape(target)}">{text}</a></td>' if target else f"<td>{text}</td>"
            )
        body.append("<tr>" + "".join(cells) + "</tr>")
    rows = "".join(body)
    return f"{note}<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def search_form(q: str = "") -> str:
    return (
        '<form action="/search" method="get" role="search"><label>Organisation, body or place '
        f'<input name="q" value="{escape(q)}" autofocus></label> <button>Search</button></form>'
    )


def question_form(query: Query, values: dict[str, str]) -> str:
    """The question's parameters as a form that submits to the same page."""
    fields = "".join(
        f'<label>{escape(p.name)} <input name="{escape(p.name)}" '
        f'value="{escape(values.get(p.name, ""))}" title="{escape(p.doc)}"></label>'
        for p in query.parameters
    )
    return (
        f'<form action="/ask/{escape(query.name)}" method="get">{fields}'
        "<button>Answer</button></form>"
    )


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
