"""`coordkg serve`: the graph for a browser and a read-only SPARQL endpoint, a second front door
beside the command line (``cli.py``).

- ``server``: the HTTP side: routes, limits, the child processes pages and queries run in;
- ``threaded``: a response whose blocking work runs in a thread of its own;
- ``protocol``: a /sparql request read by the SPARQL 1.1 Protocol, or why it is refused;
- ``views``: the pages: a request's parameters to a page (or a download), read from the graph;
- ``pages``, ``forms``: the HTML those pages are made of;
- ``editor``, ``assets``: the SPARQL editor page and the static files it loads (YASGUI);
- ``replies``: what a view hands the server.
"""
