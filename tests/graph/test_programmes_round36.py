"""Round 36's programme shapes, in invented text.  Every expected amount and title worked out by
hand from the conventions (C2, C2a, C17)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_a_fund_approving_an_amount_reads_as_allocating_it() -> None:
    # "has approved" is the fund's act of allocating: what follows "to provide" is the
    # allocation's purpose (C2a drops "provide"; whom and where cut, C2)
    text = (
        "News\n"
        "The UN has approved a further 2.5 million USD from the Central Emergency Response "
        "Fund (CERF) to provide shelter kits to flood victims in Ruritania.\n"
    )
    assert programmes(text) == {"shelter kits": Decimal(2500000)}


def test_an_approval_told_as_past_before_the_news_is_no_programme() -> None:
    # "had approved" is money approved before the news, as "had allocated"
    text = (
        "News\n"
        "The UN had approved 2.5 million USD from the Central Emergency Response Fund (CERF) "
        "to provide shelter kits to flood victims in Ruritania.\n"
    )
    assert programmes(text) == {}


def test_an_approved_whole_split_per_agency_gives_the_shares_only() -> None:
    # as an allocated whole: where the page gives each agency's share with its purpose, the
    # shares are the programmes, the approved whole is not (C17)
    text = (
        "News\n"
        "The Emergency Relief Coordinator approved $3 million from the Central Emergency "
        "Response Fund (CERF) to provide emergency food.\n"
        "Of this, $2 million went to the World Food Programme (WFP) for food rations and "
        "$1 million to the UN Children's Fund (UNICEF) for therapeutic food.\n"
    )
    assert programmes(text) == {
        "food rations": Decimal(2000000),
        "therapeutic food": Decimal(1000000),
    }


def test_amounts_one_to_a_bullet_list_as_one_sentence_would() -> None:
    # two bullets each opening with an amount and "for" list two amounts, as "$120,000 for
    # water filters and $25,000 for ..." in one sentence does; a lone such bullet further
    # down, after a line of its own, lists nothing (a passing mention)
    text = (
        "News\n"
        "The grant is shared out as follows:\n"
        "• $120,000 for water filters.\n"
        "• $25,000 for hygiene supplies and water pumping.\n"
        "\n"
        "In another district:\n"
        "• $40,000 for seeds.\n"
    )
    assert programmes(text) == {
        "water filters": Decimal(120000),
        "hygiene supplies and water pumping": Decimal(25000),
    }


def test_a_lone_amount_bullet_with_a_bare_for_is_no_programme() -> None:
    text = "News\nHighlights:\n• $40,000 for seeds.\n• Schools reopened in May.\n"
    assert programmes(text) == {}


def test_a_verb_of_providing_after_an_allocating_phrase_ending_in_to_is_dropped() -> None:
    # "was allocated to support <what>" says what the money does, as after a bare "to":
    # the verb of providing is dropped (C2a), and "relief operations" qualified by
    # "immediate" is a part, not the whole
    assert programmes("News\n$100,000 was allocated to support food distributions.\n") == {
        "food distributions": Decimal(100000)
    }
    assert programmes("News\n$100,000 will go to support immediate relief operations.\n") == {
        "immediate relief operations": Decimal(100000)
    }


def test_money_made_available_from_a_fund_to_respond_stays_the_whole() -> None:
    # "made available ... to" only says where money went ([allocated] recipient_only): the
    # fund's whole for the crisis, no programme
    text = "News\nAlmost $38 million was made available from the CERF to respond to the famine.\n"
    assert programmes(text) == {}


def test_one_recipient_to_a_line_lists_the_areas_as_one_line_would() -> None:
    # "(WRA): Food [USD 2 million]" over "(CAO): Education, Health [USD 1 million]": each
    # line one item of the list of allocations by recipient, the areas the programmes as
    # written (C2: the recipient cut)
    text = (
        "Release\n"
        "Areas of assistance and amounts\n"
        "World Relief Agency (WRA): Food [USD 2 million]\n"
        "Children Aid Office (CAO): Education, Health [USD 1 million]\n"
    )
    assert programmes(text) == {"Food": Decimal(2000000), "Education, Health": Decimal(1000000)}


def test_one_recipient_item_on_a_line_alone_lists_nothing() -> None:
    text = (
        "Release\n"
        "Areas of assistance and amounts\n"
        "World Relief Agency (WRA): Food [USD 2 million]\n"
        "\n"
        "The agency thanked donors.\n"
    )
    assert programmes(text) == {}


def test_a_title_goes_on_into_the_sectors_after_in() -> None:
    # "in logistics, shelter and emergency health" names the sectors the operations work in,
    # part of the title; "in flood-hit Ruritania" is where, cut (C2); "kick-start" dropped
    # (C2a)
    text = (
        "News\n"
        "$3 million has been allocated from the CERF to kick-start vital operations in "
        "logistics, shelter and emergency health in flood-hit Ruritania.\n"
    )
    assert programmes(text) == {
        "vital operations in logistics, shelter and emergency health": Decimal(3000000)
    }


def test_in_before_other_lower_case_words_still_ends_the_title() -> None:
    text = "News\n$1 million will go to support relief operations in northern districts.\n"
    assert programmes(text) == {"relief operations": Decimal(1000000)}
