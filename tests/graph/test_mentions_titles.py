"""Holders and bodies named the way real plan pages and news items name them: a government
office written as a person's title ("the Alternate Minister of Interior for ..."), an agency's
office in a city, a sitting of a committee ("the 1st Steering Committee meeting"), a defined
body joined by "and" to another. Sentences written here after those constructions."""

from __future__ import annotations

from snippets import roles

from coordkg.graph.extract.mentions import _TOKEN, find_mentions
from coordkg.graph.extract.resolve import Resolver


def _named(text: str, country: str | None = None) -> list[tuple[str, str, str]]:
    """(surface, entity name, kind) of every mention, in text order."""
    return [
        (m.surface, m.entity.name, m.entity.kind) for m in find_mentions(text, Resolver(), country)
    ]


def test_a_title_of_an_office_goes_on_through_of_the_office_and_stands_for_it() -> None:
    # convention C1: the office of a government's unit is a mention of the unit
    found = _named("Its chair is the Minister Delegate of the Prime Minister's Office.")
    surface = "Minister Delegate of the Prime Minister's Office"
    assert found == [(surface, "Office of the Prime Minister", "GovernmentOffice")]


def test_a_minister_of_and_for_keeps_every_word_of_the_title() -> None:
    found = _named("The Deputy Minister of Labour for Social Protection chairs the forum.")
    name = "Deputy Minister of Labour for Social Protection"
    assert found[0] == (name, name, "Office")


def test_a_minister_alone_names_no_office() -> None:
    assert _named("The Minister said the ministers of the region agreed.") == []


def test_an_ordinal_before_a_body_is_the_sitting_not_the_name() -> None:
    found = _named("The 2nd Steering Committee meeting took place in May.")
    assert found == [("2nd Steering Committee", "Steering Committee", "Committee")]


def test_an_office_chairing_a_numbered_sitting_holds_no_role_of_the_body() -> None:
    """C12: one meeting's chair is no chair of the body (seen2's Greek steering committee)."""
    assert (
        roles(
            "On Monday the Deputy Minister of Labour for Social Protection, Ana Lind, chaired the "
            "3rd Steering Committee meeting of the partners."
        )
        == set()
    )


def test_a_question_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    found = _named("The Lakeside NGO Forum (LNF) meets monthly. What LNF wants is access.")
    assert [f[1] for f in found] == ["Lakeside NGO Forum", "Lakeside NGO Forum"]


def test_a_defined_body_ends_before_and() -> None:
    found = _named(
        "UNFPA takes part in the United Nations Disaster Management Team (UNDMT) and "
        "Shelter Task Force."
    )
    assert [f[1:] for f in found[1:]] == [
        ("United Nations Disaster Management Team", "CoordinationGroup"),
        ("Shelter Task Force", "TaskForce"),
    ]


def test_an_agency_with_the_city_of_its_office_is_the_agency() -> None:
    found = _named("WFP Turkana leads the logistics sector.", "KE")
    assert found[0] == ("WFP Turkana", "World Food Programme", "UNAgency")


def test_an_agency_and_a_city_apart_stay_two_mentions() -> None:
    found = _named("WFP in Turkana leads the logistics sector.", "KE")
    assert [f[1] for f in found][:2] == ["World Food Programme", "Turkana"]


def test_the_resident_coordinator_for_a_country_is_the_resident_coordinator() -> None:
    found = _named("The forum is chaired by the UN Resident Coordinator for Malawi.")
    assert found == [
        ("UN Resident Coordinator for Malawi", "Resident Coordinator", "Actor"),
    ]


def test_an_international_post_takes_its_place_after_any_word_of_the_posts_rule() -> None:
    # roles.toml [posts] before_place, read once for the mention and the role (convention C10):
    # "in" and "en" as "for"; the post's mention ends at its place, which is its qualifier
    for text, surface in (
        ("The forum is chaired by the UN Resident Coordinator in Malawi.", "in Malawi"),
        ("El foro es presidido por el Coordinador Residente en Honduras.", "en Honduras"),
    ):
        (post,) = find_mentions(text, Resolver())
        assert post.surface.endswith(surface), text
        assert post.qualifier is not None and post.qualifier.label == surface.split()[1]


def test_an_english_surname_with_an_apostrophe_is_one_word() -> None:
    # French elides "d'" and "l'" before a vowel or an "h" only: "D'Souza" is one word, not the
    # elided "de" before "Souza" ("Comité d'Orientation", "l'Habitat" are)
    assert _TOKEN.findall("Ms D'Souza and Mr D’Mello") == ["Ms", "D'Souza", "and", "Mr", "D’Mello"]
    assert _TOKEN.findall("Comité d'Orientation de l'Habitat") == [
        "Comité",
        "d'",
        "Orientation",
        "de",
        "l'",
        "Habitat",
    ]


def test_an_office_written_with_a_possessive_is_the_office_of() -> None:
    found = _named(
        "The Office of the Mediator signed the plan; the Mediator's office chairs the group."
    )
    assert found == [
        ("Office of the Mediator", "Office of the Mediator", "GovernmentOffice"),
        ("Mediator's office", "Office of the Mediator", "GovernmentOffice"),
    ]


def test_an_agencys_own_office_is_no_government_office() -> None:
    found = _named("UNHCR's office and the country's office reopened.")
    assert [f[1] for f in found] == ["United Nations High Commissioner for Refugees"]


def test_a_section_of_a_ministry_and_a_government_focal_point_hold_roles() -> None:
    assert roles(
        "The Nutrition Cluster is led by the Food Safety Section of the Public Health "
        "Division. The Nutrition Advisory Committee is chaired by the SUN Government Focal Point."
    ) == {
        ("Food Safety Section", "lead", "Nutrition Cluster", ""),
        ("SUN Government Focal Point", "chair", "Nutrition Advisory Committee", ""),
    }


def test_a_forums_representative_stands_for_the_forum() -> None:
    assert roles("The NGO Forum Representative is a member of the Humanitarian Country Team.") == {
        ("NGO Forum", "member", "HCT", "")
    }


def test_a_coordinator_who_will_ensure_holds_no_role() -> None:
    assert (
        roles("The NGO Forum Coordinator will ensure that the Protection Cluster reports.") == set()
    )
