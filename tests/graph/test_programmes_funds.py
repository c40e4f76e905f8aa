"""Money a pooled fund allocates, grants named with their amount, asks stated beside another
amount, requirements under an agency's activity heading and places kept in a title: invented
sentences in the constructions of emergency-fund news, UN briefings and country briefs
(round 9); every expected title and amount worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_funds_allocations_to_agencies_are_titled_by_fund_and_recipient() -> None:
    text = (
        "Fund helps storm-hit Guatemala\n"
        "The Central Emergency Response Fund (CERF) has allocated US$3 million to help UN "
        "agencies respond.\n"
        "In total, $1.2 million has been allocated to the World Food Programme (WFP), $800,000 "
        "to the Pan American Health Organization (PAHO) and $1 million to Guatemala.\n"
    )
    assert programmes(text) == {  # C6: each agency by the short form the page defines
        "CERF allocation to WFP": Decimal(1200000),
        "CERF allocation to PAHO": Decimal(800000),
    }


def test_gifts_to_agencies_with_no_fund_giving_them_are_no_programmes() -> None:
    text = (
        "Donors step in\n"
        "Japan has given $500,000 to the World Food Programme (WFP) and $300,000 to UNICEF.\n"
    )
    assert programmes(text) == {}


def test_an_allocation_from_a_fund_is_that_funds_allocation() -> None:
    text = (
        "Floods in the north\n"
        "To support the first response, an allocation of USD 2.1 million from the Central "
        "Emergency Response Fund has been made to meet the needs of 90,000 people.\n"
    )
    assert programmes(text) == {"Central Emergency Response Fund allocation": Decimal(2100000)}


def test_a_funds_allocation_named_after_its_amount_is_that_funds_allocation() -> None:
    text = (
        "Fund news\n"
        "The pooled fund gave its money in two rounds, along with a 1.5-million-dollar Central "
        "Emergency Response Fund allocation that paid for the cholera response, and a $400,000 "
        "United Nations Children's Fund (UNICEF) grant went to schools.\n"
    )
    assert programmes(text) == {"Central Emergency Response Fund allocation": Decimal(1500000)}


def test_a_grant_is_named_by_its_giver_or_by_its_purpose() -> None:
    text = (
        "Relief update\n"
        "OCHA has made an emergency cash grant of $50,000 to the country team.\n"
        "A $250,000 rapid response grant to the World Health Organization (WHO) has paid for "
        "cholera treatment kits in the district.\n"
    )
    assert programmes(text) == {
        "OCHA emergency cash grant": Decimal(50000),
        "cholera treatment kits": Decimal(250000),  # C2: the purpose alone, WHO cut
    }


def test_an_ask_beside_another_amount_is_a_programme_alone_it_is_the_appeal() -> None:
    launch = (
        "Appeal launched\n"
        "The appeal asks for $12,500,000 for emergency shelter to 30,000 people, plus "
        "$4,000,000 as a first estimate of what recovery will cost.\n"
    )
    assert programmes(launch) == {"emergency shelter": Decimal(12500000)}
    assert programmes("Appeal launched\nThe UN seeks $60 million for storm-hit Malawi.\n") == {}


def test_an_agencys_need_under_its_activity_heading_is_that_activitys() -> None:
    brief = "• WFP needs USD 6.2 million to keep school meals going until June.\n"
    assert programmes(f"Activity 2: School feeding\n{brief}") == {
        "Activity 2: School feeding": Decimal(6200000)
    }
    assert programmes(f"Operational Updates\n{brief}") == {}


def test_a_place_named_in_capitals_stays_in_the_title() -> None:
    text = (
        "Funding\n"
        "Some $3 million is requested for refugee protection in Uganda.\n"
        "A further $2 million is needed for water trucking in the camps.\n"
    )
    assert programmes(text) == {
        "refugee protection in Uganda": Decimal(3000000),
        "water trucking": Decimal(2000000),
    }


def test_a_report_table_read_by_its_spaced_columns_and_its_sources_skipped() -> None:
    text = (
        "TABLE 1: SUMMARY OF ALLOCATIONS (US$)\n"
        "Breakdown of total response funding received by source\n"
        "    CERF                                   500,000\n"
        "    OTHER (Bilateral/Multilateral)       2,000,000\n"
        "    TOTAL                                2,500,000\n"
        "\n"
        "TABLE 2: CERF FUNDING BY PROJECT (US$)\n"
        "Agency    Project Code    Cluster/Sector       Amount\n"
        "WFP       12-WFP-001      Food                300,000\n"
        "UNICEF    12-CEF-002      Nutrition           200,000\n"
        "Sub-total CERF Allocation                     500,000\n"
    )
    assert programmes(text) == {
        "WFP 12-WFP-001 Food": Decimal(300000),
        "UNICEF 12-CEF-002 Nutrition": Decimal(200000),
    }


def test_a_table_of_implementation_modalities_gives_no_programme() -> None:
    text = (
        "TABLE 2: CERF FUNDING BY PROJECT (US$)\n"
        "Agency    Project Code    Cluster/Sector       Amount\n"
        "WFP       12-WFP-001      Food                300,000\n"
        "TOTAL                                         300,000\n"
        "\n"
        "TABLE 3: CERF FUNDS BY TYPE OF IMPLEMENTATION MODALITY (US$)\n"
        "Type of implementation modality          Amount\n"
        "Direct UN agencies implementation        250,000\n"
        "Funds passed on to national NGOs          50,000\n"
    )
    # through whom the money is spent, not what it pays for
    assert programmes(text) == {"WFP 12-WFP-001 Food": Decimal(300000)}


def test_amounts_paired_with_purposes_respectively() -> None:
    text = (
        "Fund helps flood-hit Namibia\n"
        "The International Organization for Migration (IOM) and UNICEF were given $350,000 and "
        "$200,000 respectively for emergency shelter and for water, sanitation and hygiene.\n"
        "WHO and UNFPA received $400,000 and $250,000 for health care, respectively.\n"
        "Regional totals were $2 million and $1 million respectively for Kavango and Zambezi.\n"
    )
    assert programmes(text) == {
        "emergency shelter": Decimal(350000),
        "water, sanitation and hygiene": Decimal(200000),
    }


def test_where_the_money_comes_from_stands_between_amount_and_purpose() -> None:
    text = (
        "Drought response\n"
        "The World Food Programme (WFP) was provided with nearly $1 million from the CERF to "
        "provide emergency food for 61,000 people.\n"
        "An allocation of more than $1.9 million has been given to the United Nations "
        "Children's Fund (UNICEF) to provide nutritional supplements for young children.\n"
        "More than $3.2 million went to UN agencies in Djibouti in August.\n"
    )
    assert programmes(text) == {
        "emergency food": Decimal(1000000),
        "nutritional supplements": Decimal(1900000),
    }


def test_a_bullets_label_under_an_activity_heading_names_the_need() -> None:
    text = (
        "Strategic Outcome 1: Crisis response\n"
        "• Lean Season Response: Under the Government-led Lean Season Response Plan, USD 226 "
        "million is needed for cash and in-kind transfers.\n"
        "• Refugees: Funding is short: WFP needs an estimated USD 3.5 million over the next six "
        "months to assist 53,000 refugees.\n"
    )
    assert programmes(text) == {"Refugees": Decimal(3500000)}


def test_a_project_documents_total_cost_is_the_project_titled_by_its_label() -> None:
    cover = (
        "Cost (United States dollars)\n"
        "    WFP food cost                  US$210,000\n"
        "    Total cost to WFP              US$415,600\n"
    )
    text = f"Emergency Operation 200999\n\nTitle: Food assistance to flood-hit families\n\n{cover}"
    assert programmes(text) == {"Food assistance to flood-hit families": Decimal(415600)}
    assert programmes(f"Emergency Operation 200999\n\n{cover}") == {}


def test_a_sum_in_another_currency_counts_in_its_dollar_equivalent() -> None:
    text = (
        "Emergency appeal\n"
        "This appeal seeks CHF 2,005,707 (USD 1,649,430 or EUR 1,238,090) to assist 60,000 "
        "people.\n"
        "Some CHF 600,000 (about USD 490,000) is needed for emergency shelter and CHF 250,000 "
        "(USD 205,000) for water and sanitation.\n"
    )
    assert programmes(text) == {
        "emergency shelter": Decimal(490000),
        "water and sanitation": Decimal(205000),
    }


def test_a_plan_saying_what_is_needed_states_its_own_ask() -> None:
    text = (
        "Drought\n"
        "The national drought plan says a further USD 29.3 million is needed for food "
        "assistance.\n"
        "Of the budget, USD 36.7 million is set aside for food assistance.\n"
    )
    assert programmes(text) == {"food assistance": Decimal(36700000)}


def test_a_project_named_in_prose_takes_the_amount_it_is_funded_with() -> None:
    text = (
        "Project launched\n"
        "The project, called restoring the grazing lands of Ghanzi District for herders, is "
        "funded by a donor government.\n"
        "The ambassador said the project was funded to the amount of US$250 000 in grant aid.\n"
    )
    assert programmes(text) == {
        "restoring the grazing lands of Ghanzi District for herders": Decimal(250000)
    }


def test_a_project_to_do_something_is_named_by_what_it_is_to_do() -> None:
    # C2: the purpose as after "to", the agency cut, whether or not the page gives its acronym
    text = (
        "Floods\n"
        "The UN Children's Fund (UNICEF) was given $120,000 for a project to repair school "
        "latrines in the flooded villages.\n"
        "The agency was given $80,000 for a project to restock clinics.\n"
    )
    assert programmes(text) == {
        "repair school latrines": Decimal(120000),
        "restock clinics": Decimal(80000),
    }


def test_a_sector_pages_funding_requested_label_is_that_sectors() -> None:
    text = (
        "# Kenya - Nutrition Sector\n"
        "\n"
        "- People targeted: 1.2M\n"
        "- Funding requested (USD): $41.5M\n"
        "- Funding received (USD): $10M\n"
    )
    assert programmes(text) == {"Nutrition Sector": Decimal(41500000)}
