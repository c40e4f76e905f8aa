"""Round 21's programme shapes, in invented sentences: a purpose listing three or more things
with a comma before its last "and", a last purpose after whom the one before serves, "spend $X
to <verb>", "a $X grant went to <agency> to <verb>", "has gone from <fund> to <agency> for",
"of <whom> through <means>", a heading's round figure told exactly in the story, and a
cluster's partners asking for its requirement; every
expected title and amount worked out by hand (C2, C2a)."""

from __future__ import annotations

import time
from decimal import Decimal

from snippets import programmes

FUND = "Storms\nThe Central Emergency Response Fund (CERF) has allocated $9 million to agencies.\n"


def test_a_list_of_purposes_with_a_comma_before_its_last_and_is_one_title() -> None:
    # "of girls and boys" inside a member is kept: cutting it would cut the members after it
    text = (
        f"{FUND}$1.4 million goes to the United Nations Children's Fund (UNICEF) for school "
        "feeding, hygiene kits, protection of girls and boys, and mobile clinics.\n"
    )
    assert programmes(text) == {
        "school feeding, hygiene kits, protection of girls and boys, and mobile clinics": Decimal(
            1400000
        )
    }


def test_whom_inside_a_trailing_member_is_still_cut() -> None:
    text = (
        f"{FUND}Some $210,000 is earmarked for the United Nations Population Fund (UNFPA) for "
        "shelter and protection of women and children in the valley.\n"
    )
    assert programmes(text) == {"shelter and protection": Decimal(210000)}


def test_a_list_member_saying_whom_does_not_carry_the_title_on() -> None:
    text = (
        f"{FUND}The World Health Organization (WHO) used $800,000 of CERF funding to provide "
        "mobile health teams, aimed at herders, fishing families and island villages.\n"
    )
    assert programmes(text) == {"mobile health teams": Decimal(800000)}


def test_a_last_purpose_after_whom_the_first_serves() -> None:
    # the aside "for returnees as well as hosts" is whom (cut); after a verb the last member is
    # a verb and its object, "from the border" cut
    text = (
        f"{FUND}The World Health Organization (WHO) has been given some $900,000 for "
        "emergency surgery, for returnees as well as hosts, and cholera kits.\n"
        "Of the grant, $1,203,114 went to UNHCR to count new arrivals, run the reception "
        "centre and the clinic for lone children, and carry families from the border to the "
        "camps.\n"
    )
    assert programmes(text) == {
        "emergency surgery and cholera kits": Decimal(900000),
        "count new arrivals, run the reception centre and the clinic and carry families": Decimal(
            1203114
        ),
    }


def test_spending_to_a_verb_and_a_grant_that_went_to_an_agency() -> None:
    # "provide" only says the money gives (C2a): dropped; "in the hills" is where
    text = (
        f"{FUND}The World Food Programme (WFP) is to spend $3.3 million to provide cereal "
        "rations in the hills to 90,000 people.\n"
        "A $650,000 grant went to the Food and Agriculture Organization (FAO) to provide seed "
        "stocks for two seasons to 8,000 farmers.\n"
    )
    assert programmes(text) == {
        "cereal rations": Decimal(3300000),
        "seed stocks": Decimal(650000),
    }


def test_a_rounded_heading_and_money_gone_from_a_fund_to_an_agency() -> None:
    # the heading's $318,000 is the story's $318,452 rounded: the same money, told exactly once
    text = (
        "CERF allocates $318,000 to the coast in response to cholera\n\n"
        "2 May 2013: US$318,452 has gone from the Central Emergency Response Fund to the World "
        "Health Organization (WHO) for the control of cholera outbreaks, in six districts.\n"
    )
    assert programmes(text) == {"control of cholera outbreaks": Decimal(318452)}


def test_round_figures_far_from_an_exact_one_stay() -> None:
    # 2,000,000 is not 2,312,000 rounded, nor 30,000,000 the rounding of 28,521,963 (beyond 1%)
    text = (
        f"{FUND}Health ($2,000,000), Nutrition ($2,312,347), Shelter ($30,000,000) and "
        "Protection ($28,521,963) are funded.\n"
    )
    assert programmes(text) == {
        "Health": Decimal(2000000),
        "Nutrition": Decimal(2312347),
        "Shelter": Decimal(30000000),
        "Protection": Decimal(28521963),
    }


def test_whom_then_the_means_a_verb_of_providing_uses() -> None:
    text = (
        f"{FUND}UN-HABITAT gets $420,000 to improve living conditions of 2,000 displaced "
        "families through shelter repair and latrine building.\n"
    )
    assert programmes(text) == {
        "living conditions through shelter repair and latrine building": Decimal(420000)
    }


def test_a_clusters_partners_asking_for_an_amount_ask_for_the_clusters_requirement() -> None:
    # C4: titled by the name the page gives the cluster with its acronym; an agency's partners
    # are no cluster
    text = (
        "The Water and Hygiene Cluster (WHC) in the country is co-led by two agencies.\n\n"
        "For 2019 the partners of WHC need $ 310 Million to reach 2.1 million people.\n\n"
        "The partners of UNICEF need $5 million to reach 40,000 children.\n"
    )
    assert programmes(text) == {"Water and Hygiene Cluster": Decimal(310000000)}


def test_money_received_with_which_the_agency_is_to_act() -> None:
    # C2a: "improve" and "reinforce" only say the money strengthens: each dropped
    text = (
        f"{FUND}The World Food Programme (WFP) receives four million dollars, with which it is "
        "to improve school meals and reinforce food stocks among 60,000 pupils.\n"
    )
    assert programmes(text) == {"school meals and food stocks": Decimal(4000000)}


def test_money_several_agencies_received_together_is_the_funds_whole() -> None:
    text = (
        f"{FUND}In answer, four UN agencies and the International Organization for Migration "
        "(IOM) received $3.1 million from the CERF to help the storm-hit.\n"
        "The World Food Programme (WFP) received $1.2 million to distribute food.\n"
    )
    assert programmes(text) == {"distribute food": Decimal(1200000)}


def test_a_title_goes_on_into_the_rehabilitation_it_funds() -> None:
    # "to the restoration of ...", "to keep up ..." say what is done; "to 9,000 farmers" and
    # "of pastoralists" are whom, cut
    text = (
        f"{FUND}The Food and Agriculture Organization (FAO) gets $1.7 million for urgent aid "
        "to the restoration of small irrigation schemes, meant for 9,000 farmers.\n"
        "The World Food Programme (WFP) gets $2.4 million for food assistance to 9,000 farmers.\n"
    )
    text += (
        "The International Organization for Migration (IOM) will receive some $300,000 for "
        "cash support to keep up the herds of pastoralists hit by the dry spell.\n"
    )
    assert programmes(text) == {
        "cash support to keep up the herds": Decimal(300000),
        "urgent aid to the restoration of small irrigation schemes": Decimal(1700000),
        "food assistance": Decimal(2400000),
    }


def test_a_further_purpose_after_to_may_be_a_noun() -> None:
    # "to schooling for displaced children": "to" and a noun after a first purpose, whom cut
    text = (
        f"{FUND}The United Nations Children's Fund (UNICEF) will receive $530,000 to improve "
        "access to safe water and to schooling for displaced children.\n"
    )
    assert programmes(text) == {"access to safe water and to schooling": Decimal(530000)}


def _took(text: str) -> float:
    start = time.perf_counter()
    programmes(text)
    return time.perf_counter() - start


def test_long_lists_rounded_amounts_and_cluster_pages_read_in_linear_time() -> None:
    def line(n: int) -> str:
        items = ", ".join(["water kits"] * n)
        amounts = " ".join(
            f"${100 + i},000 is for tents. ${100 + i},017 is for tents." for i in range(n)
        )
        cluster = "The Water Cluster (WC) meets monthly.\n"  # each amount's window looked at
        return f"{FUND}{cluster}$1 million is for {items}, and soap.\n{amounts}\n"

    small, large = line(500), line(4000)
    ratio = min(_took(large) for _ in range(2)) / min(_took(small) for _ in range(2))
    assert ratio < 24, f"8x the items took {ratio:.1f}x as long (quadratic: 64x)"
