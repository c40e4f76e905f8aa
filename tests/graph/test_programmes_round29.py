"""Round 29's programme shapes, in invented text: a recipient's future verb of receiving in
French before an amount and "pour" with an infinitive after it; an agency drawing on or using a
pooled fund's grant named around its amount; a quantity of goods after a verb of providing;
examples set off by commas in a purpose; an amount followed by its purpose in brackets opened
by "for".  Every expected title and amount worked out by hand (C2, C2a)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_french_future_of_receiving_then_pour_and_an_infinitive() -> None:
    # C2a: "fournir" only says the money gives, dropped; "distribuer" and "lutter" are the
    # activity, kept with their object; "chez les enfants" says whom, cut
    text = (
        "Le Fonds central a octroyé 5 millions de dollars au pays. L'UNICEF recevra 2 millions "
        "de dollars pour distribuer des kits d'hygiène, la FAO obtiendra plus de 900.000 dollars "
        "pour fournir une assistance alimentaire, et l'OMS recevra 1,5 million de dollars pour "
        "lutter contre le choléra chez les enfants de moins de 5 ans."
    )
    assert programmes(text) == {
        "distribuer des kits d'hygiène": Decimal(2000000),
        "assistance alimentaire": Decimal(900000),
        "lutter contre le choléra": Decimal(1500000),
    }


def test_a_french_future_of_receiving_without_a_purpose_gives_none() -> None:
    assert programmes("Le pays recevra 3 millions de dollars du Fonds central.") == {}


def test_an_agency_drawing_on_or_using_a_fund_grant_named_around_its_amount() -> None:
    text = (
        "The Central Emergency Response Fund (CERF) approved $4 million in grants in May.\n\n"
        "The World Health Organization (WHO) is drawing on the $800,000 CERF grant to provide "
        "300 tonnes of medical supplies in June to 20,000 people in the hills.\n\n"
        "UNICEF is using a CERF allocation of about $600,000 to supply school materials, such as "
        "notebooks and pens, for the new term to 5,000 pupils.\n\n"
        "The UN Population Fund (UNFPA) is drawing on the CERF grant of $200,000 for safe "
        "delivery kits and for addressing the causes of maternal deaths.\n"
    )
    assert programmes(text) == {
        "300 tonnes of medical supplies": Decimal(800000),
        "school materials, such as notebooks and pens": Decimal(600000),
        "safe delivery kits and addressing the causes of maternal deaths": Decimal(200000),
    }


def test_amounts_followed_by_their_purpose_in_brackets_opened_by_for() -> None:
    # the bracket may stand on the line below its amount; one naming a year is no purpose
    text = (
        "(1) World Relief Agency (WRA) $6 million (for food aid; logistics support)\n"
        "(2) Children Aid Office (CAO) $2 million\n"
        "(for schooling (tents and kits); child protection)\n"
        "(3) Shelter Office (SO) $1 million (for 2021)\n"
    )
    assert programmes(text) == {
        "food aid; logistics support": Decimal(6000000),
        "schooling (tents and kits); child protection": Decimal(2000000),
    }


def test_items_of_a_list_by_recipient_each_an_area_and_its_amount_in_brackets() -> None:
    # the recipient is cut (C2), an acronym after the area kept out, one item alone reads none
    text = (
        "The shares are World Relief Agency (WRA): Food, Cooking Sets [USD 3 million,] "
        "Children Aid Office (CAO) Clean Water, Latrines and Soap (WLS) [USD 1 million] and "
        "Shelter Office (SO): Tents [USD 0.5 million].\n\n"
        "Also Health Office (HO): Clinics [USD 2 million].\n"
    )
    assert programmes(text) == {
        "Food, Cooking Sets": Decimal(3000000),
        "Clean Water, Latrines and Soap": Decimal(1000000),
        "Tents": Decimal(500000),
    }
