"""Put a question's name parameters inside its query, as the entities they name.

A catalogue query tests ``--org IOM`` with a FILTER after its aggregating sub-select, where every
store sees the bound value; but then the engine aggregates every role of every plan before it
keeps IOM's.  Here the name is first resolved to the IRIs of the entities it names (one small
query, the name bound as a value), and those IRIs are put as ``VALUES`` at the head of the
sub-select, so the engine starts from them.  The FILTER stays: it still decides, and the
``VALUES`` only leave out rows it would reject, so the answer is the same with or without them.

Only matches the query declares (``#+ match: PARAM names|places COLUMN``, catalogue.py) are
narrowed, and only when their one column is an entity the sub-select projects; the IRIs come
from the store, never from the user's text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from coordkg.graph.store.local import Readable
from coordkg.queries.catalogue import LABEL_PATHS, Match, Query

_SUBSELECT = re.compile(r"\{\s*SELECT\b(?P<head>[^{]*?)\bWHERE\s*\{", re.DOTALL)

_RESOLVE = """PREFIX ckg:  <https://w3id.org/coordkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?x ?value WHERE {{ ?x {path} ?l . FILTER (LCASE(STR(?l)) = LCASE(STR(?value))) }}"""


def narrowable(query: Query, match: Match) -> bool:
    """Whether ``match`` selects one entity column that the query's first sub-select projects
    and no ``BIND`` assigns (a ``VALUES`` would bind it twice)."""
    found = _SUBSELECT.search(query.text)
    if found is None or match.kind not in LABEL_PATHS or len(match.columns) != 1:
        return False
    column = match.columns[0]
    return (
        re.search(rf"\?{column}\b", found.group("head")) is not None
        and re.search(rf"\bAS\s+\?{column}\b", query.text) is None
    )


def entities(store: Readable, kind: str, value: str) -> list[ox.NamedNode]:
    """The entities one of whose ``kind`` labels is ``value`` in any case (as the FILTER tests)."""
    rows = store.query(
        _RESOLVE.format(path=LABEL_PATHS[kind]),
        substitutions={ox.Variable("value"): ox.Literal(value)},
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, ox.QuerySolutions)
    return sorted({r["x"] for r in rows if isinstance(r["x"], ox.NamedNode)}, key=str)


def narrowed(store: Readable, query: Query, asked: Mapping[str, str]) -> str:
    """The query's text with a ``VALUES`` block per narrowable parameter ``asked`` gives."""
    blocks = [
        f"VALUES ?{m.columns[0]} {{ {' '.join(map(str, entities(store, m.kind, value)))} }}"
        for name, value in sorted(asked.items())
        if (m := query.match(name)) is not None and narrowable(query, m)
    ]
    found = _SUBSELECT.search(query.text)
    if not blocks or found is None:
        return query.text
    at = found.end()
    return f"{query.text[:at]}\n      {' '.join(blocks)}{query.text[at:]}"
