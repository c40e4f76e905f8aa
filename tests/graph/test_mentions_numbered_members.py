"""A numbered list of member organisations, each maybe with its short form in brackets: every
item is an organisation, the brackets neither end the list nor join the name.  Lists written
here after the member pages of NGO forums."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver

MEMBERS = """## Members

1. Oxfam
2. Lakeshore Health Partners (LHP)
3. Mercy Corps (MC)
4. mHope Relief Trust
5. Danish Refugee Council (DRC)
6. Aide Médicale Sud France
7. International Rescue Committee (IRC)
8. Norwegian Refugee Council
9. Green Hills Education Fund
"""


def _names(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text, Resolver())]


def test_every_numbered_member_is_an_organisation() -> None:
    assert _names(MEMBERS) == [
        "Oxfam",
        "Lakeshore Health Partners",
        "Mercy Corps",
        "mHope Relief Trust",
        "Danish Refugee Council",
        "Aide Médicale Sud France",
        "International Rescue Committee",
        "Norwegian Refugee Council",
        "Green Hills Education Fund",
    ]


def test_a_remark_in_brackets_ends_the_list() -> None:
    text = "Members: Oxfam, Mercy Corps (and 5 observers)\nGreen Hills Education Fund\n"
    assert _names(text) == ["Oxfam", "Mercy Corps"]


def test_a_country_alone_in_a_list_stays_a_country() -> None:
    found = [(m.surface, m.entity.kind) for m in find_mentions("Oxfam, CARE, Kenya", Resolver())]
    assert ("Kenya", "Country") in found
