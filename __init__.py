"""coordkg: a knowledge graph of who leads, co-leads, chairs and co-chairs what in a
humanitarian response, built from the response plans themselves, every fact with its evidence.

From Python (the command line calls the same functions)::

    import coordkg
    kg = coordkg.open()                       # the default store, a folder, or a SPARQL URL
    kg.build()                                # the bundled plans (or kg.build(["plan.pdf"]))
    kg.ask("roles", org="IOM", role="co-lead")  # a Result: typed rows, .to_dataframe()
    kg.network(plan="2025")                   # a networkx graph of plain attributes
    kg.dataset()                              # an rdflib.Dataset

``open``, ``KnowledgeGraph``, ``Result`` and ``open_store`` live in ``coordkg.api`` and are
imported when first used, so ``import coordkg`` stays cheap. The package is laid out as the
architecture: ``coordkg.ontology`` (the OWL model, shapes and vocabularies), ``coordkg.graph``
(reading, extraction, resolution, building and storing), ``coordkg.queries`` (named SPARQL
queries) and ``coordkg.visualize`` (network maps and files).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coordkg.api import KnowledgeGraph, Result, open, open_store

__all__ = ["KnowledgeGraph", "Result", "__version__", "open", "open_store"]

_API = frozenset({"KnowledgeGraph", "Result", "open", "open_store"})


def __getattr__(name: str) -> Any:
    """The API's names and ``coordkg.__version__``, looked up when first asked: the API's
    modules and importlib.metadata are slow to import and most commands never need them."""
    if name in _API:
        from coordkg import api

        return getattr(api, name)
    if name != "__version__":
        raise AttributeError(f"module 'coordkg' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coordkg")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+source"


def __dir__() -> list[str]:
    return sorted(__all__)
