"""Names with quotes, braces, ">", "#", line breaks and SPARQL in them, asked for by a user: the
same rows on every path, and never a query of another shape (queries/narrow.py: what a rewrite
writes into the text is the store's terms, never the user's).

Here IOM has, besides the names the bundled plans give it, each name of NAMES as another name
(in the entities graph, with its key, as the build writes names).  Asked by one of them, a
question is the question asked by "IOM": the same text sent, the same rows, on the kept
answer, the engine (narrowed and as written), rdflib and a SPARQL server (``coordkg serve``
read as a remote store).  Asked by a name nobody has, it is the question asked by any other
such name, and has no rows.  Expected rows worked out by hand from tests/gold/roles.csv: in
2020 IOM co-leads three bodies, the Camp Coordination and Camp Management Cluster, the
Shelter-NFI Cluster in Central/South (named by the reference data "Shelter and Non-Food Items
Cluster") and the Returns Working Group.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from served import serving

from coordkg.graph.build import build, bundled_documents
from coordkg.graph.keys import NAME_KEY, lookup_key
from coordkg.graph.names import ENTITIES_GRAPH
from coordkg.graph.store.export import to_dataset
from coordkg.graph.store.local import GraphStore, Snapshot
from coordkg.graph.store.remote import RemoteStore
from coordkg.queries.catalogue import Query, catalogue
from coordkg.queries.narrow import narrowed
from coordkg.queries.precompute import keep_answers
from coordkg.queries.run import asked, run_rdflib, run_sparql
from coordkg.queries.select import kept_answer
from coordkg.queries.table import Table

IOM = ox.NamedNode("https://w3id.org/coordkg/id/iom")
ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")

NAMES = [
    'IOM "the migration agency"',
    "IOM {agency} > #1",
    "IOM\nsecond line",
    'IOM" } FILTER (true) { "',
    "IOM') || true || ('",
    'IOM\\" ; DROP ALL #',
    "<https://w3id.org/coordkg/id/unicef>",
]
"""Other names of IOM."""

NOBODYS = [f"no {name}" for name in NAMES]
"""Names of nobody, as hostile."""

QUESTIONS = sorted(
    (name, m.param)
    for name, q in catalogue().items()
    for m in q.matches
    if m.kind == "names" and {"plan"} <= {p.name for p in q.parameters}
)
"""Every question with a name parameter, and that parameter."""


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GraphStore, Snapshot]]:
    """The bundled plans, IOM with NAMES as other names, the answers kept."""
    store = GraphStore(tmp_path_factory.mktemp("hostile") / "store")
    build(bundled_documents(), store, 10**8)

    def rename(graph: ox.Store) -> None:
        for name in NAMES:
            for p, o in ((ALT_LABEL, name), (ox.NamedNode(NAME_KEY), lookup_key(name))):
                graph.add(ox.Quad(IOM, p, ox.Literal(o), ox.NamedNode(ENTITIES_GRAPH)))

    store.update(rename)
    keep_answers(store)
    with store.reader() as graph:
        yield store, graph


@pytest.fixture(scope="module")
def union(named: tuple[GraphStore, Snapshot]) -> Dataset:
    found: Dataset = to_dataset(named[1])
    found.default_union = True
    return found


@pytest.fixture(scope="module")
def server(named: tuple[GraphStore, Snapshot]) -> Iterator[RemoteStore]:
    with serving(Path(named[0].location)) as (host, port):
        yield RemoteStore(f"http://{host}:{port}/sparql")


def _paths(
    graph: Snapshot, union: Dataset, server: RemoteStore, query: Query, params: dict[str, str]
) -> list[Table]:
    """The question's rows on every path."""
    assert graph.derived is not None
    kept = kept_answer(graph.derived, query, asked(query, params))
    assert kept is not None, params  # really read from the kept answer
    with server.reader() as remote:
        served = run_sparql(remote, query, params)
    return [
        kept,
        run_sparql(graph, query, params),
        run_sparql(graph, query, params, narrow=False),
        run_rdflib(union, query, params),
        served,
    ]


@pytest.mark.parametrize(("name", "param"), QUESTIONS)
def test_a_hostile_name_is_any_other_name_on_every_path(
    named: tuple[GraphStore, Snapshot],
    union: Dataset,
    server: RemoteStore,
    name: str,
    param: str,
) -> None:
    """A name of IOM gives the text and rows "IOM" gives, with a plan or none; a name of
    nobody, the text "nobody" gives and no rows."""
    graph, query = named[1], catalogue()[name]
    cases = [(NAMES, "IOM", plan) for plan in ("", "2020")] + [(NOBODYS, "nobody", "")]
    for values, like, plan in cases:
        alike = {param: like, "plan": plan}
        expected = run_sparql(graph, query, alike)
        text = narrowed(graph, query, asked(query, alike))
        assert like == "IOM" or not expected.rows, alike
        for value in values:
            params = {param: value, "plan": plan}
            assert narrowed(graph, query, asked(query, params)) == text, params
            assert all(rows == expected for rows in _paths(graph, union, server, query, params))


def test_iom_in_2020_by_a_hostile_name(named: tuple[GraphStore, Snapshot]) -> None:
    rows = run_sparql(named[1], catalogue()["roles"], {"org": NAMES[3], "plan": "2020"})
    co_led = {(r["body"], r["scope"]) for r in rows.as_dicts() if r["role"] == "co-lead"}
    assert co_led == {
        ("Camp Coordination and Camp Management Cluster", ""),
        ("Shelter and Non-Food Items Cluster", "Central/South"),
        ("Returns Working Group", ""),
    }
