"""coordkg: a knowledge graph of who leads, co-leads, chairs and co-chairs what in a
humanitarian response, built from the response plans themselves, every fact with its evidence.

The package is laid out as the architecture: ``coordkg.ontology`` (the OWL model, shapes and
vocabularies), ``coordkg.graph`` (reading, extraction, resolution, building and storing),
``coordkg.queries`` (named SPARQL queries) and ``coordkg.visualize`` (network maps).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("coordkg")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
