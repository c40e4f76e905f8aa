"""Run SPARQL against the store, with parameters bound as typed values.

On Oxigraph, queries go in as strings with SEP-0007 substitutions (an rdflib prepared query
object would silently fall back to rdflib's own engine, hundreds of times slower); on an rdflib
dataset (used by the benchmark for comparison) the same values go in as ``initBindings``.

What only the engine needs (narrow.py, known.py) is imported where it is used: a question
answered from its kept answer, most of what ``coordkg ask`` does, never loads it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pyoxigraph as ox

from coordkg.errors import InputError
from coordkg.graph.store.local import GraphName, Readable, Term
from coordkg.queries.catalogue import Query
from coordkg.queries.select import kept_answer
from coordkg.queries.table import Table

if TYPE_CHECKING:
    from rdflib import Dataset

    from coordkg.queries.narrow import PlanDocuments

XSD = "http://www.w3.org/2001/XMLSchema#"


def typed_value(query: Query, name: str, value: str) -> tuple[str, str]:
    """Check a parameter value against its declared type: (lexical form, datatype IRI).

    Raises:
        InputError: the value is not of the parameter's type.
    """
    param = query.parameter(name)
    where = f"--{name}"
    if param.type == "integer":
        if not re.fullmatch(r"-?[0-9]+", value):
            raise InputError(where, f"must be a whole number, not {value!r}")
        return str(int(value)), XSD + "integer"
    if param.type == "decimal":
        try:
            return str(Decimal(value)), XSD + "decimal"
        except InvalidOperation:
            raise InputError(where, f"must be a number, not {value!r}") from None
    if param.type == "boolean":
        low = value.lower()
        if low not in ("true", "false", "yes", "no"):
            raise InputError(where, f"must be true or false, not {value!r}")
        return ("true" if low in ("true", "yes") else "false"), XSD + "boolean"
    return value, XSD + "string"


def _text(term: object) -> str:
    if term is None:
        return ""
    return str(getattr(term, "value", term))


def bindings(query: Query, params: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Every parameter's variable with its typed value: given, else the default ("" = any).

    All parameters are always bound: Oxigraph folds ``BOUND(?p)`` to false for a variable no
    pattern binds, so queries test ``?p = ""`` instead.
    """
    for name in params:
        query.parameter(name)  # raises on an unknown parameter
    out = {}
    for p in query.parameters:
        value = params.get(p.name, p.default or "")
        out[p.variable] = typed_value(query, p.name, value) if value != "" else ("", XSD + "string")
    return out


def substitutions(query: Query, params: Mapping[str, str]) -> dict[ox.Variable, Term]:
    """Every parameter's variable bound to its typed value (see :func:`bindings`)."""
    return {
        ox.Variable(var): ox.Literal(lexical, datatype=ox.NamedNode(datatype))
        for var, (lexical, datatype) in bindings(query, params).items()
    }


def run_oxigraph(
    store: Readable, query: Query, params: Mapping[str, str], kept: Path | None = None
) -> Table:
    """Answer a catalogue question from an Oxigraph store (or a SPARQL server).

    With ``kept``, the folder of answers computed when the store's generation was written (see
    answers.py), the question is answered from its answer there, filtered by its parameters
    (see select.py), when there is one; otherwise it goes to :func:`run_sparql`.
    """
    if kept is not None:
        answer = kept_answer(kept, query, asked(query, params))
        if answer is not None:
            return answer
    return run_sparql(store, query, params)


@dataclass(frozen=True)
class Source:
    """What a command asks its questions of: a store, and the answers kept for the generation
    it reads, which the command passes in explicitly when it has them (a local store's live
    generation); a SPARQL server, which other writers may change, has none."""

    store: Readable
    kept: Path | None = None

    def ask(self, query: Query, params: Mapping[str, str]) -> Table:
        return run_oxigraph(self.store, query, params, self.kept)

    def answer(self, query: Query, params: Mapping[str, str]) -> Table:
        """The question's rows for someone who asked it by name (``coordkg ask``, the web's
        ``/ask``): when there are none, a value that names nothing in the graph is an error
        rather than an empty answer (see known.py).

        Raises:
            InputError: a parameter's value names nothing the graph knows.
        """
        table = self.ask(query, params)
        given = asked(query, params)
        if not table.rows and given:
            from coordkg.queries import known  # only for an empty answer

            known.check(self.store, query, given, lambda: self.ask(query, {}))
        return table


class Opens(Protocol):
    """A local store or a SPARQL server: what it reads, with its kept answers' folder if any."""

    def opened(self) -> contextlib.AbstractContextManager[tuple[Readable, Path | None]]: ...


@contextlib.contextmanager
def source_of(store: Opens) -> Iterator[Source]:
    """The store's current graph as a :class:`Source`, held until the block ends."""
    with store.opened() as (readable, kept):
        yield Source(readable, kept)


def asked(query: Query, params: Mapping[str, str]) -> dict[str, str]:
    """The parameters given a value other than their default, with that value as bound."""
    given, default = bindings(query, params), bindings(query, {})
    return {
        p.name: given[p.variable][0]
        for p in query.parameters
        if given[p.variable] != default[p.variable]
    }


def run_sparql(
    store: Readable, query: Query, params: Mapping[str, str], narrow: bool = True
) -> Table:
    """Run a catalogue query on the store's SPARQL engine: over all named graphs, or, when the
    question is asked of one plan, over that plan's graphs (see :func:`scope`)."""
    table = solve(store, query, params, narrow, hidden=not narrow)
    return table.without(query.hidden, query.distinct)


def solve(
    store: Readable,
    query: Query,
    params: Mapping[str, str],
    narrow: bool = True,
    hidden: bool = True,
    edit: Callable[[str], str] = lambda text: text,
    tabulate: Callable[[object], Table] = lambda result: solutions_table(result),
) -> Table:
    """The engine's rows for ``query``, with its hidden columns (what a kept answer holds), or,
    with ``hidden=False``, without them (the engine then never sends them).

    ``narrow=False`` sends the file's text as written, its filters alone selecting (the
    benchmark's baseline for :mod:`narrow`). ``edit`` changes the text sent and ``tabulate``
    makes the table of its solutions (presort.py sorts them itself)."""
    from coordkg.queries.narrow import narrowed, plan_documents, unprojected  # the engine's only

    subs = substitutions(query, params)
    plan = params.get("plan", "")
    documents = plan_documents(store, plan) if _takes(query, plan) else []
    values = {p.name: subs[ox.Variable(p.variable)] for p in query.parameters}
    text = narrowed(store, query, asked(query, params), documents, values) if narrow else query.text
    text = edit(text if hidden else unprojected(text, unsent(query)))
    subs = {v: t for v, t in subs.items() if re.search(rf"\?{v.value}\b", text)}
    graphs = scope(store, query, plan, documents)
    if graphs is None:
        result = store.query(text, substitutions=subs, use_default_graph_as_union=True)
    else:
        named: list[ox.NamedNode | ox.BlankNode] = [
            g for g in graphs if isinstance(g, ox.NamedNode)
        ]
        result = store.query(text, substitutions=subs, default_graph=graphs, named_graphs=named)
    return sort_lists(query, _unbound(tabulate(result)))


def unsent(query: Query) -> tuple[str, ...]:
    """The hidden columns the engine need not send for a question asked without them: of a
    DISTINCT question, not those its rows are ordered by.  A store then orders by a column it
    does not select, and where DISTINCT merged rows that differ in it, each store puts the
    merged row where it likes (Virtuoso: not where Oxigraph does); sent, they are merged here,
    in order (:meth:`Table.without`), as the kept answer's rows are."""
    order = query.order if query.distinct else ()
    return tuple(c for c in query.hidden if c not in order)


MAX_SCOPE = 16
"""Beyond this many documents a plan is read from the union of all graphs: Oxigraph reads a
list of default graphs one graph at a time, which costs more than one pass over the union."""


def _takes(query: Query, plan: str) -> bool:
    """Whether the question is asked of one plan (and takes one)."""
    return bool(plan) and any(p.name == "plan" for p in query.parameters)


def scope(
    store: Readable,
    query: Query,
    plan: str,
    documents: PlanDocuments | None = None,
) -> list[GraphName] | None:
    """The graphs a question about one plan needs: that plan's document graphs and coordkg's
    own (entities, reference, ontology, inferred), as the default graph and as the graphs
    ``GRAPH ?g`` ranges over; None for a question about every plan.

    The question still filters by plan; reading only these graphs makes it cost what it costs
    in a graph of one plan (measured at 1,000 plans: ``roles --plan`` 3.9 s -> 17 ms).
    """
    from coordkg.graph.names import OWN_GRAPHS
    from coordkg.queries.narrow import plan_documents

    if not _takes(query, plan):
        return None
    if documents is None:
        documents = plan_documents(store, plan)
    found: list[GraphName] = sorted({g for g, _ in documents}, key=str)
    if len(found) > MAX_SCOPE:
        return None
    return [*found, *(ox.NamedNode(g) for g in OWN_GRAPHS)]


def _unbound(table: Table) -> Table:
    """Drop the parameter columns a query projects only so that they can be bound."""
    return table.without([c for c in table.columns if c.startswith("p_")])


def sort_lists(query: Query, table: Table) -> Table:
    """Sort the items of the query's list and sentence columns."""
    return table.sorted_lists(query.lists).sorted_lists(query.sentences, " | ")


def solutions_table(result: object) -> Table:
    """A table from Oxigraph SELECT solutions."""
    if not isinstance(result, ox.QuerySolutions):
        raise InputError("query", "is not a SELECT query")
    columns = tuple(v.value for v in result.variables)
    return terms_table(columns, map(tuple, result))  # a solution's values, in the columns' order


def terms_table(columns: tuple[str, ...], rows: Iterable[tuple[object, ...]]) -> Table:
    """A table of rows of RDF terms (None for no value), as text."""
    return Table(columns, tuple(tuple(_text(term) for term in row) for row in rows))


def run_rdflib(dataset: Dataset, query: Query, params: Mapping[str, str]) -> Table:
    """The same query on rdflib's own engine (for comparison in benchmarks and tests)."""
    from rdflib import Literal as RLiteral
    from rdflib import URIRef
    from rdflib.query import ResultRow
    from rdflib.term import Identifier

    init: dict[str, Identifier] = {
        var: RLiteral(lexical, datatype=URIRef(datatype))
        for var, (lexical, datatype) in bindings(query, params).items()
    }
    result = dataset.query(query.text, initBindings=init)
    columns = tuple(str(v) for v in result.vars or ())
    rows = tuple(
        tuple(_text(row[i]) for i in range(len(columns)))
        for row in result
        if isinstance(row, ResultRow)
    )
    return sort_lists(query, _unbound(Table(columns, rows))).without(query.hidden, query.distinct)
