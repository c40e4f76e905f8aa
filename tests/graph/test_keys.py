"""Every name has its key beside it (graph/keys.py, rdf.keyed), and the key is what the
engines' LCASE makes of the name, so the queries' FILTERs and the lookups agree.

Worked out by hand: IOM is named "International Organization for Migration" with the acronym
"IOM" (reference data); a Greek capital sigma lower-cases to "ς" at the end of a word and "σ"
inside one, a dotted capital I to "i" and a combining dot, "ǅ" to "ǆ".
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import SKOS, Dataset, Literal, URIRef

from coordkg.graph.keys import KEYED, NAME_KEY, PLACE_KEY, lookup_key
from coordkg.graph.names import ENTITIES_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from coordkg.graph.rdf import Triples, keyed
from coordkg.graph.store.local import Snapshot
from coordkg.ontology.namespace import CKG

IOM = "https://w3id.org/coordkg/id/iom"
HARD = ["ΟΔΥΣΣΕΥΣ", "İstanbul", "ǅemal", "Ⅻ Group", "STRASSE", "Ærø"]


def test_the_key_properties_are_the_ontologys() -> None:
    assert (str(CKG.nameKey), str(CKG.placeKey)) == (NAME_KEY, PLACE_KEY)


def test_keys_are_written_beside_each_label_of_their_kind() -> None:
    triples = Triples(URIRef("https://example.org/graph"))
    x = URIRef("https://example.org/x")
    triples.add((x, SKOS.prefLabel, Literal("Ninewa Hub", lang="en")))
    triples.add((x, CKG.acronym, Literal("NH")))
    triples.add((x, CKG.pcode, Literal("IQG15")))
    g = keyed(triples).graph()
    assert set(g.objects(x, CKG.nameKey)) == {Literal("ninewa hub"), Literal("nh")}
    assert set(g.objects(x, CKG.placeKey)) == {Literal("ninewa hub"), Literal("iqg15")}


@pytest.mark.parametrize("name", HARD)
def test_a_key_is_what_lcase_makes_of_the_name_on_every_engine(name: str) -> None:
    text = f'SELECT (LCASE("{name}") AS ?l) WHERE {{}}'
    rows = ox.Store().query(text)
    assert isinstance(rows, ox.QuerySolutions)
    assert [r["l"].value for r in rows] == [lookup_key(name)]
    assert [str(r[0]) for r in Dataset().query(text)] == [lookup_key(name)]  # type: ignore[index]


def test_final_sigma_and_dotted_i() -> None:
    assert lookup_key("ΟΔΥΣΣΕΥΣ") == "οδυσσευς"
    assert lookup_key("İstanbul") == "i\u0307stanbul"
    assert lookup_key("ǅemal") == "ǆemal"


def test_iom_is_found_by_each_of_its_names_in_lower_case(graph: Snapshot) -> None:
    rows = graph.query(
        f"SELECT ?k WHERE {{ <{IOM}> <{NAME_KEY}> ?k }}", use_default_graph_as_union=True
    )
    assert isinstance(rows, ox.QuerySolutions)
    keys = {r["k"].value for r in rows}
    assert {"iom", "international organization for migration"} <= keys
    assert keys == {k.lower() for k in keys}


@pytest.mark.parametrize("kind", sorted(KEYED))
def test_every_label_has_its_key_in_the_entities_or_reference_graph(
    graph: Snapshot, kind: str
) -> None:
    """Document graphs hold none: the entities graph repeats every spelling they write."""
    prop, labels = KEYED[kind]
    own = f"<{ENTITIES_GRAPH}>, <{REFERENCE_GRAPH}>"
    missing = graph.query(
        f"""SELECT ?x ?l WHERE {{
          GRAPH ?g {{ ?x {"|".join(f"<{p}>" for p in labels)} ?l }}
          FILTER (?g != <{ONTOLOGY_GRAPH}>)
          FILTER NOT EXISTS {{
            GRAPH ?h {{ ?x <{prop}> ?k }} FILTER (?h IN ({own}) && ?k = LCASE(STR(?l)))
          }}
        }}"""
    )
    assert isinstance(missing, ox.QuerySolutions)
    assert [(r["x"].value, r["l"].value) for r in missing] == []
    elsewhere = graph.query(f"ASK {{ GRAPH ?g {{ ?x <{prop}> ?k }} FILTER (?g NOT IN ({own})) }}")
    assert not bool(elsewhere)
