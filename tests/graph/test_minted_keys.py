"""A name the reference data lacks gets the slug of its name as key (its IRI), unless that is
the key of a reference entity going by no such name: every country's key is its ISO 3166-1
code, so a body a page calls "the TF" (a task force) would be the French Southern Territories
("tf") and be answered with that name (resolve.minted_key).  Seen in seen2's "REF Taskforce
(REF TF)" once "TF" was read as a body."""

from __future__ import annotations

from pathlib import Path

from coordkg.graph.build import build
from coordkg.graph.extract.resolve import Resolver, minted_key
from coordkg.graph.store.local import GraphStore
from coordkg.queries.catalogue import get
from coordkg.queries.run import run_oxigraph


def test_a_two_letter_name_is_kept_apart_from_the_country_of_that_code() -> None:
    assert minted_key("TF") == "tf-named"  # "tf": French Southern Territories
    assert minted_key("Task Force") == "task-force"  # no reference key: its slug
    body = Resolver().resolve("TF", "TaskForce")
    assert (body.key, body.name) == ("tf-named", "TF")
    # the same name always gets the same key, in every document
    assert Resolver().resolve("TF", "TaskForce").key == body.key


def test_a_name_of_the_reference_entity_keeps_its_key() -> None:
    # "Iraq"'s slug is no reference key; "unicef" is the key of the entity named UNICEF
    assert minted_key("Iraq") == "iraq"
    assert minted_key("UNICEF") == "unicef"


def test_the_body_is_answered_by_its_own_name(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("Coordination in Uganda\n\nThe TF is chaired by UNHCR.\n")
    store = GraphStore(tmp_path / "store")
    build([plan], store, 10**6)
    with store.reader() as s:
        rows = run_oxigraph(s, get("roles"), {}).as_dicts()
    assert [(r["role"], r["body"]) for r in rows] == [("chair", "TF")]
