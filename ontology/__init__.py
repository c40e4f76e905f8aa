"""The coordkg ontology, its SKOS vocabularies and SHACL shapes (Turtle, the source of truth).

``coordkg.ontology.namespace`` is generated from ``coordkg.ttl`` by ``codegen`` and checked by a
test, so a typo in a term raises at first use instead of writing a wrong IRI.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

ONTOLOGY_IRI = "https://w3id.org/coordkg/ontology"
BASE = "https://w3id.org/coordkg/"

FILES = ("coordkg.ttl", "vocabularies.ttl")


def path(name: str) -> Traversable:
    """A file of this folder, wherever the package is installed."""
    return resources.files("coordkg.ontology") / name


def turtle(name: str) -> str:
    """The text of one of the ontology's Turtle files."""
    return path(name).read_text(encoding="utf-8")
