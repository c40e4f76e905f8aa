"""Round 35's programme shapes, in invented text.  Every expected amount and title worked out by
hand from the conventions (C2, C2a, C17)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from snippets import programmes

from coordkg.graph.extract.money import AMOUNT, amount
from coordkg.graph.model import Money


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("cuatro millones de dólares", Money(Decimal(4000000))),
        ("dois milhões de dólares", Money(Decimal(2000000))),
        ("cinq millions de dollars", Money(Decimal(5000000))),
        ("un millón de dólares", Money(Decimal(1000000))),
        ("seis millones de dólares estadounidenses", Money(Decimal(6000000))),
        ("tres mil millones de dólares", Money(Decimal(3000000000))),
    ],
)
def test_a_romance_number_in_words_with_its_scale_and_currency(
    written: str, expected: Money
) -> None:
    m = AMOUNT.fullmatch(written)
    assert m is not None and amount(m) == expected


def test_a_romance_number_in_words_without_a_currency_is_no_money() -> None:
    # a count of people, not an amount
    assert AMOUNT.search("Tres millones de personas viven en la zona.") is None


def test_a_spanish_impersonal_allocation_from_a_named_fund() -> None:
    # "se han asignado" is the donor's verb; "del Fondo ... de la ONU" says where the money
    # comes from (as "from the CERF"); "durante la temporada" ends the title (C2: when)
    text = (
        "Noticias\n"
        "Según la oficina, se han asignado cinco millones de dólares del Fondo de Emergencias "
        "de la ONU para reparar los pozos durante la temporada seca.\n"
    )
    assert programmes(text) == {"reparar los pozos": Decimal(5000000)}


def test_a_fund_allocating_in_spanish_reads_as_a_donor_giving() -> None:
    text = "Noticias\nEl fondo asignó 300.000 dólares a Ruritania para reparar escuelas.\n"
    assert programmes(text) == {"reparar escuelas": Decimal(300000)}


def test_money_a_fund_has_already_allocated_is_no_programme() -> None:
    # "already" sets the money before the news the page tells (allocated to date), as
    # "have already allocated" (round 34); without it the fund's allocation is one programme
    assert (
        programmes("Update\nThe fund has already allocated $5 million to provide clean water.\n")
        == {}
    )
    assert programmes("Update\nThe fund has allocated $5 million to provide clean water.\n") == {
        "clean water": Decimal(5000000)
    }


def test_a_recipient_without_acronym_so_that_it_can_do_the_purpose() -> None:
    # "so that it can" after the recipient's bare name stands for "to" (C2: what the money
    # pays for; "continue providing" only keeps it going, C2a; "to ... families" is whom)
    text = (
        "Funding\n"
        "$2 million went to the Ruritania Red Cross so that it can continue providing emergency "
        "shelter to displaced families.\n"
    )
    assert programmes(text) == {"emergency shelter": Decimal(2000000)}


def test_a_project_title_column_titles_its_row_and_a_link_cell_is_no_column() -> None:
    # C17: a table with its own "Project title" column gives the title as that cell writes it,
    # without the agency or the project code; a web table's "Read more" link cell past the
    # header's last column holds nothing
    text = (
        "Projects in this allocation\n"
        "\n"
        "Organization | Project title | Code | Amount in US$\n"
        "UNICEF | Safe water for displaced families | 24-RR-CEF-001 | US$500,000 | Read more\n"
        "\n"
        "WHO | Cholera treatment units | 24-RR-WHO-002 | US$300,000\n"
    )
    assert programmes(text) == {
        "Safe water for displaced families": Decimal(500000),
        "Cholera treatment units": Decimal(300000),
    }


def test_a_table_without_a_title_column_keeps_its_agency_and_code_cells() -> None:
    # no title column: the agency alone names no programme, its code and sector cells join it
    text = (
        "TABLE 2: FUNDING BY PROJECT (US$)\n"
        "Agency | Project Code | Sector | Amount\n"
        "UNICEF | 12-CEF-127 | Water and Sanitation | 671,125\n"
    )
    assert programmes(text) == {"UNICEF 12-CEF-127 Water and Sanitation": Decimal(671125)}


def test_a_fund_story_gives_to_agencies_named_after_a_bare_for() -> None:
    # C6/C17: the fund's shares per agency with no purpose, "for <agency> (<acronym>)" as
    # "to" ("CERF allocation to WFP"); a fund named after "from the donor-backed" is the
    # story's fund; "has been allocated for <agency> (<acronym>) to ensure <x>" pays for x (C2a)
    text = (
        "Fund backs Ruritania\n"
        "Today $3,000,000 is being allocated from the donor-backed Central Emergency Response "
        "Fund (CERF) to meet the needs of refugees.\n"
        "\n"
        "The allocation is made up of $1,200,000 for the World Food Programme (WFP), $900,000 "
        "for the World Health Organization (WHO), and $700,000 for the United Nations "
        "Population Fund (UNFPA). Besides, $200,000 has been allocated for the United Nations "
        "Department of Safety and Security (UNDSS) to ensure staff safety.\n"
    )
    assert programmes(text) == {
        "CERF allocation to WFP": Decimal(1200000),
        "CERF allocation to WHO": Decimal(900000),
        "CERF allocation to UNFPA": Decimal(700000),
        "staff safety": Decimal(200000),
    }


def test_a_sector_with_its_acronym_after_for_stays_a_purpose_in_a_fund_story() -> None:
    # "for water, sanitation and hygiene (WASH)" names a sector (lowercase), not whom the
    # fund gives to: the title stays the sector as written (C2)
    text = (
        "Appeal\n"
        "The appeal was launched with money from the Central Emergency Response Fund (CERF).\n"
        "\n"
        "It asks $41 million for nutrition, $21 million for water, sanitation and hygiene "
        "(WASH), and $9 million for health.\n"
    )
    assert programmes(text) == {
        "nutrition": Decimal(41000000),
        "water, sanitation and hygiene": Decimal(21000000),
        "health": Decimal(9000000),
    }
