"""Sector tables whose rows carry people columns beside the money, titles wrapped around their
row, and two-column PDF boxes whose amounts come out stacked above their titles.  Invented
tables in the layouts of real flash appeals and IOM appeals; figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes, read


def test_money_column_first_and_a_title_wrapped_around_its_row() -> None:
    text = (
        "Requirements by sector\n\n"
        "SECTOR          REQUIREMENTS (US$)      PEOPLE IN NEED      PEOPLE TARGETED\n"
        "Education       4.2M                    310K                120K\n"
        "Water\n"
        "Supply &        7.5M                    900K                450K\n"
        "Sanitation\n"
        "Logistics       0.8M\n"
    )
    assert programmes(text) == {
        "Education": Decimal(4200000),
        "Water Supply & Sanitation": Decimal(7500000),
        "Logistics": Decimal(800000),
    }


def test_money_column_last_in_a_markdown_table() -> None:
    text = (
        "| Cluster | People in need | People targeted | Requirements (US$) |\n"
        "|---|---|---|---|\n"
        "| Health | 1.2M | 800K | 14.5M |\n"
        "| Protection | 2.0M | 600K | 6,250,000 |\n"
    )
    assert programmes(text) == {"Health": Decimal(14500000), "Protection": Decimal(6250000)}


def test_people_columns_without_a_currency_are_no_money() -> None:
    text = "Sector      People in need      People targeted\nHealth      1.2M      800K\n"
    assert programmes(text) == {}


def test_amounts_stacked_above_their_titles_under_a_currency_header() -> None:
    text = (
        "AGENCY APPEAL (in USD)\n"
        "$20 M Total Funding Required\n"
        "12 M\n"
        "5 M\n"
        "3 M\n"
        "Assistance in the capital\n"
        "Support to returnees at the border\n"
        "Coordination\n\n"
        "The fighting displaced thousands of families in the spring.\n"
    )
    assert programmes(text) == {
        "Assistance in the capital": Decimal(12000000),
        "Support to returnees at the border": Decimal(5000000),
        "Coordination": Decimal(3000000),
    }


def test_stacked_counts_and_unpaired_stacks_are_no_programmes() -> None:
    text = (
        "Displacement figures\n"
        "12,000\n"
        "3,500\n"
        "Displaced people\n"
        "Returnees\n\n"
        "Budget (USD)\n"
        "4 M\n"
        "2 M\n"
        "Shelter\n"
    )
    assert programmes(text) == {}


def test_each_block_names_the_rule_that_read_it() -> None:
    text = (
        "Budget (USD)\n"
        "7 M\n"
        "2 M\n"
        "Camp management\n"
        "Shelter\n\n"
        "Sector      Requirements (US$)      People in need\n"
        "Health      1.5M                    90K\n\n"
        "Update\n"
        "Some $250 000 will go towards protection.\n"
    )
    rules = {b.title: b.evidence.rule for b in read(text).blocks if b.kind == "programme"}
    assert rules == {
        "Camp management": "figures.programme.stacked",
        "Shelter": "figures.programme.stacked",
        "Health": "figures.programme.columns",
        "protection": "figures.programme.allocated",
    }


def test_money_column_last_and_no_column_for_titles_in_the_header() -> None:
    text = (
        "Summary of needs and requirements\n"
        "PEOPLE IN NEED      PEOPLE TARGETED      REQUIREMENTS (US$)\n"
        "Health      3.1M      1.2M      20.4M\n"
        "Education   650K      240K      9.6M\n"
    )
    assert programmes(text) == {"Health": Decimal(20400000), "Education": Decimal(9600000)}


def test_money_cells_with_their_own_sign_among_percentage_and_dash_columns() -> None:
    text = (
        "SECTOR / CLUSTER      REQUIREMENTS (US$)   % CHANGE   PEOPLE IN NEED   % CHANGE\n"
        "                                           since 2023                  since 2023\n"
        "Water, Sanitation and Hygiene   $120M      -40%       5.5M             -21%\n"
        "Shelter and NFIs                $65M       +3%        3.9M             0%\n"
        "Enabling Programmes             $28M       1%         –                –\n"
    )
    assert programmes(text) == {
        "Water, Sanitation and Hygiene": Decimal(120000000),
        "Shelter and NFIs": Decimal(65000000),
        "Enabling Programmes": Decimal(28000000),
    }


def test_a_percentage_under_the_money_column_is_no_money() -> None:
    text = (
        "CLUSTER        % FUNDED     REQUIREMENTS (US$)\n"
        "Health         35%          $4M\n"
        "Education      12%\n"
    )
    assert programmes(text) == {"Health": Decimal(4000000)}


def test_a_chart_flattened_to_text_each_title_over_its_figure() -> None:
    text = (
        "Flood response plan\n\n"
        "Funding requirements by sector (US$ million)\n"
        "Health\n"
        "14.6\n"
        "Education\n"
        "3\n"
        "Protection\n"
        "7.25\n"
    )
    assert programmes(text) == {
        "Health": Decimal(14600000),
        "Education": Decimal(3000000),
        "Protection": Decimal(7250000),
    }
    assert {b.evidence.rule for b in read(text).blocks if b.kind == "programme"} == {
        "figures.programme.charted"
    }


def test_a_flattened_chart_titles_then_figures_scale_before_currency() -> None:
    text = (
        "Flood response plan\n\n"
        "Requirements by cluster (in millions of USD)\n"
        "Nutrition\n"
        "Food Security\n"
        "2.2\n"
        "41\n"
    )
    assert programmes(text) == {
        "Nutrition": Decimal(2200000),
        "Food Security": Decimal(41000000),
    }


def test_a_flattened_chart_without_a_currency_counts_people() -> None:
    text = "Flood response plan\n\nPeople in need by sector\nHealth\n26,400\nEducation\n5,000\n"
    assert programmes(text) == {}


def test_charts_of_received_money_and_of_donors_give_no_programme() -> None:
    text = (
        "Flood response plan\n\n"
        "Funding received by sector (US$ million)\n"
        "Health\n"
        "4.1\n"
        "Education\n"
        "0.6\n\n"
        "Top donors (US$ million)\n"
        "Germany\n"
        "Japan\n"
        "12\n"
        "3.5\n"
    )
    assert programmes(text) == {}
