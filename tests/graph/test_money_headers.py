"""The currency and scale a table header or chart caption gives the bare figures under it,
the scale written after the currency or before it.  Captions written by hand in the wordings
of real plans."""

from __future__ import annotations

import pytest

from coordkg.graph.extract.money import HEADER_CURRENCY, currency, header_multiplier


@pytest.mark.parametrize(
    ("caption", "code", "multiplier"),
    [
        ("Requirements (US$)", "USD", 1),
        ("Funding requirements by sector (US$ million)", "USD", 10**6),
        ("Requirements by cluster (in millions of USD)", "USD", 10**6),
        ("Budget, million US$", "USD", 10**6),
        ("Amounts in thousands of EUR", "EUR", 1000),
        ("Requirements by Cluster (million $)", "USD", 10**6),
        ("Funding requested ($)", "USD", 1),
    ],
)
def test_currency_and_scale_of_a_caption(caption: str, code: str, multiplier: int) -> None:
    m = HEADER_CURRENCY.search(caption)
    assert m is not None
    assert currency(m.group("cur")) == code
    assert header_multiplier(m) == multiplier
