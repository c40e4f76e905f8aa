"""`coordkg serve`: the graph for a browser and a read-only SPARQL endpoint, a second front door
beside the command line (``cli.py``).

- ``server``: the HTTP side: routes, limits, the child processes pages and queries run in;
- ``views``: the pages: a request's parameters to a page (or a download), read from the graph;
- ``pages``: the HTML those pages are made of;
- ``replies``: what a view hands the server.
"""
