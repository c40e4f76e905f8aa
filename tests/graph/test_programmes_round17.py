"""Round 17 constructions of fund allocation stories (issue 13): a recipient pair, an amount set
off by commas before its phrase, a bare "allocated to", "roughly" before the amount received,
"a programme of" before the purpose, "caused by" inside a purpose.  Invented sentences in the
constructions of CERF press releases; titles worked out by hand after conventions C2 and C2a."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes


def test_two_recipients_with_acronyms_then_what_they_do() -> None:
    # the pair gets the money; "rebuild" is the activity itself, kept with its object (C2a)
    text = (
        "The fund released $4 million in all. Some $700,000 will go to the World Food "
        "Programme (WFP) and the United Nations Children's Fund (UNICEF) to rebuild storage "
        "depots in the east."
    )
    assert programmes(text) == {"rebuild storage depots": Decimal(700000)}


def test_an_amount_set_off_by_commas_before_will_go_to() -> None:
    text = (
        "The biggest part, about $2.5 million, will go to the World Food Programme (WFP) to "
        "feed herders who lost their animals."
    )
    assert programmes(text) == {"feed herders": Decimal(2500000)}


def test_a_bare_allocated_to_an_acronym_that_will_pay_for_two_things() -> None:
    # "pay for" only says the money pays (C2a): its objects are the title, the second "for"
    # joins them
    text = (
        "Besides, $640,000 allocated to UNICEF will pay for digging boreholes and for "
        "hygiene kits in the settlements."
    )
    assert programmes(text) == {"digging boreholes and hygiene kits": Decimal(640000)}


def test_a_bare_allocated_to_a_place_or_a_whole_names_no_programme() -> None:
    for text in (
        "About $900,000 allocated to Northern Province was spent quickly.",
        "The $1.5 million allocated to the response arrived in March.",
    ):
        assert programmes(text) == {}, text


def test_roughly_before_the_amount_a_recipient_will_receive() -> None:
    text = (
        "The World Health Organization (WHO) will receive roughly $820,000 to provide "
        "trauma care in the district hospitals."
    )
    assert programmes(text) == {"trauma care": Decimal(820000)}


def test_a_programme_of_before_the_purpose_is_dropped() -> None:
    text = (
        "The fund has given UNICEF $310,000 for a programme of school feeding and another "
        "$150,000 for child-friendly spaces."
    )
    assert programmes(text) == {
        "school feeding": Decimal(310000),
        "child-friendly spaces": Decimal(150000),
    }


def test_caused_by_goes_on_with_the_purpose_other_by_ends_it() -> None:
    text = (
        "UNICEF will receive $500,000 to help reduce diarrhoea caused by unsafe water in the "
        "camps. WHO will receive $200,000 to train nurses by the end of the year."
    )
    assert programmes(text) == {
        "reduce diarrhoea caused by unsafe water": Decimal(500000),
        "train nurses": Decimal(200000),
    }


def test_will_let_three_recipients_then_their_activity() -> None:
    # the recipients run over commas, "the", "for" and brackets up to the lower-case verb
    text = (
        "A further $950,000 from the CERF will let UNHCR, the United Nations Office for "
        "Project Services (UNOPS) and the International Organization for Migration (IOM) "
        "put up transit shelters for families arriving at the border."
    )
    assert programmes(text) == {"put up transit shelters": Decimal(950000)}


def test_will_help_a_recipient_provide_drops_the_verb_of_providing() -> None:
    # "provide" only says the money gives (C2a); "to" before the verb is read the same way
    text = (
        "Another $430,000 will help UNICEF provide water trucking for 8,000 people in the "
        "valley. Some $260,000 will allow the World Health Organization (WHO) to vaccinate "
        "children against measles in the camps."
    )
    assert programmes(text) == {
        "water trucking": Decimal(430000),
        "vaccinate children against measles": Decimal(260000),
    }


def test_will_help_people_names_no_recipient() -> None:
    text = "The $300,000 will help 2,000 farmers replant their fields."
    assert programmes(text) == {}


def test_an_appeal_cover_titles_its_target_by_the_line_with_its_code() -> None:
    # the dash and the appeal's code are cut; the target is the one programme
    text = (
        "Appeal\n\nKenya\n\n"
        "Emergency Relief to Flood-Affected Families in Tana River – KEN151\n\n"
        "Appeal Target: US$ 1,250,400\nBalance Requested: US$ 610,000\n\n"
        "The members of the alliance respond to the floods of April.\n"
    )
    assert programmes(text) == {
        "Emergency Relief to Flood-Affected Families in Tana River": Decimal(1250400)
    }


def test_an_operation_cover_titles_its_bare_total_by_the_line_under_its_heading() -> None:
    # the figures stand bare under a caption naming "United States dollars"; the cost lines
    # above the total are its parts, no programmes of their own
    text = (
        "PROTRACTED RELIEF AND RECOVERY OPERATION - NIGER PRRO 200961\n\n"
        "Food assistance and building resilience for households hit by drought in Niger\n\n"
        "Number of beneficiaries          410,000\n\n"
        "Cost (United States dollars)\n"
        "WFP food cost                    9,100,000\n"
        "WFP cash/voucher cost            3,400,000\n"
        "Total cost to WFP                18,760,500\n"
    )
    assert programmes(text) == {
        "Food assistance and building resilience for households hit by drought in Niger": (
            Decimal(18760500)
        )
    }


def test_a_cover_without_a_coded_title_or_numbered_heading_has_no_programme() -> None:
    text = "Appeal\n\nRelief to Flood-Affected Families\n\nAppeal Target: US$ 1,250,400\n"
    assert programmes(text) == {}


def test_a_further_purpose_keeps_an_activity_verb_and_drops_one_of_providing() -> None:
    # first read as a noun ("for ..."): "to help" is dropped (C2a), "to dig" is the activity
    text = (
        "The World Food Programme (WFP) will use some $900,000 for cash transfers and to help "
        "early recovery in the delta. The International Organization for Migration (IOM) will "
        "use $450,000 for emergency shelter and to dig latrines in the camps."
    )
    assert programmes(text) == {
        "cash transfers and early recovery": Decimal(900000),
        "emergency shelter and to dig latrines": Decimal(450000),
    }


def test_a_fund_that_gave_a_named_recipient_an_amount_to_hand_out_something() -> None:
    # a story of the fund's allocations: the recipient named before the amount gets it, and
    # "hand out" only says the money gives (C2a)
    text = (
        "The Central Emergency Response Fund (CERF) has allocated $3 million to three agencies. "
        "The CERF gave the World Food Programme (WFP) $1.7 million to hand out cereal rations "
        "to 80,000 people in the north."
    )
    assert programmes(text) == {"cereal rations": Decimal(1700000)}


def test_keeping_something_running_is_what_is_kept_up() -> None:
    # "keeping ... running" only says the money keeps it up (C2a "keep up"); "in the camps" cut
    text = "UNHCR will put $180,000 from the CERF towards keeping water pumps running in the camps."
    assert programmes(text) == {"water pumps": Decimal(180000)}
