"""Put a question's name parameters inside its query, as the entities they name.

A catalogue query tests ``--org IOM`` with a FILTER after its aggregating sub-select, where every
store sees the bound value; but then the engine aggregates every role of every plan before it
keeps IOM's.  Here the name is first resolved to the IRIs of the entities it names (one small
query, the name bound as a value), and those IRIs are put as ``VALUES`` at the head of the
sub-select, so the engine starts from them.  The FILTER stays: it still decides, and the
``VALUES`` only leave out rows it would reject, so the answer is the same with or without them.

The same holds for ``--plan``: the plan's documents go in as ``VALUES ?doc`` where the
sub-select reads ``?p ckg:describedIn ?doc`` (a plan shared by more documents than
:func:`run.scope` reads one by one is otherwise answered from every plan's rows, filtered).

Only matches the query declares (``#+ match: PARAM names|places COLUMN``, ``#+ match: plan
exact plan doc_id``; catalogue.py) are narrowed, and only where the sub-select binds what they
select in its own group; the IRIs come from the store, never from the user's text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

import pyoxigraph as ox

from coordkg.graph.store.local import Readable
from coordkg.queries.catalogue import LABEL_PATHS, Match, Query

_SUBSELECT = re.compile(r"\{\s*SELECT\b(?P<head>[^{]*?)\bWHERE\s*\{", re.DOTALL)

_GROUP = re.compile(r"\bGRAPH\s+\S+\s*\{|\{|\}|ckg:describedIn\s+\?doc\b")

PLAN_DOCUMENTS = """PREFIX ckg: <https://w3id.org/coordkg/ontology#>
SELECT DISTINCT ?g ?doc ?plan WHERE {
  GRAPH ?g { ?p ckg:describedIn ?doc . OPTIONAL { ?p ckg:period ?period } }
  FILTER (STR(?period) = STR(?plan) || REPLACE(STR(?doc), "^.*/", "") = STR(?plan))
}"""
"""The documents of a plan and the graphs that hold them: those whose period is the value, or
whose document id is (as every query's plan FILTER tests)."""

PlanDocuments = list[tuple[ox.NamedNode, ox.NamedNode]]
"""(graph, document) of each document of a plan."""

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


def _reads_documents(query: Query) -> bool:
    """Whether the first sub-select reads ``?p ckg:describedIn ?doc`` in its own group (or in a
    GRAPH block of it: a join), not in an OPTIONAL, a UNION branch or a nested query."""
    found = _SUBSELECT.search(query.text)
    if found is None or re.search(r"\bAS\s+\?doc\b", query.text):
        return False
    return _binds(query.text, found.end())


def _binds(text: str, start: int) -> bool:
    """Whether the first ``ckg:describedIn ?doc`` after ``start`` (the opening of a
    sub-select's WHERE) is in that group itself or a GRAPH block of it."""
    blocks: list[bool] = []  # per open block: whether it is a GRAPH block
    for token in _GROUP.finditer(text, start):
        word = token.group()
        if word == "}":
            if not blocks:
                return False
            blocks.pop()
        elif word.endswith("{"):
            blocks.append(word.startswith("GRAPH"))
        else:
            return all(blocks)
    return False


def plan_narrowable(query: Query) -> bool:
    """Whether ``--plan`` can go inside the query as the plan's documents."""
    match = query.match("plan")
    return match is not None and match.columns == ("plan", "doc_id") and _reads_documents(query)


def plan_documents(store: Readable, plan: str) -> PlanDocuments:
    """(graph, document) of every document of ``plan``."""
    rows = store.query(PLAN_DOCUMENTS, substitutions={ox.Variable("plan"): ox.Literal(plan)})
    assert isinstance(rows, ox.QuerySolutions)
    return sorted(
        (r["g"], r["doc"])
        for r in rows
        if isinstance(r["g"], ox.NamedNode) and isinstance(r["doc"], ox.NamedNode)
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


def narrowed(
    store: Readable,
    query: Query,
    asked: Mapping[str, str],
    documents: PlanDocuments | None = None,
) -> str:
    """The query's text with a ``VALUES`` block per narrowable parameter ``asked`` gives
    (``documents``: the asked plan's, when the caller has them already)."""
    blocks = [
        f"VALUES ?{m.columns[0]} {{ {' '.join(map(str, entities(store, m.kind, value)))} }}"
        for name, value in sorted(asked.items())
        if (m := query.match(name)) is not None and narrowable(query, m)
    ]
    if "plan" in asked and plan_narrowable(query):
        if documents is None:
            documents = plan_documents(store, asked["plan"])
        iris = sorted({str(doc) for _, doc in documents})
        blocks.append(f"VALUES ?doc {{ {' '.join(iris)} }}")
    found = _SUBSELECT.search(query.text)
    if not blocks or found is None:
        return query.text
    at = found.end()
    return f"{query.text[:at]}\n      {' '.join(blocks)}{query.text[at:]}"


def restricted(query: Query, documents: Collection[str]) -> str | None:
    """The query's text with ``VALUES ?doc`` of ``documents`` (IRIs) at the head of every
    sub-select that reads ``?p ckg:describedIn ?doc`` in its own group (one branch of a UNION
    each); None when none does."""
    if re.search(r"\bAS\s+\?doc\b", query.text):
        return None
    values = f"\n      VALUES ?doc {{ {' '.join(sorted(documents))} }}"
    text, found = query.text, False
    for sub in reversed(list(_SUBSELECT.finditer(query.text))):
        if _binds(query.text, sub.end()):
            text, found = text[: sub.end()] + values + text[sub.end() :], True
    return text if found else None
