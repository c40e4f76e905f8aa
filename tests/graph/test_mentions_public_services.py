"""A government's public services and forces, written capitalised, are organisations: they sit
on disaster committees and coordinate emergency support functions ("the Police Force", "the
Ghana National Fire Service", "the Jamaica Defence Force (JDF)", "the Health Department").
Written in lower case ("the police and fire services") they name no one."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.entity.name, m.entity.kind) for m in find_mentions(text, Resolver())]


def test_services_forces_and_departments_named_with_their_country() -> None:
    text = (
        "Its members were the Ghana Police Service, the Ghana National Fire Service, the "
        "Jamaica Defence Force (JDF) and the Health Department."
    )
    assert _named(text) == [
        ("Ghana Police Service", "Ghana Police Service", "GovernmentBody"),
        ("Ghana National Fire Service", "Ghana National Fire Service", "GovernmentBody"),
        ("Jamaica Defence Force (JDF)", "Jamaica Defence Force", "SecurityActor"),
        ("Health Department", "Health Department", "Directorate"),
    ]


def test_the_police_force_and_the_fire_service_alone() -> None:
    """The country's own services, named without it; "Police" alone, capitalised, too."""
    text = "It includes the Police Force, the Fire Brigade and the Fire Service; also Police."
    assert [(s, k) for s, _, k in _named(text)] == [
        ("Police Force", "SecurityActor"),
        ("Fire Brigade", "GovernmentBody"),
        ("Fire Service", "GovernmentBody"),
        ("Police", "SecurityActor"),
    ]


def test_a_name_whole_by_its_head_starts_after_a_comma() -> None:
    text = "Its members include senior officers of the Met Office, Police and Defence Force."
    assert [s for s, _, _ in _named(text)] == ["Police", "Defence Force"]


def test_lower_case_services_and_other_heads_name_no_organisation() -> None:
    text = (
        "The police and fire services arrived first. Patients went to the Police Hospital. "
        "The service resumed once the Task Force on Cash had met."
    )
    assert _named(text) == [("Task Force on Cash", "Task Force on Cash", "TaskForce")]


def test_services_are_members_of_the_committee_they_sit_on() -> None:
    text = (
        "The National Emergency Advisory Committee shall consist of the Police Force, the Fire "
        "Service and the Ministry of Health."
    )
    assert roles(text) == {
        ("Police Force", "member", "National Emergency Advisory Committee", ""),
        ("Fire Service", "member", "National Emergency Advisory Committee", ""),
        ("Ministry of Health", "member", "National Emergency Advisory Committee", ""),
    }
