"""Roles stated by layout whose body or holders no mention reads: a table's header naming the
bodies' kind over cells naming their topic, a heading spelling a body with its kind's acronym,
header cells qualifying the role ("Government lead"), organisations' names in a label's value
(texts written for these tests, after constructions seen on real pages; rows worked out by hand)."""

from __future__ import annotations

from tests.graph.test_labels import claims, rows
from tests.graph.test_linear_reading import growth


def test_a_heading_with_the_acronym_of_its_kind_names_the_body_of_its_label_line() -> None:
    text = (
        "Health SWG\n"
        "Chair: Ministry of Health; Co-Chairs: Embassy of Norway / Delegation of the European Union\n"
    )
    assert rows(text) == {
        ("Ministry of Health", "chair", "Health Sector Working Group", "", ()),
        ("Embassy of Norway", "co-chair", "Health Sector Working Group", "",
         ("Delegation of the European Union",)),
        ("Delegation of the European Union", "co-chair", "Health Sector Working Group", "",
         ("Embassy of Norway",)),
    }  # fmt: skip


def test_a_header_cell_naming_the_kind_makes_each_row_cell_a_body() -> None:
    text = (
        "| Sector | Government lead | UN co-lead |\n"
        "|---|---|---|\n"
        "| Shelter | Department of Housing | IOM |\n"
        "| Nutrition | Ministry of Health | UNICEF / WFP |\n"
    )
    assert {(h, r, b, w) for h, r, b, _, w in rows(text)} == {
        ("Department of Housing", "lead", "Shelter Sector", ()),
        ("IOM", "co-lead", "Shelter Sector", ()),
        ("Ministry of Health", "lead", "Nutrition Sector", ()),
        ("UNICEF", "co-lead", "Nutrition Sector", ("WFP",)),
        ("WFP", "co-lead", "Nutrition Sector", ("UNICEF",)),
    }


def test_a_pdf_table_flattened_to_runs_of_spaces_with_kind_and_qualified_roles() -> None:
    text = (
        "Cluster          Lead agency            Co-lead\n"
        "Education        Ministry of Education  Save the Children\n"
        "Logistics        WFP\n"
    )
    assert {(h, r, b) for h, r, b, _, _ in rows(text)} == {
        ("Ministry of Education", "lead", "Education Cluster"),
        ("Save the Children", "co-lead", "Education Cluster"),
        ("WFP", "lead", "Logistics Cluster"),
    }


def test_a_persons_name_in_a_label_is_no_holder() -> None:
    assert rows("## Protection Working Group\n\nChair: Jane Doe\nCo-chair: NRC\n") == {
        ("NRC", "co-chair", "Protection Working Group", "", ()),
    }


def test_a_heading_of_target_groups_names_no_body() -> None:
    text = "Vulnerable groups\nLead: Ministry of Social Affairs\n"
    assert rows(text) == set()


def test_a_two_column_table_of_keys_and_values_reads_as_label_lines() -> None:
    text = (
        "## Protection Working Group\n\n"
        "| | |\n"
        "|---|---|\n"
        "| Co-chairs | UNHCR, Danish Refugee Council |\n"
        "| Chair person | Jane Doe (Ministry of Social Affairs) |\n"
        "| Meeting frequency | Monthly |\n"
    )
    assert rows(text) == {
        ("UNHCR", "co-chair", "Protection Working Group", "", ("DRC",)),
        ("DRC", "co-chair", "Protection Working Group", "", ("UNHCR",)),
        ("Ministry of Social Affairs", "chair", "Protection Working Group", "", ()),
    }


def test_a_heading_about_a_body_is_no_name_of_one() -> None:
    assert rows("Overview of the Cluster\nLead: UNICEF\n") == set()


def test_a_title_naming_a_body_before_its_colon_heads_the_label_lines_below() -> None:
    text = (
        "Education Cluster: Cluster Strategy 2016-2017\n"
        "Cluster lead agencies: UNICEF, Save the Children\n"
    )
    assert {(h, r, b) for h, r, b, _, _ in rows(text)} == {
        ("UNICEF", "lead", "Education Cluster"),
        ("Save the Children", "lead", "Education Cluster"),
    }


def test_a_kind_alone_as_a_key_heads_nothing() -> None:
    """ "Coordination mechanism: Cluster" says what kind the page's body is, and names none."""
    text = (
        "Coordination mechanism: Cluster\n"
        "- National level: Office National de Nutrition (ONN) Lead, UNICEF Co-coordinator\n"
    )
    assert {b for _, _, b, _, _ in rows(text)} <= {"Nutrition Cluster"}
    assert "Coordination Mechanism" not in {b for _, _, b, _, _ in rows(text)}


def test_a_label_naming_its_kind_under_a_heading_of_topic_words_takes_that_topic() -> None:
    text = (
        "Situation overview\n\n"
        "Rains eased in the south this week.\n\n"
        "Water & Sanitation\n"
        "Sector Lead: UNICEF\n\n"
        "Food Security\n\n"
        "Crops were lost in two districts.\n"
        "Cluster Lead: WFP\n"
    )
    # the second label is no longer right under its heading: a line of prose between
    assert rows(text) == {("UNICEF", "lead", "Water & Sanitation Sector", "", ())}


def test_a_title_case_compound_before_a_bracket_of_names_is_no_acronym_of_them() -> None:
    text = (
        "| Forum | Leadership |\n"
        "|---|---|\n"
        "| Cash Working Group | 2 Co-Chairs (Mercy Corps and Relief Aid Organisation) |\n"
    )
    assert rows(text) == {
        ("Mercy Corps", "co-chair", "Cash Working Group", "", ("Relief Aid Organisation",)),
        ("Relief Aid Organisation", "co-chair", "Cash Working Group", "", ("Mercy Corps",)),
    }


def test_topic_rows_under_a_lead_in_take_the_kind_it_refers_back_to() -> None:
    text = (
        "The platform runs four Technical Groups, one for each field of its work. The groups, "
        "with the agencies leading them, are:\n\n"
        "Nutrition (including infant feeding): UNICEF\n"
        "Logistics: WFP and IOM[2]\n"
        "Camp Management: vacant\n\n"
        "The groups meet monthly.\n"
    )
    assert rows(text) == {
        ("UNICEF", "lead", "Nutrition Technical Group", "", ()),
        ("WFP", "lead", "Logistics Technical Group", "", ("IOM",)),
        ("IOM", "lead", "Logistics Technical Group", "", ("WFP",)),
    }


def test_topic_rows_under_a_lead_in_naming_the_kind_itself() -> None:
    text = "Sectors and their lead agencies:\n- Health: WHO\n- Shelter (NFI included): IOM\n"
    assert rows(text) == {
        ("WHO", "lead", "Health Sector", "", ()),
        ("IOM", "lead", "Shelter Sector", "", ()),
    }


def test_eight_times_the_topic_rows_and_headings_take_about_eight_times_as_long() -> None:
    def blocks(n: int) -> str:
        block = (
            "The office runs two Technical Groups. The groups, with the agencies leading them, "
            "are:\n\nHealth: WHO\nShelter (NFI included): IOM and UNHCR\n\n"
            "Water & Sanitation\nSector Lead: UNICEF\n\nRains eased this week.\n\n"
        )
        return block * (n // 8)

    small, large = blocks(500), blocks(4000)
    assert len(claims(large)) >= 4000 // 8 * 4  # four roles a block
    ratio = growth(claims, small, large)
    assert ratio < 24, f"8x the rows took {ratio:.1f}x as long (quadratic: 64x)"
