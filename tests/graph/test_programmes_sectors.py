"""Cluster and sector pages: a requirement under a heading naming a sector or cluster is that
sector's programme, never the plan's headline ("Requirements ($)$4.5 million" under "Health",
"Requirements (US$) 2.1M" under "Protection Cluster"), and "the cluster requires ..." names
the cluster the page is about.  Received money and headings naming no sector give none.
Invented pages in the layouts of real HNRP cluster chapters and HTML sector tables; figures
worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes, read

from coordkg.graph.read.html import main_text


def test_an_html_table_and_cluster_chapters_of_a_plan_page() -> None:
    page = (
        "<html><body><h1>Flood response plan</h1><h2>Requirements by cluster</h2><table>"
        "<tr><th>Cluster</th><th>People targeted</th><th>Requirements (US$)</th></tr>"
        "<tr><td>Health</td><td>120,000</td><td>4,500,000</td></tr>"
        "<tr><td>Water, Sanitation and Hygiene</td><td>300,000</td><td>6,250,000</td></tr>"
        "<tr><td>Total</td><td></td><td>10,750,000</td></tr></table>"
        "<h2>Health</h2><p>Requirements ($)$4.5 million</p><p>Funding ($)$1.2 million</p>"
        "<h2>Protection Cluster</h2><p>Requirements (US$) 2.1M</p>"
        "<h2>3.4 Education</h2><p>The cluster will reach 40,000 learners. The cluster requires "
        "US$ 3 million to reach them, of which $1 million has been received.</p>"
        "</body></html>"
    )
    assert programmes(main_text(page)) == {
        "Health": Decimal(4500000),
        "Water, Sanitation and Hygiene": Decimal(6250000),
        "Protection Cluster": Decimal(2100000),
        "Education": Decimal(3000000),
    }


def test_a_requirement_under_a_heading_naming_no_sector_is_the_plans_figure() -> None:
    text = "Cyclone flash appeal\n\nRequirements (US$) 25M\n\nThe cluster requires $4 million.\n"
    extraction = read(text)
    assert [b.kind for b in extraction.blocks] == ["plan"]
    assert programmes(text) == {}
