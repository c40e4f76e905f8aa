"""Round 23's programme shapes, in invented sentences: the allocations of a fund's story written
with "a grant of", "which will use it to", "will be received by" and "each", a donor's "is
providing", the last tile of a flattened row on a cluster's bulletin; every expected title and
amount worked out by hand (C2, C2a, C4, C13)."""

from __future__ import annotations

import time
from decimal import Decimal

from snippets import programmes

FUND = "Floods\nThe Central Emergency Response Fund (CERF) has allocated $6 million to agencies.\n"


def test_a_fund_giving_an_agency_a_grant_of_an_amount() -> None:
    # "gave <agency> a grant of $X to provide <what>": the agency gets it, "provide" is dropped
    # (C2a) and whom is cut (C2)
    text = (
        f"{FUND}The Fund gave the World Food Programme (WFP) a grant of $1.6 million to "
        "provide food rations to 40,000 people.\n"
    )
    assert programmes(text) == {"food rations": Decimal(1600000)}


def test_a_recipient_which_will_use_the_money_to_provide() -> None:
    text = (
        f"{FUND}An allocation of $900,000 has gone to the International Organization for "
        "Migration (IOM), which will use it to provide plastic sheeting and blankets for some "
        "2,000 families.\n"
    )
    assert programmes(text) == {"plastic sheeting and blankets": Decimal(900000)}


def test_money_received_by_two_offices_written_with_a_slash() -> None:
    # "will be received by" names the receiver as "has gone to" does; the two offices joined by
    # a slash get it together; "for over 1.2 million people" is whom, cut
    text = (
        f"{FUND}$700,000 will be received by the World Health Organization (WHO)/Pan American "
        "Health Organization (PAHO) for medicines and field clinics for over 1.2 million "
        "people.\n"
    )
    assert programmes(text) == {"medicines and field clinics": Decimal(700000)}


def test_a_further_purpose_after_whom_counted_with_a_thousands_comma() -> None:
    # "for 12,000 women and for ...": the comma of the count does not end the list
    text = (
        f"{FUND}The United Nations Population Fund (UNFPA) is to receive $240,000 for "
        "delivery kits for 12,000 women and for family planning supplies.\n"
    )
    assert programmes(text) == {"delivery kits and family planning supplies": Decimal(240000)}


def test_two_recipients_that_get_an_amount_each_for_one_purpose() -> None:
    # one row per recipient, titled by its acronym and the purpose (C13); "to help restore"
    # after a first purpose: the verb helped is the activity, "to help" goes (C2a)
    text = (
        f"{FUND}Lastly, the World Health Organization (WHO) and the United Nations Population "
        "Fund (UNFPA) get $120,000 each to train midwives and to help restore clinics in the "
        "hills.\n"
    )
    assert programmes(text) == {
        "WHO: train midwives and restore clinics": Decimal(120000),
        "UNFPA: train midwives and restore clinics": Decimal(120000),
    }


def test_one_recipient_that_gets_an_amount_each_month_is_no_pair() -> None:
    text = f"{FUND}The World Food Programme (WFP) gets $50,000 each for the next months.\n"
    assert programmes(text) == {}


def _took(text: str) -> float:
    start = time.perf_counter()
    programmes(text)
    return time.perf_counter() - start


def test_amounts_each_read_in_linear_time() -> None:
    def page(n: int) -> str:
        each = " ".join(
            f"Then the World Health Organization (WHO) and the United Nations Population Fund "
            f"(UNFPA) get ${100 + i},000 each to train midwives."
            for i in range(n)
        )
        return f"{FUND}{each}\n"

    small, large = page(500), page(4000)
    ratio = min(_took(large) for _ in range(2)) / min(_took(small) for _ in range(2))
    assert ratio < 24, f"8x the amounts took {ratio:.1f}x as long (quadratic: 64x)"


def test_a_donor_providing_an_amount_for_a_purpose() -> None:
    # the donor's grant pays for what follows (C2): "support" only says the money gives (C2a);
    # a recipient named in capitals may stand before "for"
    text = (
        "Grants\nThe donor office is providing $250,000 to support community flood "
        "preparedness committees in the delta. The UN Development Programme (UNDP) has provided $60,000 to the "
        "UN country team for emergency water tanks.\n"
    )
    assert programmes(text) == {
        "community flood preparedness committees": Decimal(250000),
        "emergency water tanks": Decimal(60000),
    }


def test_a_donor_providing_money_for_whom_is_no_recipient_of_the_fund() -> None:
    # "has provided" names the giver: only a verb of receiving makes the subject the fund's
    # recipient ("CERF allocation to WFP", C2)
    text = (
        f"{FUND}The Office of U.S. Foreign Disaster Assistance (OFDA) has provided $200,000 for "
        "storm-affected households. The World Food Programme (WFP) will receive $1.3 million for "
        "storm-affected households.\n"
    )
    assert programmes(text) == {"CERF allocation to WFP": Decimal(1300000)}


def test_a_donor_providing_money_to_date_or_for_the_response_gives_no_programme() -> None:
    text = (
        "Update\nThe European Union has provided $3 million to date. Japan will provide $1 "
        "million for the response.\n"
    )
    assert programmes(text) == {}


def test_the_last_tile_of_a_flattened_row_on_a_clusters_bulletin() -> None:
    # the bulletin's title names its cluster; the row of tiles printed as one line asks for
    # the cluster's requirement (C4), under headings that name no cluster
    text = (
        "Lakeland Floods\nNutrition Cluster Bulletin No. 2\n1 - 8 June 2025\n\nHIGHLIGHTS\n\n"
        "Partners screened children in four districts.\n\n"
        "FUNDING $US 12 % FUNDED $9M REQUESTED\n"
    )
    assert programmes(text) == {"Nutrition Cluster": Decimal(9000000)}
    # a page whose title names no cluster: the ask is nobody's
    assert programmes(text.replace("Nutrition Cluster Bulletin", "Flood Bulletin")) == {}


def test_a_grant_that_makes_sure_people_can_get_something() -> None:
    # what they can get is what the grant pays for; whom it serves is cut (C2); "ensure the
    # delivery of ..." stays C13's verb of providing
    text = (
        f"{FUND}A grant of $410,000 given to the World Food Programme (WFP) will make sure that "
        "12,000 people can get fortified flour. A grant of $90,000 given to the World Health "
        "Organization (WHO) will ensure the delivery of cholera kits.\n"
    )
    assert programmes(text) == {
        "fortified flour": Decimal(410000),
        "delivery of cholera kits": Decimal(90000),
    }


def test_an_amount_announced_in_funding_to_do_something() -> None:
    # "in funding" says what the amount is; the purpose after it is the programme (C2)
    text = (
        "News\nThe United Nations today announced US$2.4 million in funding to contain the "
        "measles outbreak. Japan has announced $1 million in new funding for the response.\n"
    )
    assert programmes(text) == {"contain the measles outbreak": Decimal(2400000)}


def test_money_to_work_with_others_to_do_something() -> None:
    # whom the agency works with is cut, the activity's verb stays (C2, C2a)
    text = (
        f"{FUND}The UN Development Programme (UNDP) was given $800,000 to work with farmers' "
        "groups to repair irrigation canals.\n"
    )
    assert programmes(text) == {"repair irrigation canals": Decimal(800000)}


def test_money_asked_so_that_others_can_do_something() -> None:
    # the bracket in another currency ("about N$...") is the same money; "so the Ministry ...
    # can carry out" is read as after "to": "carry out" only says the money does (C2a)
    text = (
        "Appeal\nThe two agencies launched an appeal for US$3,2 million. The United Nations "
        "Children's Fund (UNICEF) is seeking US$410 000 (about N$6,2 million) so the Ministry "
        "of Health can carry out measles vaccination and growth monitoring. The World Food "
        "Programme (WFP) is seeking US$2,1 million (about N$31 million) so that families can "
        "buy maize meal.\n"
    )
    assert programmes(text) == {
        "measles vaccination and growth monitoring": Decimal(410000),
        "buy maize meal": Decimal(2100000),
    }
