"""The SPARQL 1.1 Protocol's query operation over the store, read-only and bounded.

A user's query is measured for nesting first (:mod:`coordkg.queries.guard`), then runs in a
child process (:mod:`coordkg.queries.bounded`) that is cut off the network where the platform
allows (:mod:`coordkg.queries.isolate`), refuses SERVICE on the parsed query and opens the
store read-only: when it passes the time limit or its memory, or its client goes, the child is
killed (a thread could not be stopped, and one runaway query would hold a core for good).
Results stop at the row limit and are serialised in the child, so only bytes cross back.  The
HTTP side (``coordkg.web.server``) maps an :class:`Answer` to a response, and bounds how
many queries run at once.
"""

from __future__ import annotations

import json
import re
import signal
import socket
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import pyoxigraph as ox

from coordkg.errors import StoreError
from coordkg.graph.store.local import Pinned, Readable
from coordkg.queries import bounded
from coordkg.queries.bounded import Bounds, ClientGone, Died, Sink, Stopped, TimeLimit
from coordkg.queries.dataset import Dataset
from coordkg.queries.guard import QueryRefused as QueryRefused  # the HTTP side's name for it
from coordkg.queries.guard import refuse_deep, refuse_service
from coordkg.queries.isolate import cut_network
from coordkg.queries.limits import MAX_MEMORY, QUERY_ROWS, QUERY_SECONDS

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

#: Media types each kind of result can be given in; the first is the default.
SOLUTION_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Limits:
    """How long a query may run and how many rows (or triples) it may return."""

    seconds: float = QUERY_SECONDS
    rows: int = QUERY_ROWS


@dataclass(frozen=True)
class Answer:
    """An HTTP-ready answer: status, media type, body; ``truncated`` when rows were cut."""

    status: int
    media_type: str
    body: bytes
    truncated: bool = False


def accepted(accept: str | None, offered: tuple[str, ...]) -> str | None:
    """The offered media type the Accept header prefers; None if none is acceptable.

    Each offered type takes the q of the most specific range that matches it (RFC 9110 12.5.1),
    so ``text/csv;q=0, */*`` refuses CSV; ties go to the order of ``offered``.
    """
    if not accept:
        return offered[0]
    ranges: list[tuple[str, float]] = []
    for item in accept.split(","):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((_ALIASES.get(media.lower(), media.lower()), q))
    best: tuple[float, int] | None = None
    choice = None
    for rank, candidate in enumerate(offered):
        matching = [(_specificity(m), q) for m, q in ranges if _matches(m, candidate)]
        if not matching:
            continue
        q = max(matching)[1]
        if q > 0 and (best is None or (-q, rank) < best):
            best, choice = (-q, rank), candidate
    return choice


_ALIASES = {"application/json": "application/sparql-results+json"}


def _specificity(pattern: str) -> int:
    return 0 if pattern == "*/*" else 1 if pattern.endswith("/*") else 2


def _matches(pattern: str, media: str) -> bool:
    if pattern in ("*/*", media):
        return True
    return pattern.endswith("/*") and media.startswith(pattern[:-1])


def _term_json(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    """XML text: CR kept as a reference (parsers would fold it), characters XML 1.0 cannot hold
    replaced by U+FFFD."""
    return xml_escape(_XML_INVALID.sub("\ufffd", text), {"\r": "&#13;"})


def _term_xml(term: object) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            dt = quoteattr(term.datatype.value)
            return f"<literal datatype={dt}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_cell(term: object, tsv: bool) -> str:
    if term is None:
        return ""
    if tsv:
        return str(term).replace("\t", "\\t").replace("\n", "\\n")
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    value = str(getattr(term, "value", term))
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def serialize_solutions(names: list[str], rows: list[list[object]], media: str) -> bytes:
    """SELECT results in one of :data:`SOLUTION_TYPES` (W3C SPARQL 1.1 result formats)."""
    if media == "application/sparql-results+json":
        bindings = [
            {n: _term_json(t) for n, t in zip(names, row, strict=True) if t is not None}
            for row in rows
        ]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode()
    if media == "application/sparql-results+xml":
        parts = [f'<?xml version="1.0"?>\n<sparql xmlns="{RESULTS_NS}"><head>']
        parts += [f"<variable name={quoteattr(n)}/>" for n in names]
        parts.append("</head><results>")
        for row in rows:
            parts.append("<result>")
            for n, t in zip(names, row, strict=True):
                if t is not None:
                    parts.append(f"<binding name={quoteattr(n)}>{_term_xml(t)}</binding>")
            parts.append("</result>")
        parts.append("</results></sparql>\n")
        return "".join(parts).encode()
    tsv = media == "text/tab-separated-values"
    sep, eol = ("\t", "\n") if tsv else (",", "\r\n")
    head = sep.join(("?" + n) if tsv else n for n in names)
    lines = [head] + [sep.join(_csv_cell(t, tsv) for t in row) for row in rows]
    return (eol.join(lines) + eol).encode()


def serialize_boolean(value: bool, media: str) -> bytes:
    """ASK results in one of :data:`BOOLEAN_TYPES`."""
    word = "true" if value else "false"
    if media == "application/sparql-results+json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    return (
        f'<?xml version="1.0"?>\n<sparql xmlns="{RESULTS_NS}"><head/>'
        f"<boolean>{word}</boolean></sparql>\n"
    ).encode()


def _kind(result: object) -> tuple[str, ...]:
    if isinstance(result, ox.QueryBoolean):
        return BOOLEAN_TYPES
    if isinstance(result, ox.QueryTriples):
        return GRAPH_TYPES
    return SOLUTION_TYPES


@dataclass(frozen=True)
class Request:
    """A query as the protocol sends it: its text, the media types its client accepts, the
    dataset it names, and the IRI relative IRIs resolve against (the endpoint's URL)."""

    text: str
    accept: str | None = None
    dataset: Dataset = field(default_factory=Dataset)
    base: str | None = None


def evaluate(store: Readable, request: Request, rows: int) -> Answer:
    """Run one query in this process; the caller bounds its time (see :func:`answer`)."""
    text, accept = request.text, request.accept
    try:
        result = store.query(text, base_iri=request.base, **request.dataset.options(text))
    except SyntaxError as exc:
        return Answer(400, "text/plain", f"not a SPARQL query: {exc}\n".encode())
    offered = _kind(result)
    media = accepted(accept, offered)
    if media is None:
        wanted = ", ".join(offered)
        return Answer(406, "text/plain", f"this result can be given as: {wanted}\n".encode())
    if isinstance(result, ox.QueryBoolean):
        return Answer(200, media, serialize_boolean(bool(result), media))
    taken: list[Any] = []
    truncated = False
    for item in result:
        if len(taken) == rows:
            truncated = True
            break
        taken.append(item)
    if isinstance(result, ox.QueryTriples):
        body = ox.serialize(taken, format=RDF_FORMATS[media]) or b""
        return Answer(200, media, body, truncated)
    names = [v.value for v in result.variables]
    table = [[solution[n] for n in names] for solution in taken]
    return Answer(200, media, serialize_solutions(names, table, media), truncated)


def failed(stopped: Stopped) -> str:
    """Why a user's query did not finish, in a user's words (``stopped`` is not a time limit)."""
    if isinstance(stopped, Died) and stopped.code == -signal.SIGSEGV:
        # Oxigraph's parser and planner recurse once per clause or operator of a chain, as
        # they do per level of nesting, and a few thousand in a row overflow its stack.
        return (
            "crashed the query engine: it ran out of stack, as a chain of thousands of clauses "
            "or operators makes it do; write the query with fewer"
        )
    return stopped.problem


def _work(pinned: Pinned, request: Request, rows: int, sink: Sink) -> None:
    try:
        refuse_service(request.text)
    except QueryRefused as exc:
        sink.head(exc.problem)
        return
    try:
        result = evaluate(pinned.open(), request, rows)
    except StoreError as exc:  # a SPARQL server's, which bounds its own work
        result = Answer(502, "text/plain", f"the SPARQL server: {exc}\n".encode())
    except Exception as exc:
        kind = type(exc).__name__
        result = Answer(500, "text/plain", f"the query failed ({kind})\n".encode())
    sink.head(result)


bounded.preload(__name__)


def answer(
    pinned: Pinned,
    request: Request,
    limits: Limits,
    *,
    watch: socket.socket | None = None,
) -> Answer:
    """Run a user's query on the graph ``pinned`` holds within ``limits``, in a child whose
    address space is bounded by :data:`~coordkg.queries.limits.MAX_MEMORY`; the caller holds
    the graph for the call, and bounds how many run at once.

    Raises:
        QueryRefused: the text is empty, nests too deeply, or uses SERVICE.
        ClientGone: ``watch``, the client's socket, was closed before the answer came; the
            query was stopped.
    """
    if not request.text.strip():
        raise QueryRefused("query", "is empty")
    refuse_deep(request.text)
    work = partial(_work, pinned, request, limits.rows)
    bounds = Bounds(limits.seconds, output=0, memory=MAX_MEMORY)
    isolated = cut_network if pinned.offline else None
    try:
        with bounded.run(work, bounds, watch=watch, prepare=isolated) as job:
            outcome = job.head()
    except TimeLimit as exc:
        return Answer(503, "text/plain", f"the query {exc.problem}\n".encode())
    except ClientGone:
        raise
    except Stopped as exc:
        return Answer(500, "text/plain", f"the query {failed(exc)}\n".encode())
    if isinstance(outcome, str):
        raise QueryRefused("query", outcome)
    if not isinstance(outcome, Answer):
        return Answer(500, "text/plain", b"the query process ended without an answer\n")
    return outcome
