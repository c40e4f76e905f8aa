"""The maps `coordkg map` writes: ask the graph, build the model, build the view (a pyvis
``Network``), write its page as UTF-8; and the same ``Network`` for a notebook to show.

Everything a map shows is asked of the graph with the catalogue's questions (``links``,
``entities``, ``programmes``): nothing about who leads what is known here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import networkx as nx

from coordkg.errors import InputError
from coordkg.queries.catalogue import get
from coordkg.queries.run import Source
from coordkg.queries.table import Table
from coordkg.visualize.limits import MAX_NODES
from coordkg.visualize.map_network import MapNetwork, write_html
from coordkg.visualize.model import neighbourhood, network, node_of
from coordkg.visualize.ontology import ontology_network
from coordkg.visualize.style import DEFAULT_RELATIONS, FAMILIES, RELATIONS, family_of, link_style
from coordkg.visualize.view import TIGHT, Page, network_of

ALL_PLANS = "all"


@dataclass(frozen=True)
class MapRequest:
    """What to draw; the defaults draw the coordination network of the latest plan."""

    plan: str = ""  # a period or document id; "" = the latest plan; "all" = every plan
    compare: tuple[str, str] | None = None  # two plans instead of one
    focus: str = ""  # an organisation or body (name, acronym or other name)
    depth: int = 1
    relations: tuple[str, ...] = DEFAULT_RELATIONS
    types: tuple[str, ...] = ()  # family keys of the legend; () = all
    max_nodes: int | None = MAX_NODES  # None: no limit (for statistics, which draw nothing)


@dataclass(frozen=True)
class MapSummary:
    """What was written, for the command's one-line report."""

    path: Path
    title: str
    nodes: int
    links: int
    size: int  # bytes


def in_time(plan: str) -> tuple[int, str]:
    """A plan's place in time: the end of its period ("2023-2025" after "2024"); a plan known
    only by its document id sorts by the last year in the id, or before every year when it
    has none."""
    years = re.findall(r"(?:19|20)\d\d", plan)
    return (int(years[-1]) if years else 0, plan)


def latest(plans: set[str]) -> str:
    """The plan whose period ends last (see :func:`in_time`)."""
    return max(plans, key=in_time)


def _known(option: str, given: tuple[str, ...], known: tuple[str, ...]) -> None:
    unknown = [x for x in given if x not in known]
    if unknown:
        raise InputError(option, f"unknown {', '.join(unknown)} (known: {', '.join(known)})")


def check(request: MapRequest) -> None:
    """Raises InputError when ``request``'s options contradict each other or name nothing
    known (relations, kinds); whether its plans and focus are in the graph is not asked."""
    if not request.relations:
        raise InputError("--relations", f"must name at least one of {', '.join(RELATIONS)}")
    _known("--relations", request.relations, RELATIONS)
    _known("--types", request.types, tuple(f.key for f in FAMILIES))
    if request.depth < 1:
        raise InputError("--depth", "must be 1 or more")
    if request.compare and request.plan:
        raise InputError("--plan", "cannot be used with --compare, which names both plans")
    if request.compare and request.compare[0] == request.compare[1]:
        raise InputError("--compare", "needs two different plans")


def _links(source: Source, plan: str, relations: tuple[str, ...]) -> Table:
    table = source.ask(get("links"), {"plan": plan})
    i = table.columns.index("link")
    rows = tuple(r for r in table.rows if link_style(r[i]).relation in relations)
    return Table(table.columns, rows)


def _plans(table: Table) -> set[str]:
    i = table.columns.index("plan")
    return {r[i] for r in table.rows}


def _side(source: Source, plan: str, relations: tuple[str, ...], known: set[str]) -> Table:
    table = _links(source, plan, relations)
    if not table.rows:
        raise InputError(
            "--plan" if plan else "graph",
            f"no links in plan {plan!r} (plans: {', '.join(sorted(known)) or 'none'})"
            if plan
            else "has no links to draw: build it from response plans first",
        )
    return table


def called(source: Source, name: str) -> list[dict[str, str]]:
    """The ``entities`` rows of what ``name`` names: those whose name or acronym it is, else
    those it is another name of (several when it is ambiguous)."""
    rows = source.ask(get("entities"), {"name": name}).as_dicts()
    exact = [r for r in rows if name.lower() in (r["name"].lower(), r["acronym"].lower())]
    return exact or rows


def _focus(source: Source, g: nx.MultiDiGraph, name: str) -> str:
    """The node of the entity called ``name``.

    Raises:
        InputError: no entity, several, or one that is not on the map.
    """
    found = called(source, name)
    if not found:
        raise InputError("--focus", f"no organisation or body is called {name!r} in the graph")
    if len(found) > 1:
        names = "; ".join(sorted(r["name"] for r in found))
        raise InputError("--focus", f"{name!r} could be any of: {names}")
    if found[0]["id"] not in g:
        raise InputError("--focus", f"{found[0]['name']} has no links on this map")
    return found[0]["id"]


def coordination_network(source: Source, request: MapRequest) -> tuple[nx.MultiDiGraph, Page]:
    """The model of the map ``request`` asks for, and what its page should say it shows.

    Raises:
        InputError: an option names nothing in the graph, or leaves nothing to draw.
    """
    check(request)
    known = _plans(source.ask(get("plans"), {}))  # cheap: one row per plan
    plans = request.compare or (request.plan or (latest(known) if known else ""),)
    sides = [_side(source, "" if p == ALL_PLANS else p, request.relations, known) for p in plans]
    names = tuple(
        f"all {len(_plans(t))} plans" if p == ALL_PLANS else ", ".join(sorted(_plans(t)))
        for p, t in zip(plans, sides, strict=True)
    )
    funding = source.ask(get("programmes"), {}) if "programmes" in request.relations else None
    g = network(sides, source.ask(get("entities"), {}), funding)
    around, about = "", []
    centre = ""
    if request.focus:
        centre = _focus(source, g, request.focus)
        g = neighbourhood(g, centre, request.depth)
        around = f" around {node_of(g, centre).name}"
        about.append(f"{request.depth} {'step' if request.depth == 1 else 'steps'} from it")
    if request.types:
        keep = [n for n in g if n == centre or family_of(node_of(g, n).cls).key in request.types]
        g = cast(nx.MultiDiGraph, g.subgraph(keep).copy())
        about.append("only " + ", ".join(f.label for f in FAMILIES if f.key in request.types))
    if g.number_of_edges() == 0:
        raise InputError("--types" if request.types else "--focus", "leave no links to draw")
    _within(g, request.max_nodes)
    about.append(f"built {dt.date.today().isoformat()}")
    title = f"Coordination network{around}, plan {' compared with '.join(names)}"
    return g, Page(title, " · ".join(about), centre)


def _within(g: nx.MultiDiGraph, limit: int | None) -> None:
    """Refuse a map too big to settle in a browser, saying how to narrow it.

    Raises:
        InputError: the map has more than ``limit`` nodes.
    """
    if limit is not None and g.number_of_nodes() > limit:
        raise InputError(
            "map",
            f"would draw {g.number_of_nodes():,} nodes and {g.number_of_edges():,} links, more "
            f"than the {limit:,} a browser was measured to lay out quickly: narrow it with --plan, "
            "--focus NAME --depth 1, --types or --relations (or raise --max-nodes)",
        )


def network_view(source: Source, request: MapRequest) -> MapNetwork:
    """The map ``request`` asks for, as a pyvis ``Network``: a notebook shows it inline (it
    needs no network), ``generate_html()`` is the page `coordkg map` writes.

    Raises:
        InputError: an option names nothing in the graph, or leaves nothing to draw.
    """
    return network_of(*coordination_network(source, request))


def ontology_view() -> MapNetwork:
    """The classes and properties of the ontology, as a pyvis ``Network``."""
    page = Page(
        "The coordkg ontology: classes and properties",
        f"from ontology/coordkg.ttl · built {dt.date.today().isoformat()}",
    )
    return network_of(ontology_network(), page, TIGHT)


def _write(net: MapNetwork, path: Path) -> MapSummary:
    size = write_html(path, net.generate_html())
    return MapSummary(path, net.heading, net.num_nodes(), net.num_edges(), size)


def write_map(source: Source, request: MapRequest, path: Path) -> MapSummary:
    """Draw the map ``request`` asks for into the HTML file ``path``."""
    return _write(network_view(source, request), path)


def write_ontology_map(path: Path) -> MapSummary:
    """Draw the classes and properties of the ontology into the HTML file ``path``."""
    return _write(ontology_view(), path)
