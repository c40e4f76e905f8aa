"""Reading documents, extracting what they state, resolving entities, building and storing
the graph.

The flow is ``readers`` -> ``extract`` (``entities``, ``roles``, ``relations``, ``programmes``,
``metadata``) -> ``rdf`` -> ``store``; ``build`` runs it.  Only ``rdf``, ``store`` and ``export``
know RDF.
"""
