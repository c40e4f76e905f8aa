"""Adding and removing documents: no duplicates, entities joined across documents, orphans
dropped, metadata supplied or reported missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from coordkg.cli import cli
from coordkg.errors import InputError
from coordkg.graph.build import add, build, remove
from coordkg.graph.model import DocumentMetadata
from coordkg.graph.store.local import GraphStore
from coordkg.queries.catalogue import get
from coordkg.queries.run import run_oxigraph, run_sparql

FIRST = """Somalia Crisis Response Plan 2024

In 2024, IOM will co-chair the Durable Solutions Working Group (DSWG) in Somalia together with
the Ministry of Planning, Investment and Economic Development (MoPIED).
"""
SECOND = """The DSWG is chaired by UNDP in Bay region. The Ministry of Planning, Investment and
Economic Development (MoPIED) co-chairs the Banadir Coordination Forum.
"""


def roles(store: GraphStore) -> set[tuple[str, str, str, str, str]]:
    with store.reader() as s:
        rows = run_oxigraph(s, get("roles"), {}).as_dicts()
    return {
        (
            r["plan"],
            r["organization_acronym"] or r["organization"],
            r["role"],
            r["body_acronym"] or r["body"],
            r["scope"],
        )
        for r in rows
    }


@pytest.fixture
def store(tmp_path: Path) -> GraphStore:
    (tmp_path / "first.txt").write_text(FIRST)
    s = GraphStore(tmp_path / "store")
    build([tmp_path / "first.txt"], s, 10**6)
    return s


def test_add_joins_entities_of_earlier_documents(store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "second.txt").write_text(SECOND)
    add([tmp_path / "second.txt"], store, 10**6)
    assert roles(store) == {
        ("2024", "IOM", "co-chair", "DSWG", ""),
        ("2024", "MoPIED", "co-chair", "DSWG", ""),
        ("second", "UNDP", "chair", "DSWG", "Bay"),
        ("second", "MoPIED", "co-chair", "Banadir Coordination Forum", ""),
    }


def test_adding_again_replaces_and_removing_drops_orphans(
    store: GraphStore, tmp_path: Path
) -> None:
    (tmp_path / "second.txt").write_text(SECOND)
    add([tmp_path / "second.txt"], store, 10**6)
    with store.reader() as s:
        before = len(s)
    add([tmp_path / "second.txt"], store, 10**6)
    with store.reader() as s:
        assert len(s) == before
    assert remove("second.txt", store) == "second"
    assert {r[0] for r in roles(store)} == {"2024"}
    with store.reader() as s:
        forum = s.query(
            'ASK { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> "Banadir Coordination Forum"@en }'
        )
        assert not bool(forum)


def test_names_an_added_document_writes_are_found_by_their_keys_until_it_goes(
    store: GraphStore, tmp_path: Path
) -> None:
    """The forum is named only in the added document: asked by its name in another case, the
    engine finds its role (as the key the entities graph got with it); removed with the
    document, its key goes too."""
    (tmp_path / "second.txt").write_text(SECOND)
    add([tmp_path / "second.txt"], store, 10**6)
    key = 'ASK { ?e <https://w3id.org/coordkg/ontology#nameKey> "banadir coordination forum" }'
    with store.reader() as s:
        rows = run_sparql(s, get("roles"), {"body": "BANADIR Coordination forum"}).as_dicts()
        assert [(r["organization_acronym"], r["role"]) for r in rows] == [("MoPIED", "co-chair")]
        assert bool(s.query(key, use_default_graph_as_union=True))
    remove("second.txt", store)
    with store.reader() as s:
        assert not bool(s.query(key, use_default_graph_as_union=True))


def test_remove_unknown_document_is_an_input_error(store: GraphStore) -> None:
    with pytest.raises(InputError, match="no such document in the graph"):
        remove("nope", store)


def test_supplied_metadata_wins_and_missing_is_reported(store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "second.txt").write_text(SECOND)
    summary = add([tmp_path / "second.txt"], store, 10**6)
    # the two sentences say neither where, nor when, nor who publishes them
    assert summary.documents == [("second", None, ["country", "period", "publisher"])]
    summary = add(
        [tmp_path / "second.txt"], store, 10**6, meta=DocumentMetadata(period="2025", country="SO")
    )
    assert summary.documents == [("second", "2025", ["publisher"])]
    with store.reader() as s:
        docs = {r["document"]: r for r in run_oxigraph(s, get("documents"), {}).as_dicts()}
    assert (docs["second"]["period"], docs["second"]["country"]) == ("2025", "Somalia")
    assert docs["first"]["period"] == "2024" and docs["first"]["roles"] == "2"


def test_commands(store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "second.txt").write_text(SECOND)
    runner = CliRunner()
    loc = str(store.location)
    result = runner.invoke(
        cli, ["add", str(tmp_path / "second.txt"), "--store", loc, "--meta", "period=2025"]
    )
    assert (
        result.exit_code == 0
        and "added 1 documents" in result.stdout
        and "plan 2025" in result.stdout
    )
    listed = runner.invoke(cli, ["documents", "--store", loc, "--format", "csv"])
    assert listed.stdout.splitlines()[0].startswith("document,file,title,country,period")
    assert len(listed.stdout.splitlines()) == 3
    bad = runner.invoke(
        cli, ["add", str(tmp_path / "second.txt"), "--store", loc, "--meta", "colour=red"]
    )
    assert bad.exit_code == 2 and "expected KEY=VALUE" in bad.stderr
    gone = runner.invoke(cli, ["remove", "second", "--store", loc])
    assert gone.exit_code == 0 and "removed second" in gone.stdout
