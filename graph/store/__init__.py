"""Where graphs are kept: embedded generations on disk (``local``), a SPARQL 1.1 server
(``remote``), the entity descriptions a build writes (``stored``) and exports (``export``).
"""

from __future__ import annotations


def is_endpoint(location: str) -> bool:
    """Whether a ``--store`` value names a SPARQL server rather than a directory (a command
    asks before it imports the server client, which most commands never use)."""
    return location.startswith(("http://", "https://"))
