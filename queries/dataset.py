"""The RDF dataset a query of ``/sparql`` runs over (SPARQL 1.1 Protocol, section 2.1.4).

The request's ``default-graph-uri`` and ``named-graph-uri`` win; without them the query's own
``FROM`` and ``FROM NAMED``; without either, coordkg's dataset: every graph as a named graph,
and their union as the default graph.  That union is Oxigraph's: a triple stated in two graphs
is two solutions of ``{ ?s ?p ?o }`` (see the README's serve section).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from coordkg.queries.guard import named, parse, spells, walk


@dataclass(frozen=True)
class Dataset:
    """The graphs a request names: ``default`` make up its default graph, ``named`` are the
    graphs ``GRAPH ?g`` ranges over; both empty when it names none."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()

    def options(self, text: str) -> dict[str, Any]:
        """The keyword arguments of ``query`` that give ``text`` this dataset."""
        if self.default or self.named:  # a graph it does not name is not in it
            return {
                "default_graph": [ox.NamedNode(g) for g in self.default],
                "named_graphs": [ox.NamedNode(g) for g in self.named],
            }
        if states_dataset(text):
            return {}  # the engine reads FROM and FROM NAMED itself
        return {"use_default_graph_as_union": True}


def states_dataset(text: str) -> bool:
    """Whether the query has a FROM or FROM NAMED clause, on rdflib's parse tree (a text that
    does not spell FROM has none; one rdflib cannot parse runs over coordkg's dataset)."""
    if not spells(text, "from"):
        return False
    tree, _ = parse(text)
    return tree is not None and any(named(n, "DatasetClause") for n in walk(tree))
