"""Gold conventions C4 and C6 (round 18) on invented pages: a cluster's or sector's own
requirement is titled by the body as the page writes it, an allocation of a fund to an agency
names the agency by the short form the page defines; every expected title worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_sector_chapter_takes_the_name_the_page_gives_its_cluster() -> None:
    text = (
        "EDUCATION\n\n"
        "PEOPLE IN NEED      REQUIREMENTS (US$)      PEOPLE TARGETED\n"
        "900,000             12,400,000              300,000\n\n"
        "Schools in the north stay closed. The Education Cluster will reopen 300 of them.\n"
    )
    assert programmes(text) == {"Education Cluster": Decimal(12400000)}


def test_a_sector_named_with_its_acronym_keeps_the_full_name_and_the_pages_word() -> None:
    text = (
        "ANNEX II: SECTOR PLANS\n\n"
        "EMERGENCY TELECOMMUNICATIONS (ETC)\n\n"
        "PEOPLE IN NEED      REQUIREMENTS (US$)      PEOPLE TARGETED\n"
        "40,000             210,000                 12,000\n\n"
        "The Emergency Telecommunications (ETC) sector links the hubs. The ETC sector is new.\n"
    )
    assert programmes(text) == {"Emergency Telecommunications sector": Decimal(210000)}


def test_a_sector_chapter_the_page_never_names_as_a_body_keeps_its_heading() -> None:
    # "the health, WASH and education clusters": a plural names several bodies, not this one
    text = (
        "EDUCATION\n\n"
        "PEOPLE IN NEED      REQUIREMENTS (US$)      PEOPLE TARGETED\n"
        "900,000             12,400,000              300,000\n\n"
        "Partners work with the health, WASH and education clusters.\n"
    )
    assert programmes(text) == {"EDUCATION": Decimal(12400000)}


def test_a_plan_giving_several_programmes_figures_keeps_its_sectors_heading() -> None:
    # C4 is one sector's own page or chapter; a plan of several programmes, one of them a
    # sector's, keeps its headings as written (C2), though the page names the cluster
    text = (
        "Protection\n"
        "Funding required: $2,470,000\n"
        "The Protection Cluster meets monthly.\n\n"
        "Return and reintegration of displaced families\n"
        "Funding required: $1,300,000\n"
    )
    assert programmes(text) == {
        "Protection": Decimal(2470000),
        "Return and reintegration of displaced families": Decimal(1300000),
    }


def test_an_appeals_amount_for_a_clusters_activities_is_the_clusters() -> None:
    text = (
        "Of the US$ 3.2 million sought in the Flash Appeal for urgently needed shelter "
        "cluster activities, a third has been received.\n"
    )
    assert programmes(text) == {"shelter cluster": Decimal(3200000)}


def test_an_agency_without_a_short_form_on_the_page_is_named_as_written() -> None:
    text = (
        "The Central Emergency Response Fund (CERF) has allocated US$2 million to Lakeland.\n"
        "In total, $1.5 million has been allocated to the World Food Programme (WFP) and "
        "$500,000 to the World Health Organization.\n"
    )
    assert programmes(text) == {
        "CERF allocation to WFP": Decimal(1500000),
        "CERF allocation to the World Health Organization": Decimal(500000),
    }
