"""Round 32 (h-names32): names written whole in the text that a name rule cut.  Texts written
here, with invented portfolios and bodies."""

from __future__ import annotations

from snippets import read


def names(text: str) -> list[str]:
    return [m.entity.name for m in read(text).mentions]


def test_a_portfolio_of_several_remits_each_after_its_comma_is_one_office() -> None:
    text = "Sitting on it: the Minister of Fisheries, Forests, Parks and Wildlife Heritage.\n"
    assert names(text) == ["Minister of Fisheries, Forests, Parks and Wildlife Heritage"]


def test_items_named_by_their_own_head_after_a_ministry_stay_names_of_their_own() -> None:
    text = "Members: Ministry of Fisheries, Coastal Liaison Office, Harbour Board and Port Unit.\n"
    assert "Ministry of Fisheries, Coastal Liaison Office, Harbour Board and Port Unit" not in (
        names(text)
    )


def test_a_french_minister_in_charge_of_a_remit_keeps_it_in_the_title() -> None:
    text = (
        "Le comité réunit le Ministre chargé des Pêches, le Ministre de la Jeunesse, chargé des "
        "Sports, et le Premier Ministre, chargé de la coordination du gouvernement.\n"
    )
    found = names(text)
    assert "Ministre chargé des Pêches" in found
    assert "Ministre de la Jeunesse, chargé des Sports" in found
    assert "Premier Ministre" in found


def test_a_plural_head_shares_itself_with_each_of_several_portfolios() -> None:
    text = "It gathers the Ministries of Fisheries, Forests, Parks and Wildlife Heritage.\n"
    assert names(text) == [
        "Ministry of Fisheries",
        "Ministry of Forests",
        "Ministry of Parks",
        "Ministry of Wildlife Heritage",
    ]


def test_a_singular_head_before_seven_portfolios_names_no_one_ministry() -> None:
    text = (
        "Secretaries of the Ministry of Fisheries, Forests, Parks, Roads, Ports, Mines and Art.\n"
    )
    assert "Ministry of Fisheries, Forests, Parks, Roads, Ports, Mines and Art" not in names(text)
