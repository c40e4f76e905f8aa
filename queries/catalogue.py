"""Load the catalogue of named queries from the ``.rq`` files of this package.

Header lines at the top of a file describe the query::

    #+ name: roles
    #+ summary: Who holds which role in which coordination body ...
    #+ param: org string -- organisation: name or acronym, any case
    #+ list: with

A parameter ``NAME`` binds the query variable ``?p_NAME`` (so parameter and result columns can
share a name); it is bound as a typed literal, never pasted into the query text.  ``list``
names result columns that hold ``;``-separated values, sorted when rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from coordkg.errors import InputError

_HEADER = re.compile(r"^#\+\s*(?P<key>[a-z_]+)\s*:\s*(?P<value>.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>[a-z][a-z0-9_]*)\s+(?P<type>string|integer|decimal|boolean)"
    r"(?:\s*=\s*(?P<default>\S+))?\s*(?:--\s*(?P<doc>.*))?$"
)
TYPES = ("string", "integer", "decimal", "boolean")


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
class Query:
    """A named query of the catalogue."""

    name: str
    summary: str
    parameters: tuple[Parameter, ...]
    lists: tuple[str, ...]
    text: str

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
    lists = tuple(x.strip() for v in meta.get("list", []) for x in v.split(","))
    return Query(meta["name"][0], " ".join(meta.get("summary", [""])), tuple(params), lists, text)


@cache
def catalogue() -> dict[str, Query]:
    """Every named query shipped with coordkg, by name."""
    folder = resources.files("coordkg.queries")
    queries: dict[str, Query] = {}
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".rq"):
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
        names = ", ".join(sorted(catalogue()))
        raise InputError(
            name, f"no such question (known: {names}; see `coordkg ask --list`)"
        ) from None
