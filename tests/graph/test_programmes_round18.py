"""Round 18 constructions of fund stories and appeals (issue 13): a verb of providing whose only
object is whom it serves (C2b), an agency's share with no purpose ("<fund> allocation to
<agency>", C2), an amount written in words, money "used by" a named agency, a purpose that
refers back, an ask followed by "to <verb>", and a cover naming the operation by its number.
Invented sentences in those constructions; titles worked out by hand after C2, C2a and C2b."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes

from coordkg.graph.extract.programmes_phrases import prose_rules

_FUND = "The Central Emergency Response Fund (CERF) has approved $4 million in funding. "


def test_a_verb_of_providing_whose_object_is_only_whom_stays_c2b() -> None:
    # "help" only says the money gives, but its object is whom: the verb stays; "hit by" and
    # the place are cut
    text = (
        "The World Health Organization (WHO) will receive $610,000 to support fishing "
        "communities hit by the storm. About $275,000 went to the International Organization "
        "for Migration (IOM) to help displaced families in the hills."
    )
    assert programmes(text) == {
        "support fishing communities": Decimal(610000),
        "help displaced families": Decimal(275000),
    }


def test_a_verb_of_providing_with_a_thing_as_object_is_still_dropped() -> None:
    text = "UNICEF will receive $300,000 to provide school kits to children in the camps."
    assert programmes(text) == {"school kits": Decimal(300000)}


def test_a_recipient_of_a_fund_given_money_only_for_whom_is_the_funds_allocation() -> None:
    # no purpose, only whom: C2's "<fund> allocation to <agency>", by the acronym the
    # subject is written with
    text = _FUND + (
        "The World Food Programme (WFP) received $1.3 million for storm-affected households "
        "in the delta. UNICEF received $400,000 for emergency education."
    )
    assert programmes(text) == {
        "CERF allocation to WFP": Decimal(1300000),
        "emergency education": Decimal(400000),
    }


def test_without_a_fund_a_recipient_given_money_for_whom_is_no_programme() -> None:
    text = "The World Food Programme (WFP) received $1.3 million for storm-affected households."
    assert programmes(text) == {}


def test_agencies_shares_set_off_by_dashes_in_a_fund_story() -> None:
    text = _FUND + (
        "The money goes through two agencies (UNFPA - $250,000 and WHO – $600,000) in the north."
    )
    assert programmes(text) == {
        "CERF allocation to UNFPA": Decimal(250000),
        "CERF allocation to WHO": Decimal(600000),
    }


def test_an_amount_in_words_used_by_a_named_agency() -> None:
    # "Three million dollars" is money; "will be used by" names the user, then its purpose;
    # "the same purpose" refers back and names none
    text = (
        "Three million dollars will be used by UNHCR to provide shelter repairs for returnees "
        "in the valley and another $1 million will be used for the same purpose in the south."
    )
    assert programmes(text) == {"shelter repairs": Decimal(3000000)}


def test_money_used_by_someone_with_no_purpose_after_it_is_no_programme() -> None:
    text = "About $2 million will be used by the ministry for its own running costs."
    assert programmes(text) == {}


def test_an_ask_followed_by_what_it_is_to_do() -> None:
    # beside the appeal's whole ask, the agency's ask "to meet emergency needs" is its
    # programme (the verb is the activity, C2a); the plan's own ask stays the whole
    text = (
        "The flash appeal asks for USD 20 million to reach 40,000 people. As shelter lead, "
        "IOM is appealing for USD 1.4 million to meet emergency needs in the first months."
    )
    assert programmes(text) == {"meet emergency needs": Decimal(1400000)}


def test_a_cover_line_naming_the_operation_by_its_number() -> None:
    # the page number before it and the quoted tag after it are cut
    text = (
        '2 Republic of Erewhon Emergency Operation Number 201234 "Food for flood-hit families"\n'
        "Number of beneficiaries    120,000\n"
        "Cost (United States dollars)\n"
        "WFP food cost    US$5,100,000\n"
        "Total cost to WFP    US$7,350,200\n"
    )
    assert programmes(text) == {
        "Republic of Erewhon Emergency Operation Number 201234": Decimal(7350200)
    }


def test_a_fund_named_by_its_acronym_alone_makes_a_story_of_its_allocations() -> None:
    # "from the CERF" names the fund; "got", "used" and "was also given" then receive from it;
    # "of CERF funding" is where the money comes from, "and run" a further verb of providing
    text = (
        "Nearly $20 million was made available from the CERF in May. UNICEF got $3 million "
        "to provide therapeutic food to 40,000 children. WHO used $900,000 of CERF funding to "
        "provide mobile clinics and run vaccination campaigns in the camps. WFP was also given "
        "$500,000 to open a logistics hub in the port."
    )
    assert programmes(text) == {
        "therapeutic food": Decimal(3000000),
        "mobile clinics and vaccination campaigns": Decimal(900000),
        "open a logistics hub": Decimal(500000),
    }


def test_a_share_whose_purpose_follows_unread_is_no_funds_allocation() -> None:
    # "to make sure ..." says what the share is for, in words no title is read from: neither
    # a purpose nor "CERF allocation to UNICEF"
    text = (
        "Nearly $20 million was made available from the CERF in May. Another $2 million went "
        "to UNICEF to make sure 5,000 pupils get school meals."
    )
    assert programmes(text) == {}


def test_a_verb_then_a_count_of_whom_it_serves_keeps_the_verb_and_whom() -> None:
    # the count is cut with "almost"; whom is all the object says, so the verb stays (C2,
    # C2b); a count of goods is what is moved, kept with its unit as written
    text = (
        "Nearly $20 million was made available from the CERF in May. Another $2 million went "
        "to UNICEF to treat almost 70,000 malnourished children in the south. The Food and "
        "Agriculture Organization (FAO) has been allocated $800,000 to help 9,000 farmers and "
        "2,500 breeders hit by drought. WFP got $3 million to move 4,000 tonnes of food."
    )
    assert programmes(text) == {
        "treat malnourished children": Decimal(2000000),
        "help farmers and breeders": Decimal(800000),
        "move 4,000 tonnes of food": Decimal(3000000),
    }


def test_a_purpose_going_on_by_a_gerund_is_not_cut_to_its_first_words() -> None:
    # "by distributing seeds ..." says how, part of the purpose (C2): read only up to "by" it
    # would be a wrong title; since round 25 the means is read with it, whom cut ("to farmers")
    text = (
        "Nearly $20 million was made available from the CERF in May. FAO got $6 million to "
        "improve food availability by distributing seeds to farmers."
    )
    assert programmes(text) == {"food availability by distributing seeds": Decimal(6000000)}


def test_a_means_ends_where_its_object_ends_though_its_verb_was_dropped() -> None:
    # round 26: "providing" is dropped from the means' title ("by seed kits"), yet the means
    # ends after "seed kits" in the text, not as many characters after "by" as the title has
    text = "food availability by providing seed kits to farmers in the valley"
    how, end = prose_rules()._by_doing(text, len("food availability"), len(text))
    assert (how, text[:end]) == ("by seed kits", "food availability by providing seed kits")
