"""The SPARQL editor page of /sparql: YASGUI, bundled in the package, so it works offline.

It opens on a query that declares the ontology's prefixes, and offers every catalogue question
as an example that runs as it stands: its parameters bound to "" (any) by a VALUES block, which
a colleague edits to narrow it.  Results come back from the same server's /sparql as a table.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from importlib import resources

from coordkg.graph.store.remote import with_values
from coordkg.ontology import turtle
from coordkg.queries.catalogue import Query, catalogue
from coordkg.queries.narrow import unprojected
from coordkg.queries.run import substitutions, unsent
from coordkg.visualize.map_network import csp_hash, script_json
from coordkg.web import pages

_RESIZER_STYLE = re.compile(r"createStyle\(\w+,`( \.grip-resizable\{[^`]*)`\)")
"""The ``<style>`` text YASGUI's results table's column resizer adds, as yasgui.min.js writes
it (a template literal)."""


@cache
def csp() -> str:
    """The editor's Content-Security-Policy: scripts, styles and queries from this server only.

    YASGUI needs neither inline script nor ``eval``.  The one hash is of the ``<style>`` element
    its column resizer adds, read from the bundled script so that an updated YASGUI cannot leave
    a stale hash (without it the table lays out with a screen of blank space above it).  Styles
    YASGUI sets through the DOM (``element.style``) are not inline styles to a CSP, so no
    'unsafe-inline' is needed."""
    script = resources.files("coordkg.web").joinpath("static", "yasgui", "yasgui.min.js")
    found = _RESIZER_STYLE.search(script.read_text(encoding="utf-8"))
    if found is None:
        raise RuntimeError(f"{script}: no column-resizer style found to allow in the CSP")
    return (
        "default-src 'none'; script-src 'self'; "
        f"style-src 'self' {csp_hash(found.group(1))}; "
        "connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'"
    )


_PREFIX = re.compile(r"^@prefix\s+([\w-]*):\s*<([^>]*)>\s*\.", re.MULTILINE)
_HEADER = re.compile(r"^#\+.*\n", re.MULTILINE)


@cache
def prefixes() -> dict[str, str]:
    """The ontology's prefixes (``ckg``, ``org``, ``prov`` ...), as its Turtle file says."""
    return dict(_PREFIX.findall(turtle("coordkg.ttl")))


def first_query() -> str:
    """What the editor opens with: the prefixes, and the roles the plans state."""
    declared = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in prefixes().items())
    return (
        declared + "\n# Who holds which role in which coordination body (any example below runs"
        " as it is)\nSELECT ?organization ?role ?body WHERE {\n"
        "  ?m a ckg:RoleAssignment ; org:member ?o ; org:organization ?b ;\n"
        "     org:role/skos:notation ?role .\n"
        "  ?o skos:prefLabel ?organization . ?b skos:prefLabel ?body .\n"
        "}\nORDER BY ?organization ?body ?role\nLIMIT 100\n"
    )


def example(query: Query) -> str:
    """A catalogue question as a query that runs as it stands: every parameter bound to ""
    (any) in a VALUES block."""
    # the columns `coordkg ask` sends the engine (run.unsent): not those projected only for
    # parameters to select on, but those a DISTINCT question's rows are ordered by, so that
    # every store gives its rows in the order `coordkg ask` does
    sent = unprojected(query.text, [*unsent(query), *(p.variable for p in query.parameters)])
    text = _HEADER.sub("", sent)
    bound = with_values(text, substitutions(query, {}))
    note = f"# {query.name}: {query.summary}\n"
    if order := [c for c in query.hidden if c not in unsent(query)]:
        names = ", ".join(f"?{c}" for c in order)
        note += (
            f"# {names}: selected to order the rows; `coordkg ask` leaves them out, and the rows"
            " that then repeat\n"
        )
    if query.parameters:
        names = ", ".join(f"?{p.variable}" for p in query.parameters)
        note += f'# {names}: "" is any; put a value in the VALUES block to narrow it\n'
    return note + bound


def page() -> bytes:
    """The editor page: YASGUI's script and styles from /static, the examples as JSON data."""
    data = {
        "endpoint": "/sparql",
        "prefixes": prefixes(),
        "query": first_query(),
        "examples": {q.name: example(q) for q in catalogue().values()},
    }
    options = "".join(
        f'<option value="{escape(q.name)}">{escape(q.name)}: {escape(q.summary)}</option>'
        for q in catalogue().values()
    )
    body = (
        '<p class="note">A read-only SPARQL 1.1 endpoint over every plan\'s graph (their union is'
        " the default graph, unless a query names its own with FROM, FROM NAMED,"
        " <code>default-graph-uri</code> or <code>named-graph-uri</code>). Write a query, or start"
        " from a question of the catalogue, and run it with the ▶ button or Ctrl-Enter. Other"
        " clients send <code>query</code> to this URL by GET or POST.</p>"
        '<label>Example <select id="examples"><option value="">(choose a question)</option>'
        f"{options}</select></label>"
        '<div id="yasgui"></div>'
        f'<script type="application/json" id="editor-data">{script_json(data)}</script>'
    )
    head = (
        '<link rel="stylesheet" href="/static/yasgui/yasgui.min.css">'
        '<script src="/static/yasgui/yasgui.min.js" defer></script>'
        '<script src="/static/editor.js" defer></script>'
    )
    return pages.page("SPARQL editor", body, head=head)
