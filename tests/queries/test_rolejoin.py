"""The questions answered from the shared role join keep what the engine gives, byte for byte.

rolejoin.py puts ``roles``, ``body`` and ``hxl`` together in Python from parts of the join asked of
the engine once; the ``.rq`` text stays their definition. Here every answer file is written twice,
with the shared join and without it (the engine answering every question as written), on the
bundled plans, on every tunable split built as one store, and on 60 synthetic plans, and the
files are compared byte for byte.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest
from benchmarks.synthetic import generate

from coordkg.graph.build import BuildSummary, build
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.queries import precompute as precompute_module
from coordkg.queries import rolejoin
from coordkg.queries.catalogue import catalogue
from coordkg.queries.precompute import precompute
from coordkg.queries.rolejoin import WRITTEN_FOR, RoleJoin, joined
from coordkg.queries.run import solve

SPLITS = Path(__file__).parents[1] / "generalisation"
TUNABLE = ["dev", "seen", *(f"seen{n}" for n in range(2, 12))]


def kept_files(generation: Path, folder: Path, jobs: int = 1) -> dict[str, bytes]:
    folder.mkdir()
    precompute(generation, folder, jobs)
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.kept"))}


def same_files_with_and_without(store: GraphStore, tmp_path: Path) -> None:
    """Every kept file is the same with the shared join (in one process, and on two workers
    as a large graph is answered) as without it, and the join answered the questions it was
    written for (else the comparison would show nothing)."""
    with store.held() as generation:
        shared = kept_files(generation, tmp_path / "shared")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(precompute_module, "PARALLEL_FROM", 0)
            on_workers = kept_files(generation, tmp_path / "workers", jobs=2)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(rolejoin, "WRITTEN_FOR", {})  # every question to the engine
            alone = kept_files(generation, tmp_path / "engine")
        with store.reader() as graph:
            join = RoleJoin(graph)
            for name in WRITTEN_FOR:
                assert joined(join, catalogue()[name]) is not None, name
    assert shared.keys() == alone.keys() == on_workers.keys()
    assert len(shared) == len(catalogue()) + 1  # and the labels
    for name, content in shared.items():
        assert content == alone[name] == on_workers[name], name


def test_the_shared_join_keeps_the_engines_files_on_the_bundled_plans(
    built: tuple[GraphStore, BuildSummary], graph: Snapshot, tmp_path: Path
) -> None:
    for name in WRITTEN_FOR:
        query = catalogue()[name]
        table = joined(RoleJoin(graph), query)
        assert table is not None and len(table.rows) > 10, name
        assert table == solve(graph, query, {}), name
    same_files_with_and_without(built[0], tmp_path)


@pytest.mark.slow
def test_the_shared_join_keeps_the_engines_files_on_the_tunable_splits(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    build([SPLITS / split for split in TUNABLE], store, 10**8, jobs=2)
    same_files_with_and_without(store, tmp_path)


@pytest.mark.slow
def test_the_shared_join_keeps_the_engines_files_on_60_synthetic_plans(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    build(generate(60, tmp_path / "plans", seed=14), store, 10**8, jobs=2)
    same_files_with_and_without(store, tmp_path)


def test_a_question_whose_text_changed_goes_to_the_engine(graph: Snapshot) -> None:
    roles = catalogue()["roles"]
    changed = dataclasses.replace(roles, text=roles.text.replace("?scope\n", "?scope ?with\n"))
    assert joined(RoleJoin(graph), roles) is not None
    assert joined(RoleJoin(graph), changed) is None


def plan_of_two_holders(second: str) -> ox.Store:
    """A plan where WHO and ``second`` lead one body, as two assignments."""
    ckg, org = "https://w3id.org/coordkg/ontology#", "http://www.w3.org/ns/org#"
    turtle = f"""
    @prefix ex: <http://example.org/> . @prefix ckg: <{ckg}> . @prefix org: <{org}> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    ex:plan ckg:describedIn <http://example.org/doc/1> .
    ex:lead skos:notation "lead" .
    ex:body skos:prefLabel "Health Cluster" .
    ex:a skos:prefLabel "WHO" . ex:b skos:prefLabel "{second}" .
    ex:m1 a ckg:RoleAssignment ; org:member ex:a ; org:role ex:lead ; org:organization ex:body ;
          ckg:inPlan ex:plan .
    ex:m2 a ckg:RoleAssignment ; org:member ex:b ; org:role ex:lead ; org:organization ex:body ;
          ckg:inPlan ex:plan .
    """
    store = ox.Store()
    store.load(
        turtle.encode(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("http://example.org/g")
    )
    return store


def test_rows_that_tie_on_the_engines_keys_go_to_the_engine() -> None:
    """Two holders written with one name: the engine orders their rows its own way."""
    body = catalogue()["body"]
    apart = joined(RoleJoin(plan_of_two_holders("UNICEF")), body)
    assert apart is not None
    assert [row[:4] for row in apart.rows] == [
        ("1", "UNICEF", "", "lead"),
        ("1", "WHO", "", "lead"),
    ]
    assert joined(RoleJoin(plan_of_two_holders("WHO")), body) is None


def test_hxl_puts_its_roles_together_and_asks_the_engine_for_its_programmes() -> None:
    """One role given by two sentences (the least kept), at a place with an ISO 3166 code but
    no P-code (the ISO code kept), and a programme (its branch asked of the engine)."""
    ckg, org = "https://w3id.org/coordkg/ontology#", "http://www.w3.org/ns/org#"
    turtle = f"""
    @prefix ex: <http://example.org/> . @prefix ckg: <{ckg}> . @prefix org: <{org}> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    @prefix prov: <http://www.w3.org/ns/prov#> . @prefix schema: <https://schema.org/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ex:plan ckg:describedIn <http://example.org/doc/yem-1> ; ckg:period "2025" ;
        ckg:periodStart "2025" ; ckg:hasProgramme ex:food .
    ex:food rdfs:label "Food aid" ; ckg:fundingRequired [ schema:value 1500000 ] ;
        prov:wasDerivedFrom [ ckg:quote "Food aid needs 1.5 million." ] .
    ex:lead skos:notation "lead" .
    ex:who skos:prefLabel "WHO" ; ckg:iatiIdentifier "XM-DAC-928" .
    ex:health skos:prefLabel "Health Cluster" ; ckg:acronym "HC" .
    ex:aden skos:prefLabel "Aden" ; ckg:iso3166 "YE-AD" .
    ex:m1 a ckg:RoleAssignment ; org:member ex:who ; org:role ex:lead ;
        org:organization ex:health ; ckg:inPlan ex:plan ; ckg:scopePlace ex:aden ;
        prov:wasDerivedFrom [ ckg:quote "WHO leads the Health Cluster in Aden." ] .
    ex:m2 a ckg:RoleAssignment ; org:member ex:who ; org:role ex:lead ;
        org:organization ex:health ; ckg:inPlan ex:plan ; ckg:scopePlace ex:aden ;
        prov:wasDerivedFrom [ ckg:quote "In Aden, WHO leads health." ] .
    """
    store = ox.Store()
    store.load(
        turtle.encode(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("http://example.org/g")
    )
    hxl = catalogue()["hxl"]
    table = joined(RoleJoin(store), hxl)
    assert table is not None and table == solve(store, hxl, {})
    assert table.as_dicts() == [
        {"year": "2025", "organization": "WHO", "organization_code": "XM-DAC-928",
         "role": "lead", "body": "Health Cluster", "body_code": "HC", "place": "Aden",
         "place_code": "YE-AD", "programme": "", "funding_usd": "",
         "evidence": "In Aden, WHO leads health.", "plan": "2025", "doc_id": "yem-1"},
        {"year": "2025", "organization": "", "organization_code": "", "role": "", "body": "",
         "body_code": "", "place": "", "place_code": "", "programme": "Food aid",
         "funding_usd": "1500000", "evidence": "Food aid needs 1.5 million.", "plan": "2025",
         "doc_id": "yem-1"},
    ]  # fmt: skip
    # asked for another document's rows (what ``add`` asks), neither branch has any
    other = joined(RoleJoin(store, frozenset({"yem-2"})), hxl)
    assert other is not None and other.rows == ()
