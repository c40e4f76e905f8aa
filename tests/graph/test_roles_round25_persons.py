"""Round 25 (persons and seats on committees): names joined by "and" before a body's possessive
seat ("A and B are the committee's Co-Chairman"), the seat nouns in "-man", "-woman" and
"-persons" after a possessive, "A and B are represented as well." closing its sentence a seat
in the body the text is about, "among them" opening the examples of a member list's last
category, "A and B serve as co-coordinators." closing a clause a seat in the body before it,
and an office "of" a country that goes on into a longer name ("the General Director
of X Disaster Management Authority" serves the authority).  Texts written here, with invented
bodies and people, after the constructions of real pages (seen19's Nigerian committees, seen15's
Zambian country team and Lebanese shelter response, seen17's Vietnamese steering committee); rows worked out by hand."""

from __future__ import annotations

from coordkg.graph.extract.mentions import find_mentions
from coordkg.graph.extract.resolve import Resolver
from tests.graph.test_linear_reading import growth, read
from tests.graph.test_members import members


def _roles(text: str) -> set[tuple[str, str, str]]:
    return {(r.holder.name, r.role, r.body.name) for r in read(text).roles}


def test_persons_joined_before_a_possessive_seat_hold_it() -> None:
    text = (
        "Premier sets up committee on drought\n\n"
        "The committee has six months to report.\n\n"
        "Jane Okafor and Peter Mwangi are the committee's Co-Chairman, while Ann Lee serves as "
        "its treasurer.\n"
    )
    assert _roles(text) == {
        ("Jane Okafor", "co-chair", "Committee on Drought"),
        ("Peter Mwangi", "co-chair", "Committee on Drought"),
    }


def test_seat_nouns_after_a_possessive_name_the_role() -> None:
    assert _roles("The Lakeside Flood Committee met. Jane Okafor is the committee's chairman.") == {
        ("Jane Okafor", "chair", "Lakeside Flood Committee")
    }
    assert _roles(
        "The Nutrition Cluster met in May. UNICEF and WFP are the cluster's co-chairpersons."
    ) == {
        ("United Nations Children's Fund", "co-chair", "Nutrition Cluster"),
        ("World Food Programme", "co-chair", "Nutrition Cluster"),
    }


def test_a_chairman_of_no_possessive_body_holds_no_seat() -> None:
    assert _roles("Jane Okafor, a former chairman, spoke at the Lakeside Flood Committee.") == set()


def test_holders_serving_as_a_seat_closing_the_sentence_hold_it_in_the_body_before() -> None:
    text = (
        "The food response is coordinated by WFP, and FAO and the Danish Refugee Council (DRC) "
        "serve as co-coordinators."
    )
    assert _roles(text) == {
        ("World Food Programme", "coordinator", "Food Response"),
        (
            "Food and Agriculture Organization of the United Nations",
            "co-coordinator",
            "Food Response",
        ),
        ("Danish Refugee Council", "co-coordinator", "Food Response"),
    }


def test_represented_as_well_closing_its_sentence_is_a_seat_in_the_body_before() -> None:
    text = (
        "The Lakeside Relief Committee was set up in May. Among its members are the Red Cross "
        "Society of Lakeland and the Lakeland Police Service. The National Disaster Agency (NDA) "
        "and the State Disaster Agency (SDA) are represented as well.\n"
    )
    rows = _roles(text)
    assert ("National Disaster Agency", "member", "Lakeside Relief Committee") in rows
    assert ("State Disaster Agency", "member", "Lakeside Relief Committee") in rows


def test_represented_in_a_phrase_that_goes_on_is_no_seat() -> None:
    text = (
        "The Lakeside Relief Committee was set up in May. Women are represented as well as men "
        "in the National Disaster Agency (NDA)."
    )
    assert not any(r[1] == "member" for r in _roles(text))


def test_among_them_names_the_examples_of_a_category() -> None:
    text = (
        "The Country Team is made up of: 9 Resident Funds, Programmes and Agencies, 6 "
        "non-resident agencies and international financial institutions, among them the World "
        "Bank and the International Monetary Fund (IMF)."
    )
    assert members(text) == {
        ("World Bank", "member", "Country Team"),
        ("International Monetary Fund", "member", "Country Team"),
    }


def test_an_office_of_a_country_that_goes_on_serves_the_longer_name() -> None:
    text = "Members: the General Director of Cambodia Flood Management Authority and UNICEF."
    names = {m.surface: m.entity.name for m in find_mentions(text, Resolver())}
    assert (
        names["General Director of Cambodia Flood Management Authority"]
        == "Cambodia Flood Management Authority"
    )
    ministry = "The Ministry of Social Policy of Ukraine leads the group."
    assert {m.entity.name for m in find_mentions(ministry, Resolver())} >= {
        "Ministry of Social Policy of Ukraine"
    }


def test_names_before_a_possessive_seat_are_read_in_linear_time() -> None:
    def page(n: int) -> str:
        return "\n\n".join(
            [
                "The Flood Committee met. Jane Okafor and Peter Mwangi are the committee's "
                "Co-Chairman."
            ]
            * n
        )

    small, large = page(500), page(4000)
    ratio = growth(read, small, large)
    assert ratio < 24, f"8x the names took {ratio:.1f}x as long (quadratic: 64x)"


def test_a_country_after_an_office_ends_it_before_a_person_named_next() -> None:
    # round 26: a capitalised word after the country went on the name only when the words
    # after the country end in a head of their own ("... of Cambodia Flood Management
    # Authority"); a person's name after it leaves the country the office's
    text = "The Ministry of Water of Kenya Dr Jane Wanjiru opened the meeting."
    names = {m.entity.name for m in find_mentions(text, Resolver())}
    assert "Ministry of Water of Kenya" in names
