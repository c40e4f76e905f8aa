"""Two plans of our own by one publisher, each with a programme called "Protection", and the
`links` rows they state, worked out by hand.

A programme's IRI is minted under its plan's, and its block is its evidence, so each plan's
``hasProgramme`` rows pair it with its own programmes and its own amounts; a store that joined a
plan with another row's target or sentence would answer rows that no plan states. Asked on every
path (tests/queries/test_links_plans.py) and on a server (tests/server/test_remote_store.py).
IOM is named three times in each, so it is each plan's publisher.
"""

from __future__ import annotations

PLANS = {
    "kenya-crp-2031.txt": "Kenya Crisis Response Plan 2031\n\n$12,000,000\nFunding required\n\n"
    "IOM will support people displaced by drought in Kenya. IOM co-leads the Shelter Working "
    "Group in Kenya together with UNHCR. IOM keeps field offices in Lodwar and Dadaab.\n\n"
    "Protection     Priority\n$5,000,000 Funding required\nRelated inter agency plans HRP\n"
    "Shelter and settlements\n$7,000,000 Funding required\n",
    "nepal-crp-2032.txt": "Nepal Crisis Response Plan 2032\n\n$6,500,000\nFunding required\n\n"
    "IOM will help families who lost their homes to floods in Nepal. The Protection Working "
    "Group in Nepal is chaired by IOM. IOM runs an office in Nepalgunj.\n\n"
    "Protection     Priority\n$4,500,000 Funding required\n"
    "Displacement tracking\n$2,000,000 Funding required\nRelated inter agency plans HRP\n",
}

KENYA = "https://w3id.org/coordkg/plan/kenya-crp-2031/programme/"
NEPAL = "https://w3id.org/coordkg/plan/nepal-crp-2032/programme/"
HRP = "https://w3id.org/coordkg/id/hrp"
SHELTER = "https://w3id.org/coordkg/id/shelter-working-group"
PROTECTION = "https://w3id.org/coordkg/id/protection-working-group"
SHELTER_SENTENCE = "IOM co-leads the Shelter Working Group in Kenya together with UNHCR."

#: (plan, source, link, target, target_id, evidence) of every row `links` answers, in its order
#: (plan, source's name, link, target's name, ...). A block's evidence is its lines joined by
#: " | ", its title's padding and the "Related ..." line left out; a related plan follows
#: the block above it.
LINKS = [
    ("2031", "IOM", "co-lead", "Shelter Working Group", SHELTER, SHELTER_SENTENCE),
    (
        "2031",
        "IOM",
        "hasProgramme",
        "Protection",
        KENYA + "protection",
        "Protection Priority | $5,000,000 Funding required",
    ),
    (
        "2031",
        "IOM",
        "hasProgramme",
        "Shelter and settlements",
        KENYA + "shelter-and-settlements",
        "Shelter and settlements | $7,000,000 Funding required",
    ),
    (
        "2031",
        "Protection",
        "relatedPlan",
        "HRP",
        HRP,
        "Protection Priority | $5,000,000 Funding required",
    ),
    ("2031", "UNHCR", "co-lead", "Shelter Working Group", SHELTER, SHELTER_SENTENCE),
    (
        "2032",
        "Displacement tracking",
        "relatedPlan",
        "HRP",
        HRP,
        "Displacement tracking | $2,000,000 Funding required",
    ),
    (
        "2032",
        "IOM",
        "chair",
        "Protection Working Group",
        PROTECTION,
        "The Protection Working Group in Nepal is chaired by IOM.",
    ),
    (
        "2032",
        "IOM",
        "hasProgramme",
        "Displacement tracking",
        NEPAL + "displacement-tracking",
        "Displacement tracking | $2,000,000 Funding required",
    ),
    (
        "2032",
        "IOM",
        "hasProgramme",
        "Protection",
        NEPAL + "protection",
        "Protection Priority | $4,500,000 Funding required",
    ),
]


def link(row: dict[str, str]) -> tuple[str, ...]:
    """A `links` row as LINKS writes it: each end by its acronym when it has one."""
    source = row["source_acronym"] or row["source"]
    target = row["target_acronym"] or row["target"]
    return (row["plan"], source, row["link"], target, row["target_id"], row["evidence"])
