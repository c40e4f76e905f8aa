"""Round 33 (h-romance): composition clauses of Spanish, Portuguese and French decrees and news
-- a body that "has the following composition" before its numbered list, a body that "has as
members" the offices after it, a distributive subject ("Cada una de las Comisiones ..."), Spanish
"of the" repeated before each item, the ombudsman's office, a police command and a coordination
centre named head first -- and the Romance membership verbs read from one list; with the review's
Spanish lists repeating their "a"/"al" before each member (h-mendB).  Sentences written for these
tests, with invented bodies; rows worked out by hand."""

from __future__ import annotations

import pytest
from snippets import roles

# each text, the body it names and the members of it the text names (worked out by hand)
_MEMBERS = [
    # "terá a seguinte composição" with an aside before its colon: each numbered line a member
    pytest.param(
        "O Comitê Gestor de Acolhimento Humanitário terá a seguinte composição, com um "
        "representante de cada um dos órgãos a seguir:\n"
        "I - Secretaria de Gestão Estratégica e Participativa;\n"
        "II - Secretaria-Executiva; e\n"
        "III - Secretaria Especial de Saúde Indígena.\n",
        "Comitê Gestor de Acolhimento Humanitário",
        [
            "Secretaria de Gestão Estratégica e Participativa",
            "Secretaria-Executiva",
            "Secretaria Especial de Saúde Indígena",
        ],
        id="the following composition opens the numbered list below",
    ),
    # the Spanish "tendrá la siguiente composición", the ombudsman's office among the lines
    pytest.param(
        "Artículo 4. La Comisión Nacional de Alerta Temprana tendrá la siguiente composición:\n"
        "a) el Ministerio de Defensa;\n"
        "b) el Ministerio de Salud;\n"
        "c) la Defensoría del Pueblo.\n",
        "Comisión Nacional de Alerta Temprana",
        ["Ministerio de Defensa", "Ministerio de Salud", "Defensoría del Pueblo"],
        id="the spanish following composition, the ombudsman's office",
    ),
    # "Cada una de las X tendrá como integrantes a un representante ... de A, del B y del C": the
    # distributive subject is the bodies themselves, "del" repeated before each item
    pytest.param(
        "Cada una de las Comisiones Provinciales de Emergencia tendrá como integrantes a un "
        "representante titular y uno suplente de la Jefatura de Policía Provincial, del "
        "Ministerio de Defensa y del Centro Coordinador de Emergencias Provinciales (CECOEP).\n",
        "Comisiones Provinciales de Emergencia",
        ["Jefatura de Policía Provincial", "Ministerio de Defensa", "CECOEP"],
        id="a distributive subject having as members the offices after it",
    ),
    # French "a pour membres"
    pytest.param(
        "Le Comité Régional de Gestion des Crises a pour membres le Ministère de la Santé, le "
        "Ministère de l'Intérieur et la Croix-Rouge Malienne.\n",
        "Comité Régional de Gestion des Crises",
        ["Ministère de la Santé", "Ministère de l'Intérieur", "Croix-Rouge Malienne"],
        id="the french has as members",
    ),
    # the Romance membership verbs from one list: "además" is Spanish for "also" between the
    # pronoun's verb and its members
    pytest.param(
        "La Mesa Regional de Movilidad Humana fue instalada en marzo. La integran además el "
        "Ministerio de Salud y el Ministerio del Interior.\n",
        "Mesa Regional de Movilidad Humana",
        ["Ministerio de Salud", "Ministerio del Interior"],
        id="a pronoun's membership verb, then also",
    ),
    # the relative clause with a verb of the same list
    pytest.param(
        "El plan fue presentado por la Mesa Regional de Movilidad Humana, que conforman el "
        "Ministerio de Salud y la Defensoría del Pueblo.\n",
        "Mesa Regional de Movilidad Humana",
        ["Ministerio de Salud", "Defensoría del Pueblo"],
        id="a relative clause's membership verb",
    ),
    # the Portuguese body that "integra a" its member keeps it (Spanish reads no members there:
    # test_the_portuguese_takes_in_verb_not_read_in_spanish)
    pytest.param(
        "A Comissão Estadual de Defesa Civil foi criada em maio. A comissão integra a "
        "Secretaria de Saúde e a Secretaria de Educação.\n",
        "Comissão Estadual de Defesa Civil",
        ["Secretaria de Saúde", "Secretaria de Educação"],
        id="the portuguese body that takes in its members",
    ),
    # "tendrá como integrantes al A, al B y a la C": each "al"/"a la" opens a member
    pytest.param(
        "La Comisión Departamental de Riesgos tendrá como integrantes al Ministerio de Vivienda, "
        "al Ministerio de Transporte y a la Cruz Roja Andina.\n",
        "Comisión Departamental de Riesgos",
        ["Ministerio de Vivienda", "Ministerio de Transporte", "Cruz Roja Andina"],
        id="a spanish list repeating its a before each member",
    ),
    # "representantes del A y del B" (a guard: the bare noun now after the longer phrases)
    pytest.param(
        "La Comisión Municipal de Albergues tendrá como miembros a representantes del Ministerio "
        "de Obras Públicas y del Ministerio de Energía.\n",
        "Comisión Municipal de Albergues",
        ["Ministerio de Obras Públicas", "Ministerio de Energía"],
        id="representatives of each member, de repeated",
    ),
]


@pytest.mark.parametrize(("text", "body", "holders"), _MEMBERS)
def test_the_members_a_romance_clause_names(text: str, body: str, holders: list[str]) -> None:
    assert roles(text) == {(h, "member", body, "") for h in holders}


def test_the_portuguese_takes_in_verb_not_read_in_spanish() -> None:
    # Spanish "integra a los ...": the object's "a" before an article of its own, no members
    text = (
        "La Mesa Regional de Movilidad Humana presentó su plan. El plan integra a los "
        "municipios y a la Defensoría del Pueblo.\n"
    )
    assert roles(text) == set()
