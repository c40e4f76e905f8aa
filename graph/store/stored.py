"""What the graph already holds, read back for incremental changes (``coordkg add``/``remove``).

The entities graph describes each entity once for all documents, so adding or removing a
document must merge into it and drop what no document names any more; and a new document's
names must resolve to the entities the graph already has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyoxigraph as ox

from coordkg.errors import InputError
from coordkg.graph.names import ENTITIES_GRAPH, GRAPH_PREFIX, INFERRED_GRAPH, OWN_GRAPHS
from coordkg.graph.store.local import Readable, Serialised, Writable
from coordkg.ontology import BASE

if TYPE_CHECKING:
    from coordkg.graph.extract.resolve import Resolver

_ENTITIES = f"""
PREFIX ckg: <https://w3id.org/coordkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?type ?name ?acronym ?iso WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?type ; skos:prefLabel ?name .
    OPTIONAL {{ ?e ckg:acronym ?acronym }} OPTIONAL {{ ?e ckg:iso3166 ?iso }} }}
  FILTER(STRSTARTS(STR(?type), "https://w3id.org/coordkg/ontology#"))
}}"""

_PRUNE = f"""
DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }}
WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }}
  FILTER NOT EXISTS {{
    GRAPH ?g {{ {{ ?e ?q ?x }} UNION {{ ?x ?q ?e }} }}
    FILTER(?g NOT IN ({", ".join(f"<{g}>" for g in OWN_GRAPHS)}))
  }}
}}"""


def resolver_for(store: Readable) -> Resolver:
    """A resolver that already knows every entity the graph's documents named."""
    from coordkg.graph.extract.resolve import Resolver  # only writes need it: keep reads light
    from coordkg.graph.model import Entity

    resolver = Resolver()
    prefix = f"{BASE}id/"
    for row in store.query(_ENTITIES):  # type: ignore[union-attr]
        key = row["e"].value.removeprefix(prefix)
        iso = row["iso"]
        entity = Entity(
            key,
            row["name"].value,
            row["type"].value.rsplit("#", 1)[-1],
            row["acronym"].value if row["acronym"] is not None else None,
            identifiers=(("iso3166", iso.value),) if iso is not None else (),
        )
        resolver.adopt(entity)
    return resolver


def merge_graph(store: Writable, graph: Serialised) -> None:
    """Add a graph's triples to its named graph, keeping what is there."""
    store.load(graph.ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph.name))


def prune_entities(store: Writable) -> None:
    """Drop descriptions of entities that no document graph mentions any more, and the
    inferred graph, which no longer follows from the documents (`coordkg reason` again)."""
    store.update(_PRUNE)
    store.remove_graph(ox.NamedNode(INFERRED_GRAPH))


def document_ids(store: Readable) -> list[str]:
    """The ids of the documents the graph holds."""
    return sorted(
        g.value.removeprefix(GRAPH_PREFIX)
        for g in store.named_graphs()
        if isinstance(g, ox.NamedNode) and is_document_graph(g.value)
    )


def is_document_graph(name: str) -> bool:
    """Whether a named graph holds one document's statements (not one of coordkg's own)."""
    return name.startswith(GRAPH_PREFIX) and name not in OWN_GRAPHS


def find_document(store: Readable, ref: str) -> str:
    """A document id from an id or a file name.

    Raises:
        InputError: the graph holds no such document.
    """
    ids = document_ids(store)
    if ref in ids:
        return ref
    rows = store.query(
        "PREFIX ckg: <https://w3id.org/coordkg/ontology#> "
        "SELECT ?g ?f WHERE { GRAPH ?g { ?d ckg:fileName ?f } }"
    )
    for row in rows:  # type: ignore[union-attr]
        if row["f"].value == ref:
            return str(row["g"].value).removeprefix(GRAPH_PREFIX)
    listed = ", ".join(ids) or "none"
    raise InputError(ref, f"no such document in the graph (it holds: {listed})")
