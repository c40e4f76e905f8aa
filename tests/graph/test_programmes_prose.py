"""Programme amounts in appeal news and launch prose: a phrase saying what an amount pays for
makes it a programme even alone in its sentence; totals, pledges and people do not.  Invented
sentences in the constructions of real appeal pages; figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes, read

from coordkg.graph.model import Money


def test_one_amount_a_sentence_with_a_phrase_saying_what_it_pays_for() -> None:
    text = (
        "Appeal for the Lakeside floods\n"
        "The agency is seeking US$6 million for families displaced by the floods.\n"
        "Of that sum, $2.5 million is for emergency shelter.\n"
        "Some $400 000 is expected to go towards site management.\n"
        "The plan says $1 million will go towards livelihoods, while $600 000 will be for "
        "cash assistance to host families.\n"
    )
    assert programmes(text) == {
        "emergency shelter": Decimal(2500000),
        "site management": Decimal(400000),
        "livelihoods": Decimal(1000000),
        "cash assistance": Decimal(600000),
    }


def test_a_part_named_before_its_whole() -> None:
    text = "Storm appeal\nIn all, $1,5 million of the $4 million will go towards health care.\n"
    assert programmes(text) == {"health care": Decimal(1500000)}


def test_a_list_opened_by_a_phrase_and_titles_cut_before_whom_they_serve() -> None:
    text = (
        "Launch of the flood appeal\n"
        "Of the total, US$12 million is for food assistance, $4.5 million for health care and "
        "$3 million for protection.\n"
        "Some 2 million U.S. dollars is for clean water, while 1.4 million U.S. dollars is "
        "needed for nutrition for children under five as well as nursing mothers.\n"
    )
    assert programmes(text) == {
        "food assistance": Decimal(12000000),
        "health care": Decimal(4500000),
        "protection": Decimal(3000000),
        "clean water": Decimal(2000000),
        "nutrition": Decimal(1400000),
    }


def test_totals_pledges_and_people_are_no_programmes() -> None:
    text = (
        "Appeal update\n"
        "Donors have already committed $47.8 million to the response, and $99.5 million has "
        "been pledged.\n"
        "More than $300 million is still urgently needed.\n"
        "A further $34 million is needed for the immediate response.\n"
        "Another $5 million is required for some 200,000 people.\n"
        "WFP is seeking $5.6 million to feed 110,000 people.\n"
    )
    assert programmes(text) == {}


def test_an_amount_in_another_currency_keeps_its_currency() -> None:
    text = "Red Cross appeal\nOf the budget, CHF 2 million will go towards relief items.\n"
    blocks = [b for b in read(text).blocks if b.kind == "programme"]
    assert [(b.title, b.funding.value) for b in blocks] == [  # type: ignore[union-attr]
        ("relief items", Money(Decimal(2000000), "CHF"))
    ]


def test_amounts_given_to_agencies_are_no_programmes() -> None:
    text = (
        "Emergency fund allocation\n"
        "Some $1.1 million will go to UNICEF, and $500,000 will go to the "
        "Food and Agriculture Organization (FAO).\n"
        "The appeal lists WHO ($106,000) and UNICEF ($1.7 million).\n"
        "The cluster needs $1 billion: $322.7 million for WHO and $687 million for its partners.\n"
    )
    assert programmes(text) == {}


def test_what_an_agency_allocation_pays_for_is_the_programme() -> None:
    """A pooled fund's allocation to an agency is a programme named by its purpose (the
    convention of the seen splits' CERF pages), never by the agency."""
    text = (
        "Emergency fund allocation\n"
        "Some $500,000 will go to the Food and Agriculture Organization (FAO) for seeds.\n"
    )
    assert programmes(text) == {"seeds": Decimal(500000)}


def test_a_title_that_lists_its_own_words_with_commas() -> None:
    text = (
        "Appeal launch\n"
        "It seeks USD 6 million for water, sanitation and hygiene, USD 2.5 million for "
        "shelter and USD 1 million for protection.\n"
        "Another $800 000 will go towards early recovery, the agency said, adding that more "
        "would follow.\n"
    )
    assert programmes(text) == {
        "water, sanitation and hygiene": Decimal(6000000),
        "shelter": Decimal(2500000),
        "protection": Decimal(1000000),
        "early recovery": Decimal(800000),
    }


def test_a_figure_without_currency_lists_with_the_amounts_of_its_sentence() -> None:
    """The currency written once serves the list: "five million to education" is US$5
    million beside "600,000 dollars to logistics"; a bracketed list on the same line stays."""
    text = (
        "Most is planned for basic needs (12.5 million dollars) and for health (4 million "
        "dollars). Some goes to protection, five million to education and about 600,000 "
        "dollars to logistics and telecommunications.\n"
    )
    assert programmes(text) == {
        "basic needs": Decimal(12500000),
        "health": Decimal(4000000),
        "education": Decimal(5000000),
        "logistics and telecommunications": Decimal(600000),
    }


def test_counts_of_people_beside_an_amount_are_no_money() -> None:
    text = "The appeal seeks $20 million for food security, with 2 million to be reached.\n"
    assert programmes(text) == {}


def test_an_amount_a_plan_asks_for_and_what_it_pays_for() -> None:
    text = (
        "Of the US$ 3.4 million requested in the Regional Flash Appeal for urgently needed "
        "water and sanitation activities, only 15% has been received."
    )
    assert programmes(text) == {"water and sanitation activities": Decimal(3400000)}


def test_a_plan_asking_for_the_whole_response_in_a_place_is_no_programme() -> None:
    for text in (
        "US$ 52 million sought for humanitarian response in Lowland Province",
        "Of the $9 million asked for in the Flash Appeal for the response in the Delta, "
        "40% has come in.",
    ):
        assert programmes(text) == {}, text


def test_projects_listed_with_a_dash_before_each_amount() -> None:
    text = (
        "Partners have brought new projects that strengthen the Ministry's preparedness (EU "
        "Resilience Project – 6 mln USD, IsDB flood project – 12.5 mln USD, and early warning "
        "support of Korea – 2 mln USD and others)."
    )
    assert programmes(text) == {
        "EU Resilience Project": Decimal(6000000),
        "IsDB flood project": Decimal(12500000),
        "early warning support of Korea": Decimal(2000000),
    }


def test_dashed_money_received_totals_or_one_item_alone_are_no_programmes() -> None:
    for text in (
        "Funding so far (Received – $4 million, Pledged – $2 million).",
        "The new building (cost – $3 million) opened in May.",
        "The budget was revised (Total – 9 mln USD, gap – 4 mln USD).",
        "This year the largest donors were: the Netherlands – $40 million, the EU – $27 "
        "million, Norway – $12 million.",
        "Contributions received so far (Flood Window – 2 mln USD, Recovery Grant – 1 mln USD).",
    ):
        assert programmes(text) == {}, text


def test_an_amount_shared_among_a_count_of_agencies_is_the_whole_not_a_programme() -> None:
    text = (
        "Fund answers the drought\n"
        "A grant of US$6,400,000 from the Central Emergency Response Fund has gone to three "
        "United Nations agencies through its rapid window.\n"
        "The World Food Programme (WFP) received $2,100,000 to distribute food rations.\n"
        "The UN Children's Fund (UNICEF) got $900,000 to treat severe acute malnutrition.\n"
        "Elsewhere, rapid grants totalling $3.3 million were shared among four UN agencies.\n"
    )
    assert programmes(text) == {
        "distribute food rations": Decimal(2100000),
        "treat severe acute malnutrition": Decimal(900000),
    }


def test_an_amount_reaching_a_count_of_people_through_partners_is_a_programme() -> None:
    """Only the words of ``[fund] shared_qualifiers`` qualify the agencies a whole is shared
    among: a count of households or states reached through partners leaves the programme."""
    text = (
        "Drought response update\n"
        "The agency plans to spend $4 million on cash assistance to 800 families through "
        "partners in Amhara.\n"
        "A further $1.5 million will fund nutrition support to 2 regions via NGO "
        "partners.\n"
    )
    assert programmes(text) == {
        "cash assistance": Decimal(4000000),
        "nutrition support": Decimal(1500000),
    }


def test_a_fact_sheets_funding_box_is_the_agencys_own_requirement() -> None:
    box = (
        "Country operation update\n"
        "FUNDING (AS OF 2 MAY 2024)\n"
        "USD 41.5 M requested for the displacement situation in the South\n"
    )
    assert programmes(f"{box}Funded 27% 11.2 M\nUnfunded 73% 30.3 M\n") == {}
    assert programmes(f"{box}Staff: 40 national staff\n") == {
        "displacement situation in the South": Decimal(41500000)
    }


def test_an_amount_told_first_then_split_into_its_parts_is_their_whole() -> None:
    text = (
        "Fund backs the harvest response\n"
        "The fund is allocating $6,5 million to Malawi for urgent food aid.\n"
        "Officials said the lean season would be long.\n"
        "Of this allocation, $4 million is for food distributions, $1,7 million is for seeds "
        "and tools, and $800 000 is for therapeutic feeding.\n"
    )
    assert programmes(text) == {
        "food distributions": Decimal(4000000),
        "seeds and tools": Decimal(1700000),
        "therapeutic feeding": Decimal(800000),
    }
