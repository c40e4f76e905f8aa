"""Tables of fund reports and lone need lines: a caption naming the currency over a header
that places the money column ("Agency | Project Code | Sector | Amount"), a table of funding
sources, a header whose scale sits in brackets ("USD (millions)"), and a label line naming
its need alone.  Invented tables in the layouts of CERF reports and response plans; figures
worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes, read


def test_agency_rows_under_a_caption_are_titled_by_agency_code_and_sector() -> None:
    text = (
        "TABLE 2: EMERGENCY FUNDING BY ALLOCATION AND PROJECT (US$)\n\n"
        "Allocation 1 - submitted on 3 March 2019\n\n"
        "| Agency | Project Code | Cluster/Sector | Amount |\n"
        "| --- | --- | --- | --- |\n"
        "| UNICEF | 19-CEF-010 | Nutrition | 410,500 |\n"
        "| WFP | 19-WFP-022 | Food Security | 1,250,000 |\n"
        "| Sub-total Allocation | | | 1,660,500 |\n"
        "| TOTAL | | | 1,660,500 |\n"
    )
    assert programmes(text) == {
        "UNICEF 19-CEF-010 Nutrition": Decimal(410500),
        "WFP 19-WFP-022 Food Security": Decimal(1250000),
    }


def test_a_table_of_funding_sources_gives_no_programme() -> None:
    text = (
        "TABLE 1: SUMMARY OF FUNDING (US$)\n\n"
        "| Source | Amount |\n"
        "| --- | --- |\n"
        "| Emergency fund | 2,400,000 |\n"
        "| Other (bilateral) | 9,100,000 |\n"
        "| TOTAL | 11,500,000 |\n"
    )
    assert programmes(text) == {}


def test_scale_in_brackets_after_the_currency_and_cells_giving_nothing() -> None:
    text = (
        "| Cluster | People in need | People targeted | Budget in USD (millions) |\n"
        "| --- | --- | --- | --- |\n"
        "| Health | 900,000 | 450,000 | 21.5 |\n"
        "| Logistics | N/A | N/A | 4 |\n"
        "| TOTAL | | | 25.5 |\n"
    )
    assert programmes(text) == {"Health": Decimal(21500000), "Logistics": Decimal(4000000)}


def test_a_lone_line_naming_its_need_is_a_programme_and_other_money_is_not() -> None:
    text = (
        "Appeal 2019: $1,900,000.\n"
        "Cholera Response needs: $90,000.\n"
        "The allocation was $120,000 in all, of which $40,000 is left.\n"
    )
    assert programmes(text) == {"Cholera Response": Decimal(90000)}


def test_need_lines_of_the_whole_plan_or_of_other_money_are_no_programmes() -> None:
    for line in (
        "Funding requirements: $4,000,000.",
        "Total requirements: $4,000,000.",
        "Humanitarian response needs: $4,000,000.",
        "UNICEF budget: $4,000,000.",
    ):
        assert programmes(f"Overview\n\n{line}\n") == {}, line


def test_a_need_line_in_euros_keeps_its_currency() -> None:
    """Only US-dollar blocks are programmes in the graph's query; the block keeps EUR."""
    blocks = read("Overview\n\nShelter needs: EUR 300,000.\n").blocks
    assert [(b.title, b.funding.value.currency) for b in blocks if b.funding] == [
        ("Shelter", "EUR")
    ]
