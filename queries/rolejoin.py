"""The role join asked of the engine once, for the questions that repeat it, when answers are kept.

``roles`` and ``body`` each join every ckg:RoleAssignment with its holder, role, body, plan,
document, names, scope and co-holders, and group the rows by the same key; answering each
afresh makes the engine do that join twice (at 300 plans 1.7 s of the 9.5 s of CPU that
keeping every answer took). Here the engine is asked for the parts once, each one pattern's
subjects and values, and the two answers are put together from them in Python.

The ``.rq`` stays the one definition of each question: what is computed here is the answer to
the exact text named by its digest in :data:`WRITTEN_FOR`. A changed ``.rq`` no longer matches
it, and the question goes back to the engine, as written, until this module is worked out and
checked again for the new text (tests/queries/test_rolejoin.py compares every kept file, byte
for byte, with the engine's). Where the engine's own order cannot be known (rows equal in every
key it sorts by, which it orders its own way; see presort.py), the question is left to it too.

The other questions over the same assignments stay with the engine: ``bodies`` and
``evidence`` are DISTINCT and keep a column they are not ordered by (the holder), so several
holders of one role tie and only the engine knows their order; ``by_place`` is ordered by a
number (an offset), which is not ordered here; ``hxl`` and ``links`` join the assignments in a
UNION with other statements.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise, product

import pyoxigraph as ox

from coordkg.graph.store.local import Readable
from coordkg.queries.catalogue import Query
from coordkg.queries.presort import HEAD, Unordered, order_key
from coordkg.queries.run import sort_lists, terms_table
from coordkg.queries.table import Table

WRITTEN_FOR = {
    "roles": "2deacaebf83b273126afb38b4e99613582a5b25144cb76e674ad5cc975bc5325",
    "body": "e5c89e162469105de1cb53df3a223b4b2c3636ddb0517527511f796208540aa3",
}
"""The sha256 of each question's ``.rq`` text that :func:`joined` computes the answer of."""

_PREFIXES = """PREFIX ckg:  <https://w3id.org/coordkg/ontology#>
PREFIX org:  <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

#: The parts of the join, each asked once as one subject's values: the assignments' holders,
#: roles, bodies and plans, and what the questions join to them. A single pattern is a scan
#: of one index; the engine's join of the assignments' five patterns took 2.4 times as long as
#: their scans (joined here by subject, which the engine did too).
_PARTS = {
    "member": "?s org:member ?v",
    "role": "?s org:role ?v",
    "body": "?s org:organization ?v",
    "plan": "?s ckg:inPlan ?v",
    "notation": "?s skos:notation ?v",
    "document": "?s ckg:describedIn ?v",
    "period": "?s ckg:period ?v",
    "names": "?s skos:prefLabel ?v",
    "acronyms": "?s ckg:acronym ?v",
    "quotes": "?s a ckg:RoleAssignment ; prov:wasDerivedFrom/ckg:quote ?v",
    "places": "?s a ckg:RoleAssignment ; ckg:scopePlace/skos:prefLabel ?v",
    "levels": "?s a ckg:RoleAssignment ; ckg:scopeLevel/skos:notation ?v",
    "co_holders": "?s ckg:coHolder ?v",
}
_ASSIGNMENTS = "SELECT ?s WHERE { ?s a ckg:RoleAssignment }"

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Group = tuple[Term, ox.Literal, Term, Term, Term, str]  # plan, doc_id, o, b, role, scope


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class RoleJoin:
    """The parts of the role join, asked of ``store`` when first needed."""

    store: Readable
    _parts: dict[str, list[tuple[Term, ...]]] = field(default_factory=dict)
    _values: dict[str, dict[Term, list[Term]]] = field(default_factory=dict)

    def _rows(self, text: str) -> list[tuple[Term, ...]]:
        result = self.store.query(_PREFIXES + text, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)
        return [tuple(solution) for solution in result]

    def values(self, name: str) -> dict[Term, list[Term]]:
        """Each subject's values in a part."""
        if name not in self._values:
            out: dict[Term, list[Term]] = defaultdict(list)
            for subject, value in self._rows(f"SELECT ?s ?v WHERE {{ {_PARTS[name]} }}"):
                out[subject].append(value)
            self._values[name] = dict(out)
        return self._values[name]

    def assignments(self) -> Iterator[tuple[Term, Term, Term, Term, Term, Term | None]]:
        """Each assignment with its holder, body, role's notation, plan's document and plan's
        period (None for none), one for each combination of their values."""
        if "assignments" not in self._parts:
            self._parts["assignments"] = self._rows(_ASSIGNMENTS)
        member, role, body, plan = (self.values(n) for n in ("member", "role", "body", "plan"))
        notation, document, period = (self.values(n) for n in ("notation", "document", "period"))
        for (m,) in self._parts["assignments"]:
            for o, r, b, p in product(*(v.get(m, ()) for v in (member, role, body, plan))):
                for n, doc, when in product(
                    notation.get(r, ()), document.get(p, ()), period.get(p) or (None,)
                ):
                    yield m, o, b, n, doc, when


def joined(join: RoleJoin, query: Query) -> Table | None:
    """The answer to ``query`` asked with no parameters, as :func:`run.solve` gives it, put
    together from ``join``; None for a question (or a text) not worked out here, or whose
    rows the engine orders its own way."""
    make = _ANSWERS.get(query.name)
    if make is None or WRITTEN_FOR.get(query.name) != digest(query.text):
        return None
    head = HEAD.search(query.text)
    assert head is not None  # the text is the one this module was written for
    columns = tuple(v for v in re.findall(r"\?(\w+)", head["head"]) if not v.startswith("p_"))
    try:
        return sort_lists(query, _sorted(query, columns, make(join)))
    except Unordered:
        return None


def _strings(terms: Iterable[Term]) -> list[str]:
    return [t.value for t in terms]


def _groups(join: RoleJoin, quoted: bool) -> dict[Group, list[Term]]:
    """The assignments grouped as the questions group them (plan, document, holder, body,
    role, scope), each group's assignments listed; only those whose holder has a name, and
    with ``quoted``, whose body has a name and which have a quote, as roles.rq requires."""
    names, quotes = join.values("names"), join.values("quotes")
    places, levels = join.values("places"), join.values("levels")
    groups: dict[Group, list[Term]] = defaultdict(list)
    for m, o, b, role, doc, period in join.assignments():
        if not names.get(o) or (quoted and (not names.get(b) or not quotes.get(m))):
            continue
        if isinstance(doc, ox.BlankNode):
            raise Unordered  # STR() of it fails in the engine: not worked out here
        doc_id = ox.Literal(doc.value.rsplit("/", 1)[-1])
        scopes = _strings(places.get(m) or levels.get(m) or ()) or [""]
        for scope in scopes:
            plan = doc_id if period is None else period
            groups[(plan, doc_id, o, b, role, scope)].append(m)
    return groups


def _least(values: Iterable[Term] | None) -> ox.Literal:
    """MIN(STR(?value)), "" for none (the .rq's COALESCE)."""
    return ox.Literal(min(_strings(values or ()), default=""))


def _co_holders(join: RoleJoin, assignments: Iterable[Term]) -> ox.Literal:
    """The co-holders' acronyms (else names) of ``assignments``, in any order (sorted after)."""
    names, acronyms, co = join.values("names"), join.values("acronyms"), join.values("co_holders")
    found = {
        value
        for m in assignments
        for c in co.get(m, ())
        if names.get(c)
        for value in _strings(acronyms.get(c) or names[c])
    }
    return ox.Literal(";".join(found))


Row = dict[str, Term]


def _roles(join: RoleJoin) -> list[Row]:
    names, acronyms, quotes = join.values("names"), join.values("acronyms"), join.values("quotes")
    return [
        {"plan": plan, "doc_id": doc_id, "o": o, "b": b, "role": role, "scope": ox.Literal(scope),
         "organization": _least(names[o]), "organization_acronym": _least(acronyms.get(o)),
         "body": _least(names[b]), "body_acronym": _least(acronyms.get(b)),
         "with": _co_holders(join, ms),
         "evidence": ox.Literal(" | ".join({q.value for m in ms for q in quotes[m]}))}
        for (plan, doc_id, o, b, role, scope), ms in _groups(join, quoted=True).items()
    ]  # fmt: skip


def _body(join: RoleJoin) -> list[Row]:
    names, acronyms = join.values("names"), join.values("acronyms")
    return [
        {"plan": plan, "doc_id": doc_id, "o": o, "b": b, "role": role, "scope": ox.Literal(scope),
         "organization": _least(names[o]), "organization_acronym": _least(acronyms.get(o)),
         "with": _co_holders(join, ms)}
        for (plan, doc_id, o, b, role, scope), ms in _groups(join, quoted=False).items()
    ]  # fmt: skip


def _sorted(query: Query, columns: tuple[str, ...], rows: list[Row]) -> Table:
    """``rows`` as the engine orders them by the question's ORDER BY, each row with the
    question's columns; Unordered when that order is not known here: two rows tie on the
    keys (the engine's sort is unstable), or a key holds IRIs and strings. A list column's
    items are joined by the engine in an order of its own, so rows that tie on every other
    key are not ordered here either (and ``SELECT DISTINCT`` then has nothing to merge)."""
    order = [k for k in query.order if k not in query.lists]
    keyed = sorted(
        ((tuple(order_key(row[k]) for k in order), row) for row in rows), key=lambda p: p[0]
    )
    if any(len({key[i][0] for key, _ in keyed} - {0}) > 1 for i in range(len(order))):
        raise Unordered  # IRIs and strings in one key
    if any(first == second for (first, _), (second, _) in pairwise(keyed)):
        raise Unordered  # a tie the engine's sort orders its own way
    return terms_table(columns, [tuple(row[c] for c in columns) for _, row in keyed])


_ANSWERS: dict[str, Callable[[RoleJoin], list[Row]]] = {"roles": _roles, "body": _body}
