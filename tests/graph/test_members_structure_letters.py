"""A response structure set out in a letter or a ministry's release: sentences run together
without a space, a task force that "would have as members representatives of" a list and
"further members", a plural title over portfolios one of which has its own commas, a
technical team jointly chaired by two ministers, a committee "chaired by the X and Y Minister
and made up of" the offices of ministries (texts written for these tests after constructions
of real pages: a presidential letter on an Ebola response structure, a ministry's release on a
consultative committee, a news item on a disaster risk reduction platform; rows worked out by
hand)."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from coordkg.graph.read.text import sentences
from tests.graph.test_linear_reading import growth, read
from tests.graph.test_members import members


def test_a_stop_run_into_the_next_sentence_still_ends_it() -> None:
    text = "The team meets on Fridays.It reports to the Minister. See Nat.Res/tourism and U.S.Army."
    assert [s.text for s in sentences(text)] == [
        "The team meets on Fridays.",
        "It reports to the Minister.",
        "See Nat.Res/tourism and U.S.Army.",
    ]


def test_a_portfolio_joined_by_and_is_one_ministers_title() -> None:
    found = find_mentions(
        "The Relief and Social Welfare Minister chairs it; Trade Minister Ama Boateng and "
        "Health Minister Kofi Mensah sit on it, and so does the Regional Minister of the area.",
        Resolver(),
    )
    assert [m.entity.name for m in found] == [
        "Relief and Social Welfare Minister",
        "Trade Minister",
        "Health Minister",
        "Regional Minister",
    ]


def test_would_have_as_members_and_further_members_list_the_task_forces_members() -> None:
    text = (
        "The letter set up the National Task Force (NTF). The President wrote that the "
        "steering body, NTF, would have as members representatives of the National "
        "Legislature, the European Commission, and the Ministers of Finance, Agriculture and "
        "Lands, Mines and Energy.According to the President, further members are the "
        "Inter-Faith Council, the Press Union and the Traders Association."
    )
    body = "National Task Force"
    assert members(text) == {
        ("National Legislature", "member", body),
        ("European Commission", "member", body),
        ("Minister of Finance", "member", body),
        ("Minister of Agriculture", "member", body),
        ("Minister of Lands, Mines and Energy", "member", body),
        ("Inter-Faith Council", "member", body),
        ("Press Union", "member", body),
        ("Traders Association", "member", body),
    }


def test_a_technical_team_written_capitalised_is_the_body_its_chairs_chair() -> None:
    text = (
        "The NTF oversees the National Technical Team (NTT), jointly chaired by the Ministers "
        "of Health and Sanitation and the Public Works.She named as members of the NTT "
        "representatives of the line ministries."
    )
    assert roles(text) == {
        ("Minister of Health and Sanitation", "co-chair", "NTT", ""),
        ("Minister of Public Works", "co-chair", "NTT", ""),
    }


def test_chaired_by_a_minister_and_made_up_of_offices_of_organisations() -> None:
    text = (
        "It was agreed that a Liaison Committee, chaired by the Relief and Social Welfare "
        "Minister and made up of the Secretary of the Foreign Ministry, the Commissioner "
        "General of Essential Services and the Secretary General of the Secretariat for "
        "Coordinating the Peace Process (SCOPP), would meet key UN agencies, ICRC "
        "representatives and the European Commission every month."
    )
    body = "Liaison Committee"
    assert members(text) == {
        ("Foreign Ministry", "member", body),
        ("Commissioner General of Essential Services", "member", body),
        ("Secretariat for Coordinating the Peace Process", "member", body),
    }
    assert ("Relief and Social Welfare Minister", "chair", body, "") in roles(text)


def test_committees_made_up_of_offices_are_read_in_linear_time() -> None:
    def lines(n: int) -> str:
        return "\n".join(
            "The Liaison Committee, chaired by the Relief and Social Welfare Minister and made "
            "up of the Secretary General of the Secretariat for Coordinating the Peace Process, "
            "meets weekly.It met today."
            for _ in range(n)
        )

    small, large = lines(500), lines(4000)
    ratio = growth(read, small, large)
    assert ratio < 24, f"8x the lines took {ratio:.1f}x as long (quadratic: 64x)"
