"""The coordkg ontology, its SKOS vocabularies and SHACL shapes (Turtle, the source of truth).

``coordkg.ontology.namespace`` is generated from ``coordkg.ttl`` by ``codegen`` and checked by a
test, so a typo in a term raises at first use instead of writing a wrong IRI.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

import pyoxigraph as ox

ONTOLOGY_IRI = "https://w3id.org/coordkg/ontology"
BASE = "https://w3id.org/coordkg/"
TERMS = ONTOLOGY_IRI + "#"
"""The namespace of the ontology's classes and properties, as a string (``namespace.CKG`` is
the same namespace for code that builds rdflib graphs)."""
VOCAB = BASE + "vocab/"

_SKOS = "http://www.w3.org/2004/02/skos/core#"

FILES = ("coordkg.ttl", "vocabularies.ttl")


def path(name: str) -> Traversable:
    """A file of this folder, wherever the package is installed."""
    return resources.files("coordkg.ontology") / name


def turtle(name: str) -> str:
    """The text of one of the ontology's Turtle files."""
    return path(name).read_text(encoding="utf-8")


@cache
def role_concepts() -> dict[str, tuple[str, str]]:
    """Role notation ("co-lead") -> (its concept's IRI, the shortcut property's IRI), read from
    the vocabularies file. With pyoxigraph, which every command loads anyway: maps and
    questions need the roles without paying for rdflib."""
    store = ox.Store()
    store.load(turtle("vocabularies.ttl"), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        f"SELECT ?concept ?notation ?shortcut WHERE {{ ?concept <{_SKOS}inScheme> <{VOCAB}roles> ;"
        f" <{_SKOS}notation> ?notation ; <{TERMS}directProperty> ?shortcut }}"
    )
    assert isinstance(rows, ox.QuerySolutions)
    return {r["notation"].value: (r["concept"].value, r["shortcut"].value) for r in rows}
