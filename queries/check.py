"""Check the graph: its own rules (SHACL), the arithmetic the plans imply, counts that do not
add up, statements within one plan that disagree, and entities nobody could type.

These are findings about the documents, with the sentence each rests on, not crashes: the
report lists them and the command's exit status says whether any is a problem.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import astuple, dataclass
from decimal import Decimal

import pyoxigraph as ox

from coordkg.graph.store.local import Readable
from coordkg.queries.catalogue import get
from coordkg.queries.run import Source
from coordkg.queries.table import Table

COLUMNS = ("severity", "check", "plan", "subject", "finding", "evidence")
PROBLEMS = ("error", "warning")
_CONFLICTS = ({"lead", "co-lead"}, {"chair", "co-chair"}, {"coordinator", "co-coordinator"})

_COUNTS = """
PREFIX ckg: <https://w3id.org/coordkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?plan ?holder ?body ?role ?count ?out_of ?quote WHERE {
  ?m ckg:count ?count ; org:member/skos:prefLabel ?holder ; org:organization/skos:prefLabel ?body ;
     org:role/skos:notation ?role ; ckg:inPlan/ckg:period ?plan ;
     prov:wasDerivedFrom/ckg:quote ?quote .
  OPTIONAL { ?m ckg:outOf ?out_of }
}"""

_UNTYPED = """
PREFIX ckg: <https://w3id.org/coordkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?name ?quote WHERE {
  ?e a ?generic ; skos:prefLabel ?name ; ckg:mentionedIn/ckg:quote ?quote .
  FILTER (?generic IN (ckg:Actor, ckg:Place, ckg:CoordinationBody))
}"""


@dataclass(frozen=True)
class Finding:
    severity: str  # error | warning | info
    check: str
    plan: str
    subject: str
    finding: str
    evidence: str = ""


def _shapes(store: Readable) -> list[Finding]:
    """The graph's own rules (ontology/shapes.ttl), checked with pySHACL."""
    from pyshacl import validate
    from rdflib import Graph
    from rdflib.namespace import SH

    from coordkg.graph.rdf import ontology_graph
    from coordkg.graph.store.export import to_graph
    from coordkg.ontology import turtle

    shapes = Graph()
    shapes.parse(data=turtle("shapes.ttl"), format="turtle")
    _, report, _ = validate(
        to_graph(store), shacl_graph=shapes, ont_graph=ontology_graph(), inference="rdfs"
    )
    out = []
    for result in report.subjects(SH.resultMessage, None):
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage)
        out.append(Finding("error", "shape", "", str(focus), str(message)))
    return out


def _arithmetic(source: Source) -> list[Finding]:
    """Programmes add up to their objective, objectives to the plan total."""
    out = []
    totals = {r["plan"]: r["funding_usd"] for r in source.ask(get("plans"), {}).as_dicts()}
    objectives = source.ask(get("funding_by_objective"), {}).as_dicts()
    by_plan: dict[str, Decimal] = defaultdict(Decimal)
    for r in objectives:
        if not r["objective"]:
            continue  # programmes the plan puts under no objective: nothing to add up to
        by_plan[r["plan"]] += Decimal(r["funding_usd"] or 0)
        listed = bool(r["programmes_total_usd"]) and int(r["programmes"] or 0) > 0
        if listed and Decimal(r["programmes_total_usd"]) != Decimal(r["funding_usd"]):
            added = int(r["programmes_total_usd"])
            stated = int(r["funding_usd"])
            finding = (
                f"its {r['programmes']} programmes add up to {added:,} USD, "
                f"the objective states {stated:,} USD"
            )
            out.append(Finding("warning", "arithmetic", r["plan"], r["objective"], finding))
    for plan, total in by_plan.items():
        plan_total = Decimal(totals.get(plan) or 0)
        if plan_total and total != plan_total:
            out.append(
                Finding(
                    "warning",
                    "arithmetic",
                    plan,
                    "plan total",
                    f"objectives add up to {int(total):,} USD, "
                    f"the plan states {int(plan_total):,} USD",
                )
            )
    return out


def _counts(store: Readable) -> list[Finding]:
    """ "co-leads three of the eight ... a member of the other four": 3 + 4 should be 8."""
    groups: dict[tuple[str, str, str], list[ox.QuerySolution]] = defaultdict(list)
    for r in store.query(_COUNTS, use_default_graph_as_union=True):  # type: ignore[union-attr]
        groups[(r["plan"].value, r["holder"].value, r["body"].value)].append(r)
    out = []
    for (plan, holder, body), rows in sorted(groups.items()):
        totals = {int(r["out_of"].value) for r in rows if r["out_of"] is not None}
        counted = sum(int(r["count"].value) for r in rows)
        if len(rows) > 1 and totals and counted not in totals:
            parts = " + ".join(f"{r['count'].value} ({r['role'].value})" for r in rows)
            out.append(
                Finding(
                    "warning",
                    "count",
                    plan,
                    f"{holder} in {body}",
                    f"{parts} = {counted}, but the plan speaks of {max(totals)}",
                    rows[0]["quote"].value,
                )
            )
    return out


def _disagreements(source: Source) -> list[Finding]:
    """One plan giving one organisation two conflicting roles in one body ("co-lead" in one
    place, "leadership" in another)."""
    keyed: dict[tuple[str, str, str, str], list[dict[str, str]]] = defaultdict(list)
    for r in source.ask(get("roles"), {}).as_dicts():
        keyed[(r["plan"], r["organization"], r["body"], r["scope"])].append(r)
    out = []
    for (plan, org, body, _scope), rows in sorted(keyed.items()):
        roles = {r["role"] for r in rows}
        if any(pair <= roles for pair in _CONFLICTS):
            out.append(
                Finding(
                    "warning",
                    "disagreement",
                    plan,
                    f"{org} in {body}",
                    f"the plan says both {' and '.join(sorted(roles))}",
                    " | ".join(sorted({r["evidence"] for r in rows})),
                )
            )
    return out


def _untyped(store: Readable) -> list[Finding]:
    rows = store.query(_UNTYPED, use_default_graph_as_union=True)
    return [
        Finding(
            "info",
            "untyped",
            "",
            r["name"].value,
            "named, but of no more precise kind",
            r["quote"].value,
        )
        for r in rows  # type: ignore[union-attr]
    ]


def check(source: Source) -> Table:
    """All findings, problems first."""
    findings = [
        *_shapes(source.store),
        *_arithmetic(source),
        *_counts(source.store),
        *_disagreements(source),
        *_untyped(source.store),
    ]
    order = {"error": 0, "warning": 1, "info": 2}
    findings.sort(key=lambda f: (order[f.severity], f.check, f.plan, f.subject))
    return Table(COLUMNS, tuple(astuple(f) for f in findings))
