"""Bodies named the way real pages name them: in Spanish, head first; a group named by what
follows its head; a standing meeting written capitalised; "taskforce" in one word; the Red Cross
and Red Crescent Movement as one member.  Sentences written here after those pages."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str) -> list[tuple[str, str, str]]:
    """(surface, entity name, kind) of every mention, in text order."""
    return [(m.surface, m.entity.name, m.entity.kind) for m in find_mentions(text, Resolver())]


def test_a_spanish_body_goes_on_through_para_y_and_sobre() -> None:
    found = _named(
        "The Grupo de Trabajo para Refugiados y Migrantes meets; the Mesa de Trabajo sobre "
        "Vivienda y Hábitat reports to it."
    )
    assert found == [
        (
            "Grupo de Trabajo para Refugiados y Migrantes",
            "Grupo de Trabajo para Refugiados y Migrantes",
            "WorkingGroup",
        ),
        (
            "Mesa de Trabajo sobre Vivienda y Hábitat",
            "Mesa de Trabajo sobre Vivienda y Hábitat",
            "WorkingGroup",
        ),
    ]


def test_a_body_acronym_defined_after_or_names_the_body_later() -> None:
    found = _named(
        "The mechanism (the Grupo de Trabajo para Refugiados y Migrantes, or GTRM after its "
        "Spanish acronym) was set up in 2018. UNHCR and IOM co-lead the GTRM."
    )
    gtrm = [f for f in found if f[1].startswith("Grupo")]
    assert [f[0] for f in gtrm] == [
        "Grupo de Trabajo para Refugiados y Migrantes, or GTRM",
        "GTRM",
    ]


def test_a_group_named_by_what_follows_its_head_is_a_body_not_an_ngo() -> None:
    found = _named("The Technical Group for Early Warning Action is led by WFP.")
    assert found[0] == (
        "Technical Group for Early Warning Action",
        "Technical Group for Early Warning Action",
        "WorkingGroup",
    )


def test_a_sector_group_and_a_taskforce_are_bodies() -> None:
    found = _named(
        "UNICEF leads the Nutrition in Emergencies Sector Group and the Returns Taskforce."
    )
    assert [f[1:] for f in found[1:]] == [
        ("Nutrition in Emergencies Sector Group", "WorkingGroup"),
        ("Returns Taskforce", "TaskForce"),
    ]


def test_a_capitalised_meeting_is_a_body_a_lower_case_one_a_sitting() -> None:
    found = _named(
        "The Inter-Sector Coordination Meeting is chaired by OCHA. The Protection Cluster meeting "
        "was held in May; meeting minutes follow."
    )
    assert [f[1:] for f in found] == [
        ("Inter-Sector Coordination Meeting", "CoordinationGroup"),
        ("United Nations Office for the Coordination of Humanitarian Affairs", "UNAgency"),
        ("Protection Cluster", "Cluster"),
    ]


def test_the_red_cross_movement_is_one_member_however_written() -> None:
    found = _named(
        "Its members come from the UN, NGOs and the Red Cross/Red Crescent Movement; the Red "
        "Cross movement and the Kenya Red Cross Society also attend."
    )
    movement = "International Red Cross and Red Crescent Movement"
    assert [f[1] for f in found] == [movement, movement, "Kenya Red Cross Society"]


def test_a_board_is_a_body_with_a_chair_but_on_board_is_no_name() -> None:
    found = _named(
        "The Somali Relief Fund (SRF) Advisory Board met; the SRF Advisory Board is chaired by "
        "the Humanitarian Coordinator. Experts came on board in May."
    )
    boards = [f for f in found if f[2] == "Committee"]
    assert [f[0] for f in boards] == [
        "Somali Relief Fund (SRF) Advisory Board",
        "SRF Advisory Board",
    ]
    assert {f[1] for f in boards} == {"Somali Relief Fund Advisory Board"}


def test_a_steering_group_is_a_body_and_a_number_of_counties_no_place() -> None:
    found = _named(
        "County Steering Groups (CSGs) exist in Twenty-three counties; the CSGs are chaired by "
        "the County Commissioner."
    )
    assert [f[1:] for f in found] == [
        ("County Steering Group", "CoordinationGroup"),
        ("County Steering Group", "CoordinationGroup"),
        ("County Commissioner", "Office"),
    ]


HEADED = """Sectors

- Protection Sector led by UNHCR
- Water, Sanitation and Hygiene (WASH) led by UNICEF
- Lead: UNHCR

Members of the sectors

- Lakeside Friends works in the camps

### Working Groups

- Cash led by WFP
"""


def test_a_bullet_under_a_heading_of_bodies_names_one_of_them() -> None:
    found = _named(HEADED)
    assert ("Water, Sanitation and Hygiene Sector", "Cluster") in [f[1:] for f in found]
    assert [f[1] for f in found if f[2] in ("Cluster", "WorkingGroup")] == [
        "Protection Sector",
        "Water, Sanitation and Hygiene Sector",
        "Cash Working Group",
    ]
    assert "Lakeside Friends" not in " ".join(f[1] for f in found)


def test_a_response_plan_is_a_plan() -> None:
    found = _named("UNHCR and IOM lead the Burundi Regional Refugee Response Plan.")
    assert found[-1][1:] == ("Burundi Regional Refugee Response Plan", "InterAgencyPlan")


def test_a_romance_body_runs_on_over_its_purpose_after_an_article() -> None:
    """A body's purpose after "para la", "pour le", "para o", "para a" is part of its name,
    the article after the Romance "for" included (seen21, seen22, seen25, seen28 name bodies so)."""
    named = [
        _named(text)[0][1]
        for text in (
            "La Mesa Técnica para la Gestión de Albergues sesionó ayer.",
            "Le Comité National pour le Suivi des Inondations a siégé hier.",
            "A Comissão Nacional para o Desenvolvimento Rural reuniu-se ontem.",
            "A Comissão Provincial para a Protecção Civil reuniu-se ontem.",
        )
    ]
    assert named == [
        "Mesa Técnica para la Gestión de Albergues",
        "Comité National pour le Suivi des Inondations",
        "Comissão Nacional para o Desenvolvimento Rural",
        "Comissão Provincial para a Protecção Civil",
    ]


def test_a_romance_or_between_capitalised_words_stays_in_the_name() -> None:
    found = _named("El Comité Estatal para Emergencias Sanitarias o Climáticas sesiona hoy.")
    assert found[0][1] == "Comité Estatal para Emergencias Sanitarias o Climáticas"


def test_a_place_after_en_ends_a_romance_body_name() -> None:
    """C17: "en <place>" after a body's name places the body; no word of its name."""
    found = _named("La Mesa Nacional para la Atención de Víctimas en Guatemala se reunió.")
    assert found[0][1] == "Mesa Nacional para la Atención de Víctimas"


def test_a_romance_or_before_a_name_of_its_own_ends_the_first_name() -> None:
    # "o Grupo de Trabajo", "ou Comité de Suivi": a second body's head after the "or"
    assert _named("La Mesa Nacional de Coordinación o Grupo de Trabajo sesionó ayer.")[0][1] == (
        "Mesa Nacional de Coordinación"
    )
    assert _named("Le Comité National de Crise ou Comité de Suivi a siégé hier.")[0][1] == (
        "Comité National de Crise"
    )
