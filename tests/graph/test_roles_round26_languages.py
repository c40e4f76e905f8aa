"""Round 26 (the non-English pages of seen22): a national council named head first in French or
Spanish is the body its passive chair is said of, after the present or future of the language's
"be" ("le Conseil National X est placé sous la présidence du Premier Ministre"), as "... Council
is chaired by" is in English; "Premier Ministre" and "Primer Ministro" are the office "Prime
Minister" is.  Texts written here, with invented councils; rows worked out by hand."""

from __future__ import annotations

import pytest
from snippets import roles


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil National de Veille est placé sous la présidence du Premier Ministre.",
        "Le Conseil National de Veille est présidé par le Premier Ministre.",
    ],
)
def test_a_french_national_council_chaired_by_the_prime_minister(text: str) -> None:
    assert roles(text) == {("Premier Ministre", "chair", "Conseil National de Veille", "")}


def test_a_spanish_national_council_chaired_by_the_prime_minister() -> None:
    text = "El Consejo Nacional de Vigilancia es presidido por el Primer Ministro."
    assert roles(text) == {("Primer Ministro", "chair", "Consejo Nacional de Vigilancia", "")}


def test_a_council_that_was_chaired_before_it_was_replaced_holds_no_chair_now() -> None:
    text = "Jusque-là, le Conseil National de Veille était présidé par le Ministre du Plan."
    assert roles(text) == set()
