"""Round 28's programme shapes, in invented text: a grant's shares by agency joined to the
components naming the agencies; a gift welcomed "a contribution of $X from <donor>" with the
channel it was made through; money "to support <recipient> in <doing>".  Every expected title
and amount worked out by hand (C2, C2a)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_shares_by_agency_joined_to_the_components_naming_them() -> None:
    text = (
        "Grant for storm relief\n"
        "1. The Government of Norway will give 3 million US dollars to these organizations:\n"
        "(1) World Relief Agency (WRA)   1.5 million dollars\n"
        "(2) Children's Aid Office (CAO)   1 million dollars\n"
        "(3) Refugee Shelter Office (RSO)   0.5 million dollars\n"
        "2. The assistance is made up of:\n"
        "(1) food (rations and biscuits) (WRA)\n"
        "(2) schooling (tents and school kits) (CAO)\n"
        "(3) emergency shelter (tarpaulins) (RSO)\n"
    )
    assert programmes(text) == {
        "food": Decimal(1500000),
        "schooling": Decimal(1000000),
        "emergency shelter": Decimal(500000),
    }


def test_one_component_naming_an_agency_is_no_list() -> None:
    text = (
        "Grant for storm relief\n"
        "(1) World Relief Agency (WRA)   1.5 million dollars\n"
        "(2) Children's Aid Office (CAO)   1 million dollars\n"
        "The work is mostly food (rations) (WRA)\n"
    )
    assert "food" not in programmes(text)


def test_an_agency_sharing_out_its_grant_among_components_gives_none_of_them() -> None:
    # WRA's 1.5 million pays for food and clean water, split the page does not write (C13):
    # neither gets the whole share, and CAO's one component still reads
    text = (
        "Grant for storm relief\n"
        "(1) World Relief Agency (WRA)   1.5 million dollars\n"
        "(2) Children's Aid Office (CAO)   1 million dollars\n"
        "The assistance consists of:\n"
        "(1) food (WRA)\n"
        "(2) clean water (WRA)\n"
        "(3) schooling (CAO)\n"
    )
    assert programmes(text) == {"schooling": Decimal(1000000)}


def test_no_component_reads_when_every_agency_has_several() -> None:
    text = (
        "Grant for storm relief\n"
        "(1) World Relief Agency (WRA)   1.5 million dollars\n"
        "(2) Children's Aid Office (CAO)   1 million dollars\n"
        "(1) food (WRA)\n"
        "(2) clean water (WRA)\n"
        "(3) schooling (CAO)\n"
        "(4) school meals (CAO)\n"
    )
    assert programmes(text) == {}


def test_sentences_ending_in_an_acronym_are_no_components() -> None:
    # lines of thanks are no items of a list, and the total line is no agency's share
    text = (
        "Pledges\n"
        "UNICEF: 5 million dollars\n"
        "WFP: 2 million dollars\n"
        "TOTAL: 7 million dollars\n"
        "We thank our partners (UNICEF)\n"
        "And our friends (WFP)\n"
    )
    assert programmes(text) == {}


def test_shares_by_known_acronyms_joined_to_bulleted_components() -> None:
    # UNICEF and WFP are organisations the resolver knows; "TOTAL" is no agency, so an item
    # naming it joins no share
    text = (
        "Pledges\n"
        "UNICEF: 5 million dollars\n"
        "WFP: 2 million dollars\n"
        "TOTAL: 7 million dollars\n"
        "- nutrition (UNICEF)\n"
        "- food (WFP)\n"
        "- everything above (TOTAL)\n"
    )
    assert programmes(text) == {"nutrition": Decimal(5000000), "food": Decimal(2000000)}


def test_a_total_line_is_no_share_even_when_its_words_spell_the_acronym() -> None:
    text = (
        "Grant for storm relief\n"
        "(1) World Relief Agency (WRA)   1.5 million dollars\n"
        "(2) Children's Aid Office (CAO)   1 million dollars\n"
        "Grand Total (GT)   2.5 million dollars\n"
        "(1) food (WRA)\n"
        "(2) schooling (CAO)\n"
        "(3) joint coordination (GT)\n"
    )
    assert programmes(text) == {"food": Decimal(1500000), "schooling": Decimal(1000000)}


def test_a_bracketed_word_not_spelled_by_its_name_is_no_agency() -> None:
    # "(WASH)" after words that do not spell it names no agency: one share is left to join
    text = (
        "Grant for storm relief\n"
        "Funds received by the cluster (WASH)   3 million dollars\n"
        "World Relief Agency (WRA)   1 million dollars\n"
        "- hygiene kits (WASH)\n"
        "- food (WRA)\n"
    )
    assert programmes(text) == {}


def test_each_agency_with_its_areas_and_share_on_one_line() -> None:
    # C2: the areas are the programme, the agency cut
    text = (
        "Grant for storm relief\nAgencies, areas of assistance and amounts:\n"
        "World Relief Agency (WRA): Food [USD 2 million]\n"
        "Children's Aid Office (CAO): Nutrition, Health [USD 1 million]\n"
    )
    assert programmes(text) == {
        "Food": Decimal(2000000),
        "Nutrition, Health": Decimal(1000000),
    }


def test_a_contribution_welcomed_from_a_donor_through_its_agency() -> None:
    text = (
        "Drought\nThe Children's Aid Office (CAO) has welcomed a donation of US$3.2 million "
        "from the Government of Norway, made through the Norwegian Aid Agency (NAA), to "
        "provide school meals and clean water for 40,000 pupils.\n"
    )
    assert programmes(text) == {"school meals and clean water": Decimal(3200000)}


def test_a_grant_to_support_a_recipient_in_doing_something() -> None:
    # the recipient named in capitals is who gets it; what it does is the purpose (C2a:
    # "delivering" dropped, "distributing" kept with its object)
    text = (
        "Floods\nThe fund has allocated USD 70,000 to support the Lakeside Red Cross (LRC) in "
        "delivering emergency relief to 3,000 people.\n"
        "Storms\nNorway gave $2 million to help the Ministry of Health in distributing "
        "medicines to rural clinics.\n"
    )
    assert programmes(text) == {
        "emergency relief": Decimal(70000),
        "distributing medicines": Decimal(2000000),
    }


def test_responding_to_a_crisis_keeps_what_it_responds_to() -> None:
    text = "Drought\nNorway gave $2 million to support Kenya in responding to drought.\n"
    assert programmes(text) == {"responding to drought": Decimal(2000000)}


def test_an_operation_qualified_by_what_kind_is_a_programme() -> None:
    # C2's own example keeps "a protracted relief and recovery operation"; an operation with
    # no word saying what kind stays the whole
    text = (
        "Drought\nThe World Food Programme (WFP) has been allocated $900,000 for relief and "
        "recovery operations in the south.\n"
        "Floods\nUNICEF has been allocated $400,000 for humanitarian operations.\n"
    )
    assert programmes(text) == {"relief and recovery operations": Decimal(900000)}


def test_a_part_of_the_allocation_named_by_its_noun() -> None:
    text = (
        "Floods\nThe fund released $5 million. About $1.2 million of the allocation will "
        "support mobile clinics and cholera kits.\n"
    )
    assert programmes(text) == {"mobile clinics and cholera kits": Decimal(1200000)}
