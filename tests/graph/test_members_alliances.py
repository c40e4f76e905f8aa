"""Member lists of alliances, consortia and national committees (round 8): an alliance as the
body a lead-in names, "besides X, the following ... take part in Y:", an umbrella organisation
"for N agencies:" over a line of names split by slashes, one word alone on a line once a list
has begun, a name no rule knows before "consists
of:" or as the heading over "List of members:", members between dashes after "the NGOs of X",
and "the Ministries of A, B and C" (texts written for these tests after constructions of real
pages; rows worked out by hand)."""

from __future__ import annotations

from tests.graph.test_members import members


def test_an_alliance_named_by_its_acronym_is_the_body_of_its_member_list() -> None:
    text = (
        "The Lakeside Relief Alliance (LRA) is a coalition of Dutch aid organisations.\n\n"
        "The LRA members are: CARE Nederland; Cordaid; Oxfam Novib; and World Vision.\n"
    )
    body = "Lakeside Relief Alliance"
    assert members(text) == {
        ("CARE Nederland", "member", body),
        ("Cordaid", "member", body),
        ("Oxfam Novib", "member", body),
        ("World Vision", "member", body),
    }


def test_besides_names_a_member_before_the_list_of_the_others() -> None:
    text = (
        "The Lakeside Relief Alliance (LRA) is a partnership of NGOs. Besides Tearfund, the "
        "following organisations take part in the LRA:\n"
        "CARE Nederland\n"
        "Cordaid\n"
        "Dorcas\n"
        "War Child\n"
        "World Vision and ZOA.\n"
        "\n"
        "Matching the aid on offer\n"
    )
    body = "Lakeside Relief Alliance"
    assert members(text) == {
        ("Tearfund", "member", body),
        ("CARE Nederland", "member", body),
        ("Cordaid", "member", body),
        ("Dorcas", "member", body),
        ("War Child", "member", body),
        ("World Vision", "member", body),
        ("ZOA", "member", body),
    }


def test_an_umbrella_organisation_for_agencies_over_a_line_split_by_slashes() -> None:
    text = (
        "Formed in 1980, the Valley Emergency Committee (VEC) is an umbrella organisation for "
        "4 humanitarian aid agencies:\n\n"
        "ActionAid / Christian Aid / Merlin / Oxfam\n\n"
        "The VEC raises money when disaster strikes.\n"
    )
    body = "Valley Emergency Committee"
    assert members(text) == {
        ("ActionAid", "member", body),
        ("Christian Aid", "member", body),
        ("Merlin", "member", body),
        ("Oxfam", "member", body),
    }


def test_a_name_no_rule_knows_before_consists_of_is_the_body() -> None:
    text = "The Stichting Samen Helpen consists of: Oxfam Novib, World Vision and Tear.\n"
    body = "Stichting Samen Helpen"
    assert members(text) == {
        ("Oxfam Novib", "member", body),
        ("World Vision", "member", body),
        ("Tear", "member", body),
    }


def test_one_capitalised_word_before_consists_of_names_no_body() -> None:
    text = "The Board consists of: Oxfam Novib, World Vision and Tear.\n"
    assert members(text) == set()


def test_a_heading_naming_an_unknown_body_heads_its_list_of_members() -> None:
    text = (
        "# Samen Helpen (SH), The Netherlands\n\n"
        "- Founded: 1984\n\n"
        "List of members:\n\n"
        "- UNICEF Nederland\n"
        "- Oxfam Novib\n"
    )
    body = "Samen Helpen"
    assert members(text) == {
        ("UNICEF Nederland", "member", body),
        ("Oxfam Novib", "member", body),
    }


def test_members_between_dashes_after_the_ngos_of_the_body() -> None:
    text = (
        "The NGOs of the Comité de Emergencia Español --Educo, Entreculturas, Oxfam Intermón "
        "and World Vision-- keep responding in the region.\n"
    )
    body = "Comité de Emergencia Español"
    assert members(text) == {
        ("Educo", "member", body),
        ("Entreculturas", "member", body),
        ("Oxfam Intermón", "member", body),
        ("World Vision", "member", body),
    }
