"""Tell a parameter value that names nothing from one that selects no rows.

``ask roles --role colead`` and ``ask roles --org WFP --role secretariat`` both give no rows, but
only the second is an answer: "colead" is no role, a mistyped plan or organisation names
nothing, and an empty table would hide the mistake.  So when a question comes back empty, each
value it was asked with is checked against what the graph knows, by what its ``#+ match:``
line says it selects: a name against the names of the graph's entities, a plan against its plans
and document ids, any other value against the values its column takes in the whole answer.  A
value that names nothing is an :class:`InputError` (exit 2) that lists the known values, or the
nearest ones where there are many.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping

import pyoxigraph as ox

from coordkg.errors import InputError, StoreError
from coordkg.graph.keys import lookup_key
from coordkg.graph.store.local import Readable
from coordkg.queries.catalogue import KEYS, LABEL_PATHS, Match, Query
from coordkg.queries.narrow import entities, plan_documents
from coordkg.queries.table import Table

LISTED = 12
"""At most this many known values are listed; beyond it, the nearest to the value given."""

_KEYLESS = (
    "it has no name keys ({key}), by which questions find names: it was built by an older"
    " coordkg; build it again (`coordkg build`)"
)
"""A name the graph holds but cannot be found by: a store from before the keys, not a typo."""

_LABELS = """PREFIX ckg:  <https://w3id.org/coordkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?l WHERE {{ ?x {path} ?l }}"""

_PLANS = """PREFIX ckg: <https://w3id.org/coordkg/ontology#>
SELECT DISTINCT ?period WHERE { GRAPH ?g { ?p ckg:describedIn ?doc ; ckg:period ?period } }"""


def check(
    store: Readable, query: Query, asked: Mapping[str, str], whole: Callable[[], Table]
) -> None:
    """Raise for the first value of ``asked`` (the parameters given, as bound) that names
    nothing in the graph.  ``whole`` gives the question's answer without parameters, for the
    values a column takes (asked for only when such a value is to be checked).

    Raises:
        InputError: a value names nothing the graph knows.
        StoreError: a value is a name of the graph, but the graph has no keys to find it by.
    """
    for name, value in sorted(asked.items()):
        match = query.match(name)
        if match is None:
            continue
        if match.kind in LABEL_PATHS:
            if not entities(store, match.kind, value):
                labels = _labels(store, match)
                if lookup_key(value) in {lookup_key(label) for label in labels}:
                    raise StoreError("the graph", _KEYLESS.format(key=KEYS[match.kind]))
                what = "place" if match.kind == "places" else "entity"
                raise _unknown(name, value, f"names no {what} in the graph", labels)
        elif name == "plan":
            if not plan_documents(store, value):
                known = sorted(_plans(store))
                raise _unknown(name, value, "names no plan in the graph", known, "or a document id")
        else:
            taken = _column_values(whole(), match)
            folded = value.casefold() if match.kind == "text" else value
            if folded not in {v.casefold() if match.kind == "text" else v for v in taken}:
                problem = f"matches no {match.columns[0]} in `{query.name}`"
                raise _unknown(name, value, problem, taken)


def _unknown(name: str, value: str, problem: str, known: list[str], also: str = "") -> InputError:
    """The error for ``--name value``, naming the known values or, when many, the nearest."""
    if len(known) <= LISTED:
        shown, label = known, "known"
    else:
        shown, label = difflib.get_close_matches(value, known, n=5, cutoff=0.5), "nearest"
    listed = ", ".join(shown) if shown else "none near it"
    extra = f"; {also}" if also else ""
    return InputError(f"--{name}", f"{value!r} {problem} ({label}: {listed}{extra})")


def _labels(store: Readable, match: Match) -> list[str]:
    rows = store.query(
        _LABELS.format(path=LABEL_PATHS[match.kind]), use_default_graph_as_union=True
    )
    assert isinstance(rows, ox.QuerySolutions)
    return sorted({r["l"].value for r in rows if isinstance(r["l"], ox.Literal)})


def _plans(store: Readable) -> set[str]:
    rows = store.query(_PLANS)
    assert isinstance(rows, ox.QuerySolutions)
    return {r["period"].value for r in rows if isinstance(r["period"], ox.Literal)}


def _column_values(table: Table, match: Match) -> list[str]:
    idx = [table.columns.index(c) for c in match.columns if c in table.columns]
    return sorted({row[i] for row in table.rows for i in idx if row[i]})
