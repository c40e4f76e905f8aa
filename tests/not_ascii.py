"""Two plans of our own whose holders and places have names that are not ASCII, and what
questions asked by those names in other cases answer, worked out by hand.

Each store lower-cases text its own way (Virtuoso's LCASE is not Python's), so a name is found
by its key, computed in Python (graph/keys.py), never by a store lower-casing the value; these
are asked on every path (tests/queries/test_paths_agree.py) and on a server
(tests/server/test_remote_store.py).  The plans name Médecins Sans Frontières, Solidarités
International, Kärnten and Niederösterreich; the places and Austria have other names in
other languages (Russian among them); the 2034 plan writes MSF only by its acronym.  (No holder
written only with a name such as "Straßenkinder e.V." or one in Greek letters is extracted, so
those cannot be asked here.)
"""

from __future__ import annotations

AUSTRIAN = {
    "health-plan-2033.txt": "Austria health coordination plan 2033\n\nThe Health Working Group "
    "is co-led by Médecins Sans Frontières (MSF) and WHO.\n\nIn Kärnten, the Shelter Working "
    "Group is chaired by Solidarités International.\n",
    "wash-plan-2034.txt": "Austria water and sanitation coordination plan 2034\n\nThe WASH "
    "Working Group is led by MSF in Niederösterreich.\n",
}

#: Worked out by hand from the plans above, asked by names in cases other than the plans
#: write them: (question, parameters, the rows' (plan, who, what, which, where) as the
#: question names them).
NOT_ASCII = [
    # 2034 writes MSF only by its acronym; of its links, MSF is at one end of the first only
    # (the second, the body's place, links the body to the place)
    (
        "links",
        {"org": "MÉDECINS SANS FRONTIÈRES", "plan": "2034"},
        [("2034", "Médecins Sans Frontières", "lead", "WASH Working Group", "Niederösterreich")],
    ),
    (
        "links",
        {"org": "solidarités international"},
        [
            ("2033", "Solidarités International", "chair", "Shelter Working Group", "Kärnten"),
        ],
    ),
    # a place by its Russian name in upper case; and Austria's, for the places in it
    (
        "by_place",
        {"place": "НИЖНЯЯ АВСТРИЯ"},
        [("2034", "Médecins Sans Frontières", "lead", "WASH Working Group", "Niederösterreich")],
    ),
    (
        "by_place",
        {"place": "АВСТРИЯ", "plan": "2033"},
        [("2033", "Solidarités International", "chair", "Shelter Working Group", "Kärnten")],
    ),
    ("by_place", {"place": "KÄRNTEN", "plan": "2034"}, []),
]


def named(name: str, row: dict[str, str]) -> tuple[str, ...]:
    """A row of ``name`` as NOT_ASCII gives it."""
    if name == "links":
        return (row["plan"], row["source"], row["link"], row["target"], row["scope"])
    return (row["plan"], row["organization"], row["role"], row["body"], row["place"])
