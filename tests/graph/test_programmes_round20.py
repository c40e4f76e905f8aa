"""Round 20's programme shapes, in invented sentences: a dollar amount with its sum in a currency
coordkg does not read in brackets after it, a grant fronted by "With $X" whose recipient "is to"
act, a fund story's present-tense "receives" / "gets", "lets <agency>" and "will let <whom>",
an amount that itself "will <verb>", and "as well as" inside a purpose; every expected title
and amount worked out by hand (C2, C2a)."""

from __future__ import annotations

import time
from decimal import Decimal

from snippets import programmes

FUND = "Floods\nThe Central Emergency Response Fund (CERF) has allocated $9 million to agencies.\n"


def test_a_bracketed_sum_in_another_currency_does_not_part_amount_and_phrase() -> None:
    text = (
        f"{FUND}Of this, US$2.5 million (NPR 330 million) is for emergency shelter kits, and "
        "US$1.2 million (NPR 158 million) will fund mobile health clinics.\n"
    )
    assert programmes(text) == {
        "emergency shelter kits": Decimal(2500000),
        "mobile health clinics": Decimal(1200000),
    }


def test_a_grant_fronted_by_with_and_its_recipient_is_to_act() -> None:
    # "bring" and "hand" only say the money gives something (C2a): their objects are the titles
    text = (
        f"{FUND}With $640,000 the World Food Programme (WFP) is to bring emergency food "
        "rations to 9,000 people in the hills.\n"
        "With over $210,000 the Food and Agriculture Organization (FAO) is to hand seeds "
        "and farm tools to 1,500 households.\n"
        "With its allocation of $500,000, the International Organization for Migration (IOM) "
        "is to provide shelter kits as well as hygiene supplies.\n"
    )
    assert programmes(text) == {
        "emergency food rations": Decimal(640000),
        "seeds and farm tools": Decimal(210000),
        "shelter kits as well as hygiene supplies": Decimal(500000),
    }


def test_present_tense_receiving_and_letting_in_a_fund_story() -> None:
    # "of 600 children" is whom (a count after "of"), cut; "lets FAO restore ..." and "will let
    # families keep ..." read as after "to"
    text = (
        f"{FUND}The United Nations Children's Fund (UNICEF) receives $120,000 for emergency "
        "therapeutic feeding of 600 malnourished children, plus $90,000 for hygiene kits.\n"
        "In the north, $230,000 lets the Food and Agriculture Organization (FAO) restore the "
        "irrigation canals of 2,000 farmers.\n"
        "Another $400,000 will let families keep their goats alive.\n"
    )
    assert programmes(text) == {
        "emergency therapeutic feeding": Decimal(120000),
        "hygiene kits": Decimal(90000),
        "restore the irrigation canals": Decimal(230000),
        "keep their goats alive": Decimal(400000),
    }


def test_an_amount_that_itself_will_act() -> None:
    # "will respond to <needs>" is the purpose; "will reach 40,000 people" names only whom,
    # and "from the CERF will ..." is the fund's whole: neither is a programme
    text = (
        "Floods\n"
        "US$5 million from the Central Emergency Response Fund (CERF) will bring water and food "
        "to families.\n"
        "Of this, US$1.1 million will respond to urgent water and sanitation needs, while "
        "US$2 million will reach 40,000 people.\n"
    )
    assert programmes(text) == {"respond to urgent water and sanitation needs": Decimal(1100000)}


def test_bracketed_equivalents_are_blanked_in_linear_time() -> None:
    def line(n: int) -> str:
        return FUND + " ".join(["US$1 million (NPR 130 million) is for tents,"] * n) + "\n"

    def took(text: str) -> float:
        start = time.perf_counter()
        programmes(text)
        return time.perf_counter() - start

    small, large = line(500), line(4000)
    ratio = min(took(large) for _ in range(2)) / min(took(small) for _ in range(2))
    assert ratio < 24, f"8x the amounts took {ratio:.1f}x as long (quadratic: 64x)"


def test_a_purpose_fronted_by_for_before_a_recipient_given_its_amount() -> None:
    text = (
        f"{FUND}For disease surveillance and cholera prevention, the World Health Organization "
        "(WHO) is given $180,000, to serve 30,000 families.\n"
    )
    assert programmes(text) == {"disease surveillance and cholera prevention": Decimal(180000)}


def test_a_purpose_fronted_by_to_before_the_clause_of_its_amount() -> None:
    # C2a: "ensure" dropped; "of around 40,000 women" is whom; "To meet this" and "To help
    # people ..." name no purpose (the story's whole)
    text = (
        "Conflict\n"
        "To meet this, the Central Emergency Response Fund (CERF) has given $3 million.\n"
        "To help people hit by the fighting, CERF has provided partners with US$2,000,000.\n"
        "To ensure delivery of emergency surgical care to 90,000 people, a grant of $610,000 "
        "from CERF went to a joint project of several agencies.\n"
        "To support the protection of around 40,000 women and girls, CERF gave $250,000 in "
        "support of a joint project.\n"
    )
    assert programmes(text) == {
        "delivery of emergency surgical care": Decimal(610000),
        "protection": Decimal(250000),
    }


def test_a_gift_received_from_a_donor_for_a_purpose() -> None:
    # "has received" alone states money received to date; "a ... contribution from <donor> for"
    # names what the gift pays for, the donor's name holding "for" in capitals
    text = (
        "Lakeland\n"
        "The World Food Programme (WFP) has received a US$1.5 million contribution from the "
        "Canadian Agency for Relief Works (CARW) for emergency school meals in the north.\n"
        "UNICEF has received $400,000 for nutrition to date.\n"
    )
    assert programmes(text) == {"emergency school meals": Decimal(1500000)}


def test_an_amount_earmarked_through_a_recipient_for_a_purpose() -> None:
    # C2: the recipient and whom cut, the purpose kept
    text = (
        f"{FUND}Some $120,000 is earmarked through the United Nations Population Fund (UNFPA) "
        "for safety and protection of women and girls where the floods struck.\n"
    )
    assert programmes(text) == {"safety and protection": Decimal(120000)}


def test_a_gerund_of_providing_opening_a_purpose_is_dropped() -> None:
    # C2a: "strengthening" only says the money keeps something up
    text = (
        f"{FUND}The United Nations Population Fund (UNFPA) gets $310,000 for strengthening "
        "emergency obstetric care and assistance to survivors of violence.\n"
    )
    assert programmes(text) == {"emergency obstetric care and assistance": Decimal(310000)}


def test_a_sentence_opening_a_grant_of_to_its_recipient() -> None:
    # C2b with its means: whom is helped "through" what, the means the title
    text = (
        f"{FUND}A grant of $150,000 to the World Health Organization (WHO) will help 900 "
        "malnourished children through nutritional interventions in the south.\n"
    )
    assert programmes(text) == {"nutritional interventions": Decimal(150000)}


def test_efforts_to_do_something_stay_whole() -> None:
    # "efforts to" goes on like "access to"; "to" is not counted in a title's length
    text = (
        f"{FUND}The World Health Organization (WHO) is getting more than $250,000 for efforts "
        "to contain potential outbreaks of measles. Earlier, UNDP had put $80,000 towards the "
        "government's efforts to extend emergency relief to the families arriving.\n"
    )
    assert programmes(text) == {
        "efforts to contain potential outbreaks of measles": Decimal(250000),
        "government's efforts to extend emergency relief": Decimal(80000),
    }


def test_a_sectors_response_to_a_disaster_is_a_purpose_the_response_alone_is_not() -> None:
    text = (
        f"{FUND}Finally, some $90,000 goes to the World Health Organization (WHO) for integral "
        "health sector response to the floods.\n"
        "Another $3 million is needed for the humanitarian response to the floods.\n"
    )
    assert programmes(text) == {"integral health sector response to the floods": Decimal(90000)}


def test_an_allocation_table_row_with_a_project_code_is_titled_by_its_cells() -> None:
    # C5: the cells as written, the agency's spelling kept even where no reference knows it
    text = (
        "TABLE 2: CERF EMERGENCY FUNDING BY ALLOCATION AND PROJECT (US$)\n"
        "Agency   Project code   Cluster/Sector   Amount\n"
        "UNICEF   19-RR-CEF-011   Nutrition   1,200,000\n"
        "UNISEF   19-RR-CEF-012   Water, Sanitation and Hygiene   800,000\n"
        "TOTAL   2,000,000\n"
    )
    assert programmes(text) == {
        "UNICEF 19-RR-CEF-011 Nutrition": Decimal(1200000),
        "UNISEF 19-RR-CEF-012 Water, Sanitation and Hygiene": Decimal(800000),
    }


def test_an_allocation_to_a_place_for_a_purpose() -> None:
    # the place is where, the purpose the programme (C2, C13: no country label the page does not
    # write); "for its ... programmes" and "for humanitarian projects" name the whole
    text = (
        "CERF allocates $4 million to Malawi for its underfunded humanitarian programmes\n"
        "In May, $900,000 was allocated to Malawi for health and nutrition.\n"
        "Since 2010 the Fund has allocated some $9 million to UN agencies and the International "
        "Organization for Migration for humanitarian projects in Malawi.\n"
    )
    assert programmes(text) == {"health and nutrition": Decimal(900000)}
