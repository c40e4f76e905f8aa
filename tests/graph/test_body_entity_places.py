"""Bodies named by an organisation in a place ("the United Nations in Lakeland is made up of
..."): a country team written as the organisation it gathers, named so only when a verb of
composition or a role word follows.  Sentences written here after that construction."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _bodies(text: str) -> list[tuple[str, str]]:
    """(surface, kind) of every mention read as an organisation in a place."""
    return [
        (m.surface, m.entity.kind)
        for m in find_mentions(text, Resolver())
        if m.rule == "body.entity-place"
    ]


def test_the_un_in_a_country_made_up_of_agencies_is_a_country_team_with_members() -> None:
    text = "The United Nations in Kenya is made up of four agencies (WFP, UNICEF, FAO and WHO)."
    assert _bodies(text) == [("United Nations in Kenya", "CountryTeam")]
    members = {(h, r) for h, r, b, _ in roles(text) if b == "United Nations in Kenya"}
    assert members == {
        ("WFP", "member"),
        ("UNICEF", "member"),
        ("FAO", "member"),
        ("WHO", "member"),
    }


def test_the_un_system_in_a_country_led_by_an_office_is_a_body() -> None:
    text = "The UN system in Malawi, led by the Resident Coordinator, meets every month."
    assert _bodies(text) == [("UN system in Malawi", "CountryTeam")]


def test_the_un_in_a_country_doing_something_else_names_no_body() -> None:
    text = "The UN in Kenya supported the response to the floods with WFP and UNICEF."
    assert _bodies(text) == []
    assert roles(text) == set()


def test_lower_case_un_or_a_word_that_is_no_place_names_no_body() -> None:
    assert _bodies("The un in Kenya is made up of agencies.") == []
    assert _bodies("The UN in recent years has been made up of more agencies.") == []


def test_a_member_taking_on_the_role_of_lead_coordinator_is_its_coordinator() -> None:
    text = (
        "The United Nations in Kenya is made up of three agencies (UNDP, FAO and WHO), "
        "with UNDP taking on the role of lead coordinator."
    )
    assert {(h, r) for h, r, b, _ in roles(text) if b == "United Nations in Kenya"} == {
        ("UNDP", "coordinator"),
        ("UNDP", "member"),
        ("FAO", "member"),
        ("WHO", "member"),
    }
