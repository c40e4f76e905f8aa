"""Answer a question with parameters from its kept answer, choosing the rows its filters would.

Each parameter's ``#+ match:`` header says what its SPARQL FILTER does (see catalogue.py).
Here the same choice is made over the rows of the kept answer, whose hidden columns (an
entity's IRI, a document id) hold what the filters test. So a question about one organisation
across every plan costs what reading the answer costs, not an aggregation over every plan in
the engine (measured at 1,000 plans: ``roles --org IOM --role co-lead`` 5.7 s in the engine,
8.6 ms here).
``tests/queries/test_select.py`` checks every declaration against the engine's answers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from coordkg.graph.keys import lookup_key
from coordkg.queries.answers import Answer, Damaged, load
from coordkg.queries.catalogue import KEYS, Match, Query, parse
from coordkg.queries.table import Table

LABELS = parse(
    f"""#+ name: labels
#+ summary: Every entity's name and place keys (labels in lower case), for `names`/`places` matches.
PREFIX ckg:  <https://w3id.org/coordkg/ontology#>
SELECT ?id ?kind ?label WHERE {{
  {{ ?x {KEYS["names"]} ?l . BIND("names" AS ?kind) }}
  UNION
  {{ ?x {KEYS["places"]} ?l . BIND("places" AS ?kind) }}
  BIND(STR(?x) AS ?id)
  BIND(STR(?l) AS ?label)
}}
""",
    "coordkg.queries.select",
)
"""Kept beside the answers, so that ``names`` and ``places`` matches need no engine."""

Labels = dict[tuple[str, str], set[str]]


def kept_answer(folder: Path, query: Query, asked: Mapping[str, str]) -> Table | None:
    """The answer to ``query`` given the parameters ``asked`` (those whose value is not the
    default), from the answers kept in ``folder``; None when there is no usable answer or a
    parameter has no declared match (the engine must answer then)."""
    matches: list[tuple[Match, str]] = []
    for name, value in asked.items():
        match = query.match(name)
        if match is None or query.parameter(name).default:
            return None
        matches.append((match, value))
    answer = load(folder, query)
    if answer is None:
        return None
    labels = _labels(folder) if any(m.kind in ("names", "places") for m, _ in matches) else {}
    if labels is None:
        return None
    try:
        rows = _rows(answer, matches, labels)
        table = answer.table([n for n in answer.names if n not in query.hidden], rows)
    except Damaged:
        return None
    return table.distinct() if query.distinct and query.hidden else table


def _rows(
    answer: Answer, matches: Sequence[tuple[Match, str]], labels: Labels
) -> Sequence[int] | None:
    """The numbers of the rows every match accepts (None: every row)."""
    if not matches:
        return None
    rows: Sequence[int] = range(len(answer))
    for match, value in matches:
        accepts = _test(match.kind, value, labels)
        columns = [answer.column(c) for c in match.columns]
        try:
            wanted = [{i for i in set(c) if accepts(answer.strings[i])} for c in columns]
        except IndexError:
            raise Damaged("a cell points outside the strings") from None
        if len(columns) == 1:
            [column], [ok] = columns, wanted
            rows = [r for r in rows if column[r] in ok]
        else:
            pairs = list(zip(columns, wanted, strict=True))
            rows = [r for r in rows if any(c[r] in ok for c, ok in pairs)]
    return rows


def _test(kind: str, value: str, labels: Labels) -> Callable[[str], bool]:
    """Whether a cell holds what ``value`` selects, as the FILTER of a ``kind`` match decides.

    Python's ``str.lower`` and SPARQL's ``LCASE`` both apply Unicode's default lower-casing
    (final sigma, dotted capital I), so ``text`` matches agree with the engine; a name is
    looked up by its key, as the engine does (graph/keys.py).
    """
    if kind == "exact":
        return lambda cell: cell == value
    if kind == "text":
        low = value.lower()
        return lambda cell: cell.lower() == low
    return labels.get((kind, lookup_key(value)), set()).__contains__


def _labels(folder: Path) -> Labels | None:
    """Every (match kind, key) with the IRIs of the entities it names."""
    answer = load(folder, LABELS)
    if answer is None:
        return None
    out: Labels = {}
    try:
        for iri, kind, label in answer.table(("id", "kind", "label")).rows:
            out.setdefault((kind, label), set()).add(iri)
    except (Damaged, ValueError):
        return None
    return out
