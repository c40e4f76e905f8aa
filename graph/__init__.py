"""Reading documents, extracting what they state, resolving entities, building and storing
the graph.

The flow is ``read`` -> ``extract`` -> ``rdf`` -> ``store``, with ``model`` the values that pass
between them; ``build`` is the one place that runs it.  Only ``rdf``, ``store`` and ``reason``
know RDF.
"""
