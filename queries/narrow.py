"""The query text the engine is sent for a set of parameters: each one inside the query,
where it selects.

A catalogue query tests ``--org IOM`` with a FILTER after its aggregating sub-select, where every
store sees the bound value; but then the engine aggregates every role of every plan before it
keeps IOM's, and it evaluates a filter's ``EXISTS`` for every row even when the parameter is ""
and the filter holds anyway (the measured cost: tests/benchmarks/README.md).  So:

- a name is first resolved to the IRIs of the entities it names: one small query, an exact match
  of the name's key (its lower case, graph/keys.py) bound as a value among the keys the build
  wrote beside every label, on an index; and, where the query's ``#+ narrow:`` line names the
  column the parameter's ``#+ match:`` line tests (``#+ narrow: org o``), those IRIs are put as
  ``VALUES`` at the head of the sub-select, so the engine starts from them, and its FILTER is
  left out, since the ``VALUES`` select the same rows;
- ``--plan`` goes in as the plan's documents, ``VALUES ?doc`` where the sub-select reads
  ``?p ckg:describedIn ?doc`` (a plan shared by more documents than :func:`run.scope` reads one
  by one is otherwise answered from every plan's rows, filtered);
- any other parameter's FILTER that tests only one column of the sub-select, bound there by a
  triple pattern (``?r skos:notation ?role``), is decided inside it instead: the pairs of that
  pattern it accepts are looked up first (the value bound) and put in, so it drops rows before
  they are joined and aggregated, not whole groups after;
- every other filter stays where the query writes it, its parameter bound as a value (the
  engine's substitutions, a server's ``VALUES`` block): the user's value never goes into the
  text.  (With the value pasted in place of its parameter inside the sub-select, a hostile one
  is one escaping mistake from being code; bound by a ``VALUES`` block there, Virtuoso's plan
  for ``body_changes --plan 2025`` ran past 300 s.)  The plan's filter costs little there:
  the plan's documents already narrow the sub-select;
- any other name parameter's FILTER becomes a test of its columns against the entities'
  IRIs; and one that selects either of several columns (``links --org``: either end;
  ``by_place --place``: the place or its country) goes in where its ``#+ narrow:`` header
  says (catalogue.py): the sub-select that binds the header's variables keeps only the rows
  where one of them is such an entity (or reaches one by the header's path), each branch of
  its UNION copied once per variable (see :func:`_restricted`);
- one entity, one document or one such pair goes in as constants in the sub-select's patterns
  (Oxigraph plans its joins from constants, not from a ``VALUES`` block); two statements of one
  subject that both get a constant go in as sub-selects, joined by hash (see :func:`_hashed`);
- the FILTER of a parameter not given is left out: bound to "" it holds for every row.

Each rewrite selects the rows the query as written selects; ``tests/queries/test_narrow.py``
compares the two for every parameter of every question.  Only matches the query declares
(``#+ match: PARAM names|places COLUMN``, ``#+ match: plan exact plan doc_id``; catalogue.py) are
narrowed, and a name only where its FILTER is exactly the key match its header declares (see
:func:`key_filter`): a name where its ``#+ narrow:`` line says, a plan where the sub-select reads
the documents in its own group; no store lower-cases a name asked for (its key is Python's,
graph/keys.py: Virtuoso's ``LCASE`` makes "i" of "İ" and "σ" of a final "Σ").

What the rewrites write into the text is safe because none of it is the user's: the user's
value only ever reaches a store bound as a value (the look-ups of names, plans and pairs take
it as a substitution; the filters that stay take their parameter so).  What is written are
terms the store returned for it (IRIs of entities and documents, a pattern's values), each
serialised by pyoxigraph (``str`` of a ``NamedNode`` or ``Literal``: an IRI is checked when it
is made and cannot hold ``>``, a space or a brace; a literal's quotes, backslashes and line
breaks are escaped), and text of the query file itself.  So a name with quotes, braces, ``#``
or ``FILTER`` in it, written by a document or asked for, changes which terms go in, never the
query's shape (``tests/queries/test_hostile_names.py``).  These terms cannot be bound as values
instead: a substitution binds one term to a variable the query projects (pyoxigraph 0.5
refuses any other), while they select inside a sub-select, often several of them, and
Oxigraph plans its joins from the constants a pattern holds, not from a value bound to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace

import pyoxigraph as ox

from coordkg.graph.keys import lookup_key
from coordkg.graph.store.local import Readable, Term
from coordkg.queries.catalogue import KEYS, Match, Narrow, Query

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

_RESOLVE = """PREFIX ckg: <https://w3id.org/coordkg/ontology#>
SELECT DISTINCT ?x ?key WHERE {{ ?x {key} ?key }}"""
"""An entity by a key (Oxigraph substitutes only variables a query projects)."""


def narrowable(query: Query, match: Match) -> bool:
    """Whether ``match`` goes in as the one column it tests: its ``#+ narrow:`` line names
    that column alone (``#+ narrow: org o``), which the query's first sub-select projects as
    it is (a test holds every such line to its query), and its FILTER is that key match and
    nothing else (see :func:`key_filter`)."""
    where = query.narrow(match.param)
    return (
        where is not None
        and len(match.columns) == 1
        and where.targets == ((match.columns[0], ""),)
        and key_filter(query, match)
    )


def key_filter(query: Query, match: Match) -> bool:
    """Whether the parameter's FILTER tests exactly what its ``#+ match:`` line declares: a
    key of the value among those of the entities of its columns, ``EXISTS { ?o ckg:nameKey ?k .
    FILTER (?k = LCASE(STR(?p_org))) }`` (for several columns, one ``{ ?c ckg:nameKey ?k }``
    each, joined by ``UNION``; a column may be its variable's IRI, see :func:`_holds`).  Only
    then do the entities the value names decide it, and may it be left out or replaced by a
    test of them; a filter that tests anything more stays where the query writes it, its
    parameter bound as a value."""
    f = parameter_filters(query.text).get(match.param)
    key = KEYS.get(match.kind)
    found = _KEY_TEST.fullmatch(f.condition) if f is not None and key is not None else None
    if key is None or found is None or found["param"] != match.param:
        return False
    term = rf"\?(\w+)\s+{re.escape(key)}\s+\?{found['k']}\s*\.?"
    part = re.compile(rf"\{{\s*{term}\s*\}}|{term}")
    columns: list[str | None] = []
    for piece in re.split(r"\s*\bUNION\b\s*", found["patterns"]):
        hit = part.fullmatch(piece)
        columns.append((hit[1] or hit[2]) if hit else None)
    if len(columns) != len(match.columns):
        return False
    pairs = zip(match.columns, columns, strict=True)
    return all(v is not None and _holds(query.text, c, v) for c, v in pairs)


def _holds(text: str, column: str, var: str) -> bool:
    """Whether the column is the variable, or its IRI as a string (``BIND(STR(?s) AS
    ?source_id)``)."""
    bound = rf"\bBIND\s*\(\s*STR\(\s*\?{var}\s*\)\s+AS\s+\?{column}\s*\)"
    return column == var or re.search(bound, text) is not None


_KEY_TEST = re.compile(
    r"EXISTS\s*\{\s*(?P<patterns>.*?)\s*FILTER\s*\(\s*\?(?P<k>\w+)\s*=\s*"
    r"LCASE\(\s*STR\(\s*\?p_(?P<param>\w+)\s*\)\s*\)\s*\)\s*\}",
    re.DOTALL,
)
"""A key match as the catalogue writes it (see :func:`key_filter`)."""


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
    """The entities one of whose ``kind`` labels is ``value`` in any case (as the FILTER tests):
    those with its key."""
    rows = store.query(
        _RESOLVE.format(key=KEYS[kind]),
        substitutions={ox.Variable("key"): ox.Literal(lookup_key(value))},
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, ox.QuerySolutions)
    return sorted({r["x"] for r in rows if isinstance(r["x"], ox.NamedNode)}, key=str)


_FILTER = re.compile(r'^[ \t]*FILTER\s*\(\s*STR\(\?p_(?P<name>\w+)\)\s*=\s*""\s*\|\|', re.M)
"""A parameter's filter as the catalogue writes them: ``FILTER (STR(?p_x) = "" || …)``."""


@dataclass(frozen=True)
class Filter:
    """A parameter's filter in a query's text: where it is, and what it tests when the
    parameter is given (what follows ``STR(?p_x) = "" ||``)."""

    start: int  # the start of its line
    end: int  # after its closing parenthesis and the end of its line
    condition: str


def parameter_filters(text: str) -> dict[str, Filter]:
    """Each parameter's filter, by parameter name (the first, should one have several)."""
    out: dict[str, Filter] = {}
    for m in _FILTER.finditer(text):
        close = closing(text, text.index("(", m.start()))
        end = close + 1
        while end < len(text) and text[end] in " \t":
            end += 1
        if end < len(text) and text[end] == "\n":
            end += 1
        out.setdefault(m.group("name"), Filter(m.start(), end, text[m.end() : close].strip()))
    return out


def closing(text: str, at: int) -> int:
    """Where the bracket opened at ``at`` closes (strings, IRIs and comments skipped)."""
    pairs = {"(": ")", "{": "}"}
    opening, depth, i = text[at], 0, at
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i += 1
            while i < len(text) and text[i] != c:
                i += 2 if text[i] == "\\" else 1
        elif c == "#" and (i == 0 or text[i - 1] in " \t\n"):
            i = text.find("\n", i)
            if i < 0:
                break
        elif c == opening:
            depth += 1
        elif c == pairs[opening]:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced {opening!r} at {at}")


def _replaced(text: str, var: str, term: str) -> str:
    """The text with the variable ``?var`` replaced by a serialised term."""
    return re.sub(rf"\?{var}\b", lambda _: term, text)


def _outside(query: Query) -> str:
    """The query's text outside its first sub-select, less its projection, its parameters'
    filters and its ORDER BY: where a variable the sub-select binds could be bound again."""
    found = _SUBSELECT.search(query.text)
    assert found is not None
    start = found.start()
    close = closing(query.text, start)  # the sub-select's own group
    text = query.text[:start] + query.text[close + 1 :]
    for f in sorted(parameter_filters(text).values(), key=lambda f: -f.start):
        text = text[: f.start] + text[f.end :]
    text = re.sub(r"(?m)^\s*#.*$", "", text)
    text = re.sub(r"\bORDER\s+BY\b.*$", "", text, flags=re.S)
    return re.sub(r"^.*?\bSELECT\b.*?\bWHERE\b", "", text, count=1, flags=re.S)


def _bare(head: str) -> str:
    """A sub-select's projection less its expressions (``(MIN(?x) AS ?y)``): the variables it
    projects as they are."""
    return re.sub(r"\([^()]*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)[^()]*)*\)", " ", head)


def _grouped(query: Query) -> set[str]:
    """The variables the first sub-select projects as they are (its group keys), bound nowhere
    outside it."""
    found = _SUBSELECT.search(query.text)
    if found is None:
        return set()
    head = _bare(found.group("head"))
    outside = _outside(query)
    close = closing(query.text, found.end() - 1)
    if re.match(r"[^{}]*\b(LIMIT|OFFSET|HAVING)\b", query.text[close + 1 : close + 200]):
        return set()
    return {v for v in re.findall(r"\?(\w+)", head) if re.search(rf"\?{v}\b", outside) is None}


def _movable(query: Query, f: Filter) -> bool:
    """Whether the filter can go inside the first sub-select: it tests no pattern (no
    ``EXISTS``), only variables the sub-select groups by and nothing outside binds, so it
    keeps or drops whole groups, as it would after them."""
    if re.search(r"\bEXISTS\b", f.condition, re.I):
        return False
    used = {v for v in re.findall(r"\?(\w+)", f.condition) if not v.startswith("p_")}
    return bool(used) and used <= _grouped(query)


def _defaulted(query: Query, name: str) -> bool:
    """Whether the parameter has a default (bound to it, its filter still selects)."""
    return any(p.name == name and p.default for p in query.parameters)


def narrowed(
    store: Readable,
    query: Query,
    asked: Mapping[str, str],
    documents: PlanDocuments | None = None,
    values: Mapping[str, Term] | None = None,
) -> str:
    """The query's text for the parameters ``asked`` (``documents``: the asked plan's, when
    the caller has them already; ``values``: each asked parameter's value as the RDF term it is
    bound to, see run.substitutions; a plain string otherwise):

    - a ``VALUES`` block per narrowable name parameter at the head of the sub-select, the
      entities the name resolves to; the parameter's filter outside is then left out, since
      the ``VALUES`` decide;
    - ``VALUES ?doc`` of an asked plan's documents;
    - every other asked parameter's filter that tests only what the sub-select groups by (see
      :func:`_movable`) decided inside it by the pairs of the pattern that binds its column
      which it accepts (see :func:`_pairs`), where there is such a pattern; the rest stay
      where they are, their parameters bound as values;
    - a block of one row goes in as constants in the sub-select's patterns, bound to its
      variables at the end of the group: Oxigraph orders its joins by the patterns' constants,
      not by a VALUES block;
    - the filter of every parameter not asked left out: bound to "" it holds for every row,
      but the engine still evaluates its ``EXISTS`` for each one.
    """
    query = _targeted(store, query, asked)
    filters = parameter_filters(query.text)
    found = _SUBSELECT.search(query.text)
    blocks: list[Block] = []
    drop = set()
    for name, value in sorted(asked.items()):
        m = query.match(name)
        if m is not None and narrowable(query, m):
            blocks.append(((m.columns[0],), [(str(e),) for e in entities(store, m.kind, value)]))
            drop.add(name)
    if "plan" in asked and plan_narrowable(query):
        if documents is None:
            documents = plan_documents(store, asked["plan"])
        blocks.append((("doc",), [(d,) for d in sorted({str(doc) for _, doc in documents})]))
    for name, value in sorted(asked.items()):
        f = filters.get(name)
        if name in drop or f is None or not _movable(query, f):
            continue
        given = (values or {}).get(name) or ox.Literal(value)
        pairs = _pairs(store, query, f.condition, ox.Variable(f"p_{name}"), given)
        if pairs is not None:
            blocks.append(pairs)
            drop.add(name)
    drop |= {name for name in filters if name not in asked and not _defaulted(query, name)}
    text = query.text
    edits = [(f.start, f.end, "") for n, f in filters.items() if n in drop]
    if found is not None and blocks:
        close = closing(text, found.end() - 1)
        group, head, binds = text[found.end() : close], [], []
        for names, rows in blocks:
            if len(rows) == 1 and "SELECT" not in group:  # a constant: see _inline
                for var, term in zip(names, rows[0], strict=True):
                    group = _replaced(group, var, term)
                    binds.append(f"BIND({term} AS ?{var})")
                continue
            vars_ = " ".join(f"?{v}" for v in names)
            cells = " ".join(f"({' '.join(r)})" if len(names) > 1 else r[0] for r in rows)
            head.append(f"VALUES {'(' + vars_ + ')' if len(names) > 1 else vars_} {{ {cells} }}")
        group = _hashed(group, [t for names, rows in blocks if len(rows) == 1 for t in rows[0]])
        lead = f"\n      {' '.join(head)}" if head else ""
        tail = "".join(f"  {x}\n    " for x in binds)
        edits.append((found.end(), close, lead + group + tail))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return _unprojected(text, [p.variable for p in query.parameters])


def _targeted(store: Readable, query: Query, asked: Mapping[str, str]) -> Query:
    """The query with each asked name parameter that :func:`narrowable` leaves (several
    columns, or one a ``BIND`` assigns) decided by the entities the value names: its FILTER
    replaced by the test of its ``match`` columns against their IRIs (from the store, so no
    store lower-cases the value); and, where its ``#+ narrow:`` header says, the sub-select
    that binds the header's variables restricted to what can reach them (see
    :func:`_restricted`)."""
    text = query.text
    for name, value in sorted(asked.items()):
        m, where = query.match(name), query.narrow(name)
        f = parameter_filters(text).get(name)
        if m is None or f is None or narrowable(query, m) or not key_filter(query, m):
            continue
        found = entities(store, m.kind, value)
        ids = ", ".join(str(ox.Literal(e.value)) for e in found)
        test = " || ".join(f"STR(?{c}) IN ({ids})" for c in m.columns) if found else "false"
        indent = text[f.start : text.index("FILTER", f.start)]
        text = f"{text[: f.start]}{indent}FILTER ({test})\n{text[f.end :]}"
        if where is not None:
            text = _restricted(store, text, where, [str(e) for e in found])
    return replace(query, text=text)


def _restricted(store: Readable, text: str, where: Narrow, found: list[str]) -> str:
    """The text with the deepest sub-select that projects every variable of ``where`` keeping
    only rows where one of them is a value that reaches ``found`` (serialised IRIs) by its
    path: a ``VALUES`` block at the head of its group, or, for several variables or a group
    that is a ``UNION``, a copy of each branch per variable, each with its ``VALUES`` and
    without the rows an earlier copy gave (so no row comes twice)."""
    values: dict[str, set[str]] = {}
    for var, path in where.targets:
        reach = _reaching(store, text, path, found) if path else found
        values.setdefault(var, set()).update(reach)
    names = where.variables
    sub = [s for s in _SUBSELECT.finditer(text) if _projects(s, names)][-1]
    close = closing(text, sub.end() - 1)
    group = text[sub.end() : close]
    branches = _branches(group)
    parts = []
    for branch in branches:
        bound = [v for v in names if re.search(rf"\?{v}\b", branch)]
        for i, var in enumerate(bound):
            earlier = " && ".join(
                f"?{v} NOT IN ({', '.join(sorted(values[v]))})" for v in bound[:i]
            )
            block = f"VALUES ?{var} {{ {' '.join(sorted(values[var]))} }}"
            parts.append((block, branch, f"\n      FILTER ({earlier})" if earlier else ""))
    if not parts:  # no branch binds them: no row can be one of the entities
        new = " FILTER (false) "
    elif len(parts) == 1 and branches == [group]:
        new = f"\n      {parts[0][0]}{group}"
    else:
        copies = (f"{{\n      {b}{branch}{f}\n      }}" for b, branch, f in parts)
        new = "\n      " + " UNION ".join(copies) + "\n    "
    return text[: sub.end()] + new + text[close:]


def _projects(sub: re.Match[str], names: Collection[str]) -> bool:
    """Whether the sub-select projects every one of ``names`` as it is."""
    head = set(re.findall(r"\?(\w+)", _bare(sub.group("head"))))
    return set(names) <= head


def _branches(group: str) -> list[str]:
    """The groups of a group that is ``{ A } UNION { B } …``; else the group itself."""
    parts, at = [], 0
    while (opening := re.compile(r"\s*\{").match(group, at)) is not None:
        end = closing(group, opening.end() - 1)
        parts.append(group[opening.end() : end])
        union = re.compile(r"\s*UNION\b").match(group, end + 1)
        if union is None:
            return parts if not group[end + 1 :].strip() else [group]
        at = union.end()
    return [group]


_REACHING = "SELECT DISTINCT ?x WHERE {{ VALUES ?e {{ {found} }} ?x {path} ?e }}"


def _reaching(store: Readable, text: str, path: str, found: list[str]) -> set[str]:
    """What reaches one of ``found`` by ``path``, a SPARQL path with the prefixes of the query
    ``text``, in any graph."""
    if not found:
        return set()
    prefixes = "".join(re.findall(r"(?m)^PREFIX\s[^\n]*\n", text))
    lookup = prefixes + _REACHING.format(found=" ".join(found), path=path)
    rows = store.query(lookup, use_default_graph_as_union=True)
    assert isinstance(rows, ox.QuerySolutions)
    return {str(r["x"]) for r in rows if isinstance(r["x"], ox.NamedNode)}


_STATEMENT = (
    r"(?m)^(?P<indent>[ \t]*)(?P<body>(?P<s>\?\w+)\s+(?:[A-Za-z][\w-]*:[\w-]+|<[^>\s]+>)"
    r"\s+{term})\s*\.[ \t]*$"
)
"""A whole line ``?s pred TERM .``: one statement, a constant its object."""


def _hashed(group: str, constants: Collection[str]) -> str:
    """The group with each statement ``?s pred CONSTANT .`` of its own level put in a
    sub-select of its own, where two or more such statements share their subject: Oxigraph
    joins two patterns of one subject by looking every match of the first up in the second
    (every membership of IOM, to keep the few that are co-leads), and two sub-selects by
    scanning both once and matching them in a hash table.  (One such statement stays as it
    is: its constant is where the engine starts.)"""
    found: dict[str, list[re.Match[str]]] = {}
    for term in set(constants):
        for m in re.finditer(_STATEMENT.format(term=re.escape(term)), group):
            before = group[: m.start()]
            if before.count("{") == before.count("}"):
                found.setdefault(m["s"], []).append(m)
    shared = [m for ms in found.values() if len(ms) > 1 for m in ms]
    for m in sorted(shared, key=lambda m: -m.start()):
        alone = f"{m['indent']}{{ SELECT {m['s']} WHERE {{ {m['body']} }} }}"
        group = group[: m.start()] + alone + group[m.end() :]
    return group


_HEAD = re.compile(r"^SELECT\b(?P<head>.*?)\bWHERE\b", re.M | re.S)


def _unprojected(text: str, variables: Collection[str]) -> str:
    """The text less those of ``variables`` that the query only projects: a parameter whose
    filter went in or was left out is no longer tested, and a server would send its value back
    in every row (a third of the rows of ``roles`` as JSON)."""
    return unprojected(text, [v for v in variables if len(re.findall(rf"\?{v}\b", text)) == 1])


def unprojected(text: str, variables: Collection[str]) -> str:
    """The text with the outer ``SELECT`` no longer projecting ``variables`` (those it projects
    as they are, not as an expression's result)."""
    head = _HEAD.search(text)
    if head is None:
        return text
    kept = head["head"]
    for v in variables:
        kept = re.sub(rf"(\bAS)?\s+\?{v}\b", lambda m: m[0] if m[1] else "", kept)
    return text[: head.start("head")] + kept + text[head.end("head") :]


Block = tuple[tuple[str, ...], list[tuple[str, ...]]]
"""A ``VALUES`` block: its variables and its rows (serialised terms)."""

_PATTERN = r"(?P<s>\?\w+)\s+(?P<p>[A-Za-z][\w-]*:[\w-]+|<[^>\s]+>)\s+\?{column}\s*[.;]"


def _pairs(
    store: Readable, query: Query, condition: str, parameter: ox.Variable, value: Term
) -> Block | None:
    """For a moved filter testing one column that a triple pattern of the sub-select's own group
    binds (``?r skos:notation ?role .``), the (subject, column) pairs of that pattern the filter
    accepts in the whole graph (``parameter`` bound to ``value``), as a ``VALUES`` block: the
    engine then starts from them (``org:role ?r`` with ``?r`` known) instead of testing every
    row; None otherwise.  The pairs are looked up in every graph, so they hold every pair a row
    can have, and a row's pair is one of them exactly when the filter holds: it tests nothing
    else."""
    used = {v for v in re.findall(r"\?(\w+)", condition) if v != parameter.value}
    found = _SUBSELECT.search(query.text)
    if len(used) != 1 or found is None:
        return None
    (column,) = used
    group = query.text[found.end() : closing(query.text, found.end() - 1)]
    for m in re.finditer(_PATTERN.format(column=column), group):
        before = group[: m.start()]
        if before.count("{") != before.count("}") or "SELECT" in group:
            continue
        prefixes = "".join(re.findall(r"(?m)^PREFIX\s[^\n]*\n", query.text))
        subject = m.group("s")
        lookup = (
            f"{prefixes}SELECT DISTINCT {subject} ?{column} {parameter} WHERE "
            f"{{ {subject} {m.group('p')} ?{column} . FILTER ({condition}) }}"
        )
        rows = store.query(
            lookup, substitutions={parameter: value}, use_default_graph_as_union=True
        )
        assert isinstance(rows, ox.QuerySolutions)
        pairs: list[tuple[str, ...]] = sorted(
            {(str(r[0]), str(r[1])) for r in rows if r[0] is not None and r[1] is not None}
        )
        return (subject[1:], column), pairs
    return None


def unasked(query: Query) -> str:
    """The query's text for no parameter given: the filters of those without a default left
    out (bound to "" they hold for every row)."""
    text = query.text
    for name, f in sorted(parameter_filters(text).items(), key=lambda x: -x[1].start):
        if not _defaulted(query, name):
            text = text[: f.start] + text[f.end :]
    return text


def restricted(query: Query, documents: Collection[str]) -> str | None:
    """The query's text with ``VALUES ?doc`` of ``documents`` (IRIs) at the head of every
    sub-select that reads ``?p ckg:describedIn ?doc`` in its own group (one branch of a UNION
    each), the filters of parameters not given left out (see :func:`unasked`); None when none
    does."""
    if re.search(r"\bAS\s+\?doc\b", query.text):
        return None
    return _valued(query, "doc", documents, lambda text, sub: _binds(text, sub.end()))


def entity_restricted(query: Query, var: str, iris: Collection[str]) -> str | None:
    """The query's text with ``VALUES ?var`` of ``iris`` at the head of every sub-select that
    projects ``?var`` as it is, the filters of parameters not given left out (see
    :func:`unasked`); None when none does.  Where every sub-select of the query groups by
    ``?var`` (incremental.keyed), these are the rows of those entities."""
    return _valued(
        query, var, iris, lambda _, sub: var in re.findall(r"\?(\w+)", _bare(sub.group("head")))
    )


def _valued(
    query: Query,
    var: str,
    values: Collection[str],
    where: Callable[[str, re.Match[str]], bool],
) -> str | None:
    """:func:`unasked`'s text with ``VALUES ?var`` of ``values`` (serialised terms) at the head
    of each sub-select ``where`` accepts; None when it accepts none."""
    block = f"\n      VALUES ?{var} {{ {' '.join(sorted(values))} }}"
    text, found = unasked(query), False
    for sub in reversed(list(_SUBSELECT.finditer(text))):
        if where(text, sub):
            text, found = text[: sub.end()] + block + text[sub.end() :], True
    return text if found else None
