"""Round 29 (seen25's composition lists): a seat's label line inside a member list ("Chair: A"
among the members, C8), a lead-in with an aside between commas ("The members of the X, in
full, are:", "The X, as of <date>, is made up as follows:"), a list line opening with its seat
and a dash ("Chairperson – Ms Jane Roe"), and a Portuguese law's composition: "A Comissão X,
presidida pelo Y, tem na sua composição:" over lettered items ("Representantes da A e da B",
"O presidente da C", "Um representante por cada D"), and "Na Comissão participam também
representantes do E e da F".  Texts written here, with invented bodies and organisations; rows
worked out by hand."""

from __future__ import annotations

from snippets import roles

from tests.graph.test_members import members

BODY = "Flood Response Task Force"


def test_a_chair_label_among_the_members_is_a_member_too() -> None:
    text = (
        "The cabinet set up the Flood Response Task Force on Monday.\n\n"
        "The members of the Flood Response Task Force are:\n"
        "- Chairperson: Ministry of Water\n"
        "- Ministry of Roads\n"
    )
    got = {(h, r) for h, r, body in members(text) if body == BODY}
    assert got == {
        ("Ministry of Water", "chair"),
        ("Ministry of Water", "member"),
        ("Ministry of Roads", "member"),
    }


def test_an_aside_between_commas_leaves_the_lead_in_whole() -> None:
    text = (
        "The cabinet set up the Flood Response Task Force on Monday.\n\n"
        "The members of the Flood Response Task Force, in full, are:\n"
        "- Ministry of Water\n"
        "- Ministry of Roads\n"
    )
    got = {h for h, r, body in members(text) if body == BODY and r == "member"}
    assert got == {"Ministry of Water", "Ministry of Roads"}


def test_made_up_as_follows_with_seats_before_a_dash() -> None:
    text = (
        "The cabinet set up the Flood Response Task Force on Monday.\n\n"
        "The Flood Response Task Force, as of 3 May 2021, is made up as follows:\n"
        "- Chairperson – Ms Jane Roe\n"
        "- Treasurer – Mr Peter Poe\n"
        "- Ministry of Roads\n\n"
        "The task force meets weekly.\n"
    )
    got = {(h, r) for h, r, body, _ in roles(text) if body == BODY}
    assert got == {
        ("Jane Roe", "chair"),
        ("Jane Roe", "member"),
        ("Ministry of Roads", "member"),
    }


COMISSAO = "Comissão Municipal de Socorro"


def test_a_portuguese_composition_over_lettered_items() -> None:
    text = (
        "Composição da Comissão Municipal de Socorro\n\n"
        "1 - A Comissão Municipal de Socorro, presidida pelo Ministério do Mar, tem na sua "
        "composição:\n"
        "a) Um representante por cada Junta Distrital;\n"
        "b) O comandante da Guarda Florestal Municipal;\n"
        "c) Representantes da Liga dos Escuteiros do Norte e da Associação de Pescadores do "
        "Sul.\n"
        "2 - O regimento é aprovado pela Comissão.\n"
    )
    got = {h for h, r, body in members(text) if body == COMISSAO and r == "member"}
    assert got == {
        "Guarda Florestal Municipal",
        "Liga dos Escuteiros do Norte",
        "Associação de Pescadores do Sul",
    }


def test_representatives_taking_part_in_the_body_named_before_the_verb() -> None:
    text = (
        "A Comissão Municipal de Socorro reúne-se uma vez por mês.\n\n"
        "Na Comissão participam também representantes do Corpo de Salvamento Costeiro, da "
        "Guarda Florestal Municipal e do Instituto de Socorro Marítimo.\n"
    )
    got = {h for h, r, body in members(text) if body == COMISSAO and r == "member"}
    assert got == {
        "Corpo de Salvamento Costeiro",
        "Guarda Florestal Municipal",
        "Instituto de Socorro Marítimo",
    }
