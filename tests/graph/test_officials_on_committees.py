"""Officials holding chairs and seats on national and local disaster committees, councils and
headquarters (round 6): offices named alone as written ("the Governor", "the Intendant"), a
body whose head may name an organisation read as a body where a role makes it one, and a
member's own seat in a list ("the Prime Minister as Chairperson"). Sentences written here after
the constructions counted on national disaster committee pages (acts, district pages, press)."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _offices(text: str) -> list[str]:
    return [m.entity.name for m in find_mentions(text, Resolver()) if m.entity.kind == "Office"]


def test_an_office_named_alone_chairs_a_committee() -> None:
    assert roles("The Lowland Flood Committee is chaired by the Governor.") == {
        ("Governor", "chair", "Lowland Flood Committee", "")
    }
    assert roles("The Intendant chairs the Departmental Emergency Committee.") == {
        ("Intendant", "chair", "Departmental Emergency Committee", "")
    }


def test_a_list_of_offices_is_one_office_each() -> None:
    text = (
        "The board takes in the Leader of the Opposition, Deputy Governor, Financial "
        "Secretary, Attorney General and Commissioner of Police."
    )
    assert _offices(text) == [
        "Leader of the Opposition",
        "Deputy Governor",
        "Financial Secretary",
        "Attorney General",
        "Commissioner of Police",
    ]


def test_lower_case_office_words_name_no_office() -> None:
    assert (
        _offices("A chief engineer and the mayor's staff visited the governor of the bank.") == []
    )


def test_a_council_chaired_by_a_minister_is_a_body() -> None:
    assert roles(
        "The Coastal Hazards Advisory Council is chaired by the Minister of Home Affairs."
    ) == {("Minister of Home Affairs", "chair", "Coastal Hazards Advisory Council", "")}


def test_an_authority_chaired_by_an_office_is_a_body() -> None:
    assert roles("The Prime Minister chairs the Upland Disaster Management Authority.") == {
        ("Prime Minister", "chair", "Upland Disaster Management Authority", "")
    }


def test_an_operations_command_chaired_by_an_office_is_a_body() -> None:
    assert roles("The Commissioner of Police chairs the Island Emergency Operations Command.") == {
        ("Commissioner of Police", "chair", "Island Emergency Operations Command", "")
    }


def test_a_council_met_by_someone_stays_without_roles() -> None:
    assert (
        roles("Minister Tane greeted the members of the Harbour Relief Council on Monday.") == set()
    )


def test_a_member_listed_as_chairperson_holds_the_chair_not_a_seat() -> None:
    assert roles(
        "The Island Security Council consists of the Prime Minister as Chairperson, the "
        "Attorney General and the Minister of Foreign Affairs."
    ) == {
        ("Prime Minister", "chair", "Island Security Council", ""),
        ("Attorney General", "member", "Island Security Council", ""),
        ("Minister of Foreign Affairs", "member", "Island Security Council", ""),
    }


def test_a_member_listed_as_secretary_holds_the_secretariat() -> None:
    assert roles(
        "The Lagoon Disaster Committee is made up of the Minister of Works, with the Premier "
        "as the Chairperson and the Cabinet Secretary as Secretary."
    ) == {
        ("Minister of Works", "member", "Lagoon Disaster Committee", ""),
        ("Premier", "chair", "Lagoon Disaster Committee", ""),
        ("Cabinet Secretary", "secretariat", "Lagoon Disaster Committee", ""),
    }


def test_an_office_is_the_chairman_of_a_committee() -> None:
    assert roles("The Deputy Commissioner is the Chairman of the District Drought Committee.") == {
        ("Deputy Commissioner", "chair", "District Drought Committee", "")
    }


def test_a_council_or_a_centre_named_before_is_headed_where_the_anaphor_stands() -> None:
    # "the council", "the centre": the last name they end, read as a body before a passive role
    assert roles(
        "The island set up a Disaster Advisory Council. The council is headed by the Governor."
    ) == {("Governor", "lead", "Disaster Advisory Council", "")}
    assert roles(
        "The Lowland Flood Coordination Centre was set up. The centre is headed by the Premier."
    ) == {("Premier", "lead", "Lowland Flood Coordination Centre", "")}
