"""Round 24's programme shapes of a fund's story, in invented sentences: an allocation tied to
its purpose by "so as to", "in order to", "which is to", "with which to", "so that it can";
a share fronted "Out of its $X share," or "With $X allocated to it,"; a fronted "To <verb>
this ..." that refers back to the story's whole.  Every expected title and amount worked out by
hand (C2, C2a, C13)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes

FUND = "Drought\nThe Central Emergency Response Fund (CERF) has allocated $5 million to agencies.\n"


def test_so_as_to_after_money_allocated() -> None:
    # "so as to" is a bare "to": the verb that is the activity stays with its object (C2)
    text = (
        f"{FUND}The World Health Organization (WHO) was allocated some $380,000 so as to "
        "contain outbreaks of measles in the camps.\n"
    )
    assert programmes(text) == {"contain outbreaks of measles": Decimal(380000)}


def test_in_order_to_after_money_spent() -> None:
    # "provide" after "in order to" is dropped (C2a), whom is cut (C2)
    text = (
        f"{FUND}The Food and Agriculture Organization (FAO) will spend $240,000 in order to "
        "provide seeds and tools to 3,000 farming families.\n"
    )
    assert programmes(text) == {"seeds and tools": Decimal(240000)}


def test_a_recipient_which_is_to_do_something() -> None:
    # "went to <agency>, which is to provide <what>": the purpose, not the fund's share
    text = (
        f"{FUND}About $610,000 went to the World Food Programme (WFP), which is to provide "
        "food rations to displaced families.\n"
    )
    assert programmes(text) == {"food rations": Decimal(610000)}


def test_money_received_by_an_agency_so_that_it_can() -> None:
    # "was received by" names the receiver; "so that it can provide" is read as "to provide"
    text = (
        f"{FUND}$290,000 was received by the United Nations Children's Fund (UNICEF) so that "
        "it can provide hygiene kits to the families affected.\n"
    )
    assert programmes(text) == {"hygiene kits": Decimal(290000)}


def test_received_with_which_to() -> None:
    text = (
        f"{FUND}The United Nations Population Fund (UNFPA) received $150,000, with which to "
        "provide delivery kits to pregnant women.\n"
    )
    assert programmes(text) == {"delivery kits": Decimal(150000)}


def test_a_share_fronted_out_of_its() -> None:
    # "Out of its $X share, <agency> is to <verb>": the recipient's clause says what it pays for
    text = (
        f"{FUND}Out of its $420,000 share, the United Nations Children's Fund (UNICEF) is to "
        "provide water purification tablets.\n"
    )
    assert programmes(text) == {"water purification tablets": Decimal(420000)}


def test_a_share_fronted_with_its_amount_allocated_to_it() -> None:
    text = (
        f"{FUND}With $175,000 allocated to it, the International Organization for Migration "
        "(IOM) is to distribute shelter kits.\n"
    )
    assert programmes(text) == {"distribute shelter kits": Decimal(175000)}


def test_a_fronted_purpose_that_refers_back_is_the_whole() -> None:
    # "To meet this worsening crisis, CERF made a grant totalling $X, shared among ...": the
    # story's whole, no programme; the shares after it are
    text = (
        "Drought\nTo meet this worsening crisis, the Central Emergency Response Fund (CERF) made "
        "a rapid response grant totalling US$1,200,000, shared among two UN agencies.\n"
        "The World Food Programme (WFP) was given $700,000 to provide food rations.\n"
    )
    assert programmes(text) == {"food rations": Decimal(700000)}


def test_money_allocated_to_the_relief_effort() -> None:
    # "relief effort" names the work the money goes to, though "effort" alone is the whole
    text = (
        "Volcano\nUS$2M has been allocated to the relief effort through the UN Central "
        "Emergency Response Fund (CERF).\n"
    )
    assert programmes(text) == {"relief effort": Decimal(2000000)}


def test_the_humanitarian_effort_stays_the_whole() -> None:
    text = "Floods\nUS$2M has been allocated to the humanitarian effort in the region.\n"
    assert programmes(text) == {}


def test_a_government_committing_a_sum_to_aid_relief_efforts() -> None:
    # a donor's gift: "aid" only says the money helps (C2a), the place and the clause of a
    # further place after "and in" are cut (C2)
    text = (
        "Storm\nOn Friday the Government of Belize committed a first sum of US$40,000 to aid "
        "urgent relief efforts in the islands the storm struck, and in those it now threatens.\n"
    )
    assert programmes(text) == {"urgent relief efforts": Decimal(40000)}
