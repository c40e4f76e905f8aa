"""What a user's SPARQL query may not do, decided before it runs.

SERVICE would make this machine fetch any URL the query names, so it is decided on a parser's
tree (rdflib's), never on the text: a search of the text has to re-implement SPARQL's tokens
(strings, IRIs, comments, escapes in prefixed names such as ``e:b\\#``), and each token it
reads differently from the engine is a bypass.  A query rdflib cannot parse is refused too: it
cannot be shown to be free of SERVICE, even when Oxigraph (which reads extensions such as
LATERAL) could run it.  Parsing is left to the query's child process, where the time limit
bounds it.

Nesting is measured before any parser sees the text: Oxigraph's parser recurses in native code
once per level and dies of a stack overflow past a few thousand, taking its process with it.
The measure must never read less than a parser would, so wherever SPARQL's tokens are
ambiguous (``<`` opens an IRI or compares; an unclosed ``'''`` falls back to ``''`` then
``'``) every reading is followed, and the deepest counts.  It is linear in the text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from coordkg.errors import InputError

MAX_DEPTH = 100
"""Levels of brackets, braces and parentheses a query may nest: far more than a person writes,
far fewer than the thousands that overflow a parser's stack."""


class QueryRefused(InputError):
    """The request is not a query this endpoint runs (an update, SERVICE, nested too deeply, or
    no query at all)."""


def refuse_deep(text: str) -> None:
    """Refuse ``text`` before any parser reads it if it nests past :data:`MAX_DEPTH`.

    Raises:
        QueryRefused: it nests deeper.
    """
    depth = max(nesting(reading) for reading in _readings(text))
    if depth > MAX_DEPTH:
        raise QueryRefused(
            "query", f"nests brackets {depth} deep; at most {MAX_DEPTH} levels are read"
        )


def refuse_service(text: str, advice: str = "") -> None:
    """Refuse a query with a SERVICE pattern anywhere (subqueries, OPTIONAL, EXISTS...).

    A text without the letters of the keyword (in any case, escaped or not) has none and is
    not parsed: rdflib's parser is slow, and it does not read Oxigraph's extensions.  One that
    spells it is refused unless rdflib parses it and finds no SERVICE pattern.

    Raises:
        QueryRefused: it has SERVICE, or it cannot be shown not to; ``advice`` ends the message.
    """
    if not spells(text, "service"):
        return
    tree, failure = parse(text)
    if failure:
        problem = (
            f"spells SERVICE and cannot be parsed as SPARQL 1.1 to show it runs none ({failure})"
        )
    elif any(named(n, "ServiceGraphPattern") for n in walk(tree)):
        problem = "uses SERVICE, which would fetch from the URL it names"
    else:
        return
    raise QueryRefused("query", problem + advice)


def spells(text: str, word: str) -> bool:
    """Whether the letters of ``word`` (lower case) appear in the text as either parser reads
    it, in any case: a text that does not spell a keyword cannot use it."""
    return any(word in reading.casefold() for reading in _readings(text))


def parse(text: str) -> tuple[object, str]:
    """rdflib's parse tree of the query and "", or None and why it cannot be parsed.

    rdflib's grammar recurses once per triple pattern of a block, not only per level of
    nesting; the text's length bounds both (the caller bounded the nesting)."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000 + 4 * len(text)))
    try:
        return parseQuery(text), ""
    except ParseBaseException as exc:
        return None, f"error at {exc.lineno}:{exc.col}: {exc.msg}"
    except (RecursionError, ValueError) as exc:
        return None, type(exc).__name__
    finally:
        sys.setrecursionlimit(limit)


def named(node: object, name: str) -> bool:
    """Whether a node of a parse tree is rdflib's ``CompValue`` of that name."""
    from rdflib.plugins.sparql.parserutils import CompValue

    return isinstance(node, CompValue) and node.name == name


def _readings(text: str) -> list[str]:
    """The text as Oxigraph reads it, and as rdflib does (\\u escapes decoded everywhere)."""
    if "\\u" not in text.casefold():  # nothing to decode: spare the command rdflib's import
        return [text]
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes

    try:
        return [text, expandUnicodeEscapes(text)]
    except ValueError:  # an escape of no character: rdflib refuses the text
        return [text]


def walk(tree: object) -> Iterator[object]:
    """Every node of a parse tree (lists, parse results and rdflib's ``CompValue`` dicts)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, CompValue):
            stack.extend(dict.values(node))
        elif isinstance(node, list | tuple | ParseResults):
            stack.extend(node)


# --- nesting ---------------------------------------------------------------------------------
# A reading is (position, mode) -> the deepest count any reading reached there.  Modes: code,
# a comment, an IRI, or a string named by its quote (' " ''' """).
_CODE, _COMMENT, _IRI = "code", "#", "<"
_NEXT = {
    _CODE: re.compile(r"""[()\[\]{}#"'<\\]"""),
    _COMMENT: re.compile(r"[\r\n]"),
    # what ends an IRI or rules it out (SPARQL's IRIREF; \ for Oxigraph's \u escapes in IRIs)
    _IRI: re.compile(r'[<>"{}|^`\x00-\x20]'),
    "'": re.compile(r"['\\]"),
    '"': re.compile(r'["\\]'),
}
_NEXT["'''"], _NEXT['"""'] = _NEXT["'"], _NEXT['"']


def nesting(text: str) -> int:
    """How deep brackets, braces and parentheses nest outside strings, IRIs and comments, by
    the deepest of every way the text can be read."""
    readings = {(0, _CODE): 0}
    deepest = 0
    while readings:
        at = min(readings)  # the readings furthest behind move first, so readings meet
        depth = readings.pop(at)
        for position, mode, reached in _moves(text, *at, depth):
            deepest = max(deepest, reached)
            if position < len(text) and readings.get((position, mode), -1) < reached:
                readings[(position, mode)] = reached
    return deepest


def _moves(text: str, start: int, mode: str, depth: int) -> list[tuple[int, str, int]]:
    """Where a reading goes from its next significant character: (position, mode, depth)."""
    found = _NEXT[mode].search(text, start)
    if found is None:
        return []
    i, c = found.start(), found.group()
    if mode == _CODE:
        if c in "([{":
            return [(i + 1, _CODE, depth + 1)]
        if c in ")]}":  # never below zero: closers cannot bank depth for later openers
            return [(i + 1, _CODE, max(depth - 1, 0))]
        if c == "#":
            return [(i + 1, _COMMENT, depth)]
        if c == "\\":  # an escape in a prefixed name (e:b\#, e:b\( ): one character of a name
            return [(i + 2, _CODE, depth)]
        if c == "<":
            return [(i + 1, _CODE, depth), (i + 1, _IRI, depth)]
        if text.startswith(c * 3, i):  # a long string, or an empty one and then a short one
            return [(i + 3, c * 3, depth), (i + 2, _CODE, depth)]
        return [(i + 1, c, depth)]
    if mode == _COMMENT:
        return [(i + 1, _CODE, depth)]
    if mode == _IRI:  # an IRI ends at ">"; any other of these characters rules it out
        return [(i + 1, _CODE, depth)] if c == ">" else []
    if c == "\\":
        return [(i + 2, mode, depth)]
    if text.startswith(mode, i):
        return [(i + len(mode), _CODE, depth)]
    return [(i + 1, mode, depth)]
