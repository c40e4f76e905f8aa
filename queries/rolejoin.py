"""The role join asked of the engine once, for the questions that repeat it, when answers are kept.

``roles``, ``body`` and ``hxl`` each join every ckg:RoleAssignment with its holder, role, body,
plan, document, names and scope, and ``roles`` and ``body`` group the rows by the same key;
answering each afresh makes the engine do that join three times, the largest share of the time
keeping every answer takes (measured in tests/benchmarks/README.md). Here the engine is asked
for the parts once, each one pattern's subjects and values, and the answers are put together
from them in Python (``hxl``'s other branch, the programmes, is asked of the engine as its
``.rq`` writes it). ``add`` and ``remove`` ask the same parts of the
changed documents' graphs (incremental.py), restricted to those documents' rows.

The ``.rq`` stays the one definition of each question: what is computed here is the answer to
the exact text named by its digest in :data:`WRITTEN_FOR`. A changed ``.rq`` no longer matches
it, and the question goes back to the engine, as written, until this module is worked out and
checked again for the new text (tests/queries/test_rolejoin.py compares every kept file, byte
for byte, with the engine's). Where the engine's own order cannot be known (rows equal in every
key it sorts by, which it orders its own way; see presort.py), the question is left to it too.

The other questions over the same assignments stay with the engine: ``bodies`` and
``evidence`` are DISTINCT and keep a column they are not ordered by (the holder), so several
holders of one role tie (about a quarter of their rows on the synthetic plans) and only the
engine knows their order; ``by_place`` needs parts of its own (each assignment's evidence,
their sentences and offsets, whose scans cost about what the engine's whole answer does; put
together here, with its offsets ordered as numbers, it gave the engine's rows and was no
faster); ``links`` joins the assignments in a UNION with three
other kinds of statement, and their ends' classes.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import product
from typing import NamedTuple

import pyoxigraph as ox

from coordkg.graph.store.local import Readable
from coordkg.queries.catalogue import Query
from coordkg.queries.presort import HEAD, Unordered, ordered
from coordkg.queries.run import sort_lists
from coordkg.queries.table import Table

WRITTEN_FOR = {
    "roles": "2deacaebf83b273126afb38b4e99613582a5b25144cb76e674ad5cc975bc5325",
    "body": "e5c89e162469105de1cb53df3a223b4b2c3636ddb0517527511f796208540aa3",
    "hxl": "48191170c6d6d5d106ef7060573db58ff70d2b675c33bd3afb8dd8769ffdbc96",
}
"""The sha256 of each question's ``.rq`` text that :func:`joined` computes the answer of."""

_PREFIXES = """PREFIX ckg:  <https://w3id.org/coordkg/ontology#>
PREFIX org:  <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

#: The parts of the join, each asked once as one subject's values: the assignments' holders,
#: roles, bodies and plans, and what the questions join to them. A single pattern is a scan
#: of one index, cheaper than the engine's join of the assignments' five patterns (joined
#: here by subject, as the engine does).
_PARTS = {
    "member": "?s org:member ?v",
    "role": "?s org:role ?v",
    "body": "?s org:organization ?v",
    "plan": "?s ckg:inPlan ?v",
    "notation": "?s skos:notation ?v",
    "document": "?s ckg:describedIn ?v",
    "period": "?s ckg:period ?v",
    "starts": "?s ckg:periodStart ?v",
    "names": "?s skos:prefLabel ?v",
    "acronyms": "?s ckg:acronym ?v",
    "iati": "?s ckg:iatiIdentifier ?v",
    "quotes": "?s a ckg:RoleAssignment ; prov:wasDerivedFrom/ckg:quote ?v",
    "scope_places": "?s a ckg:RoleAssignment ; ckg:scopePlace ?v",
    "pcodes": "?s ckg:pcode ?v",
    "isos": "?s ckg:iso3166 ?v",
    "levels": "?s a ckg:RoleAssignment ; ckg:scopeLevel/skos:notation ?v",
    "co_holders": "?s ckg:coHolder ?v",
}
_ASSIGNMENTS = "SELECT ?s WHERE { ?s a ckg:RoleAssignment }"

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Group = tuple[Term, ox.Literal, Term, Term, Term, str]  # plan, doc_id, o, b, role, scope


class Assignment(NamedTuple):
    """One solution of the assignments' patterns: the assignment, its holder, body, plan and
    role's notation, the plan's document (its id) and period (None for none)."""

    m: Term
    o: Term
    b: Term
    p: Term
    role: Term
    doc_id: ox.Literal
    period: Term | None

    @property
    def plan(self) -> Term:
        """COALESCE(?period, ?doc_id)."""
        return self.doc_id if self.period is None else self.period


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass
class RoleJoin:
    """The parts of the role join, asked of ``store`` when first needed; with ``documents``
    (their ids), only the rows of those documents are put together (what ``add`` asks again)."""

    store: Readable
    documents: frozenset[str] | None = None
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

    def assignments(self) -> Iterator[Assignment]:
        """Each assignment with its holder, body, plan, role's notation, plan's document and
        plan's period, one for each combination of their values.

        Raises:
            Unordered: a document is a blank node (STR() of it fails in the engine).
        """
        if "assignments" not in self._parts:
            self._parts["assignments"] = self._rows(_ASSIGNMENTS)
        member, role, body, plan = (self.values(n) for n in ("member", "role", "body", "plan"))
        notation, document, period = (self.values(n) for n in ("notation", "document", "period"))
        for (m,) in self._parts["assignments"]:
            for o, r, b, p in product(*(v.get(m, ()) for v in (member, role, body, plan))):
                for n, doc in product(notation.get(r, ()), document.get(p, ())):
                    if isinstance(doc, ox.BlankNode):
                        raise Unordered  # not worked out here
                    doc_id = doc.value.rsplit("/", 1)[-1]  # REPLACE(STR(?doc), "^.*/", "")
                    if self.documents is not None and doc_id not in self.documents:
                        continue
                    for when in period.get(p) or (None,):
                        yield Assignment(m, o, b, p, n, ox.Literal(doc_id), when)

    def scope_places(self, m: Term) -> list[Term]:
        """The places an assignment is for that have a name (its scope's first choice)."""
        names = self.values("names")
        return [pl for pl in self.values("scope_places").get(m, ()) if names.get(pl)]


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
        return sort_lists(query, _sorted(query, columns, make(join, query)))
    except Unordered:
        return None


def _strings(terms: Iterable[Term]) -> list[str]:
    """STR() of each term.

    Raises:
        Unordered: one is a blank node (STR() of it fails in the engine: not worked out here).
    """
    out = []
    for term in terms:
        if isinstance(term, ox.BlankNode):
            raise Unordered
        out.append(term.value)
    return out


def _groups(join: RoleJoin, quoted: bool) -> dict[Group, list[Term]]:
    """The assignments grouped as the questions group them (plan, document, holder, body,
    role, scope), each group's assignments listed; only those whose holder has a name, and
    with ``quoted``, whose body has a name and which have a quote, as roles.rq requires."""
    names, quotes, levels = join.values("names"), join.values("quotes"), join.values("levels")
    groups: dict[Group, list[Term]] = defaultdict(list)
    for a in join.assignments():
        if not names.get(a.o) or (quoted and (not names.get(a.b) or not quotes.get(a.m))):
            continue
        places = [name for pl in join.scope_places(a.m) for name in names[pl]]
        for scope in _strings(places or levels.get(a.m) or ()) or [""]:
            groups[(a.plan, a.doc_id, a.o, a.b, a.role, scope)].append(a.m)
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


Row = dict[str, Term | None]  # None: unbound


def _held(join: RoleJoin, quoted: bool) -> Iterator[tuple[Row, Term, list[Term]]]:
    """``body``'s row of each group (``_groups``), with its body and its assignments."""
    names, acronyms = join.values("names"), join.values("acronyms")
    for (plan, doc_id, o, b, role, scope), ms in _groups(join, quoted).items():
        yield {"plan": plan, "doc_id": doc_id, "o": o, "b": b, "role": role,
               "scope": ox.Literal(scope), "organization": _least(names[o]),
               "organization_acronym": _least(acronyms.get(o)),
               "with": _co_holders(join, ms)}, b, ms  # fmt: skip


def _roles(join: RoleJoin) -> list[Row]:
    """``body``'s rows of the quoted assignments, with the body's names and the quotes."""
    names, acronyms, quotes = join.values("names"), join.values("acronyms"), join.values("quotes")
    return [
        {**row, "body": _least(names[b]), "body_acronym": _least(acronyms.get(b)),
         "evidence": ox.Literal(" | ".join({q.value for m in ms for q in quotes[m]}))}
        for row, b, ms in _held(join, quoted=True)
    ]  # fmt: skip


def _body(join: RoleJoin) -> list[Row]:
    return [row for row, _, _ in _held(join, quoted=False)]


def _hxl(join: RoleJoin, query: Query) -> list[Row]:
    """``hxl``'s rows: those of its first branch (the roles) put together here, grouped by the
    strings it groups by, with the least of each group's quotes; those of its second branch
    (the programmes) asked of the engine, that branch's text as the ``.rq`` writes it."""
    names, quotes, starts = join.values("names"), join.values("quotes"), join.values("starts")
    iati, acronyms = join.values("iati"), join.values("acronyms")
    pcodes, isos = join.values("pcodes"), join.values("isos")
    least: dict[tuple[Term, tuple[str, ...]], str] = {}  # (plan, the other keys): evidence
    for a in join.assignments():
        if not names.get(a.o) or not names.get(a.b) or not quotes.get(a.m):
            continue
        places = [
            (name, code)
            for pl in join.scope_places(a.m)
            for name in _strings(names[pl])
            for code in _strings(pcodes.get(pl) or isos.get(pl) or ()) or [""]
        ] or [("", "")]
        evidence = min(_strings(quotes[a.m]))
        for *keys, (place, code) in product(
            [a.doc_id.value], _strings(starts.get(a.p) or ()) or [""], _strings(names[a.o]),
            _strings(iati.get(a.o) or ()) or [""], _strings([a.role]), _strings(names[a.b]),
            _strings(acronyms.get(a.b) or ()) or [""], places,
        ):  # fmt: skip
            group = (a.plan, (*keys, place, code))
            least[group] = min(least.get(group, evidence), evidence)
    columns = ("doc_id", "year", "organization", "organization_code", "role", "body",
               "body_code", "place", "place_code")  # fmt: skip
    rows: list[Row] = [
        {"plan": plan, **{c: ox.Literal(v) for c, v in zip(columns, keys, strict=True)},
         "programme": _EMPTY, "funding_usd": _EMPTY, "evidence": ox.Literal(evidence)}
        for (plan, keys), evidence in least.items()
    ]  # fmt: skip
    branch, select = _SECOND_BRANCH.search(query.text), HEAD.search(query.text)
    assert branch is not None and select is not None  # the text is the one written for
    result = join.store.query(
        query.text[: select.start()] + branch["select"], use_default_graph_as_union=True
    )
    assert isinstance(result, ox.QuerySolutions)
    variables = [v.value for v in result.variables]
    for solution in result:
        row = dict(zip(variables, solution, strict=True))
        doc_id = row["doc_id"]
        if join.documents is None or (doc_id is not None and doc_id.value in join.documents):
            rows.append(row)
    return rows


_EMPTY = ox.Literal("")
_SECOND_BRANCH = re.compile(r"\}\s*UNION\s*\{\s*(?P<select>SELECT\b.*?\bGROUP BY\b[^}]*)\}", re.S)


def _sorted(query: Query, columns: tuple[str, ...], rows: list[Row]) -> Table:
    """``rows`` as the engine orders them by the question's ORDER BY, each row with the
    question's columns (Unordered as presort.ordered says, for any tie). A list column's
    items are joined by the engine in an order of its own, so it is no key here: rows that tie
    on every other key are not ordered here either (and ``SELECT DISTINCT`` then has nothing
    to merge)."""
    order = [k for k in query.order if k not in query.lists]
    table = [tuple(row[c] for c in columns) for row in rows]
    return ordered(columns, table, order, equal_ties=False)


_ANSWERS: dict[str, Callable[[RoleJoin, Query], list[Row]]] = {
    "roles": lambda join, _: _roles(join),
    "body": lambda join, _: _body(join),
    "hxl": _hxl,
}
