"""Run a user's own SPARQL text, read-only, over all graphs of the store (or those its FROM and
FROM NAMED name).

On the command line the query runs in a child process, as on ``/sparql``
(:mod:`coordkg.queries.endpoint`): Oxigraph evaluates in native code, which neither a time
limit nor Ctrl-C can interrupt in-thread, so the child is killed instead.  SERVICE runs only
when asked for; only then does the child of a local store keep the network.
"""

from __future__ import annotations

import re
from functools import partial

import pyoxigraph as ox

from coordkg.errors import CoordkgError, InputError
from coordkg.graph.store.local import Pinned, Readable
from coordkg.queries import bounded
from coordkg.queries.bounded import Bounds, Sink, Stopped, TimeLimit
from coordkg.queries.dataset import Dataset
from coordkg.queries.endpoint import failed
from coordkg.queries.guard import refuse_deep, refuse_service
from coordkg.queries.isolate import cut_network
from coordkg.queries.run import solutions_table
from coordkg.queries.table import Table

_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b",
    re.IGNORECASE,
)


def run_text(store: Readable, text: str) -> Table | str:
    """A SELECT gives a table; ASK gives "true"/"false"; CONSTRUCT/DESCRIBE give N-Triples.

    Raises:
        InputError: the text is not a valid SPARQL query, or it is an update.
    """
    if _UPDATE.match(text):
        raise InputError(
            "query", "is a SPARQL update; the graph is read-only here (rebuild it instead)"
        )
    try:
        result = store.query(text, **Dataset().options(text))  # FROM, else the union
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        raise InputError("query", f"is not valid SPARQL: {message}") from None
    if isinstance(result, ox.QueryBoolean):
        return "true\n" if bool(result) else "false\n"
    if isinstance(result, ox.QueryTriples):
        return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in result)
    return solutions_table(result)


def run_bounded(
    pinned: Pinned, text: str, *, seconds: float, allow_service: bool = False
) -> Table | str:
    """:func:`run_text` on the graph ``pinned`` holds, in a child process stopped after
    ``seconds``.

    Raises:
        InputError: the text nests too deeply, uses SERVICE without ``allow_service``, is not
            a query, or ran past ``seconds``.
        CoordkgError: the query's process died (the engine crashed on it).

    The caller holds the graph for the call (its store's ``pinned()``).
    """
    refuse_deep(text)
    work = partial(_work, pinned, text, allow_service)
    isolated = cut_network if pinned.offline and not allow_service else None
    try:
        with bounded.run(work, Bounds(seconds, output=0), prepare=isolated) as job:
            outcome = job.head()
    except TimeLimit as exc:
        raise InputError("query", f"{exc.problem} (--timeout sets it)") from None
    except Stopped as exc:
        raise CoordkgError("query", failed(exc)) from None
    if isinstance(outcome, tuple):
        kind, where, problem = outcome
        raise kind(where, problem)
    if not isinstance(outcome, Table | str):
        raise CoordkgError("query", "its process ended without an answer")
    return outcome


def _work(pinned: Pinned, text: str, allow_service: bool, sink: Sink) -> None:
    """In the child: the answer, or the library error as (class, where, problem)."""
    try:
        if not allow_service:
            refuse_service(text, advice="; --allow-service runs it")
        sink.head(run_text(pinned.open(), text))
    except CoordkgError as exc:
        sink.head((type(exc), exc.where, exc.problem))
