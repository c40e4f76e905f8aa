"""A sector's figures in columns under its heading, as the sector pages of response plans
print them: a line of labels, one naming the currency, over a line of figures.  Invented
pages in that layout; figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_the_figure_under_the_currency_label_is_the_sector_requirement() -> None:
    text = (
        "Annex: sector plans\n"
        "\n"
        "FOOD SECURITY (FS)\n"
        "\n"
        "Lead agencies: FAO, WFP\n"
        "\n"
        "PEOPLE IN NEED      PEOPLE TARGETED      REQUIREMENTS (US$)      # OF PARTNERS\n"
        "1.2M                400,000              12,500,000              14\n"
        "\n"
        "The sector will distribute food.\n"
        "\n"
        "NUTRITION\n"
        "\n"
        "PEOPLE IN NEED      REQUIREMENTS (US$ M)      PEOPLE TARGETED\n"
        "300,000             4.5                       90,000\n"
    )
    assert programmes(text) == {
        "FOOD SECURITY": Decimal(12500000),
        "NUTRITION": Decimal(4500000),
    }


def test_without_a_sector_heading_the_figures_are_the_whole_plan() -> None:
    text = (
        "Response plan at a glance\n"
        "\n"
        "PEOPLE IN NEED      REQUIREMENTS (US$)      PEOPLE TARGETED\n"
        "2,000,000           80,000,000              900,000\n"
        "\n"
        "Overall figures\n"
        "\n"
        "PEOPLE IN NEED      PEOPLE TARGETED\n"
        "2,000,000           900,000\n"
    )
    assert programmes(text) == {}
