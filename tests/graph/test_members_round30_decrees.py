"""Round 30 (seen26's Brazilian decree): a law's composition in numbered items, each number in
capital Roman figures on a line of its own over its item or before a dash ("I" / "Ministério
da Saúde, que o presidirá;", "II – Ministério da Defesa; e"), under a lead-in whose verb's
object announces the members below ("terá em sua composição um representante de cada um dos
órgãos a seguir:", "é composto por representantes dos seguintes órgãos:"), the body opening the
sentence perhaps with a remit and an aside citing its law between commas; the seat a member's
relative clause gives ("que o presidirá", "que o coordenará"), its chair or coordinator a member
too (C8).  Texts written here, with invented bodies; rows worked out by hand."""

from __future__ import annotations

from tests.graph.test_members import members

BODY = "Comitê Estadual de Gestão de Enchentes"


def test_roman_numbers_on_lines_of_their_own_and_a_seat_in_the_first_item() -> None:
    text = (
        "Art. 2º O Comitê Estadual de Gestão de Enchentes para socorro às famílias desalojadas, "
        "instituído pelo art. 4º da Lei nº 55, de 3 de março de 2031, terá em sua composição "
        "um representante de cada um dos órgãos a seguir:\n\n"
        "I\n"
        "Ministério da Saúde, que o presidirá;\n"
        "II\n"
        "Ministério da Defesa; e\n"
        "III\n"
        "Ministério da Educação.\n\n"
        "§ 1º Os representantes serão indicados pelos titulares dos órgãos.\n"
    )
    assert members(text) == {
        ("Ministério da Saúde", "chair", BODY),
        ("Ministério da Saúde", "member", BODY),
        ("Ministério da Defesa", "member", BODY),
        ("Ministério da Educação", "member", BODY),
    }


def test_roman_numbers_before_a_dash_and_a_coordinating_seat() -> None:
    text = (
        "O Comitê Estadual de Gestão de Enchentes é composto por representantes dos seguintes "
        "órgãos:\n"
        "I – Ministério da Educação, que o coordenará;\n"
        "II – Ministério da Saúde; e\n"
        "III – Ministério da Defesa.\n"
    )
    assert members(text) == {
        ("Ministério da Educação", "coordinator", BODY),
        ("Ministério da Educação", "member", BODY),
        ("Ministério da Saúde", "member", BODY),
        ("Ministério da Defesa", "member", BODY),
    }


def test_a_seat_of_a_name_no_rule_knows_is_kept_until_the_list_names_a_known_one() -> None:
    """A name no rule knows counts once the list names a known organisation; its own line's
    seat goes with it."""
    text = (
        "O Comitê Estadual de Gestão de Enchentes é composto por representantes dos seguintes "
        "órgãos:\n"
        "I – Casa Militar do Governo Estadual, que o presidirá;\n"
        "II – Ministério da Saúde.\n"
    )
    assert members(text) == {
        ("Casa Militar do Governo Estadual", "chair", BODY),
        ("Casa Militar do Governo Estadual", "member", BODY),
        ("Ministério da Saúde", "member", BODY),
    }


def test_capital_letters_that_are_no_roman_numeral_are_an_item_of_their_own() -> None:
    # "IVI" or "VVVV" is written as no number is: an acronym on its line, a member
    for line in ("IVI", "VVVV"):
        found = members(f"The members of the Health Cluster are:\nWHO\n{line}\nUNICEF\n")
        assert (line, "member", "Health Cluster") in found
