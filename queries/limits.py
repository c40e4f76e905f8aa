"""What a visitor's or a user's request may cost: constants with no dependencies, so the command
line shows them as the defaults of ``serve`` and ``sparql`` without loading the query code at
start-up."""

QUERY_SECONDS = 10.0
"""Seconds a page, a download or a query typed by a user (``/sparql``, ``coordkg sparql``) may
run before its process is killed."""

QUERY_ROWS = 10_000
"""Rows (or triples) a ``/sparql`` answer may hold, and rows a page's table shows; the rest is
cut."""

MAX_OUTPUT = 1 << 30
"""Bytes one page or download may send (the whole graph as Turtle fits)."""

MAX_MEMORY = 2 << 30
"""Address space of the process that makes a page or answers ``/sparql``: room above what the
libraries it maps take before it does any work."""
