"""Amounts as some countries write them: a decimal comma before a scale word, thousands grouped
by spaces, a comma right after the scale word; figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coordkg.graph.extract.money import AMOUNT, amount, whole_amount
from coordkg.graph.model import Money


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("US$7,2m", Money(Decimal(7200000))),
        ("$3,75 million", Money(Decimal(3750000))),
        ("$300 000", Money(Decimal(300000))),
        ("1 250 000 US dollars", Money(Decimal(1250000))),
        ("$12,5", None),
        ("12 000", None),
    ],
)
def test_decimal_comma_and_space_grouped_thousands(written: str, expected: Money | None) -> None:
    assert whole_amount(written) == expected


def test_a_comma_after_the_scale_word_keeps_the_scale() -> None:
    text = "The appeal, $4 million, adds to the $1,5 million given in May and to 30 000 tents."
    assert [amount(m) for m in AMOUNT.finditer(text)] == [
        Money(Decimal(4000000)),
        Money(Decimal(1500000)),
    ]


def test_an_amount_written_as_a_compound_modifier() -> None:
    text = "a 2-million-dollar allocation, a 1.5-million-dollar grant and 250-thousand-dollar kits"
    assert [amount(m) for m in AMOUNT.finditer(text)] == [
        Money(Decimal(2000000)),
        Money(Decimal(1500000)),
        Money(Decimal(250000)),
    ]
    assert not AMOUNT.search("a 2-million-strong population, a 3-million-people city")


def test_a_compound_modifier_carries_its_own_currency() -> None:
    text = "a 3-million-euro grant, a 1-billion-dollar appeal and 40-thousand-euros kits"
    assert [amount(m) for m in AMOUNT.finditer(text)] == [
        Money(Decimal(3000000), "EUR"),
        Money(Decimal(1000000000), "USD"),
        Money(Decimal(40000), "EUR"),
    ]


def test_another_countrys_dollar_is_no_us_dollar_amount() -> None:
    # "N$" (Namibian), "HK$": a dollar sign after letters other than "US"; the US dollar
    # equivalent in brackets is the one amount read
    text = "The fund has earmarked N$53.3 million (US$3 million); HK$2 million came later."
    assert [amount(m) for m in AMOUNT.finditer(text)] == [Money(Decimal(3000000))]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("US$ 450.000", Money(Decimal(450000))),
        ("700.000 dólares", Money(Decimal(700000))),
        ("USD 3.200.000", Money(Decimal(3200000))),
        ("R$ 2.750.000,25", Money(Decimal("2750000.25"), "BRL")),
        ("$0.750 million", Money(Decimal(750000))),
        ("US$ 2.5", Money(Decimal("2.5"))),
    ],
)
def test_thousands_grouped_by_dots(written: str, expected: Money) -> None:
    # a dot before three digits with no scale word after it groups thousands, as pages in
    # Spanish and Portuguese write them; a leading zero or a scale word keeps the decimal point
    assert whole_amount(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("USD 3.125", Money(Decimal(3125))),
        ("the appeal received USD 3.125 for the cluster", Money(Decimal(3125))),
        ("USD 3.125 million", Money(Decimal(3125000))),
        ("USD 3.12", Money(Decimal("3.12"))),
    ],
)
def test_one_dot_group_in_english_is_thousands_unless_a_scale_or_cents_say_decimals(
    written: str, expected: Money
) -> None:
    # "USD 3.125": three decimals of a dollar are no sum of money, in English as in Spanish,
    # so the dot groups thousands; before an English scale word, or with two digits after it,
    # it is the decimal point
    assert [amount(m) for m in AMOUNT.finditer(written)] == [expected]


@pytest.mark.parametrize("after", [".", ", of which", ". It"])
def test_thousands_grouped_by_dots_before_a_stop_or_a_comma(after: str) -> None:
    # a full stop or a comma closing the sum is no further group of digits
    text = f"The appeal received US$ 2.500.000{after}"
    assert [amount(m) for m in AMOUNT.finditer(text)] == [Money(Decimal(2500000))]
