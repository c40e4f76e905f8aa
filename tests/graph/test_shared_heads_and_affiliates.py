"""A plural prefix head shared by the names listed after it, and a national affiliate kept
whole in an alliance's member list (sentences written for these tests after the Antigua and
Dutch pages of seen7; names and rows worked out by hand)."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _names(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text, Resolver())]


def test_the_ministries_of_a_list_are_one_ministry_each() -> None:
    text = "It met the Ministries of Public Works, Health, Information and Social Transformation."
    assert _names(text) == [
        "Ministry of Public Works",
        "Ministry of Health",
        "Ministry of Information",
        "Ministry of Social Transformation",
    ]


def test_repeated_of_and_a_final_and_still_share_the_head() -> None:
    text = "It met the Ministries of Justice, of Labour and of Health yesterday."
    assert _names(text) == ["Ministry of Justice", "Ministry of Labour", "Ministry of Health"]


def test_one_ministry_in_the_singular_keeps_its_own_and() -> None:
    assert _names("It met the Ministry of Labour and Social Policy.") == [
        "Ministry of Labour and Social Policy"
    ]


def test_an_alliance_member_list_keeps_national_affiliates_whole() -> None:
    text = (
        "The Lakeside Relief Alliance (LRA) is a coalition of aid organisations. "
        "The LRA members are: CARE Nederland; Oxfam Novib; and ZOA."
    )
    assert roles(text) == {
        ("CARE Nederland", "member", "LRA", ""),
        ("Oxfam Novib", "member", "LRA", ""),
        ("ZOA", "member", "LRA", ""),
    }
