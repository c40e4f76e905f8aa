"""Round 22's programme shapes, in invented sentences: an agency asking for its share of an
appeal alone in its sentence, and an appeal's ask split by country (no programme since round
23's gold re-read); every expected title and amount worked out by hand (C2, C2a)."""

from __future__ import annotations

import time
from decimal import Decimal

from snippets import programmes

APPEAL = (
    "Storm appeal\nThe United Nations today launched a flash appeal for $9.5 million to help "
    "120,000 people after the storm.\n"
)


def test_an_agency_asking_for_its_share_of_an_appeal_alone_in_its_sentence() -> None:
    # the appeal's $9.5 million is larger: each agency's ask is its share, C2's purpose cut of
    # whom ("for families in the hills") and of the agency; "feed up to 40,000 people" is
    # "feed people" (C2b, the count cut), as round 24's gold re-read wrote seen16's and seen18's
    # "feed some 270,000 people" and "feed up to 110,000 people"
    text = (
        f"{APPEAL}The United Nations Children's Fund (UNICEF) is seeking about $2.3 million "
        "for clean water, latrines and hygiene kits for families in the hills.\n"
        "The World Health Organization (WHO) asks for $400,000 for essential medicines.\n"
        "The World Food Programme (WFP) is appealing for $3.9 million to feed up to 40,000 "
        "people.\n"
    )
    assert programmes(text) == {
        "clean water, latrines and hygiene kits": Decimal(2300000),
        "essential medicines": Decimal(400000),
        "feed people": Decimal(3900000),
    }


def test_an_agency_asking_for_the_whole_it_appeals_for_is_no_share() -> None:
    # the largest amount of the page: the agencies' whole appeals, not programmes; a plan's
    # acronym the page defines asking is the plan's whole too
    text = (
        "The World Food Programme (WFP) is seeking $12 million for food assistance in the "
        "lowlands.\nThe United Nations Children's Fund (UNICEF) is seeking $12 million for "
        "water.\nThe Lakeside Refugee Response Plan (LRRP) seeks $4 million for shelter.\n"
    )
    assert programmes(text) == {}


def test_one_agency_asking_alone_states_its_own_requirement() -> None:
    # C13: one agency's own need, even below the appeal's total, gives no programme
    text = f"{APPEAL}The World Food Programme (WFP) needs $4.1 million for food rations.\n"
    assert programmes(text) == {}


def test_an_appeal_split_by_country_names_no_programme() -> None:
    # round 23's gold re-read (seen18 South Caucasus, C2, C13): a country is where a share
    # goes, no programme; the one purpose left alone in its list is no list of programmes
    text = (
        "Regional appeal\nThe supplement asks $2.1 million for Malawi, $1.3 million for Zambia "
        "and $0.4 million for regional projects.\n"
    )
    assert programmes(text) == {}


def test_a_country_alone_after_one_amount_is_still_no_programme() -> None:
    text = "News\nDonors gave $3 million to Zambia last year.\n"
    assert programmes(text) == {}


def _took(text: str) -> float:
    start = time.perf_counter()
    programmes(text)
    return time.perf_counter() - start


def test_agency_asks_read_in_linear_time() -> None:
    def page(n: int) -> str:
        asks = " ".join(
            f"The World Health Organization (WHO) asks for ${100 + i},000 for medicines."
            for i in range(n)
        )
        return f"{APPEAL}{asks}\n"

    small, large = page(500), page(4000)
    ratio = min(_took(large) for _ in range(2)) / min(_took(small) for _ in range(2))
    assert ratio < 24, f"8x the asks took {ratio:.1f}x as long (quadratic: 64x)"


FUND = "Camps\nThe Central Emergency Response Fund (CERF) has allocated $5 million to agencies.\n"


def test_agencies_that_get_money_in_a_fund_story_and_examples_after_such_as() -> None:
    # "get" is a fund story's verb of receiving like "gets"; "help provide" only says the
    # money gives (C2a); the examples after "such as" count as members of their own, so the
    # title is not too long; "in the hill camp" is where, cut
    text = (
        f"{FUND}The United Nations High Commissioner for Refugees (UNHCR) and partners get "
        "another $1.2 million to help provide basic services such as clean water and "
        "primary health care in the hill camp.\n"
    )
    assert programmes(text) == {
        "basic services such as clean water and primary health care": Decimal(1200000)
    }


def test_money_a_fund_story_says_an_agency_has_received_towards_a_purpose() -> None:
    # in a fund's story "has received ... towards" is the allocation; "for herding families"
    # is whom, cut (C2); outside a fund's story it is money received to date, no programme
    said = (
        "The Food and Agriculture Organization (FAO) has received $640,000 towards "
        "livestock feed for herding families.\n"
    )
    assert programmes(f"{FUND}{said}") == {"livestock feed": Decimal(640000)}
    assert programmes(f"Update\n{said}") == {}


def test_money_given_to_a_country_in_a_list_is_still_no_programme() -> None:
    # "to Botswana" gives the money to a place, and "for Malawi" names a place as well
    text = (
        "Appeal\nThe appeal asks $1.1 million for Malawi, $700,000 for Zambia and $400,000 to "
        "Botswana.\n"
    )
    assert programmes(text) == {}
