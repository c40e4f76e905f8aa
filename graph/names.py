"""The named graphs coordkg writes, as IRI strings.

Kept apart from ``rdf.py`` so that commands which only read the store (``ask``, ``diff``,
``sparql``) can name graphs without importing rdflib.
"""

from __future__ import annotations

from coordkg.ontology import BASE

GRAPH_PREFIX = BASE + "graph/"
"""Every named graph of coordkg's starts with this: its own four, then one per document."""
ONTOLOGY_GRAPH = GRAPH_PREFIX + "ontology"
REFERENCE_GRAPH = GRAPH_PREFIX + "reference"
ENTITIES_GRAPH = GRAPH_PREFIX + "entities"
INFERRED_GRAPH = GRAPH_PREFIX + "inferred"
OWN_GRAPHS = (ONTOLOGY_GRAPH, REFERENCE_GRAPH, ENTITIES_GRAPH, INFERRED_GRAPH)
"""Graphs no document may take the place of."""


def graph_iri(doc_id: str) -> str:
    """The named graph that holds what one document says."""
    return GRAPH_PREFIX + doc_id
