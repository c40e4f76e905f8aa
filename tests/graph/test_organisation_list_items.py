"""A list of organisations keeps every item: an item no name rule knows (an acronym, a name of
capitalised words) is an organisation when it stands among known ones, never swallowed by its
neighbour; prose, topics and role nouns next to known names are no items."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _items(text: str) -> list[str]:
    return [m.surface for m in find_mentions(text, Resolver())]


def test_every_item_of_a_long_list_of_short_names_is_a_mention() -> None:
    text = (
        "Forum members: ACF; BKX; IRC; QRD; NRC; SCI; CRS; ZUL; DRC; IMC; MSF; ACTED;\n"
        "Hope Builders Initiative; INTERSOS; Mercy Corps; CARE; Plan International; "
        "World Vision; JMV and Oxfam."
    )
    assert _items(text) == [
        "ACF", "BKX", "IRC", "QRD", "NRC", "SCI", "CRS", "ZUL", "DRC", "IMC", "MSF", "ACTED",
        "Hope Builders Initiative", "INTERSOS", "Mercy Corps", "CARE", "Plan International",
        "World Vision", "JMV", "Oxfam",
    ]  # fmt: skip


def test_one_item_per_line_under_a_label() -> None:
    text = "Representation:\n- LFN Secretariat\n- IRC\n- KPQ\n- NRC\n"
    assert _items(text) == ["LFN Secretariat", "IRC", "KPQ", "NRC"]


def test_an_and_before_a_comma_is_inside_a_name() -> None:
    text = "Partners: Women for Peace and Justice, IRC, NRC and UNICEF."
    assert _items(text)[0] == "Women for Peace and Justice"


def test_prose_topics_and_role_nouns_beside_known_names_are_no_items() -> None:
    text = (
        "UNICEF, WFP and partners agreed. Sector Coordinators, UNHCR and UNICEF met. "
        "UNICEF, WFP, Health and Nutrition. UNICEF, WFP, NRC and Others."
    )
    assert _items(text) == ["UNICEF", "WFP", "UNHCR", "UNICEF", "UNICEF", "WFP", "UNICEF",
                            "WFP", "NRC"]  # fmt: skip


def test_unknown_items_need_as_many_known_beside_them() -> None:
    assert _items("Members: QRD, BKX, ZUL and IRC.") == ["IRC"]


def test_a_known_name_wrapped_at_the_end_of_a_line_is_one_mention() -> None:
    text = (
        "one hub is led by the United Nations Children's\n        Fund and the World Food\nProgram."
    )
    found = [(m.entity.name, m.end - m.start) for m in find_mentions(text, Resolver())]
    assert found == [
        ("United Nations Children's Fund", len("United Nations Children's\n        Fund")),
        ("World Food Programme", len("World Food\nProgram")),
    ]
