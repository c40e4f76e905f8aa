"""Carry the kept answers over to a graph that changed by a few documents.

Adding or removing one document used to answer the whole catalogue again, which at a thousand
plans costs most of the command.  Most questions' rows each come from one document (its graph
and coordkg's own: entities, reference, ontology), and their ``ORDER BY`` keeps each document's
rows together (``?plan ?doc_id`` before any other column).  Such an answer only changes in the
rows of the documents that changed: those added, replaced or removed, and any document naming
an entity whose description changed with them (a new name, kind or country; a new spelling
alone changes no row).  Those documents are asked again and their rows take the place of the
old ones; every other question is answered afresh.  The result is the answer a full computation
gives (``tests/queries/test_incremental.py`` checks that).
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox

from coordkg.graph.names import ENTITIES_GRAPH, GRAPH_PREFIX, INFERRED_GRAPH, OWN_GRAPHS
from coordkg.graph.store.local import Readable
from coordkg.graph.store.stored import document_ids
from coordkg.queries.answers import INDEX, Answer, Damaged, keep, load, save
from coordkg.queries.catalogue import Query
from coordkg.queries.narrow import restricted
from coordkg.queries.run import solutions_table, solve, sort_lists, substitutions
from coordkg.queries.table import Table

SPELLING = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
"""The one statement about an entity no carried answer shows (names are matched through the
label answer, which is always answered afresh)."""

DOCUMENT = ox.NamedNode("https://w3id.org/coordkg/ontology#Document")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
OWN = [ox.NamedNode(g) for g in OWN_GRAPHS]

MAX_ENTITIES = 500
"""Beyond this many changed entities, finding the documents that name them costs more than
asking every question again."""

MAX_SHARE = 0.02
"""Beyond this share of the documents changed, every question is answered afresh: the rows of
many documents cost nearly what the whole question costs, and their merge comes on top."""

REWRITTEN = (ENTITIES_GRAPH, INFERRED_GRAPH)
"""The graphs of coordkg's own that ``add`` and ``remove`` change besides documents' (the
ontology and the reference data are written by ``build`` alone)."""

_ORDER = re.compile(r"^ORDER BY((?:\s+\?\w+)+)\s*$", re.MULTILINE)


def grouping(query: Query) -> tuple[str, ...] | None:
    """The columns the question's rows are ordered by first, the last one naming their
    document (the second column of its plan match), when its rows each come from one document;
    else None."""
    order = _ORDER.search(query.text)
    columns = [v.lstrip("?") for v in order.group(1).split()] if order else []
    plan = query.match("plan")
    if plan is None or len(plan.columns) != 2 or plan.columns[1] not in columns:
        return None
    return tuple(columns[: columns.index(plan.columns[1]) + 1])


def changed(before: Readable, after: Readable, documents: Collection[str]) -> set[str] | None:
    """The documents whose rows may differ between the two graphs; None when too many
    documents or entities changed for carrying over to pay (ask everything again)."""
    most = MAX_SHARE * max(len(document_ids(before)), len(document_ids(after)))
    if len(documents) > most:  # first the documents themselves: then nothing else is read
        return None
    entities = _redescribed(before, after)
    if len(entities) > MAX_ENTITIES:
        return None
    changed = {*documents, *_naming(before, entities), *_naming(after, entities)}
    return changed if len(changed) <= most else None


def _graphs(store: Readable, documents: Iterable[str]) -> Iterator[ox.NamedNode]:
    """The graphs of those ``documents`` the store holds."""
    for doc in sorted(documents):
        graph = ox.NamedNode(GRAPH_PREFIX + doc)
        if next(store.quads_for_pattern(None, None, None, graph), None) is not None:
            yield graph


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


def fresh_rows(query: Query, after: Readable, documents: Collection[str]) -> Table | None:
    """The rows of ``documents`` (None: the query cannot be restricted to them).  Each is asked
    alone, read from its graph and coordkg's, all its rows depend on: in Oxigraph that is
    cheaper than one query over all their graphs, or over every graph with their ``VALUES``."""
    subs = substitutions(query, {})
    columns: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = []
    for graph in _graphs(after, documents):
        iris = [
            str(q.subject)
            for q in after.quads_for_pattern(None, TYPE, DOCUMENT, graph)
            if isinstance(q.subject, ox.NamedNode)
        ]
        text = restricted(query, iris)
        if text is None:
            return None
        scope: list[ox.NamedNode | ox.BlankNode] = [graph, *OWN]
        result = after.query(text, substitutions=subs, default_graph=[*scope], named_graphs=scope)
        table = solutions_table(result)
        columns = table.columns
        rows += table.rows
    table = sort_lists(query, Table(columns, tuple(rows)))
    return table.without([c for c in table.columns if c.startswith("p_")])


Run = tuple[tuple[str, ...], int, int, int]
"""One group's rows: its key, which answer they come from (0 old, 1 fresh), first and end row."""


def carried(
    old: Answer, query: Query, key: tuple[str, ...], after: Readable, documents: Collection[str]
) -> Answer | None:
    """The question's new answer: the old rows of the unchanged documents, the changed ones'
    rows asked again, document by document in the order of ``key`` (None: the changed rows
    cannot be asked for alone).  Columns are joined as they are stored, so the old rows
    are never made into strings; the strings only dropped rows used stay in the answer.

    Raises:
        ValueError: the rows are not grouped by document as ``key`` says (answer afresh).
        Damaged: the old answer is.
    """
    table = fresh_rows(query, after, documents)
    if table is None:
        return None
    at = [old.names.index(c) for c in key]
    strings = list(old.strings)
    codes = {s: i for i, s in enumerate(strings)}

    def code(text: str) -> int:
        found = codes.get(text)
        if found is None:
            found = codes[text] = len(strings)
            strings.append(text)
        return found

    order = [table.columns.index(n) for n in old.names] if table.rows else []
    rows = [r for r in table.rows if r[order[at[-1]]] in documents]
    fresh = tuple(array(INDEX, [code(r[i]) for r in rows]) for i in order)
    try:
        runs = [run for run in _runs(old.columns, strings, at, 0) if run[0][-1] not in documents]
    except IndexError:
        raise Damaged("a cell points outside the strings") from None
    _check_ordered(runs)
    runs = sorted([*runs, *_runs(fresh, strings, at, 1)] if rows else runs)
    _check_ordered(runs)
    sources = (old.columns, fresh)
    columns = tuple(array(INDEX) for _ in old.names)
    for _, source, first, end in runs:
        for column, piece in zip(columns, sources[source], strict=True):
            column.extend(piece[first:end])
    return Answer(old.names, strings, columns)


def _runs(
    columns: Sequence[array[int]], strings: list[str], at: list[int], source: int
) -> Iterator[Run]:
    """The groups of rows, each with its key (the strings of the ``at`` columns)."""
    unit = columns[at[-1]] if columns else array(INDEX)
    first = 0
    for row in range(1, len(unit) + 1):
        if row == len(unit) or unit[row] != unit[first]:
            yield tuple(strings[columns[i][first]] for i in at), source, first, row
            first = row


def _check_ordered(runs: Sequence[Run]) -> None:
    """Each group once, the keys in order (as the engine orders plain strings): what merging
    by key assumes of the question's ``ORDER BY``.

    Raises:
        ValueError: they are not.
    """
    units = {key[-1] for key, *_ in runs}
    if len(units) != len(runs) or any(a[0] >= b[0] for a, b in itertools.pairwise(runs)):
        raise ValueError("rows not grouped by their key")


def update(
    old: Path, after: Readable, folder: Path, queries: Iterable[Query], documents: Collection[str]
) -> None:
    """Keep in ``folder`` each question's answer for ``after``, carried over from the answers
    kept in ``old`` (for the graph before the change) where it can be, else answered afresh."""
    for query in queries:
        key = grouping(query)
        answer = load(old, query) if key is not None else None
        try:
            table = (
                carried(answer, query, key, after, documents)
                if answer is not None and key is not None
                else None
            )
        except (Damaged, ValueError):
            table = None
        if table is not None:
            keep(folder, query, table)
        else:
            save(folder, query, solve(after, query, {}))
