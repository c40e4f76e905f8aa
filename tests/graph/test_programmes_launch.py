"""Sector amounts in launch news, plan captions and cluster dashboards: a list whose items
give their amount "to" a sector, an amount "planned for" one, a sector fronted by "For", a
name after an introductory phrase, figures under a caption stating their total, and a tile
"US$ X requested" under a heading naming a cluster.  Amounts that go to actors, that say what
the money does, that were received or that count people give none.  Invented sentences in
the constructions of real appeal pages; figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes, read

from coordkg.graph.extract.money import FIGURE_LINE


def test_a_list_giving_amounts_to_sectors() -> None:
    text = (
        "Government and partners launch lake region plan\n"
        "Of the USD 300m sought, about half or USD150m is planned for food assistance; "
        "USD 40m for health; USD 25m to water, sanitation and hygiene; USD 9m to early "
        "recovery, and USD 750,000 to camp coordination and camp management, the office said.\n"
    )
    assert programmes(text) == {
        "food assistance": Decimal(150000000),
        "health": Decimal(40000000),
        "water, sanitation and hygiene": Decimal(25000000),
        "early recovery": Decimal(9000000),
        "camp coordination and camp management": Decimal(750000),
    }


def test_amounts_to_actors_or_to_do_something_are_no_programmes() -> None:
    text = (
        "Appeal update\n"
        "The fund gave USD 2m to national NGOs and USD 1m to local partners.\n"
        "It set aside USD 3m to provide tents and USD 1m to support host families.\n"
        "Donors have given $4 million to date, and $2 million to the pooled fund.\n"
        "The fund allocated $5 million to Lakeside Province and $3 million to Hill District.\n"
    )
    assert programmes(text) == {}


def test_a_sector_fronted_by_for_and_a_name_after_an_introductory_phrase() -> None:
    text = (
        "Cyclone appeal launched\n"
        "The key parts of the appeal follow. For emergency shelter, 12 million U.S. dollars "
        "is required to buy tarpaulins for 50,000 families.\n"
        "Given the risk of cholera, water trucking is needed in 30 camps, requiring 4.5 "
        "million U.S. dollars.\n"
        "Some 2 million U.S. dollars is needed for nutrition of children under five.\n"
    )
    assert programmes(text) == {
        "emergency shelter": Decimal(12000000),
        "water trucking": Decimal(4500000),
        "nutrition": Decimal(2000000),
    }


def test_fronted_amounts_without_a_verb_of_need_or_naming_a_year_are_none() -> None:
    text = (
        "Appeal news\n"
        "For the response, US$ 30 million is required.\n"
        "For 2025, US$ 12 million is needed.\n"
        "For logistics, US$ 3 million was received last week.\n"
    )
    assert programmes(text) == {}


def test_bare_figures_under_a_caption_stating_their_total() -> None:
    text = (
        "Regional refugee plan\n\n"
        "Requirements by Sector (Total US$ 40 M)\n"
        "Protection 8\n"
        "Shelter and NFI 20\n"
        "Livelihoods 12\n"
    )
    assert programmes(text) == {
        "Protection": Decimal(8000000),
        "Shelter and NFI": Decimal(20000000),
        "Livelihoods": Decimal(12000000),
    }
    rules = {b.evidence.rule for b in read(text).blocks if b.kind == "programme"}
    assert rules == {"figures.programme.totalled"}


def test_captions_of_received_money_or_of_people_give_no_programmes() -> None:
    text = (
        "Regional refugee plan\n\n"
        "Funding received by Sector (Total US$ 9 M)\n"
        "Protection 4\n"
        "Shelter and NFI 5\n\n"
        "People targeted by Sector (Total 1.2 M)\n"
        "Protection 300\n"
        "Livelihoods 900\n"
    )
    assert programmes(text) == {}


def test_a_dashboard_tile_under_a_heading_naming_a_cluster() -> None:
    text = (
        "# Lakeland\n\n"
        "## Nutrition Cluster figures as of March 2025\n\n"
        "- 2.3 million people in need\n"
        "- US$ 31 million requested\n"
        "- 12 % funded\n"
    )
    extraction = read(text)
    blocks = [b for b in extraction.blocks if b.kind == "programme"]
    # C4: the cluster's own requirement is titled by the body as the page writes it
    assert [(b.title, b.evidence.rule) for b in blocks] == [
        ("Nutrition Cluster", "figures.programme.tile")
    ]
    assert programmes(text) == {"Nutrition Cluster": Decimal(31000000)}


def test_a_tile_in_plain_text_after_other_figures_of_its_cluster() -> None:
    # the page flattened to text: no "#" and no bullets, the people counts above the ask are
    # figures with their labels, not headings closing the cluster's section
    text = (
        "Lakeland\n\n"
        "Formal Nutrition Cluster System (IASC declared) data as of May 2025\n\n"
        "1.2 million People in Need\n"
        "2019 year activated\n"
        "US$ 18 million requested\n"
        "40% funded\n"
    )
    assert programmes(text) == {"Nutrition Cluster": Decimal(18000000)}  # C4


def test_a_numbered_heading_still_closes_a_clusters_section() -> None:
    text = (
        "Lakeland\n\n"
        "Formal Nutrition Cluster System data as of May 2025\n\n"
        "1.2 million People in Need\n"
        "2 Country Overview\n"
        "US$ 18 million requested\n"
    )
    # "2 Country Overview" is a heading naming no cluster: the ask below it is nobody's
    assert programmes(text) == {}


def test_a_tile_under_a_heading_naming_no_cluster_or_of_money_received_is_none() -> None:
    text = (
        "# Lakeland\n\n"
        "## Country overview as of March 2025\n\n"
        "- US$ 31 million requested\n\n"
        "## Nutrition Cluster funding\n\n"
        "- US$ 4 million received\n"
        "- 12 % funded\n"
    )
    assert programmes(text) == {}


def test_a_dashboard_chart_under_a_caption_in_million_dollars() -> None:
    text = (
        "FUNDING: 2025 RESPONSE PLAN\n"
        "38%\n"
        "310 million\n"
        "Requirements by Cluster (million $)\n"
        "Food Security\n"
        "120.5\n"
        "Shelter and NFI\n"
        "40.2\n"
    )
    assert programmes(text) == {
        "Food Security": Decimal(120500000),
        "Shelter and NFI": Decimal(40200000),
    }


def test_money_spent_on_a_population_is_no_programme() -> None:
    text = (
        "Plan launch\n"
        "Of this year's budget, 150 million dollars will be spent on refugees from the east, "
        "and 20 million dollars will go towards host communities.\n"
    )
    assert programmes(text) == {}


def test_a_list_of_lower_case_items_with_their_amounts_in_brackets() -> None:
    text = (
        "Crisis plan news\n"
        "The biggest request was for cash assistance ($320 million), followed by "
        "education ($210 million).\n"
        "The largest grants went to refugees ($80 million), then host communities "
        "($40 million).\n"
    )
    assert programmes(text) == {
        "cash assistance": Decimal(320000000),
        "education": Decimal(210000000),
    }


def test_a_chart_whose_first_title_is_flattened_onto_its_caption() -> None:
    text = (
        "FUNDING: 2025 RESPONSE PLAN\n"
        "310 million Requirements by Cluster (million $) Food Security\n"
        "120.5\n"
        "Shelter and NFI\n"
        "40.2\n"
        "Health\n"
        "22\n"
    )
    assert programmes(text) == {
        "Food Security": Decimal(120500000),
        "Shelter and NFI": Decimal(40200000),
        "Health": Decimal(22000000),
    }


def test_a_line_opened_by_a_figure_and_its_label_is_no_heading_but_an_ordinal_is() -> None:
    for line in ("3.5 million People in Need", "29% funded", "2012 year activated"):
        assert FIGURE_LINE.match(line), line
    for line in ("2nd Health Cluster meeting", "1st Quarter", "3 Health Sector"):
        assert not FIGURE_LINE.match(line), line
