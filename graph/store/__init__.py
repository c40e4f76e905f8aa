"""Where graphs are kept: embedded generations on disk (``local``), a SPARQL 1.1 server
(``remote``), the entity descriptions a build writes (``stored``) and exports (``export``).
"""
