"""coordkg: a knowledge graph of who leads, co-leads, chairs and co-chairs what in a
humanitarian response, built from the response plans themselves, every fact with its evidence.

The package is laid out as the architecture: ``coordkg.ontology`` (the OWL model, shapes and
vocabularies), ``coordkg.graph`` (reading, extraction, resolution, building and storing),
``coordkg.queries`` (named SPARQL queries) and ``coordkg.visualize`` (network maps).
"""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``coordkg.__version__``, looked up when asked: importlib.metadata is slow to import and
    most commands never need it."""
    if name != "__version__":
        raise AttributeError(f"module 'coordkg' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coordkg")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+source"
