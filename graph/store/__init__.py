"""Where graphs are kept: embedded generations on disk (``local``), a SPARQL 1.1 server
(``remote``), the entity descriptions a build writes (``stored``) and exports (``export``).
"""

from __future__ import annotations

RDF_FORMATS = ("turtle", "trig", "jsonld", "nt", "rdfxml", "owl")
"""What ``export`` writes (``owl``: the ontology alone, as RDF/XML); here, not in ``export``, so
that the command line can offer them without importing rdflib."""


def is_endpoint(location: str) -> bool:
    """Whether a ``--store`` value names a SPARQL server rather than a directory (a command
    asks before it imports the server client, which most commands never use)."""
    return location.startswith(("http://", "https://"))
