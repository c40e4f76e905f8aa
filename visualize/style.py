"""The visual language of every map, in one table: what a newcomer reads without help.

Node colour and shape say what a thing is (UN agency, NGO, government, government body,
office, person, coordination body, programme, framework, place); edge colour says the role or
link, and in a comparison which plan states it.  The legend of the page is drawn from these
same tables, so the legend and the map cannot disagree.

A class is drawn as the first family whose root class is the class itself or one of its
super-classes in the ontology (families are listed most specific first), so a class added to
the ontology is drawn correctly without an entry here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from coordkg.visualize.model import BOTH, CHANGED, ONLY_FIRST, ONLY_SECOND
from coordkg.visualize.ontology import ontology


@dataclass(frozen=True)
class Family:
    """A kind of node in the legend: an ontology class and everything under it."""

    key: str  # what `--types` and the page's filter use
    label: str
    root: str  # local name of the ontology class
    colour: str
    shape: str  # a vis-network shape that draws its label below it


FAMILIES: tuple[Family, ...] = (
    Family("un-agency", "UN agency", "UNAgency", "#1f77b4", "dot"),
    Family(
        "international-organisation",
        "international organisation",
        "InternationalOrganization",
        "#17becf",
        "dot",
    ),
    Family("ngo", "NGO", "NGO", "#2ca02c", "dot"),
    Family("government", "government", "Government", "#d62728", "square"),
    Family("government-body", "government body", "GovernmentBody", "#f28e8c", "square"),
    Family("other-actor", "other actor (armed, security, donor)", "Actor", "#8c564b", "dot"),
    Family(
        "office", "office (minister, governor, director ...)", "Office", "#e377c2", "triangleDown"
    ),
    Family("person", "person", "Person", "#7f7f7f", "dot"),
    Family("coordination-body", "coordination body", "CoordinationBody", "#ff7f0e", "diamond"),
    Family("programme", "programme", "Programme", "#9467bd", "triangle"),
    Family("framework", "framework or inter-agency plan", "Framework", "#bcbd22", "star"),
    Family("place", "place", "Place", "#17a589", "hexagon"),
)
OTHER = Family("other", "other", "", "#b0b0b0", "dot")


@dataclass(frozen=True)
class LinkStyle:
    """How a link is drawn; ``relation`` is the family `--relations` selects it by."""

    link: str  # a role's notation or the ontology property's local name, as `links` gives it
    label: str
    relation: str
    colour: str
    width: float = 2.0
    dashes: bool = False


# Roles first, strongest first: an edge holding several roles takes the colour of the first.
LINKS: tuple[LinkStyle, ...] = (
    LinkStyle("lead", "lead", "roles", "#b2182b", 4.0),
    LinkStyle("co-lead", "co-lead", "roles", "#ef6548", 3.5),
    LinkStyle("chair", "chair", "roles", "#2166ac", 4.0),
    LinkStyle("co-chair", "co-chair", "roles", "#4eb3d3", 3.5),
    LinkStyle("coordinator", "coordinator", "roles", "#1b7837", 3.0),
    LinkStyle("co-coordinator", "co-coordinator", "roles", "#7fbf7b", 3.0),
    LinkStyle("secretariat", "secretariat", "roles", "#762a83", 2.5),
    LinkStyle("member", "member", "roles", "#8c8c8c", 1.5),
    LinkStyle("partner", "partner", "partners", "#35978f", 2.0, True),
    LinkStyle("governmentCounterpart", "government counterpart", "partners", "#c51b7d", 2.0, True),
    LinkStyle("subOrganizationOf", "part of", "structure", "#6b6b6b", 1.5, True),
    LinkStyle("subBodyOf", "sub-body of", "structure", "#8c510a", 2.0),
    LinkStyle("succeeds", "succeeds", "structure", "#01665e", 2.5),
    LinkStyle("plannedSuccessorOf", "planned successor of", "structure", "#01665e", 2.0, True),
    LinkStyle("hasProgramme", "runs", "programmes", "#9467bd", 1.5),
    LinkStyle("relatedPlan", "related plan", "programmes", "#a6a61c", 1.5, True),
    LinkStyle("scopePlace", "at", "places", "#17a589", 1.5, True),
    LinkStyle("subClassOf", "sub-class of", "ontology", "#6b6b6b", 1.5),
    LinkStyle("objectProperty", "property", "ontology", "#1f77b4", 1.5),
)
RELATIONS = ("roles", "partners", "structure", "programmes", "places")
DEFAULT_RELATIONS = ("roles", "partners", "structure")


@dataclass(frozen=True)
class StatusStyle:
    """How a comparison marks a link; ``{first}`` and ``{second}`` are the plans' names."""

    status: str
    label: str
    colour: str
    dashes: bool = False


STATUSES: tuple[StatusStyle, ...] = (
    StatusStyle(ONLY_FIRST, "only in {first}", "#d62728", True),
    StatusStyle(ONLY_SECOND, "only in {second}", "#2ca02c"),
    StatusStyle(CHANGED, "role changed from {first} to {second}", "#ff7f0e"),
    StatusStyle(BOTH, "the same in both", "#9e9e9e"),
)


@cache
def family_of(cls: str) -> Family:
    """The family a class is drawn as (``OTHER`` when it is under none)."""
    ancestors = ontology().ancestors(cls)
    for family in FAMILIES:
        if family.root in ancestors:
            return family
    return OTHER


def link_style(link: str) -> LinkStyle:
    return next(s for s in LINKS if s.link == link)


def link_rank(link: str) -> int:
    """Position in the table: roles sort strongest first."""
    return next(i for i, s in enumerate(LINKS) if s.link == link)


def status_style(status: str) -> StatusStyle:
    return next(s for s in STATUSES if s.status == status)
