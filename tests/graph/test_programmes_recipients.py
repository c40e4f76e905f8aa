"""Allocations written per recipient and purpose, as emergency-fund announcements write them,
and donor funding lines with dot leaders, as donor fact sheets print them.  Invented sentences
in those constructions; figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_recipient_named_then_what_it_is_to_do_with_the_money() -> None:
    text = (
        "Fund allocates $1.9 million for the Riverland floods\n"
        "About $900,000 is earmarked for the World Food Programme (WFP) to provide food "
        "rations to 9,000 displaced families. Some $300,000 has been set aside for the "
        "International Organization for Migration (IOM) to deliver emergency shelter kits for "
        "2,000 households. Another $250,000 is destined for UNICEF to supply safe water in "
        "the camps.\n"
    )
    assert programmes(text) == {
        "food rations": Decimal(900000),
        "emergency shelter kits": Decimal(300000),
        "safe water": Decimal(250000),
    }


def test_purposes_listed_each_with_whom_it_serves() -> None:
    text = (
        "Fund allocation\n"
        "More than $520,000 has been set aside for the United Nations Children's Fund "
        "(UNICEF) to cover hygiene kits for 4,000 families, school meals for 6,000 pupils "
        "and child protection for 1,200 children in the camps. Also, $60,000 is earmarked "
        "for FAO to provide seeds to 300 farmers, which they will plant.\n"
    )
    assert programmes(text) == {
        "hygiene kits, school meals and child protection": Decimal(520000),
        "seeds": Decimal(60000),
    }


def test_what_the_money_does_after_a_bare_to_is_no_title() -> None:
    text = (
        "Fund allocation\n"
        "The appeal adds $200,000 to rescue livestock, and $90,000 for seed stocks.\n"
    )
    # "to rescue livestock" after a bare amount says what the money does; the lone "for" left
    # is a passing mention
    assert programmes(text) == {}


def test_what_a_recipient_does_with_the_money_is_its_purpose() -> None:
    text = (
        "Fund allocation\n"
        "FAO is to receive $200,000 to rescue livestock, and $90,000 for seed stocks.\n"
    )
    # After a verb of receiving, the verb and its object as written are the purpose (gold
    # convention C2, round 16; before it "to rescue livestock" gave none, and so the lone
    # "for" none either)
    assert programmes(text) == {"rescue livestock": Decimal(200000), "seed stocks": Decimal(90000)}


def test_an_amount_after_a_spending_verb() -> None:
    text = (
        "Fund allocation to the Hill province\n"
        "WHO will spend $140,000 on disease surveillance among 6,000 people. UNFPA will put "
        "some $95,000 into maternal health services for 2,500 women.\n"
    )
    assert programmes(text) == {
        "disease surveillance": Decimal(140000),
        "maternal health services": Decimal(95000),
    }


def test_recipients_without_a_purpose_and_spending_without_a_verb_are_no_programmes() -> None:
    text = (
        "Allocation news\n"
        "Some $700,000 is earmarked for the World Food Programme (WFP) this year. "
        "The agency has spent years on flood response. "
        "Donors put pressure on $4 million into the future.\n"
    )
    assert programmes(text) == {}


def test_funding_lines_with_dot_leaders_and_their_total() -> None:
    text = (
        "Lakeland - Floods\n"
        "Fact Sheet #4\n"
        "HUMANITARIAN FUNDING PROVIDED TO DATE\n"
        "Aid Agency A/Bureau X Assistance to Lakeland ............ $2,400,150\n"
        "Ministry B/Office Y Assistance to Lakeland ........... $1,300,000\n"
        "Total Humanitarian Assistance to Lakeland ............ $3,700,150\n"
    )
    assert programmes(text) == {
        "Aid Agency A/Bureau X Assistance to Lakeland": Decimal(2400150),
        "Ministry B/Office Y Assistance to Lakeland": Decimal(1300000),
    }


def test_an_amount_requested_for_a_list_of_programmes() -> None:
    text = (
        "Quarterly analysis\n"
        "The Health Ministry had received a third of the US$3.1 million requested for the "
        "Basic Primary Care Package, disease surveillance and coordination.\n"
        "Of the $900,000 sought for mine risk education, half has arrived.\n"
    )
    assert programmes(text) == {
        "Basic Primary Care Package, disease surveillance and coordination": Decimal(3100000),
        "mine risk education": Decimal(900000),
    }


def test_an_amount_requested_for_places_is_no_programme() -> None:
    text = (
        "Regional fact sheet\n"
        "USD 52.4 million requested for Burundi, Rwanda and the transit centres in the region\n"
    )
    assert programmes(text) == {}
