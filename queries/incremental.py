"""Carry the kept answers over to a graph that changed by a few documents.

Adding or removing one document used to answer the whole catalogue again, which at a thousand
plans costs most of the command.  A question whose rows each belong to one plan (its answer has
``plan`` and ``doc_id`` columns and is ordered by plan first) only changes in the rows of the
plans that changed: those of the documents added, replaced or removed, and those of any plan
naming an entity whose description changed with them (a new name, kind or country; a new
spelling alone changes no row).  Those plans are asked again, one at a time, and their rows take
the place of the old ones; every other question is answered afresh.  The result is the answer a
full computation gives (``tests/queries/test_incremental.py`` checks that).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Collection, Iterable
from pathlib import Path

import pyoxigraph as ox

from coordkg.graph.names import ENTITIES_GRAPH, GRAPH_PREFIX, INFERRED_GRAPH
from coordkg.graph.store.local import Readable
from coordkg.queries.answers import Answer, Damaged, load, save
from coordkg.queries.catalogue import Query, get
from coordkg.queries.run import solve
from coordkg.queries.table import Table

SPELLING = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
"""The one statement about an entity no plan-ordered answer shows (names are matched through
the label answer, which is always answered afresh)."""

MAX_ENTITIES = 500
"""Beyond this many changed entities, finding the plans that name them costs more than asking
every question again."""

MAX_SHARE = 0.02
"""Beyond this share of the plans changed, every question is answered afresh: a plan asked
alone still costs a good part of a whole question (measured at 100 plans: eight changed plans
took five times as long as answering afresh), so carrying over pays only at scale."""

REWRITTEN = (ENTITIES_GRAPH, INFERRED_GRAPH)
"""The graphs of coordkg's own that ``add`` and ``remove`` change besides documents' (the
ontology and the reference data are written by ``build`` alone)."""

_BY_PLAN = re.compile(r"^ORDER BY \?plan\b", re.MULTILINE)


def by_plan(query: Query) -> bool:
    """Whether each row of the question's answer belongs to one plan, rows grouped by plan."""
    match = query.match("plan")
    return (
        match is not None
        and match.columns == ("plan", "doc_id")
        and _BY_PLAN.search(query.text) is not None
    )


def changed_plans(before: Readable, after: Readable, documents: Collection[str]) -> set[str] | None:
    """The plans whose rows may differ between the two graphs; None when too many entities or
    plans changed for carrying over to pay (ask everything again)."""
    plans = get("plans")
    rows = [*solve(before, plans, {}).as_dicts(), *solve(after, plans, {}).as_dicts()]
    most = MAX_SHARE * len({r["plan"] for r in rows})

    def of(documents: set[str]) -> set[str] | None:
        changed = {r["plan"] for r in rows if r["doc_id"] in documents}
        return changed if len(changed) <= most else None

    # first the documents' own plans: when they are too many already, nothing else is read
    if of(set(documents)) is None:
        return None
    entities = _redescribed(before, after)
    if len(entities) > MAX_ENTITIES:
        return None
    return of({*documents, *_naming(before, entities), *_naming(after, entities)})


def _descriptions(store: Readable) -> set[ox.Triple]:
    """What the graphs ``add`` and ``remove`` rewrite say about entities, spellings aside."""
    return {
        q.triple
        for g in REWRITTEN
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))
        if q.predicate != SPELLING
    }


def _redescribed(before: Readable, after: Readable) -> set[ox.NamedNode]:
    """The entities a statement about which was added or dropped (its subject: the class or
    country it points to is not what changed)."""
    changed = _descriptions(before) ^ _descriptions(after)
    return {t.subject for t in changed if isinstance(t.subject, ox.NamedNode)}


_NAMING = """SELECT DISTINCT ?g WHERE {{
  VALUES ?x {{ {iris} }}
  GRAPH ?g {{ {{ ?x ?p ?o }} UNION {{ ?s ?p ?x }} }}
}}"""


def _naming(store: Readable, entities: set[ox.NamedNode]) -> set[str]:
    """The documents whose graphs name any of ``entities``."""
    if not entities:
        return set()
    text = _NAMING.format(iris=" ".join(sorted(map(str, entities))))
    rows = store.query(text)
    assert isinstance(rows, ox.QuerySolutions)
    graphs = (r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))
    return {g.removeprefix(GRAPH_PREFIX) for g in graphs if g.startswith(GRAPH_PREFIX)}


def carried(old: Answer, query: Query, after: Readable, plans: set[str]) -> Table:
    """The question's new answer: the old rows of unchanged plans, the changed plans' rows asked
    again, in plan order."""
    at = old.names.index("plan")
    kept = [r for r in old.table(old.names).rows if r[at] not in plans]
    fresh: list[tuple[str, ...]] = []
    for plan in sorted(plans):
        table = solve(after, query, {"plan": plan})
        order = [table.columns.index(n) for n in old.names]
        fresh += [row for r in table.rows if (row := tuple(r[i] for i in order))[at] == plan]
    return Table(old.names, tuple(heapq.merge(kept, fresh, key=lambda r: r[at])))


def update(
    old: Path, after: Readable, folder: Path, queries: Iterable[Query], plans: set[str]
) -> None:
    """Keep in ``folder`` each question's answer for ``after``, carried over from the answers
    kept in ``old`` (for the graph before the change) where it can be, else answered afresh."""
    for query in queries:
        answer = load(old, query) if by_plan(query) else None
        try:
            table = carried(answer, query, after, plans) if answer is not None else None
        except (Damaged, ValueError):
            table = None
        save(folder, query, table if table is not None else solve(after, query, {}))
