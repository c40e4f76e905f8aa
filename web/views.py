"""The heavy pages: what a request's parameters ask of the graph, as a page or a download.

Each runs in the server's child process (see ``coordkg.web.server``) over one open reader.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from urllib.parse import quote

from coordkg.api import Reading
from coordkg.errors import InputError
from coordkg.ontology import role_concepts
from coordkg.queries.catalogue import catalogue, get
from coordkg.queries.diff import for_reading
from coordkg.queries.search import rank
from coordkg.queries.table import RENDERERS, Table
from coordkg.visualize.maps import check, in_time
from coordkg.visualize.view import render
from coordkg.web import forms, pages
from coordkg.web.replies import Download, Reply

#: Download extensions of a question's answer: (renderer of queries.table, media type).
_DOWNLOADS = {"csv": ("csv", "text/csv"), "json": ("json", "application/json")}
_DOWNLOADS["md"] = ("markdown", "text/markdown")


def _entity_link(column: str) -> pages.Link:
    return lambda row: pages.href("/entity", name=row[column])


def _evidence_link(row: dict[str, str]) -> str | None:
    """The passages a role rests on; other links (partners, programmes) have no such page."""
    if row["link"] not in role_concepts():
        return None
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

    They run in a child process (see ``coordkg.web.server``), with tables cut at ``rows`` rows.
    A page with a form answers a value it cannot use with the form again, and the reason in
    the page's words (400)."""

    def __init__(self, s: Reading, rows: int) -> None:
        self.s = s
        self.rows = rows

    def table(self, t: Table, links: Mapping[str, pages.Link] | None = None) -> str:
        return pages.table(t, links, limit=self.rows)

    def get(self, path: str, q: dict[str, str]) -> Reply | Download:
        try:
            if path in ROUTES:
                return ROUTES[path](self, q)
            name, _, ext = path.removeprefix("/ask/").partition(".")
            if ext and ext not in _DOWNLOADS:
                return not_found(path)
            return self.question(name, ext, q)
        except InputError as exc:
            return Reply(400, "text/html", pages.page("Cannot answer", pages.problem(exc)))

    def plans(self) -> forms.Plans:
        """The graph's plans, earliest first, each with its title."""
        rows = {r["plan"]: r["title"] for r in self.s.table("plans").as_dicts()}
        return [(p, f"{p}: {rows[p]}" if rows[p] else p) for p in sorted(rows, key=in_time)]

    def home(self, _: dict[str, str]) -> Reply:
        plan = {"plan": lambda row: pages.href("/map", plan=row["plan"])}
        body = pages.search_form() + "<h2>Plans</h2>" + self.table(self.s.table("plans"), plan)
        return Reply(200, "text/html", pages.page("Coordination graph", body))

    def search(self, q: dict[str, str]) -> Reply:
        """Entities by name, acronym or other name, best match first (queries/search.py)."""
        text = q.get("q", "")
        found = rank(text, self.s.table("entities").as_dicts()) if text.strip() else []
        count = f'<p class="count">{len(found):,} found</p>' if found else ""
        body = pages.search_form(text) + count + self.found(found)
        return Reply(200, "text/html", pages.page(f"Search: {text}" if text else "Search", body))

    def found(self, entities: list[dict[str, str]]) -> str:
        """Entities as a table, each name a link to its page."""
        listed = [{**e, "plans": e["plans"].replace(";", ", ")} for e in entities]
        shown = _columns(listed, ("name", "acronym", "class", "plans"))
        return self.table(shown, {"name": _entity_link("name")})

    def entity(self, q: dict[str, str]) -> Reply:
        """One organisation, body or place: what it is, its identifiers, and every link the
        plans state, each with the sentences that state it."""
        name = q.get("name", "")
        found = self.s.called(name) if name else []
        if len(found) != 1:
            many = f"<p>{len(found)} entities go by this name:</p>" + self.found(found)
            body = pages.search_form(name) + (many if found else "")
            return Reply(404, "text/html", pages.page("Not found", body))
        who = found[0]
        links = self.s.table("links", org=who["name"])
        shown = _columns(
            links.as_dicts(), ("plan", "source", "link", "target", "scope", "evidence")
        )
        body = (
            pages.facts(_about(who, _identifiers(self.s, who)))
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
        """The passages a role rests on: each sentence quoted, with one link that opens the
        document's web source at it."""
        params = {k: q.get(k, "") for k in ("org", "role", "body", "plan")}
        found = self.s.table("evidence", **params)
        sources = {r["file"]: r["source"] for r in self.s.table("documents").as_dicts()}
        rows = [{**r, "source": sources.get(r["document"], "")} for r in found.as_dicts()]
        columns = ("plan", "document", "sentence", "rule", "confidence", "start", "end")
        shown = _columns(rows, columns)
        by_sentence = {(r["document"], r["sentence"]): _passage_link(r) for r in rows}
        link = {"sentence": lambda row: by_sentence.get((row["document"], row["sentence"]))}
        about = pages.facts(
            (label, params[k])
            for k, label in (("org", "Organisation"), ("role", "Role"), ("body", "Body"))
        )
        return Reply(200, "text/html", pages.page("Evidence", about + self.table(shown, link)))

    def question(self, name: str, ext: str, q: dict[str, str]) -> Reply:
        query = get(name)
        params = {k: v for k, v in q.items() if v}
        try:
            result = self.s.table(name, **params)
        except InputError as exc:
            if ext:
                raise
            body = pages.problem(exc) + pages.question_form(query, q)
            return Reply(400, "text/html", pages.page(query.summary, body))
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
        """The map's controls, and the map in a frame below them (its own page, with its own
        script and policy: /map/view)."""
        plans = self.plans()
        asked = {k: q.get(k, "") for k in ("plan", "compare", "focus", "depth", "kind")}
        try:
            request = forms.map_request(asked, plans)
            check(request)
            if request.focus:
                _one_entity(self.s, request.focus)
        except InputError as exc:
            body = pages.problem(exc, forms.MAP_FIELDS) + forms.map_form(asked, plans)
            return Reply(400, "text/html", pages.page("Map", body), MAP_CSP)
        shown = escape(pages.href("/map/view", **asked))
        frame = f'<iframe class="map" src="{shown}" title="Coordination map"></iframe>'
        body = forms.map_form(asked, plans) + frame
        return Reply(200, "text/html", pages.page("Map", body), MAP_CSP)

    def map_view(self, q: dict[str, str]) -> Reply:
        """The map alone, as `coordkg map` writes it: the frame of /map."""
        try:
            request = forms.map_request(q, self.plans())
            g, page = self.s.network(request)
        except InputError as exc:
            body = pages.problem(exc, forms.MAP_FIELDS)
            return Reply(400, "text/html", pages.page("No map", body))
        return Reply(200, "text/html", render(g, page).encode(), csp="")

    def diff(self, q: dict[str, str]) -> Reply:
        """What changed from one plan to another: roles first, then bodies, the plans'
        figures and programmes, numbers with grouped digits."""
        plans = self.plans()
        first, second = forms.diff_plans(q, plans)
        form = forms.diff_form(first, second, plans)
        if not (first and second):
            body = form + '<p class="note">The graph holds fewer than two plans.</p>'
            return Reply(200, "text/html", pages.page("Plan to plan", body))
        try:
            changes = for_reading(self.s.diff(first, second))
        except InputError as exc:
            body = pages.problem(exc, forms.DIFF_FIELDS) + form
            return Reply(400, "text/html", pages.page("Plan to plan", body))
        body = form + "".join(
            f"<h2>{escape(heading)}</h2>" + self.table(_of_kind(changes, kind, columns))
            for kind, heading, columns in _DIFF_SECTIONS
        )
        return Reply(200, "text/html", pages.page(f"From {first} to {second}", body))

    def turtle(self, _: dict[str, str]) -> Download:
        return Download("text/turtle", self.s.write_turtle)

    def hxl(self, q: dict[str, str]) -> Reply:
        return Reply(200, "text/csv", self.s.hxl(q.get("plan", "")).encode())


MAP_CSP = pages.CSP + "; frame-src 'self'"
"""The map page's policy: the app's, and a frame from this server (the map itself)."""

_CHANGE = ("change", "item", "scope", "before", "after", "evidence")
_FIGURES = ("change", "item", "before", "after", "absolute_change", "relative_change")
_DIFF_SECTIONS = (
    ("role", "Roles", _CHANGE),
    ("body", "Coordination bodies", ("change", "item", "after", "evidence")),
    ("plan", "Figures of the plans", _FIGURES),
    ("programme", "Programmes (US dollars)", _FIGURES),
)
"""The diff's kinds of change in the order it gives them, with the columns each fills."""


def _of_kind(changes: Table, kind: str, columns: tuple[str, ...]) -> Table:
    return _columns([r for r in changes.as_dicts() if r["kind"] == kind], columns)


def _columns(rows: list[dict[str, str]], columns: tuple[str, ...]) -> Table:
    """The rows as a table of these columns, in this order."""
    return Table(columns, tuple(tuple(r[c] for c in columns) for r in rows))


def _one_entity(s: Reading, name: str) -> None:
    """Raises InputError unless ``name`` names one entity of the graph."""
    found = s.called(name)
    if not found:
        raise InputError(name, "names nothing in the graph (search for it first)")
    if len(found) > 1:
        names = ", ".join(sorted(r["name"] for r in found))
        raise InputError(name, f"names {len(found)} entities ({names}): give one's full name")


def _identifiers(s: Reading, who: dict[str, str]) -> dict[str, str]:
    """The entity's row of the ``nodes`` question: its IATI, P-code, ISO 3166 and Wikidata."""
    rows = s.table("nodes", **{"class": who["class"]}).as_dicts()
    return next((r for r in rows if r["id"] == who["id"]), {})


def _about(who: dict[str, str], ids: dict[str, str]) -> list[tuple[str, str]]:
    wikidata = ids.get("wikidata", "").rpartition("/")[2]
    return [
        ("Kind", who["class"]),
        ("Acronym", who["acronym"]),
        ("Other names", who["other_names"].replace(";", "; ")),
        ("Named in plans", who["plans"].replace(";", ", ")),
        ("IATI organisation identifier", ids.get("iati", "")),
        ("OCHA P-code", ids.get("pcode", "")),
        ("ISO 3166 code", ids.get("iso3166", "")),
        ("Wikidata", wikidata),
        ("Identifier in the graph", who["id"]),
    ]


ROUTES: dict[str, Callable[[Pages, dict[str, str]], Reply | Download]] = {
    "/": Pages.home,
    "/search": Pages.search,
    "/entity": Pages.entity,
    "/evidence": Pages.evidence,
    "/map": Pages.map,
    "/map/view": Pages.map_view,
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
