"""Round 13's constructions of emergency operations plans' function annexes (read from US
federal, state and county annexes): a body named by its number ("ESF #8", "Emergency Support
Function 3"), the label block over the annex ("ESF Coordinator:", "Primary Agency:", "Support
Agencies:") with its values on the lines below, bulleted or bare, and a long title that opens
with the body and a dash.

Each expected set is worked out by hand from the text; a role's body is shown by its acronym
("ESF #11" for Emergency Support Function #11), as ``roles`` shows it."""

from __future__ import annotations

from snippets import read, roles

from coordkg.graph.extract.mentions import _ITEM_SEP


def test_a_function_numbered_any_way_is_one_body() -> None:
    text = (
        "Emergency Support Function (ESF) #3 covers public works. "
        "ESF-3 is led by the Army Corps of Engineers. ESF 3 meets weekly."
    )
    bodies = {m.entity.name for m in read(text).mentions if m.rule.startswith("numbered.")}
    assert bodies == {"Emergency Support Function #3"}


def test_a_page_number_after_the_function_is_not_its_number() -> None:
    mentions = [m for m in read("Annex page ESF #12-4").mentions if m.rule.startswith("numbered.")]
    assert [(m.surface, m.entity.name) for m in mentions] == [
        ("ESF #12", "Emergency Support Function #12")
    ]


def test_an_annex_label_block_with_bulleted_values() -> None:
    text = (
        "# Emergency Support Function #11 Agriculture Annex\n\n"
        "Primary Agency: Department of Agriculture\n\n"
        "Support Agencies:\n"
        "- Department of Commerce\n"
        "- Environmental Protection Agency\n"
    )
    assert roles(text) == {
        ("Department of Agriculture", "lead", "ESF #11", ""),
        ("Department of Commerce", "member", "ESF #11", ""),
        ("Environmental Protection Agency", "member", "ESF #11", ""),
    }


def test_labels_alone_on_their_lines_over_bare_values_under_a_long_dashed_title() -> None:
    text = (
        "Emergency Support Function #2 – Communications, Warning and Information Technology "
        "Services Annex\n\n"
        "ESF Coordinator:\nDepartment of Commerce\n\n"
        "Primary Agency:\nDepartment of Commerce\n\n"
        "Supporting Agencies:\nDepartment of Defense\nGeneral Services Administration\n\n"
        "INTRODUCTION\n\n"
        "The function keeps the lines open after a disaster.\n"
    )
    assert roles(text) == {
        ("Department of Commerce", "coordinator", "ESF #2", ""),
        ("Department of Commerce", "lead", "ESF #2", ""),
        ("Department of Defense", "member", "ESF #2", ""),
        ("General Services Administration", "member", "ESF #2", ""),
    }


def test_a_bare_line_of_prose_ends_the_list() -> None:
    text = (
        "# Emergency Support Function #4 Firefighting Annex\n\n"
        "Support Agencies:\n"
        "Department of the Interior\n"
        "The Department of Defense sends crews when asked\n"
    )
    assert roles(text) == {
        ("Department of the Interior", "member", "ESF #4", ""),
    }


def test_primary_and_support_are_role_words_not_agencies() -> None:
    names = {m.surface for m in read("Primary Agency: Department of Energy").mentions}
    assert names == {"Department of Energy"}


def test_an_initialism_before_a_name_is_part_of_it() -> None:
    text = (
        "# Emergency Support Function #9 Search and Rescue Annex\n\n"
        "Support Agencies:\n"
        "- Department of State\n"
        "- U.S. Agency for International Development\n"
    )
    assert roles(text) == {
        ("Department of State", "member", "ESF #9", ""),
        ("U.S. Agency for International Development", "member", "ESF #9", ""),
    }


def test_an_initialism_in_a_list_item_keeps_the_item_whole() -> None:
    text = (
        "# Emergency Support Function #7 Logistics Annex\n\n"
        "Support Agencies:\n"
        "- General Services Administration\n"
        "- Department of Labor\n"
        "- U.S. Postal Service\n"
    )
    assert ("U.S. Postal Service", "member", "ESF #7", "") in roles(text)


def test_a_support_annex_names_its_coordinating_and_cooperating_agencies() -> None:
    text = (
        "# Emergency Support Function #14 Recovery Annex\n\n"
        "Coordinating Agency: Department of Commerce\n\n"
        "Cooperating Agencies:\n"
        "- Department of Energy\n"
    )
    assert roles(text) == {
        ("Department of Commerce", "coordinator", "ESF #14", ""),
        ("Department of Energy", "member", "ESF #14", ""),
    }


def test_support_before_another_actor_head_is_part_of_its_name() -> None:
    # "Primary" and "Support" make a role noun before "Agency" only (an annex's label words)
    assert roles("The Protection Cluster is chaired by the Technical Support Unit.") == {
        ("Technical Support Unit", "chair", "Protection Cluster", "")
    }


def test_a_bare_line_after_bulleted_items_is_no_item() -> None:
    text = (
        "Health Cluster members:\n- WFP\n- FAO\n\nUNICEF\n\n"
        "UNICEF funds the nutrition programme in the north.\n"
    )
    assert roles(text) == {
        ("WFP", "member", "Health Cluster", ""),
        ("FAO", "member", "Health Cluster", ""),
    }


def test_only_an_initialisms_stop_keeps_a_list_item_open() -> None:
    ends = [_ITEM_SEP.search(s, i) for s, i in (("U.S. Postal Service", 3), ("Group A. The", 7))]
    assert [(m.start(), m.group()) for m in ends if m] == [(19, ""), (7, ". ")]
