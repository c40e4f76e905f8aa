"""Convention C3: a response an organisation leads or coordinates is a role's body.

"UNHCR coordinates the refugee response", "the UNHCR-led response": the body is the response
as written, article dropped, what it answers kept ("response to the floods");
supported, joined or taken part in, or an organisation's own response, it names none.
Sentences written here after those constructions."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _responses(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text, Resolver()) if m.rule == "phrase.response"]


def test_a_response_after_a_role_verb_is_the_roles_body() -> None:
    assert roles("WFP coordinates the drought cash response.") == {
        ("WFP", "coordinator", "Drought Cash Response", "")
    }


def test_what_the_response_answers_goes_on_its_name_up_to_a_place() -> None:
    assert roles("UNICEF leads the humanitarian response for displaced children in Chad.") == {
        ("UNICEF", "lead", "Humanitarian Response for Displaced Children", "")
    }
    assert _responses("IOM coordinates the response to the floods, with partners.") == [
        "Response to the Floods"
    ]


def test_the_coordination_of_a_response_is_its_coordination() -> None:
    assert roles("The Ministry of Health leads the coordination of the humanitarian response.") == {
        ("Ministry of Health", "lead", "Humanitarian Response", "")
    }


def test_a_bare_response_needs_the_role_word_before_it() -> None:
    assert roles("UNHCR is leading the response.") == {("UNHCR", "lead", "Response", "")}
    assert _responses("In the 2019 responses, WFP led the food cluster.") == []


def test_supported_or_joined_responses_name_no_body() -> None:
    assert _responses("IOM supported the flood response.") == []
    assert _responses("UNICEF takes part in the UN response.") == []
    assert _responses("WHO funded the cholera response.") == []


def test_an_organisations_own_response_names_no_body() -> None:
    assert _responses("IOM leads its emergency response in the north.") == []
    assert _responses("WFP leads WFP's food response.") == []


def test_a_places_response_is_still_one() -> None:
    assert _responses("UNHCR coordinates Kenya's refugee response.") == ["Refugee Response"]


def test_a_role_word_compounded_with_its_holder() -> None:
    assert _responses("The UNHCR-led refugee response is large.") == ["Refugee Response"]


def test_a_response_word_before_another_noun_names_no_body() -> None:
    assert _responses("UNICEF leads the response efforts and the response team.") == []


def test_a_governments_ministry_holds_and_the_government_only_owns_it() -> None:
    text = (
        "UNHCR co-leads the health sector together with the Government of Rwanda's Ministry of "
        "Refugee Affairs (MINRA)."
    )
    assert roles(text) == {
        ("UNHCR", "co-lead", "Health Sector", ""),
        ("MINRA", "co-lead", "Health Sector", ""),
    }


def test_names_after_with_that_give_support_beside_a_lead_are_no_co_leads() -> None:
    text = (
        "The Ministry of Health leads the cholera response, with UNICEF giving technical support."
    )
    assert roles(text) == {("Ministry of Health", "lead", "Cholera Response", "")}
