"""How long a user's own SPARQL query may run and how many rows it may return: constants with
no dependencies, so the command line shows them as the defaults of ``serve`` and ``sparql``
without loading the query code at start-up."""

QUERY_SECONDS = 10.0
"""Seconds a query typed by a user (``/sparql``, ``coordkg sparql``) may run before its process
is killed."""

QUERY_ROWS = 10_000
"""Rows (or triples) a ``/sparql`` answer may hold; the rest is cut."""
