"""A programme named before the verb that asks for its amount ("Protection requires USD 12
million", "... requiring US$150.5 million", "the health response, at a cost of $40.3
million"), and amounts whose verb says what they provide.  Actors, the whole appeal, people,
received and pledged money give no programme.  Invented sentences in the constructions of
real appeal news; figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes, read


def rules(text: str) -> set[str]:
    return {b.evidence.rule for b in read(text).blocks if b.kind == "programme"}


def test_a_programme_named_before_its_verb_in_three_wordings() -> None:
    text = (
        "Drought appeal for the river valley\n"
        "Emergency shelter for about 40,000 displaced families comes first, requiring "
        "US$18.2 million.\n"
        "The health response, at a cost of $7.5 million, will run mobile clinics.\n"
        "Protection requires USD 2 million, while water, sanitation and hygiene needs "
        "some USD 4.25 million.\n"
    )
    assert programmes(text) == {
        "Emergency shelter": Decimal(18200000),
        "health": Decimal(7500000),
        "Protection": Decimal(2000000),
        "water, sanitation and hygiene": Decimal(4250000),
    }
    assert rules(text) == {"figures.programme.named"}


def test_actors_the_whole_appeal_and_other_money_name_no_programme() -> None:
    text = (
        "Drought appeal for the river valley\n"
        "Aid agencies working in the three districts say they need US$40 million.\n"
        "UNICEF requires $6 million for its own part.\n"
        "The immediate response requires US$12 million over three months.\n"
        "The plan, at a cost of $40 million, runs to December.\n"
        "So far $9 million has been received, leaving a gap of $31 million; donors pledged "
        "$3 million more and the appeal is 22 per cent funded.\n"
    )
    assert programmes(text) == {}


def test_an_amount_whose_verb_says_what_it_provides() -> None:
    text = (
        "Launch of the lake basin plan\n"
        "Of the total, $90 million would target children under five. Another $210 million "
        "would provide food assistance and livelihood support, and $12 million would support "
        "education for children out of school.\n"
    )
    assert programmes(text) == {
        "food assistance and livelihood support": Decimal(210000000),
        "education": Decimal(12000000),
    }


def test_the_clause_is_read_no_further_back_than_the_look_back() -> None:
    padding = "word " * 60
    text = f"Appeal\nHealth {padding}requires US$5 million.\n"
    assert programmes(text) == {}


def test_the_name_ends_where_its_clause_says_what_happens_to_it() -> None:
    text = (
        "Monsoon appeal\n"
        "Clean water is expected to reach four million people at risk of disease, which will "
        "require 60.5 million U.S. dollars.\n"
    )
    assert programmes(text) == {"Clean water": Decimal(60500000)}


def test_an_amount_for_a_programme_named_by_its_acronym() -> None:
    text = (
        "# Minister names board for a school meals scheme\n\n"
        "The Minister named a board to run the National School Meals Programme (NSMP) from "
        "June.\n\n"
        "Parliament was asked to move US$ 14 million from the road budget for NSMP, which "
        "the World Food Programme will carry out.\n"
    )
    # the long form found before "(NSMP)" runs back to "board"; the name is its capitals
    assert programmes(text) == {"National School Meals Programme": Decimal(14000000)}
    assert rules(text) == {"figures.programme.project"}


def test_an_amount_for_a_programme_named_in_capitals() -> None:
    text = (
        "# Grants approved\n\n"
        "The Bank approved $40 million for the Rural Water Supply Project to reach 90 villages.\n"
    )
    assert programmes(text) == {"Rural Water Supply Project": Decimal(40000000)}


def test_an_amount_for_an_agency_or_a_lone_head_word_is_no_programme() -> None:
    text = (
        "# Grants approved\n\n"
        "The donor gave $12 million for the Project.\n\n"
        "It also gave $5 million for the World Food Programme.\n"
    )
    # "Project" alone names nothing; "World Food Programme" is an agency the resolver knows
    assert programmes(text) == {}
