"""Round 33 (h-romance): composition clauses of Spanish, Portuguese and French decrees and news
-- a body that "has the following composition" before its numbered list, a body that "has as
members" the offices after it, a distributive subject ("Cada una de las Comisiones ..."), Spanish
"of the" repeated before each item, the ombudsman's office, a police command and a coordination
centre named head first -- and the Romance membership verbs read from one list.  Sentences
written for these tests, with invented bodies; rows worked out by hand."""

from __future__ import annotations

from snippets import roles


def test_the_following_composition_opens_the_numbered_list_below() -> None:
    # "terá a seguinte composição" with an aside before its colon: each numbered line a member
    body = "Comitê Gestor de Acolhimento Humanitário"
    text = (
        f"O {body} terá a seguinte composição, com um representante de cada um dos órgãos a "
        "seguir:\n"
        "I - Secretaria de Gestão Estratégica e Participativa;\n"
        "II - Secretaria-Executiva; e\n"
        "III - Secretaria Especial de Saúde Indígena.\n"
    )
    assert roles(text) == {
        ("Secretaria de Gestão Estratégica e Participativa", "member", body, ""),
        ("Secretaria-Executiva", "member", body, ""),
        ("Secretaria Especial de Saúde Indígena", "member", body, ""),
    }
    # the Spanish "tendrá la siguiente composición", the ombudsman's office among the lines
    body = "Comisión Nacional de Alerta Temprana"
    text = (
        f"Artículo 4. La {body} tendrá la siguiente composición:\n"
        "a) el Ministerio de Defensa;\n"
        "b) el Ministerio de Salud;\n"
        "c) la Defensoría del Pueblo.\n"
    )
    assert roles(text) == {
        ("Ministerio de Defensa", "member", body, ""),
        ("Ministerio de Salud", "member", body, ""),
        ("Defensoría del Pueblo", "member", body, ""),
    }


def test_a_body_having_as_members_the_offices_after_it() -> None:
    # "Cada una de las X tendrá como integrantes a un representante ... de A, del B y del C": the
    # distributive subject is the bodies themselves, "del" repeated before each item
    body = "Comisiones Provinciales de Emergencia"
    text = (
        f"Cada una de las {body} tendrá como integrantes a un representante titular y uno "
        "suplente de la Jefatura de Policía Provincial, del Ministerio de Defensa y del Centro "
        "Coordinador de Emergencias Provinciales (CECOEP).\n"
    )
    assert roles(text) == {
        ("Jefatura de Policía Provincial", "member", body, ""),
        ("Ministerio de Defensa", "member", body, ""),
        ("CECOEP", "member", body, ""),
    }
    # French "a pour membres"
    body = "Comité Régional de Gestion des Crises"
    text = (
        f"Le {body} a pour membres le Ministère de la Santé, le Ministère de l'Intérieur et la "
        "Croix-Rouge Malienne.\n"
    )
    assert roles(text) == {
        ("Ministère de la Santé", "member", body, ""),
        ("Ministère de l'Intérieur", "member", body, ""),
        ("Croix-Rouge Malienne", "member", body, ""),
    }


def test_the_romance_membership_verbs_from_one_list() -> None:
    body = "Mesa Regional de Movilidad Humana"
    # "además" is Spanish for "also" between the pronoun's verb and its members
    text = (
        f"La {body} fue instalada en marzo. La integran además el Ministerio de Salud y el "
        "Ministerio del Interior.\n"
    )
    assert roles(text) == {
        ("Ministerio de Salud", "member", body, ""),
        ("Ministerio del Interior", "member", body, ""),
    }
    # the relative clause with a verb of the same list
    text = (
        f"El plan fue presentado por la {body}, que conforman el Ministerio de Salud y la "
        "Defensoría del Pueblo.\n"
    )
    assert roles(text) == {
        ("Ministerio de Salud", "member", body, ""),
        ("Defensoría del Pueblo", "member", body, ""),
    }


def test_the_portuguese_takes_in_verb_not_read_in_spanish() -> None:
    # Spanish "integra a los ...": the object's "a" before an article of its own, no members
    text = (
        "La Mesa Regional de Movilidad Humana presentó su plan. El plan integra a los "
        "municipios y a la Defensoría del Pueblo.\n"
    )
    assert roles(text) == set()
    # the Portuguese body that "integra a" its member keeps it
    text = (
        "A Comissão Estadual de Defesa Civil foi criada em maio. A comissão integra a "
        "Secretaria de Saúde e a Secretaria de Educação.\n"
    )
    assert roles(text) == {
        ("Secretaria de Saúde", "member", "Comissão Estadual de Defesa Civil", ""),
        ("Secretaria de Educação", "member", "Comissão Estadual de Defesa Civil", ""),
    }
