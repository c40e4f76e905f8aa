"""ORG users find the roles with ORG's own names, without coordkg's ontology or a reasoner."""

from __future__ import annotations

import pyoxigraph as ox

PREFIXES = """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX ckg: <https://w3id.org/coordkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def ask(graph: ox.Store, query: str) -> list[ox.QuerySolution]:
    result = graph.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return list(result)


def test_every_role_assignment_is_an_org_membership(graph: ox.Store) -> None:
    (row,) = ask(
        graph,
        """SELECT (COUNT(DISTINCT ?m) AS ?n) (COUNT(DISTINCT ?r) AS ?roles) WHERE {
             ?r a ckg:RoleAssignment . OPTIONAL { ?m a org:Membership . FILTER (?m = ?r) } }""",
    )
    assert int(row["n"].value) == int(row["roles"].value) >= 35  # tests/gold/roles.csv: 35 rows


def test_members_reach_their_bodies_by_org_shortcuts(graph: ox.Store) -> None:
    # tests/gold/roles.csv: IOM co-leads the CCCM Cluster (2020) and chairs the Returns
    # Working Group (2025).
    rows = ask(
        graph,
        """SELECT DISTINCT ?body WHERE {
             ?iom ckg:acronym "IOM" ; org:memberOf ?b ; org:hasMembership ?m .
             ?m org:organization ?b . ?b skos:prefLabel ?body }""",
    )
    bodies = {r["body"].value for r in rows}
    assert {"Camp Coordination and Camp Management Cluster", "Returns Working Group"} <= bodies
