"""Round 34's programme shapes, in invented text.  Every expected title and amount worked out
by hand from the conventions (C2, C2a, C17)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_fund_allocated_to_a_country_for_a_stated_purpose_is_one_programme() -> None:
    # C17: the fund's allocation titled by its purpose; "ramp up" only says the money makes
    # more of it (C2a), and "in Ruritania" is where (C2)
    text = (
        "Relief for Ruritania\n"
        "A spokesman said the Emergency Relief Coordinator allocated 3 million U.S. dollars "
        "from the Central Emergency Response Fund to ramp up the humanitarian response to "
        "Tropical Storm Ivo in Ruritania.\n"
    )
    assert programmes(text) == {
        "humanitarian response to Tropical Storm Ivo": Decimal(3000000),
    }


def test_a_verb_of_starting_or_scaling_up_is_dropped_as_a_verb_of_providing() -> None:
    text = "News\nThe fund has allocated $400,000 to kick-start emergency shelter repairs.\n"
    assert programmes(text) == {"emergency shelter repairs": Decimal(400000)}


def test_a_fund_allocation_split_per_agency_gives_the_shares_only() -> None:
    # C17: where the page splits the money per agency with amounts, the shares are the rows
    text = (
        "Fund backs Ruritania\n"
        "The CERF has allocated $5 million to provide emergency food in Ruritania.\n"
        "\n"
        "The World Food Programme (WFP) was given $3 million for food assistance. The Food "
        "and Agriculture Organization (FAO) was given $2 million for seed distribution.\n"
    )
    assert programmes(text) == {
        "food assistance": Decimal(3000000),
        "seed distribution": Decimal(2000000),
    }


def test_money_allocated_to_date_is_no_programme() -> None:
    text = (
        "Update\nBy the end of the year the pooled funds will have allocated over $90 million "
        "for life-saving operations in Ruritania.\n"
    )
    assert programmes(text) == {}


def test_a_numbered_envelope_is_titled_by_its_label() -> None:
    # a strategy's numbered envelopes: the label before the colon heads the money (C2: a
    # plan's own heading as written), not the words after "will go to"
    text = (
        "Allocation strategy\n"
        "The fund divides the allocation into two envelopes:\n"
        "\n"
        "1. Restoring basic services: An envelope of $1.5 million will go to activities that "
        "repair clinics and schools. Partners with local presence will be given priority.\n"
        "\n"
        "2. Protecting livelihoods: An envelope of $900,000 will go to cash grants agreed with "
        "the district councils.\n"
    )
    assert programmes(text) == {
        "Restoring basic services": Decimal(1500000),
        "Protecting livelihoods": Decimal(900000),
    }


def test_a_numbered_label_naming_an_agency_or_two_amounts_keeps_the_sentence_title() -> None:
    text = "Allocations\n1. UNICEF: $400,000 will go to water trucking for the camps.\n"
    assert programmes(text) == {"water trucking": Decimal(400000)}


def test_assistance_with_what_is_given_and_a_further_purpose_in_a_gerund() -> None:
    # "assistance with <goods>" says what is given (kept); "to some 900 families" is whom
    # (cut); "and in restocking ..." is a second purpose of the society backed; "handed out
    # to ..." says where the stocks go (cut)
    text = (
        "Floods\n"
        "CHF 50,000 (USD 55,000) was allocated from the Relief Emergency Fund (REF) to "
        "support the Lakeland Red Crescent in delivering emergency assistance with hygiene "
        "kits to some 900 families and in restocking shelter tool kits handed out in the "
        "spring.\n"
    )
    assert programmes(text) == {
        "emergency assistance with hygiene kits and restocking shelter tool kits": Decimal(55000)
    }


def test_money_already_allocated_or_allocated_before_is_no_programme() -> None:
    # "have already allocated", "had allocated": totals to date, as "will have allocated" is
    texts = (
        "Update\nThe pooled funds have already allocated $70 million to provide shelter "
        "assistance.\n",
        "Update\nThe emergency fund had allocated $5 million to provide clean water.\n",
        "Update\nThe emergency fund had already allocated $5 million to provide clean water.\n",
    )
    assert [programmes(text) for text in texts] == [{}, {}, {}]


def test_a_numbered_label_over_a_sentence_without_a_share_noun_keeps_the_sentence_title() -> None:
    # "Main figures:", "Funding:", "Nutrition:" head a paragraph, not an envelope: the
    # sentence's own purpose titles its money (C2)
    texts = (
        "Update\n3. Main figures: WFP was given $4 million for food assistance in the camps.\n",
        "Update\n1. Funding: The fund has allocated $2 million to provide emergency shelter.\n",
        "Update\n2. Nutrition: $1 million will go to measles vaccination.\n",
    )
    assert [programmes(text) for text in texts] == [
        {"food assistance": Decimal(4000000)},
        {"emergency shelter": Decimal(2000000)},
        {"measles vaccination": Decimal(1000000)},
    ]
