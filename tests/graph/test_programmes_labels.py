"""Label lines, two or more in a run: a sector, a separator and an amount alone on the line
("Health: US$ 12.5 million", "- WASH – $3.2M", "Shelter/NFI  US$ 4m"), the amount first ("$ 14.5 M
Food Security") or under its title ("Protection" / "$ 3.1 M").  Totals, received or
pledged money, the plan's own requirement and amounts per agency, donor or country are no
programmes.  Invented lists in the layouts of real factsheets and appeal summaries; figures
worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes, read


def test_a_run_of_label_lines_in_three_separators() -> None:
    text = (
        "Flood response: what the sectors ask for\n\n"
        "- Health: US$ 2.5 million\n"
        "- WASH – $1.2M\n"
        "- Shelter/NFI  US$ 4m\n"
        "- Food security: USD 3,400,000\n"
    )
    assert programmes(text) == {
        "Health": Decimal(2500000),
        "WASH": Decimal(1200000),
        "Shelter/NFI": Decimal(4000000),
        "Food security": Decimal(3400000),
    }
    assert {b.evidence.rule for b in read(text).blocks if b.kind == "programme"} == {
        "figures.programme.labelled"
    }


def test_other_money_a_lone_label_and_countries_are_no_programmes() -> None:
    text = (
        "Appeal status\n\n"
        "Total requirements: $9M\n"
        "Funding received: $2.1M\n"
        "Pledged – $0.5M\n"
        "Gap: $6.4M\n\n"
        "Some context in a paragraph.\n\n"
        "Protection: US$ 700,000\n\n"
        "Another paragraph.\n\n"
        "- Djibouti: USD 1.5 million\n"
        "- Somalia: USD 2.2 million\n"
    )
    assert programmes(text) == {}


def test_labels_with_the_amount_first_or_the_amount_under_the_title() -> None:
    text = (
        "Country factsheet\n\n"
        "REQUIREMENTS BY SECTOR\n"
        "$ 14.5 M Food Security\n"
        "$ 7.2 M Health\n\n"
        "Protection\n"
        "$ 3.1 M\n"
        "Education\n"
        "$ 2.4 M\n"
    )
    assert programmes(text) == {
        "Food Security": Decimal(14500000),
        "Health": Decimal(7200000),
        "Protection": Decimal(3100000),
        "Education": Decimal(2400000),
    }
    rules = {b.title: b.evidence.rule for b in read(text).blocks if b.kind == "programme"}
    assert rules["Health"] == "figures.programme.labelled"
    assert rules["Education"] == "figures.programme.paired"


def test_labels_followed_by_a_funded_percentage() -> None:
    text = "Sector funding\n\nSECTOR  REQUIREMENTS  FUNDED\nHealth  $9.5M  35%\nShelter  $4M  -\n"
    assert programmes(text) == {"Health": Decimal(9500000), "Shelter": Decimal(4000000)}


def test_key_figures_over_or_under_their_labels_are_no_programmes() -> None:
    text = (
        "Key figures\n\n"
        "Funding requirements (US$)\n"
        "$ 44 M\n"
        "Funding secured (US$)\n"
        "$ 35 M\n\n"
        "$ 780 M budget of the plan\n"
        "$ 12 M received\n\n"
        "Total\n"
        "$ 30 M\n"
        "Refugees\n"
        "$ 20 M\n"
    )
    assert programmes(text) == {}
