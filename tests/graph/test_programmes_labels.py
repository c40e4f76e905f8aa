"""Label lines, two or more in a run: a sector, a separator and an amount alone on the line
("Health: US$ 12.5 million", "- WASH – $3.2M", "Shelter/NFI  US$ 4m").  Totals, received or
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
