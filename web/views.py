"""The heavy pages: what a request's parameters ask of the graph, as a page or a download.

Each runs in the server's child process (see ``coordkg.web.server``) over one open reader.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from html import escape
from urllib.parse import quote

from coordkg.graph.store.export import write_turtle
from coordkg.queries.catalogue import catalogue, get
from coordkg.queries.diff import diff
from coordkg.queries.hxl import hxl_csv
from coordkg.queries.run import Source
from coordkg.queries.table import RENDERERS, Table
from coordkg.visualize.maps import MapRequest, called, coordination_network
from coordkg.visualize.view import render
from coordkg.web import pages
from coordkg.web.replies import Download, Reply

#: Download extensions of a question's answer: (renderer of queries.table, media type).
_DOWNLOADS = {"csv": ("csv", "text/csv"), "json": ("json", "application/json")}
_DOWNLOADS["md"] = ("markdown", "text/markdown")


def _ask(source: Source, name: str, params: dict[str, str] | None = None) -> Table:
    return source.ask(get(name), params or {})


def _entity_link(column: str) -> pages.Link:
    return lambda row: pages.href("/entity", name=row[column])


def _evidence_link(row: dict[str, str]) -> str:
    return pages.href(
        "/evidence", org=row["source"], role=row["link"], body=row["target"], plan=row["plan"]
    )


def _passage_link(row: dict[str, str]) -> str | None:
    """The web source scrolled to the sentence (a URL text fragment), for sources on the web."""
    if not row["source"].startswith("https://"):
        return None
    words = row["sentence"].split()

    def part(text: str) -> str:  # "-" and "," delimit a text directive, so they are encoded
        return quote(text, safe="").replace("-", "%2D")

    fragment = part(" ".join(words[:4]))
    if len(words) > 8:
        fragment += "," + part(" ".join(words[-4:]))
    joiner = ":~:" if "#" in row["source"] else "#:~:"
    return f"{row['source']}{joiner}text={fragment}"


class Pages:
    """The heavy pages: each reads the graph through ``s`` and returns status, type, body.

    They run in a child process (see :func:`_respond`), with tables cut at ``rows`` rows."""

    def __init__(self, s: Source, rows: int) -> None:
        self.s = s
        self.rows = rows

    def table(self, t: Table, links: Mapping[str, pages.Link] | None = None) -> str:
        return pages.table(t, links, limit=self.rows)

    def get(self, path: str, q: dict[str, str]) -> Reply | Download:
        if path in ROUTES:
            return ROUTES[path](self, q)
        name, _, ext = path.removeprefix("/ask/").partition(".")
        if ext and ext not in _DOWNLOADS:
            return not_found(path)
        return self.question(name, ext, q)

    def home(self, _: dict[str, str]) -> Reply:
        body = pages.search_form() + "<h2>Plans</h2>" + self.table(_ask(self.s, "plans"))
        return Reply(200, "text/html", pages.page("Coordination graph", body))

    def search(self, q: dict[str, str]) -> Reply:
        """Entities whose name, acronym, class or other names contain the words, any case."""
        text = q.get("q", "")
        found = Table((), ())
        if text:
            every = _ask(self.s, "entities")
            words = text.lower()
            rows = tuple(
                row for row in every.rows if any(words in cell.lower() for cell in row[:4])
            )
            found = Table(every.columns, rows)
        body = pages.search_form(text) + self.table(found, {"name": _entity_link("name")})
        return Reply(200, "text/html", pages.page(f"Search: {text}", body))

    def entity(self, q: dict[str, str]) -> Reply:
        """One organisation, body or place: what it is, and every link the plans state."""
        name = q.get("name", "")
        found = called(self.s, name) if name else []
        links = _ask(self.s, "links", {"org": found[0]["name"]}) if len(found) == 1 else None
        if links is None:
            return Reply(404, "text/html", pages.page("Not found", pages.search_form(name)))
        who = found[0]
        about = Table(
            ("class", "acronym", "other names", "plans", "identifier"),
            ((who["class"], who["acronym"], who["other_names"], who["plans"], who["id"]),),
        )
        columns = ("plan", "source", "link", "target", "scope", "evidence")
        shown = Table(columns, tuple(tuple(r[c] for c in columns) for r in links.as_dicts()))
        body = (
            self.table(about)
            + "<h2>Roles, partners and programmes, by plan</h2>"
            + self.table(
                shown,
                {
                    "source": _entity_link("source"),
                    "target": _entity_link("target"),
                    "evidence": _evidence_link,
                },
            )
        )
        return Reply(200, "text/html", pages.page(who["name"], body))

    def evidence(self, q: dict[str, str]) -> Reply:
        params = {k: q.get(k, "") for k in ("org", "role", "body", "plan")}
        found = _ask(self.s, "evidence", params)
        sources = {r["file"]: r["source"] for r in _ask(self.s, "documents").as_dicts()}
        at = found.columns.index("document")
        rows = tuple((*row, sources.get(row[at], "")) for row in found.rows)
        shown = Table((*found.columns, "source"), rows)
        web = {"source": _passage_link}
        return Reply(200, "text/html", pages.page("Evidence", self.table(shown, web)))

    def question(self, name: str, ext: str, q: dict[str, str]) -> Reply:
        query = get(name)
        params = {k: v for k, v in q.items() if v}
        result = self.s.answer(query, params)
        if ext:
            renderer, media = _DOWNLOADS[ext]
            return Reply(200, media, RENDERERS[renderer](result).encode())
        body = (
            pages.question_form(query, q)
            + pages.downloads(name, params)
            + self.table(result, {c: _entity_link(c) for c in ("organization", "body", "name")})
        )
        return Reply(200, "text/html", pages.page(query.summary, body))

    def map(self, q: dict[str, str]) -> Reply:
        request = MapRequest(plan=q.get("plan", ""), focus=q.get("focus", ""))
        g, page = coordination_network(self.s, request)
        return Reply(200, "text/html", render(g, page).encode(), csp="")

    def diff(self, q: dict[str, str]) -> Reply:
        first, second = q.get("first", ""), q.get("second", "")
        form = (
            '<form action="/diff" method="get"><label>from <input name="first" '
            f'value="{escape(first)}"></label><label>to <input name="second" '
            f'value="{escape(second)}"></label><button>Compare</button></form>'
        )
        result = diff(self.s, first, second) if first and second else Table((), ())
        return Reply(200, "text/html", pages.page("Plan to plan", form + self.table(result)))

    def turtle(self, _: dict[str, str]) -> Download:
        return Download("text/turtle", partial(write_turtle, self.s.store))

    def hxl(self, q: dict[str, str]) -> Reply:
        return Reply(200, "text/csv", hxl_csv(self.s, q.get("plan", "")).encode())


ROUTES: dict[str, Callable[[Pages, dict[str, str]], Reply | Download]] = {
    "/": Pages.home,
    "/search": Pages.search,
    "/entity": Pages.entity,
    "/evidence": Pages.evidence,
    "/map": Pages.map,
    "/diff": Pages.diff,
    "/download/graph.ttl": Pages.turtle,
    "/download/hxl.csv": Pages.hxl,
}
"""The heavy pages but the questions (``/ask/NAME``, ``/ask/NAME.csv`` ...)."""


def not_found(path: str) -> Reply:
    return Reply(404, "text/html", pages.page("Not found", f"<p>No page {escape(path)}.</p>"))


def questions() -> Reply:
    """The catalogue's questions, each a link to its form."""
    body = pages.question_list(catalogue().values())
    return Reply(200, "text/html", pages.page("Questions", body))


def downloads() -> Reply:
    body = (
        '<ul><li><a href="/download/graph.ttl">The whole graph (Turtle)</a></li>'
        '<li><a href="/download/hxl.csv">Roles and programmes (HXL-tagged CSV)</a></li>'
        '<li><a href="/ask/roles.csv">Roles (CSV)</a></li>'
        '<li><a href="/ask/programmes.csv">Programmes (CSV)</a></li></ul>'
    )
    return Reply(200, "text/html", pages.page("Downloads", body))
