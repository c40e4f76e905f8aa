"""The model step: the graph's answers -> a networkx graph, checked against what the plans say.

Expectations come from the sentences of the bundled plans (quoted in each test), not from
coordkg's output.  Nodes are found by name or acronym, never by IRI.
"""

from __future__ import annotations

import networkx as nx
import pytest

from coordkg.errors import InputError
from coordkg.queries.run import Source
from coordkg.queries.table import Table
from coordkg.visualize.maps import MapRequest, coordination_network, latest
from coordkg.visualize.model import (
    BOTH,
    CHANGED,
    ONLY_FIRST,
    ONLY_SECOND,
    ROLE,
    Edge,
    edges_of,
    network,
    node_of,
)
from coordkg.visualize.style import family_of


def find(g: nx.MultiDiGraph, label: str) -> str:
    [node] = [n for n in g if label in (node_of(g, n).name, node_of(g, n).acronym)]
    return str(node)


def edge(g: nx.MultiDiGraph, source: str, target: str, group: str = ROLE) -> Edge:
    data = g.get_edge_data(find(g, source), find(g, target), key=group)
    assert data is not None, f"no {group} link {source} -> {target}"
    e = data["edge"]
    assert isinstance(e, Edge)
    return e


@pytest.fixture(scope="module")
def compared(source: Source) -> nx.MultiDiGraph:
    return coordination_network(source, MapRequest(compare=("2020", "2025")))[0]


@pytest.fixture(scope="module")
def plan_2025(source: Source) -> nx.MultiDiGraph:
    return coordination_network(source, MapRequest(plan="2025"))[0]


def test_returns_working_group_role_changed_from_co_lead_to_chair(
    compared: nx.MultiDiGraph,
) -> None:
    """2020: "co-lead of the Returns Working Group (RWG)" and "IOM’s continued leadership of
    the Returns Working Group"; 2025: "and chairs the Returns Working Group (RWG)"."""
    rwg = edge(compared, "IOM", "RWG")
    assert rwg.sides == (("co-lead", "lead"), ("chair",))
    assert rwg.status == CHANGED
    assert rwg.plans == ("2020", "2025")


def test_links_only_in_one_plan_or_in_both(compared: nx.MultiDiGraph) -> None:
    """2020 only: "in coordination with UNHCR"; 2025 only: "in collaboration with UNDP and the
    Norwegian Refugee Council (NRC)"; both: "a member of ... the UN Country Team (UNCT)"."""
    assert edge(compared, "IOM", "UNHCR", "partner").status == ONLY_FIRST
    assert edge(compared, "IOM", "NRC", "partner").status == ONLY_SECOND
    assert edge(compared, "IOM", "UNCT").status == BOTH
    assert edge(compared, "IOM", "UNCT").sides == (("member",), ("member",))


def test_dstwg_has_three_co_leads_in_2025(plan_2025: nx.MultiDiGraph) -> None:
    """ "IOM, along with UNDP, is a co-lead agency of the DSTF and, in collaboration with UNDP
    and the Norwegian Refugee Council (NRC), the Durable Solutions Technical Working Group"."""
    dstwg = find(plan_2025, "DSTWG")
    co_leads = {
        node_of(plan_2025, s).acronym
        for s, t, e in edges_of(plan_2025)
        if t == dstwg and "co-lead" in e.links
    }
    assert co_leads == {"IOM", "UNDP", "NRC"}
    sentences = edge(plan_2025, "NRC", "DSTWG").evidence
    assert any("Durable Solutions Technical Working Group (DSTWG)" in e.sentence for e in sentences)
    assert {e.plan for e in sentences} == {"2025"}


@pytest.mark.parametrize(
    ("label", "family"),
    [
        ("IOM", "un-agency"),
        ("NRC", "ngo"),
        ("Government of Iraq", "government"),
        ("MoMD", "government-body"),
        ("DSTWG", "coordination-body"),
        ("Cash Working Group", "coordination-body"),
    ],
)
def test_nodes_are_drawn_by_their_class(
    plan_2025: nx.MultiDiGraph, label: str, family: str
) -> None:
    assert family_of(node_of(plan_2025, find(plan_2025, label)).cls).key == family


def test_no_option_draws_the_latest_plan(source: Source) -> None:
    g, page = coordination_network(source, MapRequest())
    assert page.title == "Coordination network, plan 2025"
    assert {p for _, _, e in edges_of(g) for p in e.plans} == {"2025"}
    assert latest({"2020", "2024", "2023-2025", "some-document"}) == "2023-2025"


def test_focus_by_acronym_draws_the_neighbourhood(source: Source) -> None:
    """2025: IOM "supports the GoI (particularly via ... the Ministry of Migration and
    Displaced ...)": the ministry's only link that plan states."""
    g, page = coordination_network(source, MapRequest(plan="2025", focus="momd"))
    assert {node_of(g, n).acronym or node_of(g, n).name for n in g} == {"MoMD", "IOM"}
    assert (
        page.title
        == "Coordination network around Ministry of Migration and Displacement, plan 2025"
    )
    assert page.subtitle.startswith("1 step from it · built ")
    wider, _ = coordination_network(source, MapRequest(plan="2025", focus="MoMD", depth=2))
    assert "DSTWG" in {node_of(wider, n).acronym for n in wider}


def test_focus_prefers_the_exact_name_to_another_name(source: Source) -> None:
    """ "Ministry of Planning" is the federal ministry (2025), although the 2020 plan's "KRG
    Ministry of Planning" is also written that way."""
    g, _ = coordination_network(source, MapRequest(plan="2025", focus="Ministry of Planning"))
    assert "Ministry of Planning" in {node_of(g, n).name for n in g}
    assert "KRG Ministry of Planning" not in {node_of(g, n).name for n in g}


def test_programmes_and_places_are_drawn_on_request(source: Source) -> None:
    """2025: "Livelihoods and economic recovery ... $23,047,000"; the MHPSS TWG is co-chaired
    "at the governorate level in Anbar, Salah Al-Din, and Dohuk"."""
    everything = ("roles", "partners", "structure", "programmes", "places")
    g, _ = coordination_network(source, MapRequest(plan="2025", relations=everything))
    livelihoods = find(g, "Livelihoods and economic recovery")
    assert node_of(g, livelihoods).funding_usd == 23_047_000
    assert g.has_edge(find(g, "IOM"), livelihoods, key="hasProgramme")
    places = {node_of(g, t).name for s, t, e in edges_of(g) if e.group == "scopePlace"}
    assert places == {"Al-Anbar", "Salah Al-Din", "Duhok"}
    default, _ = coordination_network(source, MapRequest(plan="2025"))
    assert not {node_of(default, n).cls for n in default} & {"Programme", "Governorate"}


def test_types_keep_the_focus(source: Source) -> None:
    g, _ = coordination_network(
        source, MapRequest(plan="2025", focus="IOM", types=("coordination-body",))
    )
    kinds = {family_of(node_of(g, n).cls).key for n in g if node_of(g, n).acronym != "IOM"}
    assert kinds == {"coordination-body"} and find(g, "IOM")


@pytest.mark.parametrize(
    ("request_", "where", "problem"),
    [
        (MapRequest(plan="1999"), "--plan", "plans: 2020, 2025"),
        (MapRequest(focus="Nobody At All"), "--focus", "no organisation or body"),
        (MapRequest(plan="2025", focus="UNHCR"), "--focus", "no links on this map"),
        (MapRequest(relations=("roles", "friends")), "--relations", "friends"),
        (MapRequest(types=("unicorn",)), "--types", "unicorn"),
        (MapRequest(compare=("2020", "2020")), "--compare", "two different plans"),
        (MapRequest(plan="2020", compare=("2020", "2025")), "--plan", "--compare"),
    ],
)
def test_bad_options_say_what_is_wrong(
    source: Source, request_: MapRequest, where: str, problem: str
) -> None:
    with pytest.raises(InputError) as err:
        coordination_network(source, request_)
    assert err.value.where == where and problem in err.value.problem


COLUMNS = (
    "plan", "source", "source_acronym", "source_class", "link", "target", "target_acronym",
    "target_class", "scope", "evidence", "source_id", "target_id",
)  # fmt: skip


def row(plan: str, source: str, link: str, target: str, sentence: str) -> tuple[str, ...]:
    return (
        plan,
        source,
        "",
        "UNAgency",
        link,
        target,
        "",
        "WorkingGroup",
        "",
        sentence,
        source,
        target,
    )


def test_roles_of_one_holder_in_one_body_are_one_edge() -> None:
    first = Table(COLUMNS, (row("A", "x", "co-lead", "y", "s1"), row("A", "x", "lead", "y", "s2")))
    second = Table(COLUMNS, (row("B", "x", "lead", "y", "s3"), row("B", "x", "co-lead", "y", "s4")))
    g = network([first, second])
    [(_, _, e)] = edges_of(g)
    assert e.sides == (("co-lead", "lead"), ("co-lead", "lead")) and e.status == BOTH
    assert [x.sentence for x in e.evidence] == ["s1", "s2", "s3", "s4"]
    assert network([first]).number_of_edges() == 1
    [(_, _, alone)] = edges_of(network([first]))
    assert alone.status == ""


def test_all_plans_draws_the_union_of_every_plan(source: Source) -> None:
    every, page = coordination_network(source, MapRequest(plan="all"))
    each = [coordination_network(source, MapRequest(plan=p))[0] for p in ("2020", "2025")]
    assert set(every) == set(each[0]) | set(each[1])
    assert page.title.endswith("all 2 plans")


def test_a_map_too_big_to_settle_is_refused_with_the_ways_to_narrow_it(source: Source) -> None:
    nodes = coordination_network(source, MapRequest(plan="all"))[0].number_of_nodes()
    coordination_network(source, MapRequest(plan="all", max_nodes=nodes))  # at the limit: drawn
    with pytest.raises(InputError) as err:
        coordination_network(source, MapRequest(plan="all", max_nodes=nodes - 1))
    assert err.value.where == "map"
    assert f"would draw {nodes:,} nodes" in err.value.problem and "--focus" in err.value.problem
