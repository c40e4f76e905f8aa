"""The SPARQL 1.1 Service Description of ``/sparql``: what a client can learn of the endpoint
before it asks anything (its URL, that it answers queries and no updates, its formats and its
default dataset)."""

from __future__ import annotations

import pyoxigraph as ox

from coordkg.queries.endpoint import GRAPH_TYPES, RDF_FORMATS, SOLUTION_TYPES

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
#: The W3C format IRIs of the media types the endpoint gives.
_FORMAT_IRIS = {
    "application/sparql-results+json": "SPARQL_Results_JSON",
    "application/sparql-results+xml": "SPARQL_Results_XML",
    "text/csv": "SPARQL_Results_CSV",
    "text/tab-separated-values": "SPARQL_Results_TSV",
    "text/turtle": "Turtle",
    "application/n-triples": "N-Triples",
    "application/ld+json": "JSON-LD",
    "application/rdf+xml": "RDF_XML",
}


def description(endpoint: str, media: str) -> bytes:
    """The description of the endpoint at URL ``endpoint``, in ``media`` (one of
    :data:`~coordkg.queries.endpoint.GRAPH_TYPES`)."""
    service = ox.NamedNode(endpoint)
    dataset, default = ox.BlankNode(), ox.BlankNode()

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, sd("Graph")),
    ]
    triples += [
        ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + _FORMAT_IRIS[m]))
        for m in (*SOLUTION_TYPES, *GRAPH_TYPES)
    ]
    return ox.serialize(triples, format=RDF_FORMATS[media]) or b""
