"""Carry the kept answers over to a graph that changed by a few documents.

Adding or removing one document used to answer the whole catalogue again, which at a thousand
plans costs most of the command.  Most questions' rows each come from one document (its graph
and coordkg's own: entities, reference, ontology), and their ``ORDER BY`` keeps each document's
rows together (``?plan ?doc_id`` before any other column).  Such an answer only changes in the
rows of the documents that changed: those added, replaced or removed, and any document naming
an entity whose description changed with them (a new name, kind or country; a new spelling
alone changes no row).  Those documents are asked again, each from its own graph and
coordkg's, copied into a small store in memory, and their rows take the place of the old
ones (the questions that repeat the role join put theirs together from its parts, asked of that
store once: rolejoin.py).  A question whose rows each describe one entity (``entities``,
``nodes``) asks again only the entities the changed documents name or whose description
changed.  Every other question is answered afresh.  The result is the answer a full
computation gives (``tests/queries/test_incremental.py`` checks that).
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from coordkg.graph.keys import NAME_KEY, PLACE_KEY
from coordkg.graph.names import ENTITIES_GRAPH, GRAPH_PREFIX, INFERRED_GRAPH, OWN_GRAPHS
from coordkg.graph.store.local import Readable
from coordkg.graph.store.stored import document_ids
from coordkg.queries.answers import INDEX, Answer, Damaged, keep, load, save
from coordkg.queries.catalogue import Query
from coordkg.queries.narrow import closing, entity_restricted, restricted, unasked
from coordkg.queries.rolejoin import RoleJoin, joined
from coordkg.queries.run import solutions_table, solve, sort_lists, substitutions
from coordkg.queries.table import Table

UNSHOWN = frozenset(
    ox.NamedNode(p) for p in ("http://www.w3.org/2004/02/skos/core#altLabel", NAME_KEY, PLACE_KEY)
)
"""The statements about an entity no carried answer shows: a spelling, and the keys of its names,
which change only with a name (a statement that counts) or a spelling (names are matched
through the label answer, which is always answered afresh)."""

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


def grouping(query: Query) -> tuple[str, ...] | None:
    """The columns the question's rows are ordered by first, the last one naming their
    document (the second column of its plan match), when its rows each come from one document;
    else None."""
    columns = query.order
    plan = query.match("plan")
    if plan is None or len(plan.columns) != 2 or plan.columns[1] not in columns:
        return None
    return tuple(columns[: columns.index(plan.columns[1]) + 1])


@dataclass(frozen=True)
class Change:
    """What carrying the answers over asks again."""

    documents: frozenset[str]
    """The documents whose rows may differ (see :func:`changed`)."""
    entities: frozenset[str]
    """The IRIs whose rows may differ in a question whose rows each describe one entity: those
    the changed documents' graphs name, before or after, and those described anew (a spelling
    included: ``entities`` shows them)."""


def changed(before: Readable, after: Readable, documents: Collection[str]) -> Change | None:
    """What may differ between the two graphs when ``documents`` were added, replaced or
    removed; None when too many documents or entities changed for carrying over to pay (ask
    everything again)."""
    most = MAX_SHARE * max(len(document_ids(before)), len(document_ids(after)))
    if len(documents) > most:  # first the documents themselves: then nothing else is read
        return None
    near = _iris(before, documents) | _iris(after, documents)
    described = _described(before, after, near)
    entities = {s for s, p, _ in described if p not in UNSHOWN}
    if len(entities) > MAX_ENTITIES:
        return None
    named = {*documents, *_naming(before, entities), *_naming(after, entities)}
    if len(named) > most:
        return None
    return Change(frozenset(named), frozenset(near | {s.value for s, _, _ in described}))


def _iris(store: Readable, documents: Iterable[str]) -> set[str]:
    """Every IRI the graphs of ``documents`` hold, as subject or object."""
    found = set()
    for graph in _graphs(store, documents):
        for q in store.quads_for_pattern(None, None, None, graph):
            found |= {t.value for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    return found


def _graphs(store: Readable, documents: Iterable[str]) -> Iterator[ox.NamedNode]:
    """The graphs of those ``documents`` the store holds."""
    for doc in sorted(documents):
        graph = ox.NamedNode(GRAPH_PREFIX + doc)
        if next(store.quads_for_pattern(None, None, None, graph), None) is not None:
            yield graph


Description = tuple[ox.NamedNode, ox.NamedNode, ox.Triple]
"""A statement of a graph ``add`` and ``remove`` rewrite: (entity, predicate, statement)."""


def _described(before: Readable, after: Readable, near: Collection[str]) -> set[Description]:
    """The statements about entities that differ between the two graphs, where only the
    entities ``near`` (the IRIs of the changed documents' graphs, before and after) can be
    described anew: the entities graph gains what those documents say of the entities they
    name and loses the entities no document names any more, which only they named, and the
    inferred graph is dropped.  Reading only those entities' statements costs a fraction of
    reading every statement of both graphs, which is done when the statements about other
    entities are not as many after as before (an entity a build described that no document
    names, say)."""
    entities, inferred = (ox.NamedNode(g) for g in REWRITTEN)
    subjects = [ox.NamedNode(iri) for iri in sorted(near)]
    sides = [
        {
            (s, q.predicate, q.triple)
            for s in subjects
            for q in store.quads_for_pattern(s, None, None, entities)
        }
        for store in (before, after)
    ]
    if len(sides[0]) - _count(before, entities) != len(sides[1]) - _count(after, entities):
        return _descriptions(before) ^ _descriptions(after)
    dropped = _descriptions(before, inferred) ^ _descriptions(after, inferred)
    return (sides[0] ^ sides[1]) | dropped


def _count(store: Readable, graph: ox.NamedNode) -> int:
    """How many statements ``graph`` holds (counted by the engine)."""
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
    assert isinstance(rows, ox.QuerySolutions)
    (row,) = rows
    count = row["n"]
    assert isinstance(count, ox.Literal)
    return int(count.value)


def _descriptions(store: Readable, *graphs: ox.NamedNode) -> set[Description]:
    """What ``graphs`` (default: those ``add`` and ``remove`` rewrite) say about entities."""
    return {
        (q.subject, q.predicate, q.triple)
        for g in graphs or [ox.NamedNode(g) for g in REWRITTEN]
        for q in store.quads_for_pattern(None, None, None, g)
        if isinstance(q.subject, ox.NamedNode)
    }


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


def copied(store: Readable, documents: Collection[str]) -> ox.Store:
    """The graphs of ``documents`` and coordkg's own, in a store in memory: asking a few
    documents' rows there costs a fraction of asking them of the whole store on disk."""
    near = ox.Store()
    for graph in [*_graphs(store, documents), *OWN]:
        near.extend(store.quads_for_pattern(None, None, None, graph))
    return near


def fresh_rows(
    query: Query, after: Readable, documents: Collection[str], join: RoleJoin | None = None
) -> Table | None:
    """The rows of ``documents`` (None: the query cannot be restricted to them): put together
    from ``join`` (the role join's parts of ``after``, restricted to ``documents``) when the
    question repeats it; else each document asked alone, read from its graph and coordkg's,
    all its rows depend on: in Oxigraph that is cheaper than one query over all their graphs,
    or over every graph with their ``VALUES``."""
    if join is not None and (table := joined(join, query)) is not None:
        return table
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
    return _shown(query, Table(columns, tuple(rows)))


def _shown(query: Query, table: Table) -> Table:
    """The engine's rows as a kept answer holds them: lists sorted, parameters dropped."""
    table = sort_lists(query, table)
    return table.without([c for c in table.columns if c.startswith("p_")])


class _Strings:
    """A kept answer's strings, each new one appended and given the next code."""

    def __init__(self, strings: list[str]) -> None:
        self.strings = list(strings)
        self._codes = {s: i for i, s in enumerate(self.strings)}

    def code(self, text: str) -> int:
        found = self._codes.get(text)
        if found is None:
            found = self._codes[text] = len(self.strings)
            self.strings.append(text)
        return found

    def columns(self, table: Table, names: Sequence[str]) -> tuple[array[int], ...]:
        """The table's columns ``names`` as codes."""
        order = [table.columns.index(n) for n in names] if table.rows else []
        return tuple(array(INDEX, [self.code(r[i]) for r in table.rows]) for i in order)


Run = tuple[tuple[str, ...], int, int, int]
"""One group's rows: its key, which answer they come from (0 old, 1 fresh), first and end row."""


def carried(
    old: Answer,
    query: Query,
    key: tuple[str, ...],
    after: Readable,
    documents: Collection[str],
    join: RoleJoin | None = None,
) -> Answer | None:
    """The question's new answer: the old rows of the unchanged documents, the changed ones'
    rows asked again, document by document in the order of ``key`` (None: the changed rows
    cannot be asked for alone).  Columns are joined as they are stored, so the old rows
    are never made into strings; the strings only dropped rows used stay in the answer.

    Raises:
        ValueError: the rows are not grouped by document as ``key`` says (answer afresh).
        Damaged: the old answer is.
    """
    table = fresh_rows(query, after, documents, join)
    if table is None:
        return None
    at = [old.names.index(c) for c in key]
    strings = _Strings(old.strings)
    unit = table.columns.index(key[-1]) if table.rows else 0
    table = Table(table.columns, tuple(r for r in table.rows if r[unit] in documents))
    fresh = strings.columns(table, old.names)
    try:
        runs = [
            run for run in _runs(old.columns, strings.strings, at, 0) if run[0][-1] not in documents
        ]
    except IndexError:
        raise Damaged("a cell points outside the strings") from None
    _check_ordered(runs)
    runs = sorted([*runs, *_runs(fresh, strings.strings, at, 1)] if table.rows else runs)
    _check_ordered(runs)
    sources = (old.columns, fresh)
    columns = tuple(array(INDEX) for _ in old.names)
    for _, source, first, end in runs:
        for column, piece in zip(columns, sources[source], strict=True):
            column.extend(piece[first:end])
    return Answer(old.names, strings.strings, columns)


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


_STR_OF = re.compile(r"BIND\s*\(\s*STR\(\?(?P<var>\w+)\)\s+AS\s+\?(?P<column>\w+)\s*\)")
_PART = re.compile(r"\s*(?:#[^\n]*\s*)*(?P<part>\{\s*SELECT\b|BIND\s*\(|FILTER\s*\(|\})")
_GROUPED_BY = re.compile(r"\bGROUP\s+BY\s+\?(\w+)\s*\}\Z")


def keyed(query: Query) -> tuple[str, str] | None:
    """(variable, column) when the question's rows each describe one entity: its ``WHERE`` joins
    sub-selects each grouped by that variable alone, with ``BIND``s and ``FILTER``s, and the
    column is the variable's IRI; else None.  An entity's row then depends only on what the
    graphs say of it and of the plans that name it."""
    text = unasked(query)
    where = re.search(r"\bWHERE\s*\{", text)
    if where is None:
        return None
    at, groups, columns = where.end(), set(), {}
    while (part := _PART.match(text, at)) is not None and part["part"] != "}":
        end = closing(text, part.end() - 1 if part["part"][0] != "{" else part.start("part"))
        if part["part"][0] == "{":
            grouped = _GROUPED_BY.search(text, part.start("part"), end + 1)
            if grouped is None:
                return None
            groups.add(grouped.group(1))
        elif bound := _STR_OF.fullmatch(text, part.start("part"), end + 1):
            columns[bound["var"]] = bound["column"]
        at = end + 1
    if part is None or len(groups) != 1 or next(iter(groups)) not in columns:
        return None
    (var,) = groups
    return var, columns[var]


def rekeyed(
    old: Answer, query: Query, key: tuple[str, str], after: Readable, entities: Collection[str]
) -> Answer | None:
    """The question's new answer: the old rows of the entities not in ``entities`` (IRIs), the
    rows of those asked again from the whole graph, merged in the order of the question's
    ``ORDER BY`` (None: it orders by something not shown).

    Raises:
        ValueError: the old rows are not in that order, or a fresh row ties with another on it
            (the engine's order of the two is not known: answer afresh).
        Damaged: the old answer is.
    """
    var, column = key
    by = query.order
    if not by or not {*by, column} <= {*old.names}:
        return None
    text = entity_restricted(query, var, [str(ox.NamedNode(e)) for e in entities])
    if text is None:
        return None
    subs = substitutions(query, {})
    result = after.query(text, substitutions=subs, use_default_graph_as_union=True)
    strings = _Strings(old.strings)
    fresh = strings.columns(_shown(query, solutions_table(result)), old.names)
    at = [old.names.index(c) for c in by]
    gone = {i for i, s in enumerate(old.strings) if s in entities}
    unit = old.column(column)
    try:
        kept = [
            (tuple(strings.strings[old.columns[i][r]] for i in at), 0, r)
            for r in range(len(old))
            if unit[r] not in gone
        ]
    except IndexError:
        raise Damaged("a cell points outside the strings") from None
    if any(a[0] > b[0] for a, b in itertools.pairwise(kept)):
        raise ValueError("rows not in the order of the question")
    count = len(fresh[0]) if fresh else 0
    new = [(tuple(strings.strings[fresh[i][r]] for i in at), 1, r) for r in range(count)]
    rows = sorted([*kept, *new], key=lambda row: row[0])  # stable: ties among old rows stay
    if any(a[0] == b[0] and 1 in (a[1], b[1]) for a, b in itertools.pairwise(rows)):
        raise ValueError("a fresh row ties with another")
    sources = (old.columns, fresh)
    columns = tuple(
        array(INDEX, [sources[source][c][r] for _, source, r in rows])
        for c in range(len(old.names))
    )
    return Answer(old.names, strings.strings, columns)


def update(
    old: Path, after: Readable, folder: Path, queries: Iterable[Query], change: Change
) -> None:
    """Keep in ``folder`` each question's answer for ``after``, carried over from the answers
    kept in ``old`` (for the graph before the change) where it can be, else answered afresh."""
    near = copied(after, change.documents)
    join = RoleJoin(near, change.documents)  # asked when a question first needs it
    for query in queries:
        grouped, entity = grouping(query), keyed(query)
        answer = load(old, query) if grouped is not None or entity is not None else None
        table: Answer | None = None
        try:
            if answer is not None and grouped is not None:
                table = carried(answer, query, grouped, near, change.documents, join)
            elif answer is not None and entity is not None:
                table = rekeyed(answer, query, entity, after, change.entities)
        except (Damaged, ValueError):
            table = None
        if table is not None:
            keep(folder, query, table)
        else:
            save(folder, query, solve(after, query, {}))
