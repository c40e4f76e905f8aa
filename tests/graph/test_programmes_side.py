"""A PDF page's side box of figures left at the ends of body lines, as an appeal's text comes
out when the box's lines hold a second gap.  Invented pages in the layout of IOM appeals;
figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes

_PAGE = (
    "SITUATION OVERVIEW\n"
    "Heavy rains since early March have flooded the river valleys of the east, and the\n"
    "authorities count 40,000 people displaced in schools and churches of three districts.   APPEAL (USD)\n"
    "Roads and bridges were washed away, so that the hardest hit villages can only be\n"
    "reached on foot, and the water points of the valley have been damaged or polluted.      Shelter      $ 1,200,000\n"
    "The districts were already hit by an outbreak of cholera last year, and the health\n"
    "centres of the valley lack staff and medicines to treat the sick and the injured.       Site         $ 450,000\n"
    "                                                                                         Management\n"
    "Many families have lost their seeds and their tools and cannot plant this season.\n"
)


def test_label_cells_beside_the_prose_are_programmes_a_title_finished_below() -> None:
    assert programmes(_PAGE) == {
        "Shelter": Decimal(1200000),
        "Site Management": Decimal(450000),
    }


def test_one_label_cell_alone_is_no_programme() -> None:
    text = (
        "Heavy rains since early March have flooded the river valleys of the east, and the\n"
        "authorities count 40,000 people displaced in schools and churches of three districts.   Shelter      $ 1,200,000\n"
        "Roads and bridges were washed away, so that the hardest hit villages can only be\n"
        "reached on foot.\n"
    )
    assert programmes(text) == {}


def test_the_box_total_and_a_donor_are_no_programmes() -> None:
    text = _PAGE.replace("Site         $ 450,000", "TOTAL        $ 1,650,000").replace(
        "Shelter      $ 1,200,000", "ECHO         $ 1,200,000"
    )
    assert programmes(text) == {}


def test_a_table_header_with_its_currency_far_right_still_heads_its_table() -> None:
    text = (
        "Cluster or area of responsibility        REQUIREMENTS (US$)   PEOPLE IN NEED\n"
        "Health                                   $12M                 1.1M\n"
        "Nutrition                                $7M                  0.4M\n"
    )
    assert programmes(text) == {"Health": Decimal(12000000), "Nutrition": Decimal(7000000)}
