"""Round 23 (member lists): a commission or consortium whose name goes on past its head before
its membership phrase ("The Joint Commission for the Return of Displaced Farmers, which is made
up of ..."; "The NGO Consortium of the Lakeside Relief Network, which ran the project,
consisted of ..."), "together with" inside a list, "the Governments of A and B", a clause ", and
its permanent members are ..." inside a sentence, the examples of a category after "that is",
and "have formed the X".  Texts written here, with invented bodies, after the constructions of
real pages (seen5's Ivorian tripartite commission, seen15's Peruvian NGO consortium, seen17's
Moldovan theme group, seen4's Beninese crisis team); rows worked out by hand."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.resolve import name_key
from tests.graph.test_members import members


def test_a_commission_named_past_its_head_lists_its_members_after_which_is_made_up_of() -> None:
    text = (
        "Returns in the east\n\n"
        "The Joint Commission for the Return of Displaced Farmers, which is made up of the "
        "Governments of Kenya and Uganda together with the United Nations High Commissioner "
        "for Refugees (UNHCR), met in May.\n"
    )
    body = "Joint Commission for the Return of Displaced Farmers"
    assert members(text) == {
        ("Government of Kenya", "member", body),
        ("Government of Uganda", "member", body),
        ("United Nations High Commissioner for Refugees", "member", body),
    }


def test_a_consortium_of_a_network_with_a_clause_between_it_and_consisted_of() -> None:
    text = (
        "Floods on the coast\n\n"
        "The NGO Consortium of the Lakeside Relief Network, which ran the project, consisted "
        "of World Vision, Plan International and Save the Children. Funding came from donors.\n"
    )
    body = "NGO Consortium of the Lakeside Relief Network"
    assert members(text) == {
        ("World Vision", "member", body),
        ("Plan International", "member", body),
        ("Save the Children", "member", body),
    }


def test_a_commission_alone_named_by_its_head_keeps_its_name() -> None:
    text = (
        "News\n\nThe Tripartite Commission, which is made up of UNHCR and the Government of "
        "Kenya, met.\n"
    )
    assert members(text) == {
        ("United Nations High Commissioner for Refugees", "member", "Tripartite Commission"),
        ("Government of Kenya", "member", "Tripartite Commission"),
    }


def test_its_permanent_members_in_a_clause_are_the_examples_after_that_is() -> None:
    text = (
        "Health groups\n\n"
        "Where the programme has no office, the work goes through the Riverland Theme Group on "
        "Malaria, set up in 1998, and its permanent members are those who represent the "
        "co-sponsors of the programme, that is UNDP, UNICEF and WHO.\n"
    )
    body = "Riverland Theme Group on Malaria"
    assert members(text) == {
        ("United Nations Development Programme", "member", body),
        ("United Nations Children's Fund", "member", body),
        ("World Health Organization", "member", body),
    }


def test_several_that_have_formed_a_team_are_its_members_and_one_that_had_formed_it_is_not() -> (
    None
):
    formed = "UNICEF, CRS and Caritas have formed the National Crisis Management Team.\n"
    assert roles(formed) == {
        ("UNICEF", "member", "National Crisis Management Team", ""),
        ("CRS", "member", "National Crisis Management Team", ""),
        ("Caritas Internationalis", "member", "National Crisis Management Team", ""),
    }
    founded = "The Prime Minister had formed the National Crisis Management Team.\n"
    assert not {r for r in roles(founded) if r[1] == "member"}


def test_united_nations_opening_a_longer_name_is_un() -> None:
    assert name_key("United Nations Theme Group on HIV/AIDS") == name_key(
        "UN Theme Group on HIV/AIDS"
    )
    assert name_key("United Nations") != name_key("UN")
