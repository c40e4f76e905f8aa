"""Round 19's programme shapes, in invented sentences and lines: a quantity of goods kept in a
fund story's title, a grant's purpose alone (C2) going on through "in the form of", a clause
", and the <agency> ..." ending a title, and an appeal's budget broken down into bulleted items
under subtotal lines; every expected title and amount worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_quantity_of_goods_stays_in_the_title_a_count_of_people_does_not() -> None:
    # the tonnage says what is bought and shipped; "to 40,000 displaced people" is whom (cut)
    text = (
        "Drought response\n"
        "The Central Emergency Response Fund (CERF) has allocated $4 million to agencies.\n"
        "Some $2.4 million will allow the World Food Programme (WFP) to buy and ship 2,300 mt "
        "of maize to 40,000 displaced people.\n"
    )
    assert programmes(text) == {"buy and ship 2,300 mt of maize": Decimal(2400000)}


def test_a_grants_purpose_goes_on_through_what_it_is_given_as() -> None:
    # C2: the recipient is cut; "in the form of" names the goods, not a place
    text = (
        "Cyclone relief\n"
        "The Central Emergency Response Fund (CERF) has allocated $1 million to agencies.\n"
        "A $310,000 rapid response grant to the International Organization for Migration "
        "(IOM) has paid for shelter support in the form of tarpaulins, rope and tools.\n"
    )
    assert programmes(text) == {
        "shelter support in the form of tarpaulins, rope and tools": Decimal(310000)
    }


def test_a_clause_joined_by_and_the_ends_the_title_before_it() -> None:
    # ", and the World Health Organization (WHO) ..." is a new clause, not a member of a list
    text = (
        "Floods\n"
        "The Central Emergency Response Fund (CERF) has allocated $2 million to agencies.\n"
        "The World Food Programme (WFP) was given $1.2 million to distribute food and treat "
        "malnutrition, and the World Health Organization (WHO) will run mobile clinics.\n"
    )
    assert programmes(text) == {"distribute food and treat malnutrition": Decimal(1200000)}


def test_a_budget_subtotal_over_its_bulleted_items_is_no_programme_of_its_own() -> None:
    # Protection's 700,000 is the sum of its two items; Health's 900,000 is not the sum of
    # its one item (600,000), so both stay; Logistics has no items and stays
    text = (
        "Agency appeal: floods\n"
        "\n"
        "Protection - USD 700,000\n"
        "  • Case management and referral of survivors of violence in the camps - USD 500,000\n"
        "  • Mobile protection monitoring teams along the border roads - USD 200,000\n"
        "Health - USD 900,000\n"
        "  • Mobile clinics - USD 600,000\n"
        "Logistics - USD 300,000\n"
    )
    assert programmes(text) == {
        "Case management and referral of survivors of violence in the camps": Decimal(500000),
        "Mobile protection monitoring teams along the border roads": Decimal(200000),
        "Health": Decimal(900000),
        "Mobile clinics": Decimal(600000),
        "Logistics": Decimal(300000),
    }


def test_an_acronym_in_brackets_inside_a_title_keeps_the_words_after_it() -> None:
    # "(DTM) teams": the title goes on after the bracket; "(NFI)," and "(CCCM) and" end it
    text = (
        "Agency appeal\n"
        "IOM is appealing for $900,000 for Shelter and Non-Food Items (NFI), $400,000 for Camp "
        "Coordination and Camp Management (CCCM) and $350,000 for Displacement Tracking Matrix "
        "(DTM) teams.\n"
    )
    assert programmes(text) == {
        "Shelter and Non-Food Items": Decimal(900000),
        "Camp Coordination and Camp Management": Decimal(400000),
        "Displacement Tracking Matrix (DTM) teams": Decimal(350000),
    }


def test_also_between_the_verb_of_receiving_and_its_auxiliary() -> None:
    # "was also allocated" receives as "was allocated" does; whom ("to 20,000 people") is cut
    text = (
        "Drought\n"
        "The Central Emergency Response Fund (CERF) has allocated $3 million to agencies.\n"
        "The United Nations Children's Fund (UNICEF) was also allocated $650,000 to provide "
        "clean water, and latrines and hygiene kits, to 20,000 people.\n"
    )
    assert programmes(text) == {"clean water, and latrines and hygiene kits": Decimal(650000)}


def test_money_mobilised_or_secured_for_a_purpose_is_that_purposes() -> None:
    # a verb of obtaining money, where it comes from ("from its ... Fund"), then the purpose:
    # "support" is dropped (C2a), "in the two districts" cut (C2); a purpose that is the whole
    # response is none
    text = (
        "Storm response\n"
        "The United Nations has mobilised US$2,450,000 from its Central Emergency Response Fund "
        "(CERF) to support the repair of health centres in the two districts.\n"
        "UNDP has undertaken to secure $90,000 for landslide risk mapping.\n"
        "The country team has mobilised $5 million for the response.\n"
    )
    assert programmes(text) == {
        "repair of health centres": Decimal(2450000),
        "landslide risk mapping": Decimal(90000),
    }


def test_a_funds_allocation_split_into_programmes_is_their_total() -> None:
    # 2.5 + 1.2 + 0.9 = 4.6 million, at least 0.9 of the 5 million allocation: its breakdown
    split = (
        "Fund boosts relief\n"
        "Agencies will reach 80,000 people thanks to an allocation of $5 million from the "
        "Central Emergency Response Fund (CERF).\n"
        "The World Food Programme (WFP) will use $2.5 million to distribute food rations. The "
        "United Nations Children's Fund (UNICEF) will use $1.2 million to rehabilitate water "
        "points. The World Health Organization (WHO) will use $900,000 to run mobile clinics.\n"
    )
    assert programmes(split) == {
        "distribute food rations": Decimal(2500000),
        "rehabilitate water points": Decimal(1200000),
        "mobile clinics": Decimal(900000),  # C2a: "run" only says the money keeps it going
    }
    # alone, or beside a part far smaller than it, the allocation stays a programme (C2)
    alone = (
        "Fund boosts relief\n"
        "Agencies will reach 80,000 people thanks to an allocation of $5 million from the "
        "Central Emergency Response Fund (CERF).\n"
        "The World Health Organization (WHO) will use $900,000 to run mobile clinics.\n"
    )
    assert programmes(alone) == {
        "CERF allocation": Decimal(5000000),
        "mobile clinics": Decimal(900000),
    }


def test_ensure_only_says_the_money_makes_it_happen() -> None:
    # C13: "ensure" joins C2a's verbs of providing, dropped before its object
    text = (
        "Epidemic response\n"
        "The Central Emergency Response Fund (CERF) has allocated $900,000 to agencies.\n"
        "A grant of $450,000 given to the World Health Organization (WHO) will ensure the "
        "delivery of emergency medical care in the affected districts.\n"
    )
    assert programmes(text) == {"delivery of emergency medical care": Decimal(450000)}
