"""Round 24 (member lists whose body the rules did not name): a news headline's lower-case
committee after the verb that sets it up, "Also members:" and "Among these are" for the body
named just before, a post alone before the organisation it is held in, a body's acronym with a
kind's acronym ("The IASC Kenya CT"), "Sub-TWG on Livestock" and the bare "Sub-TWG" after it,
and a long form holding another defined acronym ("the REF Taskforce (REF TF)").  Texts written
here, with invented bodies and people, after the constructions of real pages (seen19's Nigerian
committees, seen8's Kenyan country team, seen10's Cambodian sub-group, seen16's Ugandan task
force); rows worked out by hand."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from tests.graph.test_linear_reading import growth, read
from tests.graph.test_members import members


def _names(text: str) -> dict[str, str]:
    """Each mention's text -> its entity's name."""
    return {m.surface: m.entity.name for m in find_mentions(text, Resolver())}


def test_a_headline_names_the_committee_it_sets_up_and_the_committee_below_is_it() -> None:
    text = (
        "Premier sets up 20-member committee for flood relief supplies in Lakeside\n\n"
        "The committee will report in May. Also members: World Vision, UNICEF and the "
        "Kenya Red Cross.\n"
    )
    names = _names(text)
    assert names["committee for flood relief supplies"] == "Committee for Flood Relief Supplies"
    assert names["The committee"] == "Committee for Flood Relief Supplies"
    body = "Committee for Flood Relief Supplies"
    assert members(text) == {
        ("World Vision", "member", body),
        ("United Nations Children's Fund", "member", body),
        ("Kenya Red Cross", "member", body),
    }


def test_a_committee_in_a_headline_without_a_verb_that_sets_it_up_is_no_body() -> None:
    names = _names("Rain falls on committee for flood relief in Lakeside\n\nNews.\n")
    assert "committee for flood relief" not in names


def test_among_these_are_lists_the_members_of_the_body_just_named() -> None:
    text = (
        "Relief news\n\n"
        "The Lakeside Relief Committee is broadly composed, with representatives of key "
        "agencies. Among these are the Nigeria Security and Civil Defence Corps (NSCDC) and "
        "UNICEF.\n"
    )
    body = "Lakeside Relief Committee"
    assert members(text) == {
        ("Nigeria Security and Civil Defence Corps", "member", body),
        ("United Nations Children's Fund", "member", body),
    }


def test_a_post_alone_before_its_organisation_names_only_the_organisation() -> None:
    text = (
        "Relief news\n\n"
        "The Lakeside Relief Committee met. Also members: Jane Amadi, the Secretary-General, "
        "Kenya Red Cross, and UNICEF.\n"
    )
    body = "Lakeside Relief Committee"
    assert members(text) == {
        ("Jane Amadi", "member", body),
        ("Kenya Red Cross", "member", body),
        ("United Nations Children's Fund", "member", body),
    }


def test_a_body_acronym_a_country_and_ct_name_the_body_s_country_team() -> None:
    text = (
        "Drought alert\n\n"
        "The IASC Kenya CT is the main coordination body and is made up of OCHA, UNICEF and "
        "CARE.\n"
    )
    body = "Inter-Agency Standing Committee Country Team"
    assert _names(text)["IASC Kenya CT"] == body
    assert members(text) == {
        ("United Nations Office for the Coordination of Humanitarian Affairs", "member", body),
        ("United Nations Children's Fund", "member", body),
        ("CARE International", "member", body),
    }


def test_a_country_alone_before_ct_names_no_body() -> None:
    assert "Kenya CT" not in _names("News\n\nThe Kenya CT met in May.\n")


def test_a_sub_twg_named_by_its_topic_and_then_alone() -> None:
    text = (
        "Sub-TWG on Fisheries: Membership\n\n"
        "The Sub-TWG is chaired by UNDP. The members from DPs and NGOs include WFP, "
        "UNICEF and FAO.\n"
    )
    names = _names(text)
    assert names["Sub-TWG on Fisheries"] == "Sub-TWG on Fisheries"
    assert names["Sub-TWG"] == "Sub-TWG on Fisheries"
    body = "Sub-TWG on Fisheries"
    assert {r for r in members(text) if r[1] == "member"} == {
        ("World Food Programme", "member", body),
        ("United Nations Children's Fund", "member", body),
        ("Food and Agriculture Organization of the United Nations", "member", body),
    }


def test_a_long_form_holding_another_defined_acronym_is_named_with_it_written_out() -> None:
    text = (
        "News\n\nThe REF Taskforce (REF TF) serves the Refugee Engagement Forum (REF). "
        "The REF TF is co-chaired by UNHCR.\n"
    )
    names = _names(text)
    assert names["REF Taskforce (REF TF)"] == "Refugee Engagement Forum Taskforce"
    assert names["REF TF"] == "Refugee Engagement Forum Taskforce"


def test_kind_acronyms_after_bodies_and_topics_are_read_in_linear_time() -> None:
    # each "IASC Z CT" and "Sub-TWG on Z" is one match of one pattern over the text, and a
    # bare "Sub-TWG" looks up the last one named (mentions._kind_acronym_bodies and
    # _topic_acronym_bodies), not every name given before
    def page(n: int) -> str:
        return "News\n" + "".join(
            f"The IASC Kenya CT met. The Sub-TWG on Z{i} met. The Sub-TWG is chaired by UNDP.\n"
            for i in range(n)
        )

    small, large = page(500), page(4000)
    ratio = growth(read, small, large)
    assert ratio < 24, f"8x the names took {ratio:.1f}x as long (quadratic: 64x)"


def test_the_rest_are_and_its_membership_takes_in_list_posts_of_organisations() -> None:
    text = (
        "Relief news\n\n"
        "The Lakeside Relief Committee met in May. Its membership further takes in the "
        "Director-General NEMA, the Ag. Commissioner, National Commission for Refugees. "
        "The rest are the Chairman, House Committee on Relief, Mr. John Okafor, (Representing "
        "the CBN), and UNICEF.\n"
    )
    body = "Lakeside Relief Committee"
    assert members(text) == {
        ("NEMA", "member", body),
        ("National Commission for Refugees", "member", body),
        ("House Committee on Relief", "member", body),
        ("CBN", "member", body),
        ("United Nations Children's Fund", "member", body),
    }


def test_the_rest_are_after_no_list_names_no_member() -> None:
    text = (
        "Council news\n\n"
        "The council met with the Lakeside Relief Platform. The rest are Kofi Mensah, "
        "UNICEF; and Ama Owusu, WFP.\n"
    )
    assert members(text) == set()


def test_a_lower_case_technical_team_made_up_of_members_is_a_body() -> None:
    text = (
        "Outbreak news\n\n"
        "She said that a technical team made up of the Chief Medical Officer, WHO and UNICEF, "
        "has met daily. A technical team visited the district.\n"
    )
    body = "Technical Team"
    assert members(text) == {
        ("Chief Medical Officer", "member", body),
        ("World Health Organization", "member", body),
        ("United Nations Children's Fund", "member", body),
    }


def test_a_body_called_by_a_quoted_name_keeps_it_and_lists_its_members() -> None:
    text = (
        "Outbreak news\n\n"
        "The minister said a response team called 'The Cell' has been set up. The Cell, whose "
        "members are representatives of WHO, NGO partners including World Vision, and MSF, "
        "met on Monday.\n"
    )
    names = _names(text)
    assert names["The Cell"] == "The Cell"
    assert members(text) == {
        ("World Health Organization", "member", "The Cell"),
        ("World Vision", "member", "The Cell"),
        ("Médecins Sans Frontières", "member", "The Cell"),
    }


def test_a_representatives_bracket_keeps_the_acronyms_bracket() -> None:
    text = (
        "Relief news\n\n"
        "The Lakeside Relief Committee met in May. Its membership further takes in the "
        "Director-General NEMA. The rest are Mr. John Okafor, (Representing the Ministry of "
        "Health (MoH)), and UNICEF.\n"
    )
    assert ("Ministry of Health", "member", "Lakeside Relief Committee") in members(text)


def test_a_name_called_again_and_again_is_read_once_each_time_in_linear_time() -> None:
    def letter(n: int) -> str:
        return "A team called 'The Cell' was set up. The Cell met; The Cell reported.\n" * n

    found = find_mentions(letter(2), Resolver())
    assert [m.surface for m in found if m.rule == "name.called"] == ["The Cell"] * 6
    small, large = letter(500), letter(4000)
    ratio = growth(lambda text: find_mentions(text, Resolver()), small, large)
    assert ratio < 24, f"8x the names took {ratio:.1f}x as long (quadratic: 64x)"
