"""Load the catalogue of named queries from the ``.rq`` files of this package.

Header lines at the top of a file describe the query::

    #+ name: roles
    #+ summary: Who holds which role in which coordination body ...
    #+ param: org string -- organisation: name or acronym, any case
    #+ list: with
    #+ hidden: doc_id o b
    #+ match: org names o

A parameter ``NAME`` binds the query variable ``?p_NAME`` (so parameter and result columns can
share a name); it is bound as a typed literal, never pasted into the query text.  ``list``
names result columns that hold ``;``-separated values, and ``sentences`` those that hold
sentences joined by `` | ``: both are sorted, so that rows do not depend on the order a store
aggregates in.

``hidden`` names columns the query projects only so that its parameters can be applied to a
kept answer (see answers.py): an entity's IRI, a document id; or, in a DISTINCT query, that
its rows are ordered by (run.unsent). They are never shown. ``match``
says, for each parameter, what the query's SPARQL FILTER for it does, so that a kept answer can
be filtered the same way without the engine: the value equals a column's (``exact``), equals it
in any case (``text``), or is one of the names (``names``: name, other name, acronym) or place
labels (``places``: name, other name, P-code, ISO 3166 code) of the entity whose IRI a column
holds, in any case, found by its key (:data:`KEYS`); with several columns, any of them. A test
checks each declaration against its FILTER.

``narrow`` says where inside the query a ``names`` or ``places`` parameter selects, for the
engine to start there (narrow.py): ``#+ narrow: org o`` (the entities the value names are
``?o`` of the first sub-select), ``#+ narrow: org s o`` (``?s`` or ``?o`` of the sub-select
that projects both), ``#+ narrow: place where where/ckg:inCountry`` (``?where`` is one of them
or, by that property, lies in one).  A name parameter without one is tested where its FILTER
is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from coordkg.errors import InputError
from coordkg.graph.keys import KEYED

_HEADER = re.compile(r"^#\+\s*(?P<key>[a-z_]+)\s*:\s*(?P<value>.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>[a-z][a-z0-9_]*)\s+(?P<type>string|integer|decimal|boolean)"
    r"(?:\s*=\s*(?P<default>\S+))?\s*(?:--\s*(?P<doc>.*))?$"
)
TYPES = ("string", "integer", "decimal", "boolean")
MATCHES = ("exact", "text", "names", "places")
KEYS = {kind: "ckg:" + prop.rpartition("#")[2] for kind, (prop, _) in KEYED.items()}
"""The key a ``names`` or ``places`` match looks the value's lower case up among (graph/keys.py:
each label of its kind in lower case, written by the build beside it), as the queries' FILTERs
write it: the one definition the kept answers' label table and the engine's narrowing read."""
LABEL_PATHS = {kind: "|".join(f"<{iri}>" for iri in labels) for kind, (_, labels) in KEYED.items()}
"""The labels whose keys a ``names`` or ``places`` match compares, as written (to list them)."""
_DISTINCT = re.compile(r"^SELECT\s+DISTINCT\b", re.MULTILINE)
ORDER = re.compile(r"^ORDER BY((?:\s+\?\w+)+)\s*$", re.MULTILINE)
"""An unindented ``ORDER BY`` of plain variables: the one definition :attr:`Query.order` and
presort.py read."""


@dataclass(frozen=True)
class Parameter:
    """A query parameter: its name, type, default and what it means."""

    name: str
    type: str
    default: str | None
    doc: str

    @property
    def variable(self) -> str:
        return f"p_{self.name}"


@dataclass(frozen=True)
class Match:
    """What a parameter's SPARQL FILTER does, as data: how its value selects rows."""

    param: str
    kind: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class Narrow:
    """Where a name parameter selects inside the query: sub-select variables, each with the
    path (SPARQL, "" for none) by which its value reaches one of the entities named."""

    param: str
    targets: tuple[tuple[str, str], ...]

    @property
    def variables(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(var for var, _ in self.targets))


@dataclass(frozen=True)
class Query:
    """A named query of the catalogue."""

    name: str
    summary: str
    parameters: tuple[Parameter, ...]
    lists: tuple[str, ...]
    text: str
    sentences: tuple[str, ...] = ()
    hidden: tuple[str, ...] = ()
    matches: tuple[Match, ...] = ()
    narrows: tuple[Narrow, ...] = ()

    @property
    def distinct(self) -> bool:
        """Whether the (top-level, unindented) SELECT drops duplicate rows."""
        return _DISTINCT.search(self.text) is not None

    @property
    def order(self) -> tuple[str, ...]:
        """The variables an (unindented) ``ORDER BY`` of plain variables sorts the rows by,
        first to last; none without one."""
        found = ORDER.search(self.text)
        return tuple(v.lstrip("?") for v in found.group(1).split()) if found else ()

    def match(self, name: str) -> Match | None:
        return next((m for m in self.matches if m.param == name), None)

    def narrow(self, name: str) -> Narrow | None:
        return next((n for n in self.narrows if n.param == name), None)

    def parameter(self, name: str) -> Parameter:
        for p in self.parameters:
            if p.name == name:
                return p
        known = ", ".join(f"--{p.name}" for p in self.parameters) or "none"
        raise InputError(f"--{name}", f"is not a parameter of `{self.name}` (it takes: {known})")


def parse(text: str, source: str) -> Query:
    """Read a query file's header.

    Raises:
        InputError: the header lacks a name or has a malformed parameter.
    """
    meta: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("#+"):
            if line.strip() and not line.startswith("#"):
                break
            continue
        m = _HEADER.match(line)
        if m is None:
            raise InputError(source, f"malformed header line: {line!r}")
        meta.setdefault(m.group("key"), []).append(m.group("value"))
    if "name" not in meta:
        raise InputError(source, "has no `#+ name:` header")
    params = []
    for spec in meta.get("param", []):
        m = _PARAM.match(spec)
        if m is None:
            raise InputError(source, f"malformed parameter: {spec!r}")
        params.append(
            Parameter(m.group("name"), m.group("type"), m.group("default"), m.group("doc") or "")
        )
    lists, sentences, hidden = (
        tuple(x.strip() for v in meta.get(key, []) for x in v.replace(",", " ").split())
        for key in ("list", "sentences", "hidden")
    )
    matches = tuple(_match(spec, source, params) for spec in meta.get("match", []))
    narrows = tuple(_narrow(spec, source, matches) for spec in meta.get("narrow", []))
    summary = " ".join(meta.get("summary", [""]))
    return Query(
        meta["name"][0], summary, tuple(params), lists, text, sentences, hidden, matches, narrows
    )


def _match(spec: str, source: str, params: list[Parameter]) -> Match:
    words = spec.split()
    if len(words) < 3 or words[1] not in MATCHES:
        raise InputError(source, f"malformed match (PARAM {'|'.join(MATCHES)} COLUMN...): {spec!r}")
    if not any(p.name == words[0] and p.type == "string" for p in params):
        raise InputError(source, f"match names no string parameter: {spec!r}")
    return Match(words[0], words[1], tuple(words[2:]))


def _narrow(spec: str, source: str, matches: tuple[Match, ...]) -> Narrow:
    words = spec.split()
    if len(words) < 2 or not all(re.fullmatch(r"\w+(/\S+)?", w) for w in words[1:]):
        raise InputError(source, f"malformed narrow (PARAM VAR[/PATH]...): {spec!r}")
    if not any(m.param == words[0] and m.kind in KEYS for m in matches):
        raise InputError(source, f"narrow names no names or places match: {spec!r}")
    targets = tuple((w.partition("/")[0], w.partition("/")[2]) for w in words[1:])
    return Narrow(words[0], targets)


@cache
def catalogue() -> dict[str, Query]:
    """Every named query shipped with coordkg, by name.

    The files are read from this module's folder (the package is installed as files), not
    through importlib.resources, whose import is among the largest costs of a ``coordkg ask``
    answered from its kept answer.
    """
    queries: dict[str, Query] = {}
    for entry in sorted(Path(__file__).parent.glob("*.rq")):
        q = parse(entry.read_text(encoding="utf-8"), entry.name)
        queries[q.name] = q
    return queries


def get(name: str) -> Query:
    """A named query.

    Raises:
        InputError: there is no query of that name.
    """
    try:
        return catalogue()[name]
    except KeyError:
        import difflib  # only to suggest a name for a mistyped one

        near = difflib.get_close_matches(name, catalogue(), n=1, cutoff=0.6)
        hint = f"did you mean `{near[0]}`? " if near else ""
        names = ", ".join(sorted(catalogue()))
        raise InputError(
            name, f"no such question ({hint}known: {names}; see `coordkg ask --list`)"
        ) from None
