"""What a request to ``/sparql`` asks, by the SPARQL 1.1 Protocol: one query and its dataset,
the service description, the help page, or a refusal with the status the protocol gives.

A query comes by GET (``?query=``), by POST as a form, or by POST as the body itself
(``application/sparql-query``, UTF-8); ``default-graph-uri`` and ``named-graph-uri`` may come in
the URL or in the form.  Updates are refused whichever way they come: the endpoint is read-only.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

import pyoxigraph as ox

from coordkg.queries.dataset import Dataset
from coordkg.queries.endpoint import GRAPH_TYPES, Request, accepted

MAX_BODY = 100_000  # bytes of a POSTed query or form
ALLOW = "GET, HEAD, POST, OPTIONS"
FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


@dataclass(frozen=True)
class Refusal:
    """A request the endpoint does not run, and why, in words for its sender."""

    status: int
    reason: str


@dataclass(frozen=True)
class Describe:
    """No query, and a client that asked for RDF: the service description in ``media``."""

    media: str


@dataclass(frozen=True)
class Help:
    """No query, from a browser: the page saying what the endpoint is."""


@dataclass(frozen=True)
class Options:
    """OPTIONS: which methods the endpoint takes (:data:`ALLOW`)."""


Asked = Request | Refusal | Describe | Help | Options


def media_type(content_type: str | None) -> tuple[str, str]:
    """A Content-Type's media type and charset, lower case ("" when absent)."""
    media, *params = (part.strip() for part in (content_type or "").split(";"))
    charset = ""
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def read(
    method: str,
    url_params: list[tuple[str, str]],
    content_type: str | None,
    body: bytes,
    accept: str | None,
    base: str,
) -> Asked:
    """What a request asks; ``base`` is the endpoint's URL (relative IRIs resolve against
    it).  ``body`` is the request's body, already read within :data:`MAX_BODY`."""
    if method == "OPTIONS":
        return Options()
    if method not in ("GET", "HEAD", "POST"):
        return Refusal(405, f"{method} is not a SPARQL 1.1 Protocol query operation")
    params = list(url_params)
    text: str | None = None
    if method == "POST":
        media, charset = media_type(content_type)
        if charset not in ("", "utf-8"):
            return Refusal(415, f"a query is read as UTF-8, not {charset}")
        try:
            data = body.decode("utf-8")
        except UnicodeDecodeError:
            return Refusal(400, "the body is not UTF-8")
        if media == FORM:
            params += parse_qsl(data, keep_blank_values=True)
        elif media == QUERY:
            text = data
        elif media == UPDATE:
            return Refusal(403, "updates are refused: this endpoint is read-only")
        elif not media:
            return Refusal(400, f"a POST needs a Content-Type: {FORM} or {QUERY}")
        else:
            return Refusal(415, f"a POST query is sent as {FORM} or {QUERY}, not {media}")
    if any(key == "update" for key, _ in params):
        return Refusal(403, "updates are refused: this endpoint is read-only")
    queries = [value for key, value in params if key == "query"]
    if text is not None:
        queries.append(text)
    if len(queries) > 1:
        return Refusal(400, "a request carries one query, not several")
    if not queries:
        if method == "POST":
            return Refusal(400, "no query: send it as the query parameter")
        wanted = accepted(accept, ("text/html", *GRAPH_TYPES))
        return Describe(wanted) if wanted in GRAPH_TYPES else Help()
    default = tuple(v for k, v in params if k == "default-graph-uri")
    named = tuple(v for k, v in params if k == "named-graph-uri")
    for iri in (*default, *named):
        try:
            ox.NamedNode(iri)
        except ValueError:
            return Refusal(400, f"a graph is named by an IRI, not {iri!r}")
    return Request(queries[0], accept, Dataset(default, named), base)
