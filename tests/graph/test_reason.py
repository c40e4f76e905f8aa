"""`coordkg reason`: HermiT over the ontology and the graph; inferences kept in their own graph;
inconsistency explained in plain words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from coordkg.cli import cli
from coordkg.graph.build import build, bundled_documents
from coordkg.graph.rdf import entity_iri
from coordkg.graph.reason import INFERRED_GRAPH, reason, reason_over
from coordkg.graph.store.export import export
from coordkg.graph.store.local import GraphStore
from coordkg.ontology.namespace import CKG

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java: no `java` on PATH"),
]
IOM = entity_iri("iom")
RWG = entity_iri("returns-working-group")


@pytest.fixture(scope="module")
def reasoned(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    store = GraphStore(tmp_path_factory.mktemp("reason") / "store")
    build(bundled_documents(), store, 10**8)
    return store


def test_inferences_the_documents_do_not_state(reasoned: GraphStore) -> None:
    with reasoned.reader() as s:
        stated = bool(
            s.query(
                f"ASK {{ <{IOM}> a <{CKG.CoordinationLead}> }}", use_default_graph_as_union=True
            )
        )
    report = reason(reasoned)
    assert report.consistent and not stated
    assert (IOM, RDF.type, CKG.CoordinationLead) in report.inferred  # a defined class
    assert (IOM, CKG.hasRoleIn, RWG) in report.inferred  # co-leads and chairs are roles
    assert (RWG, CKG.hasRoleHolder, IOM) in report.inferred  # the inverse
    with reasoned.reader() as s:
        graph = s.query(
            f"ASK {{ GRAPH <{INFERRED_GRAPH}> {{ <{IOM}> a <{CKG.CoordinationLead}> }} }}"
        )
        assert bool(graph)
        alone = export(s, "nt", "inferred").decode()
    assert f"<{IOM}> <{RDF.type}> <{CKG.CoordinationLead}> ." in alone
    assert "Returns Working Group" not in alone  # document statements stay out


def test_inconsistency_is_explained_in_plain_words() -> None:
    wg = URIRef("https://w3id.org/coordkg/id/x-working-group")
    data = Graph()
    data.add((wg, RDF.type, CKG.WorkingGroup))
    data.add((wg, SKOS.prefLabel, Literal("X Working Group")))
    data.add((wg, CKG.coLeads, RWG))  # a body holding a role: what a bad rule could write
    data.add((RWG, RDF.type, CKG.WorkingGroup))
    report = reason_over(data)
    assert not report.consistent
    [why] = report.explanations
    # a role's holder is an actor, a person or an office, each disjoint with a body
    assert why.startswith(
        "X Working Group cannot be both an Actor, a Person or an Office and a CoordinationBody"
    )
    assert (
        "subject of coLeads (a kind of hasRoleIn), whose domain is Actor, Person or Office" in why
    )
    assert "it is stated to be a WorkingGroup" in why


def test_command_reports_and_drops(reasoned: GraphStore) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["reason", "--store", str(reasoned.location)])
    assert out.exit_code == 0 and out.stdout.startswith("consistent:") and "hasRoleIn" in out.stdout
    dropped = runner.invoke(cli, ["reason", "--drop", "--store", str(reasoned.location)])
    assert dropped.exit_code == 0
    with reasoned.reader() as s:
        assert ox.NamedNode(str(INFERRED_GRAPH)) not in set(s.named_graphs())


def test_reason_without_java_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(shutil, "which", lambda _: None)
    with pytest.raises(Exception, match="HermiT needs a Java runtime"):
        reason_over(Graph())
