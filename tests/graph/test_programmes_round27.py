"""Round 27's programme shapes, in invented text: money "made available to" a recipient;
Spanish, French and Portuguese passives of allocating ("seront alloués aux", "serán destinados
a", "serão aplicados em"); a list of "title (amount)" items opened by a colon or joined by
another language's and-word.  Every expected title and amount worked out by hand (C2, C2a)."""

from __future__ import annotations

from decimal import Decimal

from snippets import programmes

FUND = "Floods\nThe Central Emergency Response Fund (CERF) has allocated $4 million to agencies.\n"


def test_money_made_available_to_a_recipient_for_a_purpose() -> None:
    text = (
        f"{FUND}Some $450,000 has been made available to the United Nations Population Fund "
        "(UNFPA) for reproductive health kits. Nearly $800,000 was made available to the "
        "World Food Programme (WFP) to distribute food to 12,000 households.\n"
    )
    assert programmes(text) == {
        "reproductive health kits": Decimal(450000),
        "distribute food": Decimal(800000),
    }


def test_french_spanish_and_portuguese_passives_of_allocating() -> None:
    text = (
        "Inondations\n9 millions de dollars seront alloués aux soins de santé et 4 millions de "
        "dollars seront octroyés aux abris d'urgence.\n"
        "Sequía\nUS$ 3 millones serán destinados a la compra de semillas.\n"
        "Cheias\nUS$ 2 milhões serão aplicados em abrigos temporários.\n"
    )
    assert programmes(text) == {
        "soins de santé": Decimal(9000000),
        "abris d'urgence": Decimal(4000000),
        "compra de semillas": Decimal(3000000),
        "abrigos temporários": Decimal(2000000),
    }


def test_a_list_of_items_opened_by_a_colon() -> None:
    text = (
        "Floods\nThe money is shared out as follows: shelter (US$ 1.5 million), health (US$ "
        "700,000) and education (US$ 300,000).\n"
    )
    assert programmes(text) == {
        "shelter": Decimal(1500000),
        "health": Decimal(700000),
        "education": Decimal(300000),
    }


def test_a_french_list_joined_by_et() -> None:
    text = (
        "Inondations\nLes fonds se répartissent ainsi : abris (2 millions de dollars), eau et "
        "assainissement (600 000 dollars) et éducation (250 000 dollars).\n"
    )
    assert programmes(text) == {
        "abris": Decimal(2000000),
        "eau et assainissement": Decimal(600000),
        "éducation": Decimal(250000),
    }


def test_a_recipient_named_by_its_acronym_alone_then_for_its_purpose() -> None:
    # the purpose after the bare acronym is the programme (C2), not "<fund> allocation to X"
    text = (
        f"{FUND}The fund gave $2 million to UNHCR for emergency shelter and $500,000 to WHO "
        "for cholera treatment centres.\n"
    )
    assert programmes(text) == {
        "emergency shelter": Decimal(2000000),
        "cholera treatment centres": Decimal(500000),
    }


def test_money_given_to_a_pooled_fund_is_no_programme() -> None:
    # a contribution to the fund, not an allocation it makes
    text = "Donors\nNorway has given $6 million to CERF for sudden-onset emergencies.\n"
    assert programmes(text) == {}


def test_pooled_fund_acronyms_of_any_length_keep_the_rules_compiling(monkeypatch) -> None:
    # funding.toml's pooled funds (CERF, CBPF, DREF) are all four letters; a fund of another
    # length ("ERF") must not break the look-behind that keeps money given to a fund out
    from coordkg.graph.extract import programmes_phrases

    rules = programmes_phrases.funding_rules()
    fund = {**rules["fund"], "acronyms": [*rules["fund"]["acronyms"], "ERF", "SHF"]}
    monkeypatch.setattr(programmes_phrases, "funding_rules", lambda: {**rules, "fund": fund})
    purpose = programmes_phrases.prose_rules.__wrapped__().purpose
    assert purpose.match("UNICEF for water and sanitation") is not None
    assert purpose.match("ERF for water and sanitation") is None
