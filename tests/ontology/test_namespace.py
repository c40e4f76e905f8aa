"""The generated namespace module matches the ontology, and unknown terms raise."""

from __future__ import annotations

import pytest
from rdflib import Graph

from coordkg.ontology import FILES, path, turtle
from coordkg.ontology.codegen import render
from coordkg.ontology.namespace import CKG, CKGV


def test_namespace_module_is_generated_from_the_ontology() -> None:
    assert path("namespace.py").read_text(encoding="utf-8") == render(), (
        "ontology/namespace.py is stale: run `python -m coordkg.ontology.codegen`"
    )


def test_unknown_term_raises() -> None:
    with pytest.raises(AttributeError):
        CKG.CoLead  # noqa: B018 (a typo of ckg:coLeads)


def test_every_term_used_in_the_vocabularies_is_defined() -> None:
    g = Graph()
    for name in FILES:
        g.parse(data=turtle(name), format="turtle")
    assert CKGV["role-co-lead"] in set(g.subjects())
    for term in (CKG.RoleAssignment, CKG.coLeads, CKG.directProperty, CKG.CoordinationBody):
        assert (term, None, None) in g
