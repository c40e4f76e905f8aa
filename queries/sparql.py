"""Run a user's own SPARQL text, read-only, over all graphs of the store."""

from __future__ import annotations

import re

import pyoxigraph as ox

from coordkg.errors import InputError
from coordkg.graph.store import Readable
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
        result = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        message = " ".join(str(exc).split())
        raise InputError("query", f"is not valid SPARQL: {message}") from None
    if isinstance(result, ox.QueryBoolean):
        return "true\n" if bool(result) else "false\n"
    if isinstance(result, ox.QueryTriples):
        return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in result)
    return solutions_table(result)
